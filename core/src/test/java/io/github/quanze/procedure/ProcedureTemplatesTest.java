package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.ZHAO;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.ACCEPTANCE;
import static io.github.quanze.procedure.StepKind.APPLICATION;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.EXAMINATION;
import static io.github.quanze.procedure.StepKind.HEAD_APPROVAL;
import static io.github.quanze.procedure.StepKind.ISSUE;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.ON_SITE_RECORD;
import static io.github.quanze.procedure.StepKind.RECORD_FILING;
import static io.github.quanze.procedure.StepKind.RELEASE;
import static io.github.quanze.procedure.StepKind.SEIZURE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.DeadlineStatus;
import io.github.quanze.timelimit.PeriodUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureTemplatesTest {

    private static CaseRecord open(Procedure procedure, String opened) {
        return CaseRecord.builder().id("案-" + procedure.name().zh()).procedure(procedure)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.parse(opened)).build();
    }

    @Test
    void ordinaryPenaltyCitesTheLawAtEachStep() {
        Procedure p = ProcedureTemplates.PENALTY_ORDINARY;

        assertThat(p.first().kind()).isEqualTo(StepKind.FILING);
        assertThat(p.last().kind()).isEqualTo(StepKind.CLOSING);
        Step investigation = p.step(StepKind.INVESTIGATION).orElseThrow();
        assertThat(investigation.officers()).isEqualTo(2);
        assertThat(investigation.isCertified()).isTrue();
        assertThat(investigation.basis().toString()).contains("第四十二条", "第五十五条");
        assertThat(p.step(DECISION).orElseThrow().after()).contains(NOTICE, STATEMENT_AND_DEFENCE,
                StepKind.LEGALITY_REVIEW);
        assertThat(p.step(NOTICE).orElseThrow().basis().toString()).contains("第六十二条");
        assertThat(p.step(StepKind.LEGALITY_REVIEW).orElseThrow().condition())
                .isEqualTo(Condition.LEGALITY_REVIEW_GROUND);
        assertThat(p.step(StepKind.COLLECTIVE_DECISION).orElseThrow().condition())
                .isEqualTo(Condition.COLLECTIVE_DECISION_GROUND);
        assertThat(p.step(StepKind.HEARING).orElseThrow().separations()).singleElement().satisfies(sep -> {
            assertThat(sep.steps()).containsExactly(StepKind.INVESTIGATION);
            assertThat(sep.basis().toString()).contains("第六十四条第（四）项");
        });
        assertThat(p.steps()).filteredOn(step -> step.kind() != StepKind.HEARING)
                .allSatisfy(step -> assertThat(step.separations()).isEmpty());
        assertThat(p.step(StepKind.CLOSING).orElseThrow().interpretation()).hasValueSatisfying(note ->
                assertThat(note.zh()).contains("结案为执法实务环节"));
        assertThat(p.step(StepKind.HEARING_NOTICE).orElseThrow().deadline().orElseThrow().limit().isBackward())
                .isTrue();
    }

    static CaseEvent.StepPerformed summaryDecision(String date, PenaltyDecision penalty, OfficerId... officers) {
        return CaseEvent.recorded(DECISION, LocalDate.parse(date), penalty, officers).with("当场行政处罚决定书");
    }

    @Test
    void summaryPenaltyOnTheSpot() {
        CaseState state = open(ProcedureTemplates.PENALTY_SUMMARY, "2026-05-06").appendAll(List.of(
                step(NOTICE, "2026-05-06", WANG, LI), step(STATEMENT_AND_DEFENCE, "2026-05-06", WANG),
                summaryDecision("2026-05-06", PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("200")), WANG, LI),
                step(SERVICE, "2026-05-06", WANG), step(RECORD_FILING, "2026-05-08", WANG),
                step(StepKind.CLOSING, "2026-05-08", WANG))).replay(LocalDate.of(2026, 5, 31));

        assertThat(state.violations()).isEmpty();
        assertThat(state.closed()).isTrue();
    }

    @Test
    void summaryPenaltyByOneOfficerIsTooFew() {
        CaseState state = open(ProcedureTemplates.PENALTY_SUMMARY, "2026-05-06").appendAll(List.of(
                step(NOTICE, "2026-05-06", WANG), step(STATEMENT_AND_DEFENCE, "2026-05-06", WANG),
                summaryDecision("2026-05-06", PenaltyDecision.of(PartyType.CITIZEN, PenaltyKind.WARNING), WANG),
                step(SERVICE, "2026-05-06", WANG), step(RECORD_FILING, "2026-05-08", WANG),
                step(StepKind.CLOSING, "2026-05-08", WANG))).replay(LocalDate.of(2026, 5, 31));

        assertThat(state.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ViolationKind.TOO_FEW_OFFICERS, NOTICE),
                org.assertj.core.groups.Tuple.tuple(ViolationKind.TOO_FEW_OFFICERS, DECISION));
    }

    static List<CaseEvent> licence(String decision) {
        return List.of(step(APPLICATION, "2026-04-27", WANG), step(ACCEPTANCE, "2026-04-28", WANG),
                step(EXAMINATION, "2026-05-08", WANG, LI).with("实地核查记录"),
                CaseEvent.recorded(DECISION, LocalDate.parse(decision), LicenceDecision.grant(true), CHEN),
                step(ISSUE, decision, WANG), step(StepKind.CLOSING, decision, WANG));
    }

    @Test
    void licenceDecidedWithinTwentyWorkingDaysOfAcceptance() {
        // 2026-04-28 plus twenty working days, across 劳动节 (05-01..05-05 off, 04-26 and 05-09 make-up days)
        CaseState state = open(ProcedureTemplates.LICENSING_GENERAL, "2026-04-27").appendAll(licence("2026-05-28"))
                .replay(LocalDate.of(2026, 6, 30));

        assertThat(state.violations()).isEmpty();
        assertThat(state.deadlines()).filteredOn(d -> d.step() == DECISION).singleElement()
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 5, 28)));
    }

    @Test
    void licenceDecidedLateUnlessTheHeadExtended() {
        CaseRecord late = open(ProcedureTemplates.LICENSING_GENERAL, "2026-04-27").appendAll(licence("2026-06-05"));
        assertThat(late.replay(LocalDate.of(2026, 6, 30)).violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.MISSED_DEADLINE);

        List<CaseEvent> extended = new ArrayList<>(licence("2026-06-05"));
        extended.add(3, new CaseEvent.Extended(DECISION, 10, Optional.of(CHEN), LocalDate.of(2026, 5, 27),
                Optional.of(LocalDate.of(2026, 5, 27))));
        CaseState state = open(ProcedureTemplates.LICENSING_GENERAL, "2026-04-27").appendAll(extended)
                .replay(LocalDate.of(2026, 6, 30));

        assertThat(state.violations()).isEmpty();
        assertThat(state.deadlines()).filteredOn(d -> d.step() == DECISION).singleElement()
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 6, 11)));
    }

    static List<CaseEvent> seizure(String release, CaseEvent... extensions) {
        List<CaseEvent> events = new ArrayList<>(List.of(step(HEAD_APPROVAL, "2026-03-02", CHEN),
                step(StepKind.PARTY_NOTIFIED, "2026-03-02", WANG),
                step(SEIZURE, "2026-03-02", WANG, LI).with("查封扣押决定书", "财物清单"),
                step(StepKind.ON_SITE_NOTICE, "2026-03-02", WANG),
                step(STATEMENT_AND_DEFENCE, "2026-03-02", WANG).with("陈述申辩笔录"),
                CaseEvent.recorded(ON_SITE_RECORD, LocalDate.of(2026, 3, 2), Attestation.PARTY_SIGNED, WANG, LI)
                        .with("现场笔录"), step(SERVICE, "2026-03-02", WANG)));
        events.addAll(List.of(extensions));
        events.add(step(RELEASE, release, CHEN).with("解除查封扣押决定书"));
        return events;
    }

    private static CaseState seized(String release, CaseEvent... extensions) {
        return open(ProcedureTemplates.SEIZURE_AND_DETENTION, "2026-03-02").appendAll(seizure(release, extensions))
                .replay(LocalDate.of(2026, 6, 30));
    }

    @Test
    void seizureReleasedWithinThirtyDays() {
        CaseState state = seized("2026-04-01");

        assertThat(state.violations()).isEmpty();
        assertThat(state.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(d.status().state()).isEqualTo(DeadlineStatus.State.MET);
        });
    }

    static CaseEvent.Extended extension(int days, Optional<OfficerId> approver, String date) {
        LocalDate approved = LocalDate.parse(date);
        return new CaseEvent.Extended(RELEASE, days, approver, approved, Optional.of(approved));
    }

    @Test
    void approvedExtensionKeepsALaterReleaseOnTime() {
        CaseState state = seized("2026-04-20", extension(30, Optional.of(CHEN), "2026-03-30"));

        assertThat(state.violations()).isEmpty();
        assertThat(state.deadlines().get(0).deadline().due()).isEqualTo(LocalDate.of(2026, 5, 1).plusDays(5));
    }

    @Test
    void unapprovedExtensionDoesNotCount() {
        CaseState state = seized("2026-04-20", extension(30, Optional.empty(), "2026-03-30"));

        assertThat(state.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.EXTENSION_WITHOUT_APPROVAL, ViolationKind.MISSED_DEADLINE);
        assertThat(state.violations().get(0).details()).isEqualTo(Parameters.builder().put("amount", 30)
                .put("unit", PeriodUnit.DAYS).put("approver", "行政机关负责人").build());
        assertThat(state.violations().get(0).basis().toString()).contains("第二十五条");
    }

    @Test
    void extensionBeyondTheCapCountsUpToIt() {
        CaseState state = seized("2026-05-20", extension(45, Optional.of(CHEN), "2026-03-30"));

        assertThat(state.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.EXTENSION_OVER_CAP, ViolationKind.MISSED_DEADLINE);
        assertThat(state.violations().get(0).people()).extracting(Involvement::officer).containsExactly(CHEN);
        assertThat(state.deadlines().get(0).deadline().due()).isEqualTo(LocalDate.of(2026, 5, 6));
    }

    @Test
    void extensionApprovedAfterExpiryDoesNotRevive() {
        CaseState state = seized("2026-04-20", extension(30, Optional.of(CHEN), "2026-04-03"));

        assertThat(state.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.MISSED_DEADLINE, ViolationKind.EXTENSION_NOT_ALLOWED);
        assertThat(state.violations().get(1).details().date("periodEnded")).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void extendingALimitTheLawDoesNotLetExtendIsReported() {
        List<CaseEvent> events = new ArrayList<>(Cases.PENALTY_CASE);
        events.add(11, new CaseEvent.Extended(DECISION, 30, Optional.of(CHEN), LocalDate.of(2026, 10, 18),
                Optional.of(LocalDate.of(2026, 10, 18))));

        CaseState state = Cases.penaltyCase(events).replay(LocalDate.of(2026, 11, 30));

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.EXTENSION_NOT_ALLOWED);
            assertThat(v.basis().toString()).contains("第六十条");
        });
    }

    @Test
    void everyTemplateNamesAPostRoleForEveryStep() {
        for (Procedure p : ProcedureTemplates.all()) {
            assertThat(p.steps()).allSatisfy(s -> assertThat(s.role()).isIn((Object[]) PostRole.values()));
            assertThat(p.steps()).allSatisfy(s -> assertThat(s.basis().provisions()).isNotEmpty());
        }
        assertThat(ProcedureTemplates.all()).extracting(p -> p.name().zh())
                .containsExactly("行政处罚普通程序", "行政处罚简易程序", "行政许可一般程序", "查封、扣押");
    }

    @Test
    void licensingHearingPresidedOverByTheExaminerIsNotSeparated() {
        List<CaseEvent> events = new ArrayList<>(licence("2026-06-10"));
        events.add(3, step(StepKind.HEARING_RIGHT_NOTICE, "2026-05-08", ZHAO));
        events.add(4, new CaseEvent.HearingRequested(LocalDate.of(2026, 5, 11)));
        events.add(5, new CaseEvent.Suspended(LocalDate.of(2026, 5, 12), ExcludedActivity.HEARING,
                Optional.of(LocalDate.of(2026, 5, 12))));
        events.add(6, step(StepKind.HEARING_NOTICE, "2026-05-12", ZHAO));
        events.add(7, step(StepKind.HEARING, "2026-05-22", LI));
        events.add(8, new CaseEvent.Resumed(LocalDate.of(2026, 5, 25)));
        CaseRecord record = CaseRecord.builder().id("许-1").procedure(ProcedureTemplates.LICENSING_GENERAL)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.of(2026, 4, 27))
                .hearingEligible(true).build().appendAll(events);

        CaseState state = record.replay(LocalDate.of(2026, 6, 30));

        // the hearing time (05-12..05-24, 行政许可法 Art 45) is not counted, so the decision of 06-10 is on time
        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.NOT_SEPARATED);
            assertThat(v.basis().toString()).contains("第四十八条第一款第（三）项");
        });
        assertThat(record.replay(LocalDate.of(2026, 6, 30)).deadlines()).filteredOn(d -> d.step() == DECISION)
                .singleElement().satisfies(d -> assertThat(d.status().isMissed()).isFalse());
        assertThat(record.appendAll(List.of()).replay(LocalDate.of(2026, 6, 30))).isEqualTo(state);
    }
}
