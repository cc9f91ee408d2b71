package io.github.quanze.discretion;

import com.google.common.collect.ImmutableList;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.Objects;

/**
 * The result of verifying discretion standards (裁量基准校验结果), as values: the 文号 of the standards verified and
 * everything found, each a {@link StandardFinding} with its code, severity, item, rows and parameters, and the whole
 * rendered in Chinese and English ({@link #render()}).
 * <p>
 * Findings are listed by standard in the order verified, then by item in the standard's order, then by kind in the
 * order {@link StandardFinding.Kind} declares, then, within a kind, in the order found: a finding on the whole item
 * before those on its rows, rows in the order the tiers declare them, and a finding of the tiers' table in the order
 * of the table's own verification. A standard that breaches its frame is reported here, not
 * refused.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class StandardVerification {

    private final List<String> standards;
    private final List<StandardFinding> findings;

    StandardVerification(List<String> standards, List<StandardFinding> findings) {
        this.standards = ImmutableList.copyOf(standards);
        this.findings = ImmutableList.copyOf(findings);
    }

    /**
     * Returns the 文号 of the standards verified, in order; for a lower standard verified against a higher one, the
     * lower's, then the higher's (whose own findings are not included).
     *
     * @return the numbers, not null
     */
    public List<String> standards() {
        return standards;
    }

    /**
     * Returns everything found, in the order the class describes.
     *
     * @return the findings, not null
     */
    public List<StandardFinding> findings() {
        return findings;
    }

    /**
     * Returns the findings of a kind.
     *
     * @param kind  the kind, not null
     * @return the findings, in order, not null
     */
    public List<StandardFinding> findings(StandardFinding.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return findings.stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
    }

    /**
     * Checks whether verification found nothing at all, as {@link io.github.quanze.rule.TableVerification#isClean()}
     * does: no breach, no warning, no finding of an interpretation applied.
     *
     * @return true if there is no finding
     */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /**
     * Checks whether verification found a breach of a statute: a finding of severity {@link Severity#ERROR}. The
     * findings of interpretations are warnings, so a standard may have none of these and still not be clean.
     *
     * @return true if some finding is an error
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Renders the verification in Chinese and English: that nothing was found, or each finding with its severity,
     * one a line.
     *
     * @return the text, not null
     */
    public BilingualText render() {
        return VerificationMessages.verification(standards, findings);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StandardVerification v && standards.equals(v.standards) && findings.equals(v.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(standards, findings);
    }

    @Override
    public String toString() {
        return "StandardVerification{" + standards + ", " + findings.size() + " findings}";
    }
}
