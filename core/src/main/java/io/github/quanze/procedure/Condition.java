package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * When a step is required (适用条件), judged on the case's facts and the events recorded by the day in question.
 */
public enum Condition implements Labelled {
    /** Always. */
    ALWAYS("必经", "always"),
    /**
     * When the law gives the party a hearing (属于听证范围): the notice of the right to a hearing for a penalty of a
     * kind 行政处罚法 Art 63 lists, or a licence that directly concerns major interests between the applicant and
     * others (行政许可法 Art 47). The agency finds it with the case ({@link CaseRecord.Builder#hearingEligible}).
     */
    HEARING_ELIGIBLE("属于听证范围", "the law gives the party a hearing"),
    /**
     * When, in a case where the law gives a hearing, the party asked for one in time: within the period the
     * procedure sets from the notice of the right ({@link Procedure#hearingRequest()}; 行政处罚法 Art 64(1), 行政许可法
     * Art 47). A late request is recorded and reported as late; it does not make the hearing a duty.
     */
    HEARING_REQUESTED("当事人依法按期要求听证", "the party asked in time for a hearing the law grants"),
    /**
     * When the case has a ground of 行政处罚法 Art 58 第一款 ({@link CaseGround#requiresLegalityReview()}); the ground of
     * item (2) only once a hearing was held; or when the agency lists it for review (国办发〔2018〕118号: the ground
     * {@link CaseGround#LISTED_FOR_REVIEW}, or an entry of the case's {@link ReviewCatalogue} that lists the
     * decisions recorded by the day in question).
     */
    LEGALITY_REVIEW_GROUND("有应当法制审核的情形", "a ground requires a legality review"),
    /** When the case concerns 情节复杂或者重大违法行为 (行政处罚法 Art 57 第二款). */
    COLLECTIVE_DECISION_GROUND("情节复杂或者重大违法行为", "a complex case or a serious violation"),
    /**
     * When the decision granted a licence that needs a document (行政许可法 Art 39, 44), as the decision's
     * {@link LicenceDecision} says.
     */
    LICENCE_DOCUMENT("准予许可且需要颁发许可证件", "a licence was granted that needs a document"),
    /** When a fine was collected on the spot (行政处罚法 Art 71). */
    FINE_COLLECTED("已当场收缴罚款", "a fine was collected on the spot"),
    /**
     * When the party was present at a coercive measure (行政强制法 Art 18(5)(6)): unless the on-site record says a
     * witness signed for an absent party ({@link Attestation#WITNESS_SIGNED}).
     */
    PARTY_PRESENT("当事人到场", "the party was present"),
    /**
     * Only when the facts call for it, such as a notice of what an application lacks (行政许可法 Art 32(1)(4)) or
     * a fine collected on the spot: never missing; once performed, it is checked like any other step.
     */
    AS_NEEDED("依情形", "as the facts require"),
    /**
     * When the officers recorded that the case must go to the public security organ
     * ({@link CaseEvent.CrimeSuspected} of {@link ReferralKind#PUBLIC_SECURITY}; 行政执法机关移送涉嫌犯罪案件的规定
     * Arts 3, 5).
     */
    REFERRAL_FLAGGED("涉嫌犯罪应当移送公安机关", "a suspected crime must go to the public security organ"),
    /**
     * When the referral was approved (Art 5 第二款), or the officers recorded a duty-crime lead that goes to the
     * supervisory commission or the procuratorate without that approval (Art 19).
     */
    REFERRAL_APPROVED("已批准移送或者发现职务犯罪线索", "the referral was approved, or a duty-crime lead was found"),
    /** When the public security organ's notice that it opened a criminal case was received (Art 12). */
    FILED_BY_POLICE("公安机关决定立案", "the public security organ opened a criminal case");

    private final BilingualText label;

    Condition(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the condition in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
