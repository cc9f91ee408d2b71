package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.THREE_SYSTEMS_OPINIONS;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.TimeLimit;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule a case's decision is published by (执法决定公开规则, 事后公开): which step is the decision, within what time
 * of it the information must be public, and within what time of the decision being overturned it must be withdrawn.
 * <p>
 * 国办发〔2018〕118号: "行政执法机关要在执法决定作出之日起20个工作日内，向社会公布…行政许可、行政处罚的执法决定信息要
 * 在执法决定作出之日起7个工作日内公开，但法律、行政法规另有规定的除外"; 行政处罚法 Art 48 第一款: 具有一定社会影响的
 * 行政处罚决定应当依法公开, 第二款: withdrawn within three days (working days, Art 85) of being changed, revoked, found
 * illegal or void. Whether a case's decision must be published at all is the agency's finding with the case (a penalty
 * of some social impact, no law excepting it, no 国家秘密、商业秘密、个人隐私 withheld), so the rule is set on the
 * case ({@link CaseRecord.Builder#publication}), like its grounds: a case without a rule is not checked, and a history
 * without one replays as it did before. Its time limits are reported as violations whose parameters give the due day
 * ({@link ViolationKind#PUBLICATION_OVERDUE}, {@link ViolationKind#LATE_WITHDRAWAL}); they are not among
 * {@link CaseState#deadlines()}, which lists the time limits of the procedure's steps.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param decision  the step whose first performance is the decision published, not null
 * @param within  the time to publish, counted from the decision day, not null
 * @param withdrawal  the time to withdraw once the decision is overturned, empty where no rule sets one, not null
 * @param basis  the provisions the rule rests on, not null
 */
public record PublicationRule(StepKind decision, TimeLimit within, Optional<TimeLimit> withdrawal, LegalBasis basis) {

    private static final LegalBasis OPINIONS = LegalBasis.of(Provision.wholeOf(THREE_SYSTEMS_OPINIONS));
    private static final LegalBasis ART_48 = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 48, 1));
    private static final LegalBasis WITHDRAWAL = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 48, 2),
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 85));

    /**
     * Creates a rule.
     *
     * @param decision  the step whose first performance is the decision published, not null
     * @param within  the time to publish, counted from the decision day, not null
     * @param withdrawal  the time to withdraw once the decision is overturned, empty where no rule sets one, not null
     * @param basis  the provisions the rule rests on, not null
     */
    public PublicationRule {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Obtains the rule of a penalty decision: published within seven working days of the decision (国办发〔2018〕
     * 118号; 行政处罚法 Art 48 第一款 for a decision of some social impact), withdrawn within three working days of
     * being overturned (Art 48 第二款, Art 85).
     *
     * @return the rule, not null
     */
    public static PublicationRule penalty() {
        return new PublicationRule(StepKind.DECISION, TimeLimit.ofWorkingDays(7).named(BilingualText.of(
                "行政处罚决定信息公开期限", "time to publish a penalty decision")).citing(OPINIONS.and(ART_48)),
                Optional.of(TimeLimit.ofWorkingDays(3).named(BilingualText.of("撤回行政处罚决定信息期限",
                        "time to withdraw penalty decision information")).citing(WITHDRAWAL)),
                OPINIONS.and(ART_48));
    }

    /**
     * Obtains the rule of a licensing decision: published within seven working days of the decision (国办发〔2018〕
     * 118号). No statute sets a time to withdraw it.
     *
     * @return the rule, not null
     */
    public static PublicationRule licensing() {
        return new PublicationRule(StepKind.DECISION, TimeLimit.ofWorkingDays(7).named(BilingualText.of(
                "行政许可决定信息公开期限", "time to publish a licensing decision")).citing(OPINIONS), Optional.empty(),
                OPINIONS);
    }

    /**
     * Obtains the rule of another enforcement decision, such as a 查封扣押: published within twenty working days of
     * the decision (国办发〔2018〕118号).
     *
     * @param decision  the step that is the decision, such as {@link StepKind#SEIZURE}, not null
     * @return the rule, not null
     */
    public static PublicationRule otherDecision(StepKind decision) {
        return new PublicationRule(decision, TimeLimit.ofWorkingDays(20).named(BilingualText.of("执法决定信息公开期限",
                "time to publish an enforcement decision")).citing(OPINIONS), Optional.empty(), OPINIONS);
    }
}
