package io.github.quanze.procedure;

/**
 * What a licensing decision decided (行政许可决定内容): a grant, with or without a licence document to issue
 * (行政许可法 Art 38 第一款, 39, 44), or a refusal, which must give reasons and tell the applicant of the right to
 * reconsideration or litigation (Art 38 第二款).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param granted  whether the licence was granted (准予行政许可)
 * @param documentRequired  for a grant, whether a licence document is issued (需要颁发行政许可证件, Art 39); false for
 *         a refusal
 * @param reasonsGiven  for a refusal, whether the written decision states its reasons (说明理由); true for a grant
 * @param remediesTold  for a refusal, whether it tells of the right to reconsideration or litigation; true for a
 *         grant
 */
public record LicenceDecision(boolean granted, boolean documentRequired, boolean reasonsGiven, boolean remediesTold)
        implements StepContent {

    /**
     * Creates the content of a licensing decision.
     *
     * @param granted  whether the licence was granted (准予行政许可)
     * @param documentRequired  for a grant, whether a licence document is issued (需要颁发行政许可证件, Art 39); false for a
     *         refusal
     * @param reasonsGiven  for a refusal, whether the written decision states its reasons (说明理由); true for a grant
     * @param remediesTold  for a refusal, whether it tells of the right to reconsideration or litigation; true for a
     *         grant
     * @throws IllegalArgumentException if a refusal requires a document, or a grant says it gave no reasons or
     *         remedies (those duties concern refusals only)
     */
    public LicenceDecision {
        if (!granted && documentRequired) {
            throw new IllegalArgumentException("Licence decision: a refusal issues no licence document");
        }
        if (granted && !(reasonsGiven && remediesTold)) {
            throw new IllegalArgumentException("Licence decision: reasons and remedies concern refusals; build a "
                    + "grant with LicenceDecision.grant(..)");
        }
    }

    /**
     * Obtains a grant.
     *
     * @param documentRequired  whether a licence document is issued (Art 39)
     * @return the content, not null
     */
    public static LicenceDecision grant(boolean documentRequired) {
        return new LicenceDecision(true, documentRequired, true, true);
    }

    /**
     * Obtains a refusal.
     *
     * @param reasonsGiven  whether the written decision states its reasons
     * @param remediesTold  whether it tells of the right to reconsideration or litigation
     * @return the content, not null
     */
    public static LicenceDecision refusal(boolean reasonsGiven, boolean remediesTold) {
        return new LicenceDecision(false, false, reasonsGiven, remediesTold);
    }
}
