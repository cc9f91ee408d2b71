package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.QIAN;
import static io.github.quanze.procedure.Cases.SUN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.WU;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.penaltyCase;
import static io.github.quanze.procedure.Cases.replace;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.CLOSING;
import static io.github.quanze.procedure.StepKind.COLLECTIVE_DECISION;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.EXECUTION;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.HEARING;
import static io.github.quanze.procedure.StepKind.HEARING_NOTICE;
import static io.github.quanze.procedure.StepKind.HEARING_RIGHT_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.DeadlineStatus;
import io.github.quanze.timelimit.PeriodUnit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseReplayTest {

    /** A departmental rule that leaves testing out of a penalty's time limit (a test fixture, not a real rule). */
    static final LegalInstrument DEPARTMENT_RULE = LegalInstrument.builder().title("某部门行政处罚程序规定")
            .level(InstrumentLevel.DEPARTMENTAL_RULE).documentNumber("某部令第1号")
            .effectiveDate(LocalDate.of(2022, 7, 15)).build();

    /** A major penalty case across 国庆 2026, done right. */
    @Test
    void caseDoneRightHasNoViolation() {
        CaseState state = penaltyCase(PENALTY_CASE).replay(LocalDate.of(2026, 11, 30));
        assertThat(state.violations()).isEmpty();
        assertThat(state.closed()).isTrue();
        assertThat(state.done()).containsExactly(FILING, INVESTIGATION, NOTICE, HEARING_RIGHT_NOTICE,
                STATEMENT_AND_DEFENCE, HEARING_NOTICE, HEARING, LEGALITY_REVIEW, COLLECTIVE_DECISION, DECISION, SERVICE,
                EXECUTION, CLOSING);
        assertThat(state.notes()).isEmpty();
        assertThat(state.deadlines()).extracting(CaseDeadline::step).containsExactly(HEARING_NOTICE, DECISION,
                SERVICE);
        assertThat(state.deadlines()).allSatisfy(d -> assertThat(d.status().state())
                .isEqualTo(DeadlineStatus.State.MET));
    }

    @Test
    void lateHearingNoticeAcrossNationalDayIsMissedDeadlineOfItsOfficers() {
        CaseState state = penaltyCase(replace(PENALTY_CASE, HEARING_NOTICE, step(HEARING_NOTICE, "2026-09-30", WANG)))
                .replay(LocalDate.of(2026, 11, 30));

        // 行政处罚法 Art 64(二) and Art 85: seven working days before 2026-10-12 is 2026-09-24, because 09-25..27 and
        // 10-01..07 are days off and 10-10 (Saturday) is a make-up working day.
        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.MISSED_DEADLINE);
            assertThat(v.step()).isEqualTo(HEARING_NOTICE);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 9, 24));
            assertThat(v.people()).extracting(Involvement::officer, Involvement::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(WANG, Role.HANDLER));
            assertThat(v.basis().toString()).contains("第六十四条第（二）项");
            assertThat(v.details()).isEqualTo(Parameters.builder().put("amount", 7).put("unit", PeriodUnit.WORKING_DAYS)
                    .put("backward", true).put("from", HEARING).build());
        });
        assertThat(state.deadlines().get(0).status().state()).isEqualTo(DeadlineStatus.State.MET_LATE);
    }

    @Test
    void expiredCertificateIsUncertifiedOfficer() {
        CaseState state = penaltyCase(replace(PENALTY_CASE, INVESTIGATION,
                step(INVESTIGATION, "2026-09-02", WANG, QIAN))).replay(LocalDate.of(2026, 11, 30));

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.UNCERTIFIED_OFFICER);
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(QIAN);
            assertThat(v.details().constant("outcome", CertificationOutcome.class))
                    .isEqualTo(CertificationOutcome.EXPIRED);
            assertThat(v.details().text("area")).isEqualTo("烟草专卖");
            assertThat(v.basis().toString()).contains("第四十二条");
        });
    }

    @Test
    void oneOfficerInvestigatingIsTooFew() {
        CaseState state = penaltyCase(replace(PENALTY_CASE, INVESTIGATION, step(INVESTIGATION, "2026-09-02", WANG)))
                .replay(LocalDate.of(2026, 11, 30));

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.TOO_FEW_OFFICERS);
            assertThat(v.details()).isEqualTo(Parameters.builder().put("officers", 1).put("required", 2).build());
        });
    }

    @Test
    void uncertifiedClerkCountsAsOfficerButIsReported() {
        CaseState state = penaltyCase(replace(PENALTY_CASE, INVESTIGATION,
                step(INVESTIGATION, "2026-09-02", WANG, SUN))).replay(LocalDate.of(2026, 11, 30));

        assertThat(state.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.UNCERTIFIED_OFFICER);
        assertThat(state.violations().get(0).details().constant("outcome", CertificationOutcome.class))
                .isEqualTo(CertificationOutcome.NO_CREDENTIAL);
        assertThat(state.violations().get(0).details().has("credential")).isFalse();
    }

    @Test
    void investigatorPresidingOverHearingIsNotSeparated() {
        CaseState state = penaltyCase(replace(PENALTY_CASE, HEARING, step(HEARING, "2026-10-12", LI)))
                .replay(LocalDate.of(2026, 11, 30));

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.NOT_SEPARATED);
            assertThat(v.step()).isEqualTo(HEARING);
            assertThat(v.people()).extracting(Involvement::name).containsExactly("李承办");
            assertThat(v.basis().toString()).contains("第六十四条第（四）项");
        });
    }

    @Test
    void anInvestigatorTakingPartInTheDecisionBreaksNoStatute() {
        // 行政处罚法 Art 57: the head decides; only the hearing host is kept apart from the investigators (Art 64(4))
        CaseState state = penaltyCase(replace(PENALTY_CASE, DECISION, step(DECISION, "2026-10-19", CHEN, WANG)))
                .replay(LocalDate.of(2026, 11, 30));

        assertThat(state.violations()).isEmpty();
    }

    @Test
    void decidingBeforeLegalityReviewIsWrongOrder() {
        CaseState state = penaltyCase(replace(PENALTY_CASE, LEGALITY_REVIEW, step(LEGALITY_REVIEW, "2026-10-20", WU)))
                .replay(LocalDate.of(2026, 11, 30));

        // 集体讨论 on 10-16 and the decision on 10-19 both came before the review of 10-20 (行政处罚法 Art 58).
        assertThat(state.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationKind.WRONG_ORDER, COLLECTIVE_DECISION),
                        org.assertj.core.groups.Tuple.tuple(ViolationKind.WRONG_ORDER, DECISION));
        assertThat(state.violations().get(1).date()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(state.violations().get(1).details().constant("before", StepKind.class)).isEqualTo(LEGALITY_REVIEW);
        // the ground is Art 58(1)(2): the party's major rights, after a hearing
        assertThat(state.violations().get(1).basis().toString()).contains("第五十八条第一款、第五十八条第一款第（二）项");
    }

    @Test
    void closingWithoutAStepIsMissingStep() {
        CaseState state = penaltyCase(without(PENALTY_CASE, EXECUTION)).replay(LocalDate.of(2026, 11, 30));

        assertThat(state.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationKind.MISSING_STEP, EXECUTION),
                        org.assertj.core.groups.Tuple.tuple(ViolationKind.WRONG_ORDER, CLOSING));
        ProcedureViolation missing = state.violations(ViolationKind.MISSING_STEP).get(0);
        assertThat(missing.date()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(missing.details().constant("closing", StepKind.class)).isEqualTo(CLOSING);
    }

    @Test
    void hearingStepsAreRequiredOnlyWhenAnEligiblePartyAsks() {
        List<CaseEvent> noHearing = without(without(PENALTY_CASE, HEARING_NOTICE), HEARING);
        List<CaseEvent> requestOnly = noHearing;
        List<CaseEvent> noRequest = requestOnly.stream().filter(e -> !(e instanceof CaseEvent.HearingRequested))
                .toList();

        assertThat(penaltyCase(noRequest).replay(LocalDate.of(2026, 11, 30)).violations()).isEmpty();
        assertThat(penaltyCase(requestOnly).replay(LocalDate.of(2026, 11, 30)).violations(ViolationKind.MISSING_STEP))
                .extracting(ProcedureViolation::step).containsExactly(HEARING_NOTICE, HEARING);
        CaseRecord ineligible = Cases.penaltyCase("烟罚〔2026〕2号", LocalDate.of(2026, 9, 1))
                .grounds(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION, CaseGround.COMPLEX_LEGAL_RELATIONS).build()
                .appendAll(without(requestOnly, HEARING_RIGHT_NOTICE));
        assertThat(ineligible.replay(LocalDate.of(2026, 11, 30)).violations()).isEmpty();
    }

    @Test
    void aHearingRequestedAfterTheDecisionDoesNotMakeTheDecisionWrong() {
        List<CaseEvent> events = new java.util.ArrayList<>(without(without(PENALTY_CASE, HEARING_NOTICE), HEARING)
                .stream().filter(e -> !(e instanceof CaseEvent.HearingRequested)).toList());
        events.add(events.size() - 1, new CaseEvent.HearingRequested(LocalDate.of(2026, 10, 20)));

        CaseState state = penaltyCase(events).replay(LocalDate.of(2026, 11, 30));

        // 行政处罚法 Art 64(1) and Art 85: five working days from the notice of 09-17 end on 09-23 (09-20, a Sunday,
        // is a make-up working day); the request of 10-20 is noted as late and makes no hearing a duty
        assertThat(state.violations()).isEmpty();
        assertThat(state.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoteKind.LATE_HEARING_REQUEST);
            assertThat(n.date()).isEqualTo(LocalDate.of(2026, 10, 20));
            assertThat(n.details().date("due")).isEqualTo(LocalDate.of(2026, 9, 23));
            assertThat(n.basis().toString()).contains("第六十四条第（一）项");
        });
    }

    @Test
    void openCaseShowsPendingStepsAndRunningDeadlines() {
        CaseState state = penaltyCase(PENALTY_CASE.subList(0, 5)).replay(LocalDate.of(2026, 9, 18));

        assertThat(state.closed()).isFalse();
        assertThat(state.done()).containsExactly(FILING, INVESTIGATION, NOTICE, HEARING_RIGHT_NOTICE);
        assertThat(state.pending()).containsExactly(STATEMENT_AND_DEFENCE);
        assertThat(penaltyCase(PENALTY_CASE.subList(0, 4)).replay(LocalDate.of(2026, 9, 18)).pending())
                .containsExactlyInAnyOrder(STATEMENT_AND_DEFENCE, HEARING_RIGHT_NOTICE);
        assertThat(state.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.step()).isEqualTo(DECISION);
            assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(d.status().state()).isEqualTo(DeadlineStatus.State.ON_TIME);
        });
        assertThat(state.explain().zh()).contains("待办环节：陈述申辩");
    }

    @Test
    void replayAsOfAnEarlierDayIgnoresLaterEvents() {
        CaseRecord record = penaltyCase(PENALTY_CASE);

        CaseState early = record.replay(LocalDate.of(2026, 9, 21));

        assertThat(early.done()).containsExactly(FILING, INVESTIGATION, NOTICE, HEARING_RIGHT_NOTICE);
        assertThat(early.pending()).containsExactlyInAnyOrder(STATEMENT_AND_DEFENCE, HEARING_NOTICE);
    }

    @Test
    void undecidedCaseBecomesOverdueAfterNinetyDays() {
        CaseRecord record = penaltyCase(PENALTY_CASE.subList(0, 11));

        assertThat(record.replay(LocalDate.of(2026, 11, 30)).violations()).isEmpty();
        CaseState late = record.replay(LocalDate.of(2026, 12, 1));

        assertThat(late.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.MISSED_DEADLINE);
            assertThat(v.step()).isEqualTo(DECISION);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(WANG);
            assertThat(v.basis().toString()).contains("第六十条");
        });
        assertThat(late.deadlines()).filteredOn(d -> d.step() == DECISION).singleElement()
                .satisfies(d -> assertThat(d.status().state()).isEqualTo(DeadlineStatus.State.OVERDUE));
    }

    @Test
    void timeForATestDoesNotStopThePenaltyPeriodWithoutAProvision() {
        // 行政处罚法 Art 60 has no exclusion of its own: the test's ten days count, and the replay notes it
        List<CaseEvent> events = new java.util.ArrayList<>(PENALTY_CASE.subList(0, 11));
        events.add(new CaseEvent.Suspended(LocalDate.of(2026, 10, 20), ExcludedActivity.TESTING,
                java.util.Optional.of(LocalDate.of(2026, 10, 20))));
        events.add(new CaseEvent.Resumed(LocalDate.of(2026, 10, 30)));

        CaseState state = penaltyCase(events).replay(LocalDate.of(2026, 12, 1));

        assertThat(state.deadlines()).filteredOn(d -> d.step() == DECISION).singleElement()
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 11, 30)));
        assertThat(state.violations(ViolationKind.MISSED_DEADLINE)).hasSize(1);
        assertThat(state.notes()).extracting(CaseNote::kind).containsExactly(NoteKind.EXCLUSION_NOT_ALLOWED);
        assertThat(state.notes().get(0).details()).isEqualTo(Parameters.builder()
                .put("activity", ExcludedActivity.TESTING)
                .put("procedure", ProcedureTemplates.PENALTY_ORDINARY.name()).build());
    }

    @Test
    void aProcedureUnderARuleThatExcludesTestsStopsItsPeriod() {
        // a procedure under a rule that leaves testing out of the ninety days declares it, with its provision
        Procedure withTests = Procedure.builder(BilingualText.of("某部门行政处罚程序", "a department's penalty procedure"))
                .step(ProcedureTemplates.PENALTY_ORDINARY.steps().toArray(Step[]::new))
                .hearingRequest(io.github.quanze.timelimit.StatutoryLimits.PENALTY_HEARING_REQUEST,
                        HEARING_RIGHT_NOTICE)
                .exclusion(Exclusion.of(LegalBasis.of(Provision.of(DEPARTMENT_RULE, 64)), java.util.Set.of(DECISION),
                        false, java.util.Set.of(ExcludedActivity.TESTING)))
                .build();
        List<CaseEvent> events = new java.util.ArrayList<>(PENALTY_CASE.subList(0, 11));
        events.add(new CaseEvent.Suspended(LocalDate.of(2026, 10, 20), ExcludedActivity.TESTING,
                java.util.Optional.empty()));
        events.add(new CaseEvent.Resumed(LocalDate.of(2026, 10, 30)));

        CaseState state = Cases.opening("烟罚〔2026〕3号", LocalDate.of(2026, 9, 1)).procedure(withTests)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).grounds(Cases.GROUNDS[0], Cases.GROUNDS[1]).hearingEligible(true).build().appendAll(events)
                .replay(LocalDate.of(2026, 12, 1));

        // ten days (10-20..10-29) not counted: due 2026-12-10; the rule asks no written notice
        assertThat(state.deadlines()).filteredOn(d -> d.step() == DECISION).singleElement()
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 12, 10)));
        assertThat(state.violations()).isEmpty();
        assertThat(state.notes()).isEmpty();
        assertThat(state.suspended()).isFalse();
    }

    @Test
    void openSuspensionHoldsTheDeadlineOfASeizure() {
        // 行政强制法 Art 25 第三款: a test's time is not counted in the thirty days, and the party is told in writing
        List<CaseEvent> events = List.of(step(StepKind.HEAD_APPROVAL, "2026-03-02", CHEN),
                step(StepKind.PARTY_NOTIFIED, "2026-03-02", WANG),
                step(StepKind.SEIZURE, "2026-03-02", WANG, LI),
                new CaseEvent.Suspended(LocalDate.of(2026, 3, 10), ExcludedActivity.TESTING,
                        java.util.Optional.of(LocalDate.of(2026, 3, 10))));

        CaseState state = Cases.seizure(events).replay(LocalDate.of(2026, 3, 20));

        // 03-10..03-20 not counted so far: 7 days (03-03..03-09) counted before, 23 left from 03-21, to 04-12, a
        // Sunday, so the last day is Monday 04-13 (民法典 Art 203)
        assertThat(state.suspended()).isTrue();
        assertThat(state.deadlines()).filteredOn(d -> d.step() == StepKind.RELEASE).singleElement()
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 4, 13)));
        assertThat(state.explain().zh()).contains("期限暂停计算中");
    }

    static List<CaseEvent> without(List<CaseEvent> events, StepKind kind) {
        return events.stream().filter(e -> !(e instanceof CaseEvent.StepPerformed p && p.step() == kind)).toList();
    }
}
