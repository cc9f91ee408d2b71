package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_COERCION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.procedure.StepKind.ACCEPTANCE;
import static io.github.quanze.procedure.StepKind.APPLICATION;
import static io.github.quanze.procedure.StepKind.CLOSING;
import static io.github.quanze.procedure.StepKind.COLLECTIVE_DECISION;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.EXAMINATION;
import static io.github.quanze.procedure.StepKind.EXECUTION;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.HEAD_APPROVAL;
import static io.github.quanze.procedure.StepKind.HEARING;
import static io.github.quanze.procedure.StepKind.HEARING_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.ISSUE;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.ON_SITE_RECORD;
import static io.github.quanze.procedure.StepKind.RECORD_FILING;
import static io.github.quanze.procedure.StepKind.RELEASE;
import static io.github.quanze.procedure.StepKind.SEIZURE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.timelimit.StatutoryLimits;
import java.util.List;

/**
 * The statutory procedures (法定执法程序), each step with its role, officers, order, condition, time limit and
 * provisions. An agency defines its own with {@link Procedure#builder} (see the tobacco bureau's flows in the
 * examples), reusing these steps where the law is the same.
 * <p>
 * Where a template goes beyond the text it says so: which step a role performs (the law names the act, not the post)
 * and which steps need certified officers are interpretations resting on the provisions cited.
 */
public final class ProcedureTemplates {

    /**
     * 行政处罚普通程序 (行政处罚法 Arts 54-65): 立案, 调查取证 by two certified officers, 告知, 陈述申辩, 听证 when
     * requested, 法制审核 and 集体讨论 for a major case, 决定 within ninety days of filing, 送达 within seven days,
     * 执行 and 结案.
     */
    public static final Procedure PENALTY_ORDINARY = Procedure.builder(name("行政处罚普通程序",
                    "ordinary administrative penalty procedure"))
            .step(Step.of(FILING, PostRole.HANDLER, penalty(54, 2)),
                    Step.of(INVESTIGATION, PostRole.HANDLER, penalty(42, 0).and(penalty(54, 1)).and(penalty(55, 0)))
                            .officers(2).certified().after(FILING),
                    Step.of(NOTICE, PostRole.HANDLER, penalty(44, 0)).after(INVESTIGATION),
                    Step.of(STATEMENT_AND_DEFENCE, PostRole.HANDLER, penalty(45, 1)).after(NOTICE),
                    Step.of(HEARING_NOTICE, PostRole.HANDLER, penalty(63, 1).and(item(ADMINISTRATIVE_PENALTY_LAW, 64, 2)))
                            .after(NOTICE).when(Condition.HEARING_REQUESTED)
                            .within(StatutoryLimits.PENALTY_HEARING_NOTICE, HEARING),
                    Step.of(HEARING, PostRole.LEGAL_REVIEWER, item(ADMINISTRATIVE_PENALTY_LAW, 64, 4))
                            .after(HEARING_NOTICE).when(Condition.HEARING_REQUESTED).separateFrom(INVESTIGATION),
                    Step.of(LEGALITY_REVIEW, PostRole.LEGAL_REVIEWER, penalty(58, 1))
                            .after(STATEMENT_AND_DEFENCE, HEARING).when(Condition.MAJOR_CASE)
                            .separateFrom(INVESTIGATION),
                    Step.of(COLLECTIVE_DECISION, PostRole.APPROVER, penalty(57, 2))
                            .after(LEGALITY_REVIEW).when(Condition.MAJOR_CASE),
                    Step.of(DECISION, PostRole.APPROVER, penalty(57, 1).and(penalty(60, 0)).and(penalty(62, 0)))
                            .after(NOTICE, STATEMENT_AND_DEFENCE, HEARING, LEGALITY_REVIEW, COLLECTIVE_DECISION)
                            .separateFrom(INVESTIGATION).within(StatutoryLimits.PENALTY_DECISION, FILING),
                    Step.of(SERVICE, PostRole.HANDLER, penalty(61, 1)).after(DECISION)
                            .within(StatutoryLimits.PENALTY_SERVICE, DECISION),
                    Step.of(EXECUTION, PostRole.HANDLER, penalty(66, 1)).after(SERVICE),
                    Step.of(CLOSING, PostRole.HANDLER, penalty(47, 0)).after(EXECUTION))
            .build();

    /**
     * 行政处罚简易程序 (行政处罚法 Arts 51-53): two certified officers show their certificates, tell the party, hear
     * the statement and defence, decide on the spot, hand over the decision and file it with their agency.
     * Art 42 allows fewer officers where a law says so; an agency under such a law builds its own procedure.
     */
    public static final Procedure PENALTY_SUMMARY = Procedure.builder(name("行政处罚简易程序",
                    "summary administrative penalty procedure"))
            .step(Step.of(NOTICE, PostRole.HANDLER, penalty(44, 0).and(penalty(52, 1))).officers(2).certified(),
                    Step.of(STATEMENT_AND_DEFENCE, PostRole.HANDLER, penalty(45, 1)).after(NOTICE),
                    Step.of(DECISION, PostRole.HANDLER, penalty(42, 0).and(penalty(51, 0)).and(penalty(52, 1)))
                            .officers(2).certified().after(NOTICE, STATEMENT_AND_DEFENCE),
                    Step.of(SERVICE, PostRole.HANDLER, penalty(52, 1)).after(DECISION),
                    Step.of(RECORD_FILING, PostRole.HANDLER, penalty(52, 3)).after(SERVICE))
            .build();

    /**
     * 行政许可一般程序 (行政许可法 Arts 29-50): 申请, 受理 (or one notice of what to complete within five working
     * days), 审查, 听证 when requested (notice seven days before; presided over by someone other than the examiner),
     * 决定 within twenty working days of acceptance (plus ten with the head's approval), 颁发、送达证件 within ten
     * working days. The time a hearing, test or expert review takes is not counted (Art 45): record it as a
     * suspension and resumption.
     */
    public static final Procedure LICENSING_GENERAL = Procedure.builder(name("行政许可一般程序",
                    "general administrative licensing procedure"))
            .step(Step.of(APPLICATION, PostRole.HANDLER, licensing(29, 1)),
                    Step.of(ACCEPTANCE, PostRole.HANDLER, licensing(32, 1)).after(APPLICATION)
                            .within(StatutoryLimits.LICENCE_CORRECTION_NOTICE, APPLICATION),
                    Step.of(EXAMINATION, PostRole.HANDLER, licensing(34, 1)).after(ACCEPTANCE),
                    Step.of(HEARING_NOTICE, PostRole.HANDLER,
                            licensing(47, 1).and(hearingRule(1)))
                            .after(EXAMINATION).when(Condition.HEARING_REQUESTED)
                            .within(StatutoryLimits.LICENCE_HEARING_NOTICE, HEARING),
                    Step.of(HEARING, PostRole.LEGAL_REVIEWER, hearingRule(3))
                            .after(HEARING_NOTICE).when(Condition.HEARING_REQUESTED).separateFrom(EXAMINATION),
                    Step.of(DECISION, PostRole.APPROVER, licensing(37, 0).and(licensing(42, 1)))
                            .after(EXAMINATION, HEARING).within(StatutoryLimits.LICENCE_DECISION, ACCEPTANCE),
                    Step.of(ISSUE, PostRole.HANDLER, licensing(44, 0)).after(DECISION)
                            .within(StatutoryLimits.LICENCE_ISSUE, DECISION))
            .build();

    /**
     * 查封、扣押 (行政强制法 Arts 18, 24-28): the head's approval, sealing-up or seizure by two certified officers,
     * the on-site record, the decision and list handed over on the spot, and release or a disposal decision within
     * thirty days (plus thirty with the head's approval). An urgent seizure approved afterwards (Art 19) is a
     * procedure of its own.
     */
    public static final Procedure SEIZURE_AND_DETENTION = Procedure.builder(name("查封、扣押",
                    "sealing-up and seizure"))
            .step(Step.of(HEAD_APPROVAL, PostRole.APPROVER, item(ADMINISTRATIVE_COERCION_LAW, 18, 1)),
                    Step.of(SEIZURE, PostRole.HANDLER, item(ADMINISTRATIVE_COERCION_LAW, 18, 2)
                            .and(item(ADMINISTRATIVE_COERCION_LAW, 18, 3))).officers(2).certified().after(HEAD_APPROVAL),
                    Step.of(ON_SITE_RECORD, PostRole.HANDLER, item(ADMINISTRATIVE_COERCION_LAW, 18, 7))
                            .officers(2).after(SEIZURE),
                    Step.of(SERVICE, PostRole.HANDLER, coercion(24, 1)).after(SEIZURE),
                    Step.of(RELEASE, PostRole.APPROVER, coercion(25, 1).and(coercion(27, 0)).and(coercion(28, 1)))
                            .after(ON_SITE_RECORD, SERVICE).within(StatutoryLimits.SEIZURE, SEIZURE))
            .build();

    private ProcedureTemplates() {}

    /**
     * Returns every template.
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
