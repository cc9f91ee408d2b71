package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_COERCION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.THREE_SYSTEMS_OPINIONS;
import static io.github.quanze.procedure.StepKind.ACCEPTANCE;
import static io.github.quanze.procedure.StepKind.APPLICATION;
import static io.github.quanze.procedure.StepKind.CLOSING;
import static io.github.quanze.procedure.StepKind.COLLECTIVE_DECISION;
import static io.github.quanze.procedure.StepKind.CORRECTION_NOTICE;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.EXAMINATION;
import static io.github.quanze.procedure.StepKind.EXECUTION;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.FINES_HANDED_IN;
import static io.github.quanze.procedure.StepKind.HEAD_APPROVAL;
import static io.github.quanze.procedure.StepKind.HEARING;
import static io.github.quanze.procedure.StepKind.HEARING_NOTICE;
import static io.github.quanze.procedure.StepKind.HEARING_RIGHT_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.ISSUE;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.ON_SITE_NOTICE;
import static io.github.quanze.procedure.StepKind.ON_SITE_RECORD;
import static io.github.quanze.procedure.StepKind.ON_THE_SPOT_COLLECTION;
import static io.github.quanze.procedure.StepKind.PARTY_NOTIFIED;
import static io.github.quanze.procedure.StepKind.RECORD_FILING;
import static io.github.quanze.procedure.StepKind.RELEASE;
import static io.github.quanze.procedure.StepKind.SEIZURE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.StatutoryLimits;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The statutory procedures (法定执法程序), each step with its role, officers, order, condition, time limit and
 * provisions. An agency defines its own with {@link Procedure#builder} (see the tobacco bureau's flows in the
 * examples), reusing these steps where the law is the same.
 * <p>
 * Where a template goes beyond the text it says so: which step a role performs (the law names the act, not the post),
 * which steps need certified officers, reading 当场 as the same day, and the closing steps (结案, 办结), which no
 * statute names and which the templates add as practice, are interpretations resting on the provisions cited. The
 * statutes separate only the hearing host from the investigators (行政处罚法 Art 64(4)) and from the examiner
 * (行政许可法 Art 48(1)(3)); an agency whose own rules also separate investigation from decision adds that
 * separation to its procedure with {@link Step#separateFrom}, citing its rule.
 * <p>
 * Records (全过程记录): the stages 行政处罚法 Art 47 names (启动、调查取证、审核、决定、送达、执行) require a written or an
 * audio-video record; the licensing stages of examination, review, decision and issue the same under 国办发〔2018〕118号;
 * the seizure itself a full audio-video record (118号: 查封扣押财产…推行全程音像记录), and the on-site record a written
 * one (行政强制法 Art 18(7)). A requirement is checked only against an event that states its records. The licensing
 * and seizure templates have a conditional 法制审核 before the decision (118号: 重大执法决定法制审核 covers licences and
 * coercion), required where the case is listed ({@link CaseGround#LISTED_FOR_REVIEW}, {@link ReviewCatalogue});
 * unlike the penalty template's, it does not ask for the legal professional qualification, which 行政处罚法 Art 58
 * 第二款 asks only of those reviewing penalty decisions (an agency whose own rules ask it adds
 * {@link Step#qualifiedLegalReviewer()}).
 */
public final class ProcedureTemplates {

    /**
     * 行政处罚法 Art 51: the summary procedure decides 警告 or a fine of at most 200 yuan for a citizen and 3,000 yuan for
     * a legal person or other organisation.
     */
    private static final PenaltyLimit SUMMARY_LIMIT = new PenaltyLimit(EnumSet.of(PenaltyKind.WARNING,
            PenaltyKind.FINE), Map.of(PartyType.CITIZEN, new BigDecimal("200"), PartyType.LEGAL_PERSON,
            new BigDecimal("3000"), PartyType.OTHER_ORGANIZATION, new BigDecimal("3000")), penalty(51, 0));

    /** 国办发〔2018〕118号, cited as a whole. */
    private static final LegalBasis OPINIONS = LegalBasis.of(Provision.wholeOf(THREE_SYSTEMS_OPINIONS));
    /**
     * 行政处罚法 Art 47: 启动、调查取证、审核、决定、送达、执行 recorded "以文字、音像等形式", one record of either kind.
     */
    private static final RecordRequirement PENALTY_RECORD = RecordRequirement.textOrAudioVideo(
            LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 47)));
    /** 国办发〔2018〕118号: the stages of any enforcement act recorded in text or audio-video (全过程记录). */
    private static final RecordRequirement ENFORCEMENT_RECORD = RecordRequirement.textOrAudioVideo(OPINIONS);

    /** The closing step of practice (结案), which no statute names. */
    private static final BilingualText CLOSING_PRACTICE = BilingualText.of("解释：结案为执法实务环节，法律未作规定；"
            + "本模板将其列为最后环节，其中的归档保存依据行政处罚法第四十七条",
            "interpretation: closing is a step of practice that no statute names; the template makes it the last step, "
            + "its archiving resting on Art 47 of the Administrative Penalty Law");

    /**
     * 行政处罚普通程序 (行政处罚法 Arts 44-66): 立案, 调查取证 by two certified officers, 告知 and 陈述申辩 (which the
     * party may waive, Art 62), the notice of the right to a hearing where the penalty is of a kind Art 63 lists, 听证
     * when asked for within five working days of that notice (Art 64(1)), 法制审核 on a ground of Art 58 第一款 by a
     * qualified reviewer (Art 58 第二款), 集体讨论 for a complex case or serious violation (Art 57 第二款), 决定 by a head
     * of the agency within ninety days of filing, 送达 within seven days, 执行 and 结案 (practice).
     * <p>
     * Once the officers record a suspected crime ({@link CaseEvent.CrimeSuspected}), the referral steps of
     * {@link #CRIMINAL_REFERRAL} become required (行政处罚法 Art 27; 行政执法机关移送涉嫌犯罪案件的规定 Arts 3, 5, 6, 12);
     * a case that records none replays as if they were not there. From the finding, the penalty steps after 调查取证
     * wait and the time is left out of Art 60's ninety days (行政处罚法 Arts 27, 57 第一款 item (4); 移送规定 Art 11),
     * until the head refuses the referral or the police give the case back (not filed, returned: Arts 10, 13); a
     * request for reconsideration or for the procuratorate's supervision (Art 9) puts it before them again. A decision
     * made before the referral keeps its later steps (Art 11 第二款). All this is our reading.
     */
    public static final Procedure PENALTY_ORDINARY = Procedure.builder(name("行政处罚普通程序",
                    "ordinary administrative penalty procedure"))
            .step(Step.of(FILING, PostRole.HANDLER, penalty(54, 2)).records(PENALTY_RECORD),
                    Step.of(INVESTIGATION, PostRole.HANDLER, penalty(42, 0).and(penalty(54, 1)).and(penalty(55, 0)))
                            .officers(2).certified().after(FILING).records(PENALTY_RECORD),
                    Step.of(NOTICE, PostRole.HANDLER, penalty(44, 0).and(penalty(62, 0))).after(INVESTIGATION),
                    Step.of(STATEMENT_AND_DEFENCE, PostRole.HANDLER, penalty(45, 1).and(penalty(62, 0)))
                            .after(NOTICE).waivable(penalty(62, 0)),
                    Step.of(HEARING_RIGHT_NOTICE, PostRole.HANDLER, penalty(63, 1).and(penalty(44, 0)))
                            .after(INVESTIGATION).when(Condition.HEARING_ELIGIBLE),
                    Step.of(HEARING_NOTICE, PostRole.HANDLER, item(ADMINISTRATIVE_PENALTY_LAW, 64, 2))
                            .after(HEARING_RIGHT_NOTICE).when(Condition.HEARING_REQUESTED)
                            .within(StatutoryLimits.PENALTY_HEARING_NOTICE, HEARING),
                    Step.of(HEARING, PostRole.LEGAL_REVIEWER, penalty(63, 1).and(item(ADMINISTRATIVE_PENALTY_LAW, 64, 4)))
                            .after(HEARING_NOTICE).when(Condition.HEARING_REQUESTED)
                            .separateFrom(item(ADMINISTRATIVE_PENALTY_LAW, 64, 4), INVESTIGATION),
                    Step.of(LEGALITY_REVIEW, PostRole.LEGAL_REVIEWER, penalty(58, 1))
                            .after(STATEMENT_AND_DEFENCE, HEARING).when(Condition.LEGALITY_REVIEW_GROUND)
                            .qualifiedLegalReviewer().recording(LegalityOpinion.class, false)
                            .records(PENALTY_RECORD),
                    Step.of(COLLECTIVE_DECISION, PostRole.APPROVER, penalty(57, 2))
                            .after(STATEMENT_AND_DEFENCE, HEARING, LEGALITY_REVIEW)
                            .when(Condition.COLLECTIVE_DECISION_GROUND),
                    Step.of(DECISION, PostRole.APPROVER, penalty(57, 1))
                            .after(NOTICE, STATEMENT_AND_DEFENCE, HEARING_RIGHT_NOTICE, HEARING, LEGALITY_REVIEW,
                                    COLLECTIVE_DECISION)
                            .byHead().recording(PenaltyDecision.class, false)
                            .within(StatutoryLimits.PENALTY_DECISION, FILING).records(PENALTY_RECORD),
                    Step.of(SERVICE, PostRole.HANDLER, penalty(61, 1)).after(DECISION)
                            .within(StatutoryLimits.PENALTY_SERVICE, DECISION).records(PENALTY_RECORD),
                    Step.of(EXECUTION, PostRole.HANDLER, penalty(66, 1)).after(SERVICE).records(PENALTY_RECORD),
                    ReferralSteps.REPORT.after(FILING),
                    ReferralSteps.APPROVAL,
                    ReferralSteps.TRANSFER,
                    ReferralSteps.HANDOVER,
                    ReferralSteps.RECONSIDERATION,
                    ReferralSteps.SUPERVISION,
                    Step.of(CLOSING, PostRole.HANDLER, penalty(47, 0))
                            .after(EXECUTION, StepKind.ITEMS_HANDOVER, StepKind.RECONSIDERATION_REQUEST,
                                    StepKind.SUPERVISION_REQUEST)
                            .interpretation(CLOSING_PRACTICE))
            .hearingRequest(StatutoryLimits.PENALTY_HEARING_REQUEST, HEARING_RIGHT_NOTICE)
            .build();

    /**
     * 行政处罚简易程序 (行政处罚法 Arts 51-53, 68-71): two certified officers show their certificates, tell the party,
     * hear the statement and defence (unless waived), decide on the spot a 警告 or a fine of at most 200 yuan for a
     * citizen and 3,000 yuan for a legal person or other organisation (Art 51), hand over the decision on the spot
     * (Art 52), may collect the fine on the spot on a ground of Art 68 or 69 and then hand it in within two working
     * days (Art 71), and file the decision with their agency (Art 52 第三款); 结案 (practice) follows. Art 42 allows
     * fewer officers, and Art 51 other amounts, where a law says so; an agency under such a law builds its own
     * procedure.
     */
    public static final Procedure PENALTY_SUMMARY = Procedure.builder(name("行政处罚简易程序",
                    "summary administrative penalty procedure"))
            .step(Step.of(NOTICE, PostRole.HANDLER, penalty(44, 0).and(penalty(52, 1)).and(penalty(62, 0)))
                            .officers(2).certified(),
                    Step.of(STATEMENT_AND_DEFENCE, PostRole.HANDLER, penalty(45, 1).and(penalty(62, 0)))
                            .after(NOTICE).waivable(penalty(62, 0)),
                    Step.of(DECISION, PostRole.HANDLER, penalty(42, 0).and(penalty(51, 0)).and(penalty(52, 1)))
                            .officers(2).certified().after(NOTICE, STATEMENT_AND_DEFENCE)
                            .recording(PenaltyDecision.class, true).limitedTo(SUMMARY_LIMIT).records(PENALTY_RECORD),
                    Step.of(SERVICE, PostRole.HANDLER, penalty(52, 1)).after(DECISION).onTheSpotWith(DECISION)
                            .records(PENALTY_RECORD),
                    Step.of(ON_THE_SPOT_COLLECTION, PostRole.HANDLER, penalty(67, 2).and(penalty(68, 0))
                                    .and(penalty(69, 0)))
                            .after(DECISION).when(Condition.AS_NEEDED).recording(FineCollection.class, true)
                            .collectingOn(CollectionGround.SMALL_FINE, CollectionGround.HARD_TO_ENFORCE_LATER,
                                    CollectionGround.REMOTE_AREA).records(PENALTY_RECORD),
                    Step.of(FINES_HANDED_IN, PostRole.HANDLER, penalty(71, 0)).after(ON_THE_SPOT_COLLECTION)
                            .when(Condition.FINE_COLLECTED)
                            .within(StatutoryLimits.FINE_HAND_IN, ON_THE_SPOT_COLLECTION),
                    Step.of(RECORD_FILING, PostRole.HANDLER, penalty(52, 3)).after(SERVICE),
                    Step.of(CLOSING, PostRole.HANDLER, penalty(47, 0)).after(RECORD_FILING, FINES_HANDED_IN)
                            .interpretation(CLOSING_PRACTICE))
            .build();

    /**
     * 行政许可一般程序 (行政许可法 Arts 29-50): 申请; a notice of everything to complete, where the application is
     * incomplete, within five working days, failing which the application counts as accepted on receipt (Art 32(1)(4));
     * 受理; 审查; the notice of the right to a hearing where the licence directly concerns major interests between the
     * applicant and others, and 听证 when asked for within five days of it (Art 47; notice seven days before; presided
     * over by someone other than the examiner, Art 48); 决定, in writing, within twenty working days of acceptance
     * (plus ten with a head's approval, the applicant told the reasons: Art 42), a refusal stating reasons and remedies
     * (Art 38 第二款); for a grant that needs a document, 颁发、送达证件 within ten working days (Art 39, 44); 办结
     * (practice). The time a hearing, tender, auction, inspection, testing, quarantine, appraisal or expert review takes
     * is not counted in the decision and issue periods, and the applicant is told in writing (Art 45).
     */
    public static final Procedure LICENSING_GENERAL = Procedure.builder(name("行政许可一般程序",
                    "general administrative licensing procedure"))
            .step(Step.of(APPLICATION, PostRole.HANDLER, licensing(29, 1)),
                    Step.of(CORRECTION_NOTICE, PostRole.HANDLER, LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW,
                                    32, 1, 4)))
                            .after(APPLICATION).when(Condition.AS_NEEDED),
                    Step.of(ACCEPTANCE, PostRole.HANDLER, licensing(32, 1).and(licensing(32, 2)))
                            .after(APPLICATION, CORRECTION_NOTICE)
                            .deemed(StatutoryLimits.LICENCE_CORRECTION_NOTICE, APPLICATION, CORRECTION_NOTICE),
                    Step.of(EXAMINATION, PostRole.HANDLER, licensing(34, 1)).after(ACCEPTANCE)
                            .records(ENFORCEMENT_RECORD),
                    Step.of(HEARING_RIGHT_NOTICE, PostRole.HANDLER, licensing(47, 1)).after(EXAMINATION)
                            .when(Condition.HEARING_ELIGIBLE),
                    Step.of(HEARING_NOTICE, PostRole.HANDLER, hearingRule(1))
                            .after(HEARING_RIGHT_NOTICE).when(Condition.HEARING_REQUESTED)
                            .within(StatutoryLimits.LICENCE_HEARING_NOTICE, HEARING),
                    Step.of(HEARING, PostRole.LEGAL_REVIEWER, licensing(47, 1).and(hearingRule(3)))
                            .after(HEARING_NOTICE).when(Condition.HEARING_REQUESTED)
                            .separateFrom(hearingRule(3), EXAMINATION),
                    Step.of(LEGALITY_REVIEW, PostRole.LEGAL_REVIEWER, OPINIONS)
                            .after(EXAMINATION, HEARING).when(Condition.LEGALITY_REVIEW_GROUND)
                            .recording(LegalityOpinion.class, false).records(ENFORCEMENT_RECORD),
                    Step.of(DECISION, PostRole.APPROVER, licensing(37, 0).and(licensing(38, 0)))
                            .after(EXAMINATION, HEARING_RIGHT_NOTICE, HEARING, LEGALITY_REVIEW)
                            .recording(LicenceDecision.class, true).records(ENFORCEMENT_RECORD)
                            .within(StatutoryLimits.LICENCE_DECISION, ACCEPTANCE)
                            .extensionNotice(licensing(42, 1)),
                    Step.of(ISSUE, PostRole.HANDLER, licensing(39, 0).and(licensing(44, 0))).after(DECISION)
                            .when(Condition.LICENCE_DOCUMENT)
                            .within(StatutoryLimits.LICENCE_ISSUE, DECISION).records(ENFORCEMENT_RECORD),
                    Step.of(CLOSING, PostRole.HANDLER, licensing(37, 0)).after(DECISION, ISSUE)
                            .interpretation(BilingualText.of("解释：办结为许可实务环节，法律未作规定；本模板将其列为最后环节",
                                    "interpretation: completion is a step of practice that no statute names; the "
                                            + "template makes it the last step")))
            .hearingRequest(StatutoryLimits.LICENCE_HEARING_REQUEST, HEARING_RIGHT_NOTICE)
            .exclusion(Exclusion.of(licensing(45, 0), EnumSet.of(DECISION, ISSUE), true,
                    EnumSet.of(ExcludedActivity.HEARING, ExcludedActivity.TENDER, ExcludedActivity.AUCTION,
                            ExcludedActivity.INSPECTION, ExcludedActivity.TESTING, ExcludedActivity.QUARANTINE,
                            ExcludedActivity.APPRAISAL, ExcludedActivity.EXPERT_REVIEW)))
            .build();

    /**
     * 查封、扣押 (行政强制法 Arts 18, 24-28): the approval of a head of the agency (Art 18(1)), the party told to attend
     * (18(4)), sealing-up or seizure by two certified officers (18(2)(3)), where the party is present the reasons,
     * basis, rights and remedies told on the spot (18(5)) and the statement and defence heard (18(6)), the on-site
     * record signed by the party, or noting the refusal, or by a witness where the party is absent (18(7)-(9)), the
     * decision and list handed over on the spot (Art 24), and release or a disposal decision within thirty days (plus
     * thirty with a head's approval, told to the party in writing with reasons: Art 25 第一款、第二款), the time of a
     * test, inspection, quarantine or technical appraisal not counted and told in writing (Art 25 第三款). An urgent
     * seizure approved afterwards (Art 19) is a procedure of its own.
     */
    public static final Procedure SEIZURE_AND_DETENTION = Procedure.builder(name("查封、扣押",
                    "sealing-up and seizure"))
            .step(Step.of(LEGALITY_REVIEW, PostRole.LEGAL_REVIEWER, OPINIONS).when(Condition.LEGALITY_REVIEW_GROUND)
                            .recording(LegalityOpinion.class, false).records(ENFORCEMENT_RECORD),
                    Step.of(HEAD_APPROVAL, PostRole.APPROVER, item(ADMINISTRATIVE_COERCION_LAW, 18, 1)).byHead()
                            .after(LEGALITY_REVIEW),
                    Step.of(PARTY_NOTIFIED, PostRole.HANDLER, item(ADMINISTRATIVE_COERCION_LAW, 18, 4))
                            .after(HEAD_APPROVAL),
                    Step.of(SEIZURE, PostRole.HANDLER, item(ADMINISTRATIVE_COERCION_LAW, 18, 2)
                                    .and(item(ADMINISTRATIVE_COERCION_LAW, 18, 3)))
                            .officers(2).certified().after(HEAD_APPROVAL, PARTY_NOTIFIED)
                            .records(RecordRequirement.audioVideo(OPINIONS)),
                    Step.of(ON_SITE_NOTICE, PostRole.HANDLER, item(ADMINISTRATIVE_COERCION_LAW, 18, 5))
                            .after(PARTY_NOTIFIED).when(Condition.PARTY_PRESENT).onTheSpotWith(SEIZURE),
                    Step.of(STATEMENT_AND_DEFENCE, PostRole.HANDLER, item(ADMINISTRATIVE_COERCION_LAW, 18, 6))
                            .after(ON_SITE_NOTICE).when(Condition.PARTY_PRESENT),
                    Step.of(ON_SITE_RECORD, PostRole.HANDLER, item(ADMINISTRATIVE_COERCION_LAW, 18, 7)
                                    .and(item(ADMINISTRATIVE_COERCION_LAW, 18, 8))
                                    .and(item(ADMINISTRATIVE_COERCION_LAW, 18, 9)))
                            .officers(2).after(SEIZURE).recording(Attestation.class, false)
                            .records(RecordRequirement.text(item(ADMINISTRATIVE_COERCION_LAW, 18, 7))),
                    Step.of(SERVICE, PostRole.HANDLER, coercion(24, 1)).after(SEIZURE).onTheSpotWith(SEIZURE),
                    Step.of(RELEASE, PostRole.APPROVER, coercion(25, 1).and(coercion(27, 0)).and(coercion(28, 1)))
                            .after(ON_SITE_RECORD, SERVICE, STATEMENT_AND_DEFENCE)
                            .within(StatutoryLimits.SEIZURE, SEIZURE).extensionNotice(coercion(25, 2)))
            .exclusion(Exclusion.of(coercion(25, 3), EnumSet.of(RELEASE), true, EnumSet.of(ExcludedActivity.TESTING,
                    ExcludedActivity.INSPECTION, ExcludedActivity.QUARANTINE, ExcludedActivity.APPRAISAL)))
            .build();

    /**
     * 移送涉嫌犯罪案件 (行政执法机关移送涉嫌犯罪案件的规定 Arts 5-13, 19; 行政处罚法 Art 27; 行政强制法 Art 21), a case
     * opened to refer: the written report by a team of at least two certified officers (Art 5 第一款), the decision of
     * the principal head or the head presiding over the agency's work within three days (Art 5 第二款), the transfer
     * within twenty-four hours with the materials of Art 6 and the property seized (行政强制法 Art 21), the items
     * handed over within three days of the police's filing notice (Art 12), the request for reconsideration and for
     * the procuratorate's supervision where the police do not file (Art 9, as needed), and 结案 (practice, its archiving
     * resting on 行政处罚法 Art 47 as in the penalty templates; Art 12 is the hand-over, not the closing). The steps
     * are required once the case records its {@link CaseEvent.CrimeSuspected}; a duty-crime lead (Art 19) needs the
     * transfer only.
     */
    public static final Procedure CRIMINAL_REFERRAL = Procedure.builder(name("移送涉嫌犯罪案件",
                    "referral of a suspected crime"))
            .step(ReferralSteps.REPORT, ReferralSteps.APPROVAL, ReferralSteps.TRANSFER, ReferralSteps.HANDOVER,
                    ReferralSteps.RECONSIDERATION, ReferralSteps.SUPERVISION,
                    Step.of(CLOSING, PostRole.HANDLER, penalty(47, 0))
                            .after(StepKind.REFERRAL, StepKind.ITEMS_HANDOVER, StepKind.RECONSIDERATION_REQUEST,
                                    StepKind.SUPERVISION_REQUEST)
                            .interpretation(CLOSING_PRACTICE))
            .build();

    private ProcedureTemplates() {}

    /**
     * Returns every template of a procedure that decides a case: the penalty, licensing and seizure procedures.
     * {@link #CRIMINAL_REFERRAL}, which hands a case on rather than deciding it, is not among them; its steps are
     * part of {@link #PENALTY_ORDINARY}.
     *
     * @return the templates, not null
     */
    public static List<Procedure> all() {
        return List.of(PENALTY_ORDINARY, PENALTY_SUMMARY, LICENSING_GENERAL, SEIZURE_AND_DETENTION);
    }

    private static BilingualText name(String zh, String en) {
        return BilingualText.of(zh, en);
    }

    private static LegalBasis penalty(int article, int paragraph) {
        return cite(ADMINISTRATIVE_PENALTY_LAW, article, paragraph);
    }

    private static LegalBasis licensing(int article, int paragraph) {
        return cite(ADMINISTRATIVE_LICENSING_LAW, article, paragraph);
    }

    private static LegalBasis coercion(int article, int paragraph) {
        return cite(ADMINISTRATIVE_COERCION_LAW, article, paragraph);
    }

    private static LegalBasis cite(LegalInstrument instrument, int article, int paragraph) {
        return LegalBasis.of(paragraph == 0 ? Provision.of(instrument, article)
                : Provision.of(instrument, article, paragraph));
    }

    /** 行政许可法 Art 48 第一款, one of its items. */
    private static LegalBasis hearingRule(int item) {
        return LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 48, 1, item));
    }

    private static LegalBasis item(LegalInstrument instrument, int article, int item) {
        return LegalBasis.of(Provision.of(instrument, article).withItem(item));
    }
}
