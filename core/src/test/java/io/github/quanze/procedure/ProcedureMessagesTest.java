package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.QIAN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.testing.Rendering.assertRendered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.StatutoryLimits;
import io.github.quanze.timelimit.TimeLimit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** The wording of the procedure package, pinned in both languages; the data a violation carries. */
class ProcedureMessagesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 24);
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 64));
    private static final Involvement FENG = new Involvement(WANG, "冯刚", Role.HANDLER);
    private static final Involvement ZHAO = new Involvement(QIAN, "赵丽", Role.HANDLER);
    private static final Involvement HEAD = new Involvement(CHEN, "陈立新", Role.APPROVER);
    private static final BilingualText PRACTICE = BilingualText.of("解释：结案为执法实务环节", "interpretation: practice");

    static ProcedureViolation violation(ViolationKind kind, StepKind step, List<Involvement> people,
            Parameters details, BilingualText... interpretations) {
        return new ProcedureViolation(kind, step, DAY, people, details, BASIS, List.of(interpretations));
    }

    private static Parameters.Builder p() {
        return Parameters.builder();
    }

    private static void renders(ProcedureViolation v, String zh, String en) {
        assertThat(v.message()).isEqualTo(BilingualText.of(zh, en));
    }

    @Example
    void missedDeadline_withItsPeopleAndBasis() {
        ProcedureViolation v = violation(ViolationKind.MISSED_DEADLINE, StepKind.HEARING_NOTICE, List.of(FENG),
                p().put("amount", 7).put("unit", PeriodUnit.WORKING_DAYS).put("backward", true)
                        .put("from", StepKind.HEARING).build());
        renders(v, "听证通知应当于2026-09-24（含当日）前完成（7个工作日前），已超过时限（解释：承办人对办案期限负责）",
                "hearing notice was due by 2026-09-24 (7 working days before) and the limit was missed "
                        + "(interpretation: the case handlers answer for its time limits)");
        assertThat(v.describe()).isEqualTo(BilingualText.of(v.message().zh() + "；涉及：冯刚（承办人）（依据："
                + BASIS + "）", v.message().en() + "; involved: 冯刚 (case handler) (basis: " + BASIS.toEnglish() + ")"));
    }

    @Example
    void violationsOfWhatWasDone() {
        renders(violation(ViolationKind.MISSING_STEP, StepKind.EXECUTION, List.of(FENG),
                p().put("closing", StepKind.CLOSING).build()), "案件于2026-09-24结案，未进行执行",
                "the case was closed (closing) on 2026-09-24 without enforcement of the decision");
        renders(violation(ViolationKind.WRONG_ORDER, StepKind.CLOSING, List.of(FENG),
                p().put("before", StepKind.EXECUTION).build(), PRACTICE),
                "结案于2026-09-24进行，此前未进行执行（解释：结案为执法实务环节）",
                "closing on 2026-09-24 was not preceded by enforcement of the decision (interpretation: practice)");
        renders(violation(ViolationKind.NOT_ON_THE_SPOT, StepKind.SERVICE, List.of(FENG),
                p().put("with", StepKind.DECISION).put("withOn", DAY.minusDays(1)).build()),
                "送达应当在决定时当场进行（2026-09-23），实际于2026-09-24进行（解释：当场指同日）",
                "service was due on the spot at decision (2026-09-23) but was done on 2026-09-24 (interpretation: on "
                        + "the spot means on the same day)");
        renders(violation(ViolationKind.RECORD_NOT_ATTESTED, StepKind.ON_SITE_RECORD, List.of(), Parameters.empty()),
                "制作现场笔录（2026-09-24）未记录当事人签名或者盖章、拒绝签名的注明或者见证人签名",
                "on-site record on 2026-09-24 records no signature of the party, no note of a refusal and no witness");
    }

    @Example
    void violationsOfWhoDidIt() {
        renders(violation(ViolationKind.TOO_FEW_OFFICERS, StepKind.INVESTIGATION, List.of(FENG),
                p().put("officers", 1).put("required", 2).build()), "调查取证（2026-09-24）仅1名执法人员参与，应当不少于2名",
                "investigation on 2026-09-24: 1 officer took part, at least 2 required");
        renders(violation(ViolationKind.TOO_FEW_OFFICERS, StepKind.INVESTIGATION, List.of(), p().put("officers", 0)
                .put("required", 2).build()), "调查取证（2026-09-24）仅0名执法人员参与，应当不少于2名",
                "investigation on 2026-09-24: 0 officers took part, at least 2 required");
        renders(violation(ViolationKind.UNCERTIFIED_OFFICER, StepKind.EVIDENCE_PRESERVATION, List.of(ZHAO),
                p().put("area", "烟草专卖").putConstant("outcome", CertificationOutcome.EXPIRED)
                        .put("credential", "ZF-370004").build()),
                "先行登记保存（2026-09-24）：执法人员 H-04-EXPIRED 在 2026-09-24 执法证 ZF-370004：执法证已过有效期（执法领域：烟草专卖）",
                "preservation of evidence on 2026-09-24: Officer H-04-EXPIRED on 2026-09-24: certificate ZF-370004: "
                        + "certificate expired (area: 烟草专卖)");
        renders(violation(ViolationKind.NOT_SEPARATED, StepKind.HEARING, List.of(ZHAO),
                p().put("other", StepKind.INVESTIGATION).build()), "赵丽参与调查取证，又于2026-09-24参与听证",
                "赵丽 took part in investigation and in hearing on 2026-09-24");
        renders(violation(ViolationKind.NOT_BY_HEAD, StepKind.HEAD_APPROVAL, List.of(FENG), Parameters.empty()),
                "负责人批准（2026-09-24）应当由行政机关负责人进行，参与人员均不担任负责人岗位",
                "approval by the head on 2026-09-24 is for a head of the agency, and none of those who took part "
                        + "holds a head's post");
        assertThat(violation(ViolationKind.UNQUALIFIED_LEGAL_REVIEWER, StepKind.LEGALITY_REVIEW, List.of(ZHAO),
                Parameters.empty()).message().zh()).isEqualTo("赵丽于2026-09-24从事法制审核，未记录其取得法律职业资格，"
                        + "也未记录其自2021-07-15前即从事法制审核（解释：未记录此前从事法制审核的，视为初次从事）");
    }

    @Example
    void valuesThatCannotBeRenderedAreRefusedWhenTheViolationIsMade() {
        Parameters.Builder limit = p().put("unit", PeriodUnit.WORKING_DAYS).put("backward", false)
                .put("from", StepKind.FILING);
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.MISSED_DEADLINE,
                StepKind.DECISION, List.of(FENG), limit.put("amount", 0).build()))
                .withMessage("PROCEDURE.MISSED_DEADLINE: parameter 'amount' must be 1 to 2147483647, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.MISSED_DEADLINE,
                StepKind.DECISION, List.of(FENG), p().put("unit", PeriodUnit.DAYS).put("backward", false)
                        .put("from", StepKind.FILING).put("amount", Integer.MAX_VALUE + 1L).build()))
                .withMessage("PROCEDURE.MISSED_DEADLINE: parameter 'amount' must be 1 to 2147483647, but was "
                        + "2147483648");
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.UNCERTIFIED_OFFICER,
                StepKind.INVESTIGATION, List.of(FENG), p().put("area", " ").put("outcome",
                        CertificationOutcome.NO_CREDENTIAL).build()))
                .withMessageStartingWith("PROCEDURE.UNCERTIFIED_OFFICER: parameter 'area'");
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.BEYOND_PROCEDURE,
                StepKind.DECISION, List.of(FENG), p().put("procedure", BilingualText.of("简易程序", "summary"))
                        .put("party", PartyType.CITIZEN).put("penalties", List.of("警告")).build()))
                .withMessageStartingWith("PROCEDURE.BEYOND_PROCEDURE: parameter 'penalties': element 0 must be a "
                        + "PenaltyKind constant");
        ProcedureViolation largest = violation(ViolationKind.MISSED_DEADLINE, StepKind.DECISION, List.of(FENG),
                p().put("unit", PeriodUnit.DAYS).put("backward", false).put("from", StepKind.FILING)
                        .put("amount", Integer.MAX_VALUE).build());
        assertRendered(largest.message());
    }

    @Example
    void violationsOfWhatWasDecided() {
        Parameters.Builder beyond = p().put("procedure", BilingualText.of("行政处罚简易程序", "summary penalty procedure"))
                .put("party", PartyType.CITIZEN).put("penalties", List.of(PenaltyKind.WARNING, PenaltyKind.FINE));
        renders(violation(ViolationKind.BEYOND_PROCEDURE, StepKind.DECISION, List.of(FENG),
                beyond.put("fine", new BigDecimal("200.01")).build()),
                "行政处罚简易程序于2026-09-24对公民作出警告、罚款（罚款200.01元），超出该程序可以作出的处罚",
                "summary penalty procedure: on 2026-09-24 the party (citizen) got warning, fine (a fine of 200.01 "
                        + "yuan), more than the procedure may decide");
        Parameters.Builder collection = p().put("collected", new BigDecimal("150")).put("ground",
                CollectionGround.SMALL_FINE).put("fine", new BigDecimal("150")).put("procedure",
                BilingualText.of("行政处罚简易程序", "summary penalty procedure"));
        assertThat(violation(ViolationKind.COLLECTION_NOT_ALLOWED, StepKind.ON_THE_SPOT_COLLECTION, List.of(FENG),
                collection.put("groundAllowed", true).build()).message().zh())
                .isEqualTo("于2026-09-24当场收缴罚款150元，以「" + CollectionGround.SMALL_FINE.label().zh()
                        + "」为由，但罚款150元超过一百元");
        Parameters refused = p().put("reasonsGiven", false).put("remediesTold", false).build();
        renders(violation(ViolationKind.REFUSAL_WITHOUT_REASONS, StepKind.DECISION, List.of(HEAD), refused),
                "于2026-09-24作出不予行政许可决定，未说明理由，未告知申请人依法申请行政复议或者提起行政诉讼的权利",
                "licence refused on 2026-09-24 without reasons and without telling of the right to reconsideration "
                        + "or litigation");
        renders(violation(ViolationKind.REFUSAL_WITHOUT_REASONS, StepKind.DECISION, List.of(HEAD),
                p().put("reasonsGiven", true).put("remediesTold", false).build()),
                "于2026-09-24作出不予行政许可决定，未告知申请人依法申请行政复议或者提起行政诉讼的权利",
                "licence refused on 2026-09-24 without telling of the right to reconsideration or litigation");
    }

    @Example
    void violationsOfAnExtension() {
        Parameters.Builder ten = p().put("amount", 10).put("unit", PeriodUnit.DAYS);
        renders(violation(ViolationKind.EXTENSION_NOT_BY_HEAD, StepKind.RELEASE, List.of(ZHAO),
                ten.put("approver", "行政机关负责人").build()),
                "解除查封、扣押或者作出处理决定期限于2026-09-24延长10日，批准人赵丽不担任行政机关负责人岗位，应当由行政机关负责人批准",
                "the limit of release or disposal extended on 2026-09-24 by 10 days, approved by 赵丽, who holds no "
                        + "head's post; 行政机关负责人 must approve");
        renders(violation(ViolationKind.EXTENSION_OVER_CAP, StepKind.RELEASE, List.of(HEAD),
                p().put("amount", 45).put("unit", PeriodUnit.DAYS).put("cap", 30).build()),
                "解除查封、扣押或者作出处理决定期限于2026-09-24延长45日，超过法定上限30日，超出部分不计",
                "the limit of release or disposal extended on 2026-09-24 by 45 days, beyond the cap of 30 days; the "
                        + "excess does not count");
        renders(violation(ViolationKind.EXTENSION_NOT_ALLOWED, StepKind.DECISION, List.of(),
                p().put("amount", 1).put("unit", PeriodUnit.WORKING_DAYS).put("periodEnded", DAY.minusDays(1))
                        .build()), "决定期限于2026-09-24延长1个工作日，但期限已于2026-09-23届满",
                "the limit of decision extended on 2026-09-24 by 1 working day, after the limit ran out on 2026-09-23");
        renders(violation(ViolationKind.EXTENSION_NOT_ALLOWED, StepKind.DECISION, List.of(),
                p().put("amount", 2).put("unit", PeriodUnit.DAYS).build()),
                "决定期限于2026-09-24延长2日，但该期限的规定未设延长",
                "the limit of decision extended on 2026-09-24 by 2 days, which the provision does not allow");
        renders(violation(ViolationKind.EXCLUSION_NOT_NOTIFIED, StepKind.DECISION, List.of(FENG),
                p().put("activity", ExcludedActivity.TESTING).build()),
                "自2026-09-24起的检测期间不计入期限，未书面告知当事人（解释：承办人对办案期限负责）",
                "the testing from 2026-09-24 was left out of the time limit without telling the party in writing "
                        + "(interpretation: the case handlers answer for its time limits)");
    }

    @Example
    void notes() {
        assertThat(new CaseNote(NoteKind.WAIVED, StepKind.STATEMENT_AND_DEFENCE, DAY, Parameters.empty(), BASIS)
                .message()).isEqualTo(BilingualText.of("当事人于2026-09-24明确放弃陈述申辩",
                        "the party expressly waived statement and defence on 2026-09-24"));
        assertThat(new CaseNote(NoteKind.LATE_HEARING_REQUEST, StepKind.HEARING_RIGHT_NOTICE, DAY,
                p().put("amount", 5).put("unit", PeriodUnit.WORKING_DAYS).put("backward", false)
                        .put("due", DAY.minusDays(1)).build(), BASIS).message())
                .isEqualTo(BilingualText.of("当事人于2026-09-24要求听证，已超过告知听证权利后5个工作日的期限（至2026-09-23），"
                        + "听证不因此成为必经环节", "the party asked for a hearing on 2026-09-24, after the period of 5 "
                        + "working days from notice of the right to a hearing (ended 2026-09-23); the hearing did not "
                        + "become required"));
        assertThat(new CaseNote(NoteKind.EXCLUSION_NOT_ALLOWED, StepKind.DECISION, DAY, p()
                .put("activity", ExcludedActivity.TESTING).put("procedure", BilingualText.of("行政处罚普通程序",
                        "ordinary penalty procedure")).build(), BASIS).message())
                .isEqualTo(BilingualText.of("自2026-09-24起的检测期间，行政处罚普通程序无不计入期限的规定，照常计入期限",
                        "the testing from 2026-09-24 is counted: ordinary penalty procedure excludes no such time"));
        assertThat(new CaseNote(NoteKind.DEEMED_STEP, StepKind.ACCEPTANCE, DAY, p().put("amount", 5)
                .put("unit", PeriodUnit.DAYS).put("backward", false).put("from", StepKind.APPLICATION)
                .put("unless", StepKind.CORRECTION_NOTICE).put("due", DAY.minusDays(1))
                .put("deemedOn", DAY.minusDays(6)).build(), BASIS).message())
                .isEqualTo(BilingualText.of("申请后5日内（至2026-09-23）未进行一次告知补正或者受理，视为已于2026-09-18受理",
                        "neither notice of what to complete nor acceptance within 5 days of application (by "
                                + "2026-09-23), so acceptance counts as done on 2026-09-18"));
    }

    @Example
    void people_deadlinesAndLimits() {
        assertThat(HEAD.describe()).isEqualTo(BilingualText.of("陈立新（批准人）", "陈立新 (approver)"));
        assertThat(HEAD.label()).isEqualTo(HEAD.describe());
        assertThat(new StepDeadline(StatutoryLimits.PENALTY_DECISION, StepKind.FILING).describe())
                .isEqualTo(BilingualText.of("自立案起90日", "within 90 days of case filing"));
        assertThat(new StepDeadline(TimeLimit.ofWorkingDays(7).before(), StepKind.HEARING).describe())
                .isEqualTo(BilingualText.of("听证7个工作日前", "7 working days before hearing"));
    }

    @Example
    void stateExplanation_listsDeadlinesViolationsAndNotes() {
        CaseState state = Cases.penaltyCase(CaseReplayTest.without(Cases.PENALTY_CASE, StepKind.EXECUTION))
                .replay(LocalDate.of(2026, 11, 30));
        List<String> zh = state.explain().zh().lines().toList();
        List<String> en = state.explain().en().lines().toList();
        assertThat(zh.get(0)).startsWith("案件烟罚〔2026〕1号截至2026-11-30：已结案；已办环节：立案、调查取证、");
        assertThat(en.get(0)).startsWith("Case 烟罚〔2026〕1号 as of 2026-11-30: closed; done: case filing, investigation, ");
        assertThat(zh).contains("  程序违法2项：", "  - 缺少必经环节：" + state.violations().get(0).describe().zh());
        assertThat(en).contains("  2 violations:", "  - a required step is missing: "
                + state.violations().get(0).describe().en());
        assertThat(zh).anySatisfy(line -> assertThat(line).startsWith("  期限 决定：2026-11-30届满，"));
        CaseState open = Cases.penaltyCase(Cases.PENALTY_CASE.subList(0, 2)).replay(LocalDate.of(2026, 9, 3));
        assertThat(open.explain().en()).contains(": next: ").endsWith("\n  no procedural violation");
        assertThat(open.explain().zh()).contains("：待办环节：").endsWith("\n  未发现程序违法");
    }

    @Example
    void aViolationIsDataWithACodeASeverityAndParameters() {
        ProcedureViolation v = violation(ViolationKind.NOT_SEPARATED, StepKind.HEARING, List.of(ZHAO),
                p().put("other", StepKind.INVESTIGATION).build(), PRACTICE);
        assertThat(v.code()).isEqualTo("PROCEDURE.NOT_SEPARATED");
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.parameters()).isEqualTo(p().put("kind", ViolationKind.NOT_SEPARATED)
                .put("step", StepKind.HEARING).put("date", DAY).put("people", List.of(ZHAO))
                .put("other", StepKind.INVESTIGATION).put("interpretations", List.of(PRACTICE)).build());
        CaseNote n = new CaseNote(NoteKind.WAIVED, StepKind.STATEMENT_AND_DEFENCE, DAY, Parameters.empty(), BASIS);
        assertThat(n.code()).isEqualTo("PROCEDURE.NOTE.WAIVED");
        assertThat(n.severity()).isEqualTo(Severity.INFO);
        assertThat(n.parameters().names()).containsExactly("kind", "step", "date");
    }

    @Example
    void aViolationWhoseDataDoNotFitItsKindIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.MISSING_STEP, StepKind.HEARING,
                List.of(FENG), Parameters.empty()))
                .withMessage("PROCEDURE.MISSING_STEP: parameter 'closing' is required, but absent; present: []");
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.NOT_BY_HEAD, StepKind.HEARING,
                List.of(FENG), p().put("step", StepKind.DECISION).build()))
                .withMessage("PROCEDURE.NOT_BY_HEAD: parameter 'step' is not one of its parameters []");
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.WRONG_ORDER, StepKind.HEARING,
                List.of(FENG), p().put("before", "HEARING_NOTICE").build()))
                .withMessage("PROCEDURE.WRONG_ORDER: Parameter 'before' must be a StepKind constant, but was a text "
                        + "'HEARING_NOTICE'");
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.NOT_SEPARATED, StepKind.HEARING,
                List.of(FENG, ZHAO), p().put("other", StepKind.INVESTIGATION).build()))
                .withMessage("PROCEDURE.NOT_SEPARATED: names the officer concerned, so exactly one person, but had 2");
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.REFUSAL_WITHOUT_REASONS,
                StepKind.DECISION, List.of(HEAD), p().put("reasonsGiven", true).put("remediesTold", true).build()))
                .withMessage("PROCEDURE.REFUSAL_WITHOUT_REASONS: reasons were given and remedies told, which is no "
                        + "violation");
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.EXTENSION_NOT_ALLOWED,
                StepKind.DECISION, List.of(), p().put("amount", 1).put("unit", PeriodUnit.DAYS)
                        .put("periodBegan", DAY).put("periodEnded", DAY).build()))
                .withMessageContaining("not both");
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseNote(NoteKind.LATE_HEARING_REQUEST,
                StepKind.HEARING_RIGHT_NOTICE, DAY, Parameters.empty(), BASIS))
                .withMessageStartingWith("PROCEDURE.NOTE.LATE_HEARING_REQUEST: parameter 'amount' is required");
    }
}
