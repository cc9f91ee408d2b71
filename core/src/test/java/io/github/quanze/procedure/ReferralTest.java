package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Referrals.DEPUTY;
import static io.github.quanze.procedure.Referrals.answered;
import static io.github.quanze.procedure.Referrals.approval;
import static io.github.quanze.procedure.Referrals.approved;
import static io.github.quanze.procedure.Referrals.handedOver;
import static io.github.quanze.procedure.Referrals.investigated;
import static io.github.quanze.procedure.Referrals.lawful;
import static io.github.quanze.procedure.Referrals.report;
import static io.github.quanze.procedure.Referrals.suspected;
import static io.github.quanze.procedure.Referrals.transfer;
import static io.github.quanze.procedure.Referrals.transferred;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.discretion.PenaltyKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Examples of the referral of a suspected crime (行政执法机关移送涉嫌犯罪案件的规定, 国务院令第310号), article by article.
 */
@SuppressWarnings("unchecked")
class ReferralTest {

    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static CaseState replay(List<CaseEvent> events, LocalDate asOf) {
        // the closing step is appended last, wherever a test added its events
        List<CaseEvent> ordered = new ArrayList<>(events);
        ordered.sort(java.util.Comparator.comparing(e -> e instanceof CaseEvent.StepPerformed p
                && p.step() == StepKind.CLOSING));
        return Referrals.penaltyCase().build().appendAll(ordered).replay(asOf);
    }

    private static CaseState replay(List<CaseEvent> events) {
        return replay(events, END);
    }

    /**
     * The lawful history with some steps left out and other events added, in any order; without its transfer, also
     * without the police's answers and the hand-over.
     */
    private static List<CaseEvent> lawfulWith(List<StepKind> without, CaseEvent... more) {
        List<CaseEvent> events = new ArrayList<>();
        boolean referred = !without.contains(StepKind.REFERRAL);
        for (CaseEvent e : lawful()) {
            boolean answer = e instanceof CaseEvent.Answered
                    || e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.ITEMS_HANDOVER;
            if (!(e instanceof CaseEvent.StepPerformed p && without.contains(p.step())) && (referred || !answer)) {
                events.add(e);
            }
        }
        events.addAll(Arrays.asList(more));
        return events;
    }

    private static List<CaseEvent> events(CaseEvent... events) {
        List<CaseEvent> result = new ArrayList<>(investigated());
        result.addAll(Arrays.asList(events));
        return result;
    }

    // --- the lawful referral; 行政处罚法 Art 27, 57(1)(4) ---

    @Test
    void aLawfulReferralHasNoViolationAndNeedsNoPenaltySteps() {
        CaseState state = replay(lawful());

        assertThat(state.violations()).as(state.explain().en()).isEmpty();
        assertThat(state.closed()).isTrue();
        assertThat(state.deadlines()).extracting(CaseDeadline::step).containsExactly(StepKind.REFERRAL_APPROVAL,
                StepKind.REFERRAL, StepKind.ITEMS_HANDOVER);
        assertThat(state.deadlines()).allSatisfy(d -> assertThat(d.status().isMissed()).isFalse());
    }

    @Test
    void beforeClosingTheReferralStepsArePendingInTurn() {
        CaseRecord record = Referrals.penaltyCase().build().appendAll(events(suspected("2026-09-03")));

        assertThat(record.replay(LocalDate.of(2026, 9, 3)).pending()).contains(StepKind.REFERRAL_REPORT)
                .doesNotContain(StepKind.REFERRAL);
        CaseState approved = record.appendAll(List.of(report("2026-09-03"), approved("2026-09-04")))
                .replay(LocalDate.of(2026, 9, 4));
        assertThat(approved.pending()).contains(StepKind.REFERRAL);
        assertThat(approved.deadlines()).filteredOn(d -> d.step() == StepKind.REFERRAL).singleElement()
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 9, 5)));
    }

    @Test
    void aCaseThatFindsNoCrimeReplaysAsBefore() {
        CaseState state = Cases.penaltyCase(Cases.PENALTY_CASE).replay(END);

        assertThat(state.violations()).isEmpty();
        assertThat(state.deadlines()).extracting(CaseDeadline::step).doesNotContain(StepKind.REFERRAL_APPROVAL,
                StepKind.REFERRAL, StepKind.ITEMS_HANDOVER);
        assertThat(Cases.penaltyCase(Cases.PENALTY_CASE.subList(0, 5)).replay(LocalDate.of(2026, 9, 18)).pending())
                .doesNotContain(StepKind.REFERRAL_REPORT, StepKind.REFERRAL_APPROVAL, StepKind.REFERRAL);
    }

    // --- Art 5: the team, the report, the head, three days, twenty-four hours, reasons ---

    @Test
    void theReportNeedsTwoOfficers() {
        List<CaseEvent> events = Cases.replace(lawful(), StepKind.REFERRAL_REPORT,
                Cases.step(StepKind.REFERRAL_REPORT, "2026-09-03", WANG));

        assertThat(replay(events).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.TOO_FEW_OFFICERS);
            assertThat(v.step()).isEqualTo(StepKind.REFERRAL_REPORT);
        });
    }

    @Test
    void theHeadDecidesWithinThreeDaysOfTheReportTheLastDayMovingPastARestDay() {
        // reported Thursday 09-03: the third day is Sunday 09-06, so the limit runs to Monday 09-07
        List<CaseEvent> onTime = lawfulWith(List.of(StepKind.REFERRAL_APPROVAL, StepKind.REFERRAL),
                approved("2026-09-07"), transferred("2026-09-08"));
        List<CaseEvent> late = lawfulWith(List.of(StepKind.REFERRAL_APPROVAL, StepKind.REFERRAL),
                approved("2026-09-08"), transferred("2026-09-08"));

        assertThat(replay(onTime).violations()).isEmpty();
        assertThat(replay(late).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.LATE_REFERRAL);
            assertThat(v.step()).isEqualTo(StepKind.REFERRAL_APPROVAL);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 9, 7));
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(CHEN);
            assertThat(v.basis().toString()).contains("第五条", "第十六条");
            assertThat(v.message().zh()).contains("2026-09-03", "2026-09-08");
        });
    }

    @Test
    void aDecisionNotYetMadeIsLateOnceTheThreeDaysRunOutAndNamesThePrincipalHead() {
        CaseRecord record = Referrals.penaltyCase().build().appendAll(events(suspected("2026-09-03"),
                report("2026-09-03")));

        assertThat(record.replay(LocalDate.of(2026, 9, 7)).violations()).isEmpty();
        assertThat(record.replay(LocalDate.of(2026, 9, 8)).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.LATE_REFERRAL);
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(CHEN);
            assertThat(v.people()).extracting(Involvement::role).containsExactly(Role.APPROVER);
        });
    }

    @Test
    void anApprovalByAnOfficerWhoIsNoHeadIsAViolationNotAnException() {
        List<CaseEvent> events = Cases.replace(lawful(), StepKind.REFERRAL_APPROVAL,
                approval("2026-09-04", ReferralApproval.approve(), WANG));

        assertThat(replay(events).violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.NOT_BY_HEAD);
    }

    @Test
    void aDeputyMayDecideOnlyWhenPresidingOverTheAgencysWork() {
        List<CaseEvent> deputy = Cases.replace(lawful(), StepKind.REFERRAL_APPROVAL,
                approval("2026-09-04", ReferralApproval.approve(), DEPUTY));
        List<CaseEvent> presiding = Cases.replace(lawful(), StepKind.REFERRAL_APPROVAL,
                approval("2026-09-04", ReferralApproval.approve().byPresidingDeputy(), DEPUTY));

        assertThat(replay(presiding).violations()).isEmpty();
        assertThat(replay(deputy).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.REFERRAL_NOT_BY_PRINCIPAL);
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(DEPUTY);
            assertThat(v.message().zh()).contains("刘副局长", "副职负责人");
        });
    }

    @Test
    void aRefusalMustRecordItsReasonsAndIsNoFailureToRefer() {
        List<CaseEvent> withReasons = events(suspected("2026-09-03"), report("2026-09-03"),
                approval("2026-09-04", ReferralApproval.refuse("涉案金额经复核未达到追诉标准"), CHEN),
                Cases.step(StepKind.CLOSING, "2026-09-15", WANG));
        List<CaseEvent> without = Cases.replace(withReasons, StepKind.REFERRAL_APPROVAL,
                approval("2026-09-04", ReferralApproval.refuseWithoutReasons(), CHEN));

        assertThat(replay(withReasons).violations()).extracting(ProcedureViolation::kind)
                .doesNotContain(ViolationKind.REFERRAL_REFUSED_WITHOUT_REASONS, ViolationKind.NOT_REFERRED,
                        ViolationKind.LATE_REFERRAL);
        // refused, the case goes on as a penalty case: its penalty steps are required again
        assertThat(replay(withReasons).violations(ViolationKind.MISSING_STEP)).extracting(ProcedureViolation::step)
                .contains(StepKind.NOTICE, StepKind.DECISION).doesNotContain(StepKind.REFERRAL);
        assertThat(replay(without).violations(ViolationKind.REFERRAL_REFUSED_WITHOUT_REASONS)).singleElement()
                .satisfies(v -> assertThat(v.people()).extracting(Involvement::officer).containsExactly(CHEN));
        assertThat(replay(without).violations(ViolationKind.NOT_REFERRED)).isEmpty();
    }

    @Test
    void twentyFourHoursAreCountedExactlyWhenBothTimesAreRecorded() {
        List<CaseEvent> onTime = Cases.replace(lawful(), StepKind.REFERRAL,
                transferred("2026-09-05", transfer().at(LocalTime.of(10, 0))));
        List<CaseEvent> late = Cases.replace(lawful(), StepKind.REFERRAL,
                transferred("2026-09-05", transfer().at(LocalTime.of(10, 1))));

        assertThat(replay(onTime).violations()).isEmpty();
        assertThat(replay(late).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.LATE_REFERRAL);
            assertThat(v.step()).isEqualTo(StepKind.REFERRAL);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 9, 5));
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(CHEN, WANG, LI);
            assertThat(v.message().zh()).contains("2026-09-04 10:00", "2026-09-05 10:01");
        });
    }

    @Test
    void withoutTimesATransferIsLateOnlyWhenTheDatesProveIt() {
        List<StepKind> replaced = List.of(StepKind.REFERRAL_APPROVAL, StepKind.REFERRAL);
        List<CaseEvent> nextDay = lawfulWith(replaced, approved("2026-09-04"), transferred("2026-09-05"));
        List<CaseEvent> twoDays = lawfulWith(replaced, approved("2026-09-04"), transferred("2026-09-06"));
        // the approval's time alone does not prove a transfer on the next day late
        List<CaseEvent> oneTime = lawfulWith(replaced, approval("2026-09-04",
                ReferralApproval.approve().at(LocalTime.of(8, 0)), CHEN), transferred("2026-09-05"));

        assertThat(replay(nextDay).violations()).isEmpty();
        assertThat(replay(oneTime).violations()).isEmpty();
        assertThat(replay(twoDays).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.LATE_REFERRAL);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 9, 5));
            assertThat(v.message().en()).contains("dates alone");
        });
    }

    @Test
    void anApprovedReferralNotTransferredIsLateOnceTheHoursRunOut() {
        CaseRecord record = Referrals.penaltyCase().build().appendAll(events(suspected("2026-09-03"),
                report("2026-09-03"), approval("2026-09-04", ReferralApproval.approve().at(LocalTime.of(10, 0)),
                        CHEN)));

        assertThat(record.replay(LocalDate.of(2026, 9, 4)).violations()).isEmpty();
        assertThat(record.replay(LocalDate.of(2026, 9, 5)).violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.LATE_REFERRAL);
    }

    // --- Art 6, Art 4 第二款; 行政强制法 Art 21 ---

    @Test
    void theTransferCarriesTheLetterTheReportAndTheListOfItems() {
        List<CaseEvent> noReport = Cases.replace(lawful(), StepKind.REFERRAL, transferred("2026-09-05",
                ReferralTransfer.toPolice(Referrals.POLICE, ReferralMaterial.REFERRAL_LETTER)));
        List<CaseEvent> itemsUnlisted = Cases.replace(lawful(), StepKind.REFERRAL, transferred("2026-09-05",
                transfer().withItems(List.of("卷烟200条"), SeizedItems.TRANSFERRED)));
        List<CaseEvent> itemsListed = Cases.replace(lawful(), StepKind.REFERRAL, transferred("2026-09-05",
                ReferralTransfer.toPolice(Referrals.POLICE, ReferralMaterial.REFERRAL_LETTER,
                        ReferralMaterial.INVESTIGATION_REPORT, ReferralMaterial.ITEMS_LIST)
                        .withItems(List.of("卷烟200条"), SeizedItems.TRANSFERRED)));

        assertThat(replay(noReport).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.REFERRAL_MATERIALS_MISSING);
            assertThat((List<Object>) v.details().list("missing")).containsExactly(ReferralMaterial.INVESTIGATION_REPORT);
        });
        assertThat(replay(itemsUnlisted).violations()).singleElement()
                .satisfies(v -> assertThat((List<Object>) v.details().list("missing")).containsExactly(ReferralMaterial.ITEMS_LIST));
        assertThat(replay(itemsListed).violations()).isEmpty();
    }

    @Test
    void seizedPropertyGoesWithTheCase() {
        ReferralTransfer base = ReferralTransfer.toPolice(Referrals.POLICE, ReferralMaterial.values());
        List<CaseEvent> retained = Cases.replace(lawful(), StepKind.REFERRAL, transferred("2026-09-05",
                base.withItems(List.of("卷烟200条"), SeizedItems.RETAINED)));

        assertThat(replay(retained).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.SEIZED_ITEMS_NOT_TRANSFERRED);
            assertThat(v.basis().toString()).contains("行政强制法", "第二十一条");
        });
    }

    // --- Arts 7, 8, 9, 17: the police's limits are noted, never the agency's breach ---

    @Test
    void thePolicesLateAnswersAreNotes() {
        List<CaseEvent> events = lawfulWith(List.of(StepKind.ITEMS_HANDOVER, StepKind.CLOSING),
                answered("2026-09-07", PoliceAnswer.FORWARDED), answered("2026-09-10", PoliceAnswer.FILED),
                handedOver("2026-09-10"), Cases.step(StepKind.CLOSING, "2026-09-20", WANG));
        events.removeIf(e -> e instanceof CaseEvent.Answered a && a.answer() == PoliceAnswer.FILED
                && a.date().equals(LocalDate.of(2026, 9, 7)));

        CaseState state = replay(events);

        assertThat(state.violations()).isEmpty();
        // Art 8's three days run from the notice of forwarding (09-07), not from the agency's transfer (09-05)
        assertThat(state.notes()).filteredOn(n -> n.kind() == NoteKind.POLICE_LATE)
                .extracting(n -> n.details().constant("answer", PoliceAnswer.class))
                .containsExactly(PoliceAnswer.FORWARDED);
        events.removeIf(e -> e instanceof CaseEvent.Answered a && a.answer() == PoliceAnswer.FILED);
        events.add(answered("2026-09-11", PoliceAnswer.FILED));
        assertThat(replay(events).notes()).filteredOn(n -> n.kind() == NoteKind.POLICE_LATE)
                .extracting(n -> n.details().date("from")).containsExactly(LocalDate.of(2026, 9, 5),
                        LocalDate.of(2026, 9, 7));
    }

    @Test
    void reconsiderationIsARightAskedForWithinThreeDaysALateRequestOnlyNoted() {
        List<CaseEvent> base = lawfulWith(List.of(StepKind.ITEMS_HANDOVER, StepKind.CLOSING));
        base.removeIf(e -> e instanceof CaseEvent.Answered a && a.answer() == PoliceAnswer.FILED);
        base.add(answered("2026-09-08", PoliceAnswer.NOT_FILED));
        List<CaseEvent> onTime = new ArrayList<>(base);
        onTime.add(Cases.step(StepKind.RECONSIDERATION_REQUEST, "2026-09-11", WANG));
        onTime.add(answered("2026-09-14", PoliceAnswer.RECONSIDERED_NOT_FILED));
        onTime.add(Cases.step(StepKind.SUPERVISION_REQUEST, "2026-09-16", WANG));
        List<CaseEvent> late = new ArrayList<>(base);
        late.add(Cases.step(StepKind.RECONSIDERATION_REQUEST, "2026-09-14", WANG));

        assertThat(replay(onTime, LocalDate.of(2026, 9, 20)).violations()).isEmpty();
        assertThat(replay(onTime, LocalDate.of(2026, 9, 20)).notes()).extracting(CaseNote::kind)
                .containsOnly(NoteKind.PENALTY_WAITS_ON_REFERRAL);
        CaseState lateState = replay(late, LocalDate.of(2026, 9, 20));
        assertThat(lateState.violations()).isEmpty();
        assertThat(lateState.notes()).extracting(CaseNote::kind).filteredOn(k -> k != NoteKind.PENALTY_WAITS_ON_REFERRAL)
                .containsExactly(NoteKind.LATE_RECONSIDERATION_REQUEST);
    }

    // --- Arts 10, 13: a case the police do not take goes on as a penalty case ---

    @Test
    void aCaseNotFiledOrReturnedNeedsItsPenaltyStepsAgain() {
        for (PoliceAnswer answer : List.of(PoliceAnswer.NOT_FILED, PoliceAnswer.RETURNED)) {
            List<CaseEvent> closedAtOnce = lawfulWith(List.of(StepKind.ITEMS_HANDOVER));
            closedAtOnce.removeIf(e -> e instanceof CaseEvent.Answered a && a.answer() == PoliceAnswer.FILED);
            closedAtOnce.add(answered("2026-09-08", answer));
            List<CaseEvent> handled = lawfulWith(List.of(StepKind.ITEMS_HANDOVER, StepKind.CLOSING));
            handled.removeIf(e -> e instanceof CaseEvent.Answered a && a.answer() == PoliceAnswer.FILED);
            handled.add(answered("2026-09-08", answer));
            handled.addAll(Referrals.penalty(LocalDate.of(2026, 9, 20)));
            handled.add(Cases.step(StepKind.CLOSING, "2026-09-30", WANG));

            assertThat(replay(closedAtOnce).violations(ViolationKind.MISSING_STEP)).as(answer.name())
                    .extracting(ProcedureViolation::step).contains(StepKind.NOTICE, StepKind.DECISION);
            CaseState state = replay(handled);
            assertThat(state.violations()).as(state.explain().en()).isEmpty();
            assertThat(state.notes()).extracting(CaseNote::kind).doesNotContain(NoteKind.PENALTY_BEFORE_REFERRAL);
        }
    }

    // --- Art 11: no penalty in place of referral; penalties decided before a referral keep running ---

    @Test
    void aPenaltyAfterTheFindingWithoutReferralIsAPenaltyInPlaceOfReferral() {
        List<CaseEvent> events = events(suspected("2026-09-03"));
        events.addAll(Referrals.penalty(LocalDate.of(2026, 9, 10)));
        List<CaseEvent> open = new ArrayList<>(events);
        events.add(Cases.step(StepKind.CLOSING, "2026-09-20", WANG));

        CaseState closed = replay(events);
        assertThat(closed.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).singleElement().satisfies(v -> {
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(CHEN);
            assertThat((List<Object>) v.details().list("penalties")).contains(PenaltyKind.FINE);
            assertThat(v.basis().toString()).contains("第十一条", "第十六条");
            assertThat(v.message().zh()).contains("以行政处罚代替移送");
        });
        assertThat(closed.violations(ViolationKind.NOT_REFERRED)).isEmpty();
        // one omission, one violation: the missing report and approval are part of it
        assertThat(closed.violations(ViolationKind.MISSING_STEP)).isEmpty();
        assertThat((List<Object>) closed.violations().get(0).details().list("missing")).containsExactly(StepKind.REFERRAL_REPORT,
                StepKind.REFERRAL_APPROVAL);
        CaseState pending = replay(open);
        assertThat(pending.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).isEmpty();
        assertThat(pending.notes()).extracting(CaseNote::kind).contains(NoteKind.PENALTY_PENDING_REFERRAL);
    }

    @Test
    void aPenaltyBeforeTheFindingIsNoPenaltyInPlaceOfReferralButNotReferringIs() {
        List<CaseEvent> events = new ArrayList<>(investigated());
        events.addAll(Referrals.penalty(LocalDate.of(2026, 9, 10)));
        events.add(suspected("2026-09-12"));
        events.add(Cases.step(StepKind.CLOSING, "2026-09-20", WANG));

        CaseState state = replay(events);

        assertThat(state.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).isEmpty();
        assertThat(state.violations(ViolationKind.NOT_REFERRED)).singleElement().satisfies(v -> {
            assertThat(v.step()).isEqualTo(StepKind.REFERRAL);
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(CHEN, WANG);
        });
    }

    @Test
    void penaltiesDecidedBeforeTheReferralKeepRunning() {
        List<CaseEvent> events = events(suspected("2026-09-03"));
        events.addAll(Referrals.penalty(LocalDate.of(2026, 9, 10)));
        events.addAll(List.of(report("2026-09-03"), approved("2026-09-04"), transferred("2026-09-05"),
                answered("2026-09-07", PoliceAnswer.FILED), handedOver("2026-09-09"),
                Cases.step(StepKind.CLOSING, "2026-09-20", WANG)));
        // decided on 09-10 after the transfer of 09-05: the case was with the police, yet no violation follows from it
        CaseState state = replay(events);
        assertThat(state.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).isEmpty();

        List<CaseEvent> before = events(suspected("2026-09-03"), report("2026-09-03"), approved("2026-09-04"));
        before.addAll(Referrals.penalty(LocalDate.of(2026, 9, 4)));
        before.addAll(List.of(transferred("2026-09-05"), answered("2026-09-07", PoliceAnswer.FILED),
                handedOver("2026-09-09"), Cases.step(StepKind.CLOSING, "2026-09-20", WANG)));
        CaseState earlier = replay(before);
        assertThat(earlier.violations()).as(earlier.explain().en()).isEmpty();
        assertThat(earlier.notes()).filteredOn(n -> n.kind() == NoteKind.PENALTY_BEFORE_REFERRAL).singleElement()
                .satisfies(n -> {
                    assertThat((List<Object>) n.details().list("continuing")).containsExactly(PenaltyKind.WARNING);
                    assertThat(n.message().zh()).contains("警告不停止执行", "折抵");
                });
    }

    // --- Art 3, 16 第二款: not referring ---

    @Test
    void aFlaggedCaseClosedWithoutReferralIsNotReferred() {
        CaseState state = replay(events(suspected("2026-09-03"), Cases.step(StepKind.CLOSING, "2026-09-20", WANG)));

        // closed with neither a referral nor a decision: the penalty steps wait on the referral, so the one omission
        // is one violation
        assertThat(state.violations()).extracting(ProcedureViolation::kind).containsExactly(
                ViolationKind.NOT_REFERRED);
        assertThat(replay(events(Cases.step(StepKind.CLOSING, "2026-09-20", WANG))).violations(
                ViolationKind.MISSING_STEP)).extracting(ProcedureViolation::step).contains(StepKind.DECISION);
        assertThat(state.violations(ViolationKind.NOT_REFERRED)).singleElement().satisfies(v -> {
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(CHEN, WANG);
            assertThat(v.message().zh()).contains("2026-09-03", "未移送", "未进行");
            assertThat(v.basis().toString()).contains("第三条", "第十六条");
        });
    }

    // --- Art 12: items within three days of the filing notice ---

    @Test
    void theItemsAreHandedOverWithinThreeDaysOfTheFilingNotice() {
        // filed on Monday 09-07: due Thursday 09-10
        List<CaseEvent> onTime = Cases.replace(lawful(), StepKind.ITEMS_HANDOVER, handedOver("2026-09-10"));
        List<CaseEvent> late = Cases.replace(lawful(), StepKind.ITEMS_HANDOVER, handedOver("2026-09-11"));

        assertThat(replay(onTime).violations()).isEmpty();
        assertThat(replay(late).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.LATE_HANDOVER);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 9, 10));
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(CHEN, WANG, LI);
            assertThat(v.message().zh()).contains("解释");
        });
        CaseRecord open = Referrals.penaltyCase().build().appendAll(lawfulWith(List.of(StepKind.ITEMS_HANDOVER,
                StepKind.CLOSING)));
        assertThat(open.replay(LocalDate.of(2026, 9, 10)).violations()).isEmpty();
        assertThat(open.replay(LocalDate.of(2026, 9, 11)).violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.LATE_HANDOVER);
        assertThat(open.replay(LocalDate.of(2026, 9, 11)).pending()).contains(StepKind.ITEMS_HANDOVER);
    }

    // --- Art 19: duty-crime leads ---

    @Test
    void aDutyCrimeLeadGoesToTheSupervisorsWithoutTheHeadsApproval() {
        CaseEvent lead = new CaseEvent.CrimeSuspected(LocalDate.of(2026, 9, 3), ReferralKind.SUPERVISORY,
                "某所工作人员收受当事人财物", List.of("刑法第三百八十五条"), List.of(WANG, LI));
        List<CaseEvent> referred = events(lead, CaseEvent.recorded(StepKind.REFERRAL, LocalDate.of(2026, 9, 20),
                ReferralTransfer.toSupervisor("某市监察委员会"), WANG));
        referred.addAll(Referrals.penalty(LocalDate.of(2026, 9, 25)));
        List<CaseEvent> kept = new ArrayList<>(referred);
        kept.removeIf(e -> e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.REFERRAL);
        referred.add(Cases.step(StepKind.CLOSING, "2026-09-30", WANG));
        kept.add(Cases.step(StepKind.CLOSING, "2026-09-30", WANG));

        CaseState state = replay(referred);
        assertThat(state.violations()).as(state.explain().en()).isEmpty();
        assertThat(replay(kept).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.LEAD_NOT_REFERRED);
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(WANG);
            assertThat(v.basis().toString()).contains("第十九条");
        });
    }

    // --- the standalone template ---

    @Test
    void aCaseOpenedToReferFollowsTheSameSteps() {
        List<CaseEvent> events = new ArrayList<>(lawful());
        events.removeIf(e -> e instanceof CaseEvent.StepPerformed p
                && (p.step() == StepKind.FILING || p.step() == StepKind.INVESTIGATION));
        CaseRecord record = Referrals.referralCase().build().appendAll(events);

        assertThat(record.replay(END).violations()).isEmpty();
        assertThat(record.replay(END).closed()).isTrue();
        CaseRecord lateItems = Referrals.referralCase().build().appendAll(Cases.replace(events,
                StepKind.ITEMS_HANDOVER, handedOver("2026-09-12")));
        assertThat(lateItems.replay(END).violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.LATE_HANDOVER);
    }

    // --- bad input ---

    @Test
    void aFindingInAProcedureWithoutReferralIsRejectedAndTheRecordUnchanged() {
        CaseRecord summary = CaseRecord.builder().id("烟简〔2026〕3号").procedure(ProcedureTemplates.PENALTY_SUMMARY)
                .organization(Referrals.ORGANIZATION).area(Cases.AREA).opened(LocalDate.of(2026, 9, 1)).build();

        assertThatThrownBy(() -> summary.append(suspected("2026-09-03")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟简〔2026〕3号")
                .hasMessageContaining("REFERRAL").hasMessageContaining("行政处罚简易程序");
        assertThat(summary.events()).isEmpty();
    }

    @Test
    void anAnswerWithoutAReferralIsRejected() {
        CaseRecord record = Referrals.penaltyCase().build().appendAll(events(suspected("2026-09-03")));

        assertThatThrownBy(() -> record.append(answered("2026-09-05", PoliceAnswer.FILED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕9号")
                .hasMessageContaining("FILED").hasMessageContaining("某市公安局");
        assertThat(record.events()).hasSize(3);
        // an answer recorded before its referral is caught whatever the order of appending
        assertThatThrownBy(() -> record.appendAll(List.of(answered("2026-09-04", PoliceAnswer.RECEIPT_SIGNED),
                transferred("2026-09-05")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-09-04");
    }

    @Test
    void contentOfAnotherKindThanTheStepRecordsIsRejected() {
        CaseRecord record = Referrals.penaltyCase().build().appendAll(events(suspected("2026-09-03")));

        assertThatThrownBy(() -> record.append(CaseEvent.recorded(StepKind.REFERRAL, LocalDate.of(2026, 9, 5),
                ItemsHandover.of("卷烟"), WANG))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("烟罚〔2026〕9号").hasMessageContaining("REFERRAL")
                .hasMessageContaining("ItemsHandover").hasMessageContaining("ReferralTransfer");
        assertThatThrownBy(() -> record.append(Cases.step(StepKind.REFERRAL_APPROVAL, "2026-09-04", CHEN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ReferralApproval");
        assertThat(record.events()).hasSize(3);
    }

    @Test
    void valuesAreChecked() {
        assertThatThrownBy(() -> ReferralApproval.refuse(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reasons");
        assertThatThrownBy(() -> new ReferralApproval(true, java.util.Optional.of("理由"), false,
                java.util.Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'理由'");
        assertThatThrownBy(() -> ReferralTransfer.toPolice("某市公安局\n")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("authority");
        assertThatThrownBy(() -> new CaseEvent.CrimeSuspected(LocalDate.of(2026, 9, 3), ReferralKind.PUBLIC_SECURITY,
                "涉嫌犯罪", List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-09-03");
        assertThatThrownBy(() -> new CaseEvent.Answered(LocalDate.of(2026, 9, 3), PoliceAnswer.FILED, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FILED");
    }

    // --- review of issue 16: the penalty track waits on the referral ---

    /** Filed 09-01, investigated 09-02, found and reported 11-28, approved 12-01 10:00, transferred 12-02 09:00. */
    private static List<CaseEvent> lateFinding() {
        return events(suspected("2026-11-28"), report("2026-11-28"),
                approval("2026-12-01", ReferralApproval.approve().at(LocalTime.of(10, 0)), CHEN),
                transferred("2026-12-02", transfer().at(LocalTime.of(9, 0))));
    }

    @Test
    void theDecisionPeriodDoesNotRunWhileTheCaseWaitsOnTheReferral() {
        for (String day : List.of("2026-11-29", "2026-12-01", "2026-12-02", "2026-12-20")) {
            CaseState state = replay(lateFinding(), LocalDate.parse(day));
            assertThat(state.violations()).as(day + ": " + state.explain().en()).isEmpty();
        }
        // without the finding the ninety days ran out on 11-30
        assertThat(replay(events(), LocalDate.of(2026, 12, 1)).violations(ViolationKind.MISSED_DEADLINE))
                .extracting(ProcedureViolation::step, ProcedureViolation::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StepKind.DECISION, LocalDate.of(2026, 11, 30)));
        // a period that ran out before the finding stays missed
        CaseState missedFirst = replay(events(suspected("2026-12-05")), LocalDate.of(2026, 12, 10));
        assertThat(missedFirst.violations(ViolationKind.MISSED_DEADLINE)).extracting(ProcedureViolation::date)
                .containsExactly(LocalDate.of(2026, 11, 30));
        // the note says it is our reading
        assertThat(replay(lateFinding(), LocalDate.of(2026, 12, 2)).notes())
                .filteredOn(n -> n.kind() == NoteKind.PENALTY_WAITS_ON_REFERRAL).singleElement()
                .satisfies(n -> assertThat(n.message().zh()).contains("解释", "第六十条"));
    }

    @Test
    void timeAwayIsLeftOutOfTheDecisionPeriodOnceTheCaseComesBack() {
        // away from 09-03 to 09-10 (not filed): seven days left out, 11-30 becomes 12-07
        List<CaseEvent> back = lawfulWith(List.of(StepKind.ITEMS_HANDOVER, StepKind.CLOSING));
        back.removeIf(e -> e instanceof CaseEvent.Answered a && a.answer() == PoliceAnswer.FILED);
        back.add(answered("2026-09-10", PoliceAnswer.NOT_FILED));
        assertThat(replay(back, LocalDate.of(2026, 12, 7)).violations()).isEmpty();
        assertThat(replay(back, LocalDate.of(2026, 12, 8)).violations(ViolationKind.MISSED_DEADLINE))
                .extracting(ProcedureViolation::step, ProcedureViolation::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StepKind.DECISION, LocalDate.of(2026, 12, 7)));
        List<CaseEvent> decided = new ArrayList<>(back);
        decided.addAll(Referrals.penalty(LocalDate.of(2026, 12, 6)));
        assertThat(replay(decided, LocalDate.of(2026, 12, 20)).violations()).isEmpty();
    }

    @Test
    void aReconsideredFilingPutsTheCaseWithThePoliceAgain() {
        List<CaseEvent> events = lawfulWith(List.of(StepKind.ITEMS_HANDOVER, StepKind.CLOSING),
                answered("2026-09-08", PoliceAnswer.NOT_FILED), Cases.step(StepKind.RECONSIDERATION_REQUEST,
                        "2026-09-09", WANG), answered("2026-09-11", PoliceAnswer.RECONSIDERED_FILED),
                handedOver("2026-09-12"), Cases.step(StepKind.CLOSING, "2026-09-20", WANG));
        events.removeIf(e -> e instanceof CaseEvent.Answered a && a.answer() == PoliceAnswer.FILED);
        CaseState state = replay(events);
        assertThat(state.violations()).as(state.explain().en()).isEmpty();
        // without the request and the reconsidered filing the case stays back with the agency and its penalty steps
        // are missing
        events.removeIf(e -> e instanceof CaseEvent.Answered a && a.answer() == PoliceAnswer.RECONSIDERED_FILED
                || e instanceof CaseEvent.StepPerformed p && (p.step() == StepKind.ITEMS_HANDOVER
                        || p.step() == StepKind.RECONSIDERATION_REQUEST));
        assertThat(replay(events).violations(ViolationKind.MISSING_STEP)).extracting(ProcedureViolation::step)
                .contains(StepKind.DECISION);
    }

    @Test
    void aCaseReturnedBeforeTheHandOverKeepsItsItemsButALateHandOverStaysLate() {
        List<CaseEvent> returned = lawfulWith(List.of(StepKind.ITEMS_HANDOVER, StepKind.CLOSING),
                answered("2026-09-08", PoliceAnswer.RETURNED));
        returned.addAll(Referrals.penalty(LocalDate.of(2026, 9, 20)));
        returned.add(Cases.step(StepKind.CLOSING, "2026-09-30", WANG));
        CaseState state = replay(returned);
        assertThat(state.violations()).as(state.explain().en()).isEmpty();
        // returned after the three days: the hand-over was already late
        List<CaseEvent> late = new ArrayList<>(returned);
        late.removeIf(e -> e instanceof CaseEvent.Answered a && a.answer() == PoliceAnswer.RETURNED);
        late.add(answered("2026-09-12", PoliceAnswer.RETURNED));
        assertThat(replay(late).violations(ViolationKind.LATE_HANDOVER)).extracting(ProcedureViolation::date)
                .containsExactly(LocalDate.of(2026, 9, 10));
    }

    @Test
    void aPenaltyDecidedBeforeTheTransferMustStillBeServedAndExecuted() {
        List<CaseEvent> events = lawfulWith(List.of());
        events.addAll(Referrals.penalty(LocalDate.of(2026, 9, 4)));
        assertThat(replay(events).violations()).isEmpty();
        events.removeIf(e -> e instanceof CaseEvent.StepPerformed p
                && (p.step() == StepKind.SERVICE || p.step() == StepKind.EXECUTION));
        CaseState state = replay(events);
        assertThat(state.violations(ViolationKind.MISSING_STEP)).extracting(ProcedureViolation::step)
                .containsExactly(StepKind.SERVICE, StepKind.EXECUTION);
        assertThat(state.violations(ViolationKind.MISSED_DEADLINE)).extracting(ProcedureViolation::step)
                .containsExactly(StepKind.SERVICE);
    }

    @Test
    void anApprovedReferralNeverTransferredIsOneViolationAtClosing() {
        List<CaseEvent> events = events(suspected("2026-09-03"), report("2026-09-03"), approved("2026-09-04"),
                Cases.step(StepKind.CLOSING, "2026-09-20", WANG));
        assertThat(replay(events, LocalDate.of(2026, 9, 10)).violations(ViolationKind.LATE_REFERRAL)).hasSize(1);
        CaseState state = replay(events);
        assertThat(state.violations()).as(state.explain().en()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.NOT_REFERRED);
    }

    @Test
    void theDeadlineShownAgreesWithTheHours() {
        for (int hour : List.of(9, 11)) {
            List<CaseEvent> events = events(suspected("2026-09-03"), report("2026-09-03"),
                    approval("2026-09-04", ReferralApproval.approve().at(LocalTime.of(10, 0)), CHEN),
                    transferred("2026-09-05", transfer().at(LocalTime.of(hour, 0))));
            CaseState state = replay(events, LocalDate.of(2026, 9, 10));
            boolean late = hour == 11;
            assertThat(state.violations(ViolationKind.LATE_REFERRAL)).hasSize(late ? 1 : 0);
            assertThat(state.deadlines()).filteredOn(d -> d.step() == StepKind.REFERRAL).singleElement()
                    .satisfies(d -> assertThat(d.status().isMissed()).isEqualTo(late));
        }
    }

    @Test
    void aPenaltyOnTheDayOfTheFindingIsInPlaceOfReferral() {
        List<CaseEvent> events = events(suspected("2026-09-10"));
        events.addAll(Referrals.penalty(LocalDate.of(2026, 9, 10)));
        events.add(Cases.step(StepKind.CLOSING, "2026-09-20", WANG));
        CaseState state = replay(events);
        assertThat(state.violations(ViolationKind.NOT_REFERRED)).isEmpty();
        assertThat(state.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).singleElement()
                .satisfies(v -> assertThat(v.message().zh()).contains("解释：当日作出的处罚决定"));
        List<CaseEvent> before = events(suspected("2026-09-11"));
        before.addAll(Referrals.penalty(LocalDate.of(2026, 9, 10)));
        before.add(Cases.step(StepKind.CLOSING, "2026-09-20", WANG));
        assertThat(replay(before).violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).isEmpty();
    }

    @Test
    void aPresidingDeputyAnswersForALateDecision() {
        List<CaseEvent> events = events(suspected("2026-09-03"), report("2026-09-03"),
                approval("2026-09-10", ReferralApproval.approve().byPresidingDeputy(), Referrals.DEPUTY));
        assertThat(replay(events, LocalDate.of(2026, 9, 12)).violations(ViolationKind.LATE_REFERRAL))
                .filteredOn(v -> v.details().constant("stage", StepKind.class) == StepKind.REFERRAL_APPROVAL)
                .singleElement().satisfies(v -> assertThat(v.people()).extracting(Involvement::officer)
                        .containsExactly(Referrals.DEPUTY));
        List<CaseEvent> principal = events(suspected("2026-09-03"), report("2026-09-03"), approved("2026-09-10"));
        assertThat(replay(principal, LocalDate.of(2026, 9, 12)).violations(ViolationKind.LATE_REFERRAL))
                .filteredOn(v -> v.details().constant("stage", StepKind.class) == StepKind.REFERRAL_APPROVAL)
                .singleElement().satisfies(v -> assertThat(v.people()).extracting(Involvement::officer)
                        .containsExactly(CHEN));
    }

    @Test
    void answersThatMakeNoSenseAreRejectedAndTheRecordUnchanged() {
        CaseRecord record = Referrals.penaltyCase().build().appendAll(events(suspected("2026-09-03"),
                report("2026-09-03"), approved("2026-09-04"), transferred("2026-09-05")));
        CaseRecord supervisors = Referrals.penaltyCase().build().appendAll(events(
                CaseEvent.recorded(StepKind.REFERRAL, LocalDate.of(2026, 9, 5),
                        ReferralTransfer.toSupervisor("某市监察委员会"), WANG)));
        assertThatThrownBy(() -> supervisors.append(answered("2026-09-06", PoliceAnswer.FILED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕9号")
                .hasMessageContaining("FILED").hasMessageContaining("2026-09-06");
        for (List<CaseEvent> more : List.of(
                List.of(answered("2026-09-07", PoliceAnswer.FILED), answered("2026-09-07", PoliceAnswer.NOT_FILED)),
                List.of(answered("2026-09-07", PoliceAnswer.RECONSIDERED_FILED)),
                List.of(answered("2026-09-07", PoliceAnswer.NOT_FILED),
                        answered("2026-09-09", PoliceAnswer.RECONSIDERED_NOT_FILED)),
                List.of(answered("2026-09-07", PoliceAnswer.FILED), answered("2026-09-09", PoliceAnswer.NOT_FILED)))) {
            assertThatThrownBy(() -> record.appendAll(more)).as(more.toString())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕9号");
            assertThat(record.events()).hasSize(6);
        }
        assertThat(record.appendAll(List.of(answered("2026-09-07", PoliceAnswer.NOT_FILED),
                Cases.step(StepKind.RECONSIDERATION_REQUEST, "2026-09-08", WANG),
                answered("2026-09-09", PoliceAnswer.RECONSIDERED_NOT_FILED),
                answered("2026-09-12", PoliceAnswer.FILED))).events()).hasSize(10);
    }

    @Test
    void nullsAndDuplicatesAreRefusedByName() {
        assertThatThrownBy(() -> new ReferralTransfer(ReferralKind.PUBLIC_SECURITY, Referrals.POLICE, null, List.of(),
                SeizedItems.NONE, java.util.Optional.empty())).isInstanceOf(NullPointerException.class)
                .hasMessage("materials");
        assertThatThrownBy(() -> new ItemsHandover(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("items");
        assertThatThrownBy(() -> new CaseEvent.CrimeSuspected(LocalDate.of(2026, 9, 3),
                ReferralKind.PUBLIC_SECURITY, "涉嫌犯罪", null, List.of(WANG)))
                .isInstanceOf(NullPointerException.class).hasMessage("thresholds");
        assertThatThrownBy(() -> transfer().withItems(List.of("卷烟200条", "卷烟200条"), SeizedItems.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> ItemsHandover.of("卷烟", "卷烟")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> ItemsHandover.of()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new CaseEvent.CrimeSuspected(LocalDate.of(2026, 9, 3),
                ReferralKind.PUBLIC_SECURITY, "涉嫌犯罪", List.of("刑法第225条", "刑法第225条"), List.of(WANG)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThat(ItemsHandover.of("卷烟").items()).containsExactly("卷烟");
        assertThatThrownBy(() -> ReferralChecks.CONTINUING.add(PenaltyKind.FINE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
