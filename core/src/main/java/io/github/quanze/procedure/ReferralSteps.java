package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_COERCION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.CRIMINAL_REFERRAL_PROVISIONS;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;

/**
 * The steps of a referral of a suspected crime (移送涉嫌犯罪案件的环节), shared by the templates that carry them. Their
 * time limits are counted by {@link ReferralChecks}, which knows the hours of Art 5 and the police's notices.
 * <p>
 * They declare no record requirement ({@link Step#records()}): 行政处罚法 Art 47's 全过程记录 names the stages of a
 * penalty (启动、调查取证、审核、决定、送达、执行), and the regulation names the written instruments of a referral itself (the
 * report of Art 5, the materials of Art 6), which the steps' contents record and the replay checks (our reading).
 */
final class ReferralSteps {

    /** Art 5 第一款: the team of at least two officers reports in writing. */
    static final Step REPORT = Step.of(StepKind.REFERRAL_REPORT, PostRole.HANDLER, cite(5, 1)).officers(2).certified()
            .when(Condition.REFERRAL_FLAGGED);
    /** Art 5: the principal head, or the head presiding over the agency's work, decides and records reasons. */
    static final Step APPROVAL = Step.of(StepKind.REFERRAL_APPROVAL, PostRole.APPROVER, cite(5, 1).and(cite(5, 2)))
            .byHead().after(StepKind.REFERRAL_REPORT).when(Condition.REFERRAL_FLAGGED)
            .recording(ReferralApproval.class, true);
    /** Arts 5 第二款, 6, 19; 行政处罚法 Art 27 第一款; 行政强制法 Art 21. */
    static final Step TRANSFER = Step.of(StepKind.REFERRAL, PostRole.HANDLER, cite(5, 2)
                    .and(LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 6)))
                    .and(LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 27, 1))))
            .after(StepKind.REFERRAL_APPROVAL).when(Condition.REFERRAL_APPROVED)
            .recording(ReferralTransfer.class, true);
    /** Art 12. */
    static final Step HANDOVER = Step.of(StepKind.ITEMS_HANDOVER, PostRole.HANDLER,
                    LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 12)))
            .after(StepKind.REFERRAL).when(Condition.FILED_BY_POLICE).recording(ItemsHandover.class, false);
    /** Art 9 第一款: a right, as needed. */
    static final Step RECONSIDERATION = Step.of(StepKind.RECONSIDERATION_REQUEST, PostRole.HANDLER, cite(9, 1))
            .after(StepKind.REFERRAL).when(Condition.AS_NEEDED);
    /** Art 9: a right, as needed. */
    static final Step SUPERVISION = Step.of(StepKind.SUPERVISION_REQUEST, PostRole.HANDLER, cite(9, 1)
                    .and(cite(9, 2)))
            .after(StepKind.REFERRAL).when(Condition.AS_NEEDED);

    /** 行政强制法 Art 21: seized property goes with the case. */
    static final LegalBasis SEIZED_PROPERTY = LegalBasis.of(Provision.of(ADMINISTRATIVE_COERCION_LAW, 21));

    private ReferralSteps() {}

    static LegalBasis cite(int article, int paragraph) {
        return LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, article, paragraph));
    }
}
