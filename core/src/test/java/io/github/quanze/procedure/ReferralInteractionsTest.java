package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.ZHOU;
import static io.github.quanze.procedure.Referrals.answered;
import static io.github.quanze.procedure.Referrals.approved;
import static io.github.quanze.procedure.Referrals.handedOver;
import static io.github.quanze.procedure.Referrals.investigated;
import static io.github.quanze.procedure.Referrals.penalty;
import static io.github.quanze.procedure.Referrals.penaltyCase;
import static io.github.quanze.procedure.Referrals.report;
import static io.github.quanze.procedure.Referrals.suspected;
import static io.github.quanze.procedure.Referrals.transferred;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A referral of a suspected crime together with the other checks of the case: a transfer to another agency, the
 * legality review, the publication and the steps offered next.
 */
class ReferralInteractionsTest {

    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    private static CaseEvent failedReview(String date) {
        return CaseEvent.recorded(StepKind.LEGALITY_REVIEW, LocalDate.parse(date), new LegalityOpinion(false,
                List.of(LegalityOpinion.Finding.issue(ReviewAspect.AUTHORITY, "越权"))), ZHOU);
    }

    private static List<CaseEvent> notFiled() {
        List<CaseEvent> events = new ArrayList<>(investigated());
        events.addAll(List.of(suspected("2026-09-03"), report("2026-09-03"), approved("2026-09-04"),
                transferred("2026-09-05"), answered("2026-09-10", PoliceAnswer.NOT_FILED)));
        return events;
    }

    private static List<CaseEvent> filed() {
        List<CaseEvent> events = new ArrayList<>(investigated());
        events.addAll(List.of(suspected("2026-09-03"), report("2026-09-03"), approved("2026-09-04"),
                transferred("2026-09-05"), answered("2026-09-07", PoliceAnswer.FILED), handedOver("2026-09-09")));
        return events;
    }

    private static CaseEvent.Transferred transfer(String date) {
        return CaseEvent.Transferred.of(LocalDate.parse(date), AgencyId.of("OTHER"), TransferReason.NOT_COMPETENT,
                WANG);
    }

    @Test
    void aCaseGivenBackIsTransferableUntilTheAgencyAsksForReconsideration() {
        CaseRecord back = penaltyCase().build().appendAll(notFiled());
        CaseRecord asked = back.append(Cases.step(StepKind.RECONSIDERATION_REQUEST, "2026-09-11", WANG));

        assertThatThrownBy(() -> asked.append(transfer("2026-09-12"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-09-12").hasMessageContaining("2026-09-11")
                .hasMessageContaining("our reading");
        assertThat(asked.events()).hasSize(back.events().size() + 1);
        // given back and nothing asked: the case is the agency's again, and it may send it on
        assertThat(back.append(transfer("2026-09-12")).transferredTo()).isPresent();
    }

    @Test
    void aDecisionAgainstAFailedReviewIsReportedWhetherOrNotTheCaseWaitsOnTheReferral() {
        List<CaseEvent> away = filed();
        away.add(failedReview("2026-09-19"));
        away.addAll(penalty(LocalDate.of(2026, 9, 20)));
        List<CaseEvent> back = notFiled();
        back.add(failedReview("2026-10-19"));
        back.addAll(penalty(LocalDate.of(2026, 10, 20)));
        List<CaseEvent> passed = filed();
        passed.add(CaseEvent.recorded(StepKind.LEGALITY_REVIEW, LocalDate.of(2026, 9, 19),
                LegalityOpinion.passed(ReviewAspect.values()), ZHOU));
        passed.addAll(penalty(LocalDate.of(2026, 9, 20)));

        for (List<CaseEvent> events : List.of(away, back)) {
            CaseState state = penaltyCase().grounds(CaseGround.MAJOR_PUBLIC_INTEREST).build().appendAll(events)
                    .replay(YEAR_END);
            assertThat(state.violations(ViolationKind.DECIDED_AGAINST_REVIEW)).hasSize(1);
        }
        assertThat(penaltyCase().grounds(CaseGround.MAJOR_PUBLIC_INTEREST).build().appendAll(passed)
                .replay(YEAR_END).violations(ViolationKind.DECIDED_AGAINST_REVIEW)).isEmpty();
    }

    @Test
    void aPenaltyWhileThePoliceHoldTheCaseIsNotedAndOneAfterItCameBackIsNot() {
        List<CaseEvent> away = filed();
        away.addAll(penalty(LocalDate.of(2026, 9, 20)));
        List<CaseEvent> back = notFiled();
        back.addAll(penalty(LocalDate.of(2026, 9, 20)));

        CaseState whileAway = penaltyCase().build().appendAll(away).replay(YEAR_END);
        CaseState afterBack = penaltyCase().build().appendAll(back).replay(YEAR_END);

        assertThat(whileAway.notes()).filteredOn(n -> n.kind() == NoteKind.PENALTY_WHILE_REFERRED).singleElement()
                .satisfies(n -> {
                    assertThat(n.date()).isEqualTo(LocalDate.of(2026, 9, 20));
                    assertThat(n.message().zh()).contains("2026-09-05", "解释");
                    assertThat(n.message().en()).contains("only a note");
                });
        assertThat(afterBack.notes()).noneMatch(n -> n.kind() == NoteKind.PENALTY_WHILE_REFERRED);
    }

    @Test
    void closingIsNotOfferedWhileAReferralStepIsDue() {
        List<CaseEvent> flagged = new ArrayList<>(investigated());
        flagged.addAll(List.of(suspected("2026-09-03"), report("2026-09-03")));
        CaseState waiting = penaltyCase().build().appendAll(flagged).replay(LocalDate.of(2026, 9, 20));
        CaseState handedOver = penaltyCase().build().appendAll(filed()).replay(LocalDate.of(2026, 9, 20));

        assertThat(waiting.pending()).contains(StepKind.REFERRAL_APPROVAL).doesNotContain(StepKind.CLOSING);
        assertThat(handedOver.pending()).contains(StepKind.CLOSING);
    }

    @Test
    void aTimeOfDayIsInWholeMinutesAsDocumentsWriteIt() {
        assertThat(ReferralApproval.approve().at(LocalTime.of(10, 30)).time())
                .contains(LocalTime.of(10, 30));
        assertThatThrownBy(() -> ReferralApproval.approve().at(LocalTime.of(10, 30, 15)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minutes")
                .hasMessageContaining("10:30:15");
        assertThatThrownBy(() -> Referrals.transfer().at(LocalTime.of(9, 0, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minutes");
    }
}
