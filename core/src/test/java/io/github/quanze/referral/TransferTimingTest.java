package io.github.quanze.referral;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.WU;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.HEAD_APPROVAL;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;
import static io.github.quanze.referral.Teams.KNOWN;
import static io.github.quanze.referral.Teams.MARKET;
import static io.github.quanze.referral.Teams.SHARED;
import static io.github.quanze.referral.Teams.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.PoliceAnswer;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.Referrals;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.TransferReason;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When a transfer may be recorded (行政处罚法 Arts 22-25, our reading): only before the case is decided, after every
 * event already recorded (publicity included), and not while the case is with the public security organ.
 */
class TransferTimingTest {

    private static CaseEvent.Transferred transfer(String date) {
        return CaseEvent.Transferred.of(day(date), MARKET, TransferReason.NOT_COMPETENT, WANG);
    }

    private static CaseRecord penalty(CaseEvent... events) {
        return CaseRecord.builder().id("烟罚〔2026〕7号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(SHARED).area("烟草专卖").opened(day("2026-09-01")).build().appendAll(List.of(events));
    }

    private static final CaseEvent[] DECIDED = {step(FILING, "2026-09-01", WANG),
        step(INVESTIGATION, "2026-09-02", WANG, LI), step(NOTICE, "2026-09-10", WANG, LI),
        step(STATEMENT_AND_DEFENCE, "2026-09-11", WANG), step(DECISION, "2026-09-15", CHEN)};

    @Test
    void aTransferOnOrAfterTheDecisionIsRefused_andTheRecordIsUnchanged() {
        CaseRecord decided = penalty(DECIDED);
        for (String date : List.of("2026-09-15", "2026-09-20")) {
            assertThatThrownBy(() -> decided.append(transfer(date))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("烟罚〔2026〕7号").hasMessageContaining(date)
                    .hasMessageContaining("2026-09-15").hasMessageContaining("DECISION")
                    .hasMessageContaining("our reading").hasMessageContaining("本库解释");
        }
        assertThat(decided.events()).hasSize(DECIDED.length);
        // the decided case keeps its own duties: the service limit of Art 61 (seven days) runs out
        assertThat(decided.replay(day("2026-12-31")).violations(ViolationKind.MISSED_DEADLINE))
                .extracting(v -> v.step()).contains(SERVICE);
    }

    @Test
    void aTransferBeforeTheDecisionIsAccepted_andNoDecisionFollowsIt() {
        CaseRecord sent = penalty(Arrays.copyOf(DECIDED, 4)).append(transfer("2026-09-14"));
        assertThat(sent.transferredTo()).map(CaseEvent::date).contains(day("2026-09-14"));
        assertThatThrownBy(() -> sent.append(step(DECISION, "2026-09-15", CHEN)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("transferred");
        // in one batch, in either order
        List<CaseEvent> decisionFirst = new ArrayList<>(List.of(DECIDED));
        decisionFirst.add(transfer("2026-09-20"));
        assertThatThrownBy(() -> penalty().appendAll(decisionFirst)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-09-15");
        List<CaseEvent> transferFirst = new ArrayList<>(List.of(Arrays.copyOf(DECIDED, 4)));
        transferFirst.add(transfer("2026-09-14"));
        transferFirst.add(DECIDED[4]);
        assertThatThrownBy(() -> penalty().appendAll(transferFirst)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSeizureIsDecidedByItsHeadsApproval() {
        CaseRecord reviewed = Cases.seizure(List.of(step(LEGALITY_REVIEW, "2026-09-01", WU)));
        assertThat(reviewed.append(transfer("2026-09-02")).transferredTo()).isPresent();
        CaseRecord approved = reviewed.append(step(HEAD_APPROVAL, "2026-09-02", CHEN));
        assertThatThrownBy(() -> approved.append(transfer("2026-09-03"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HEAD_APPROVAL").hasMessageContaining("2026-09-02")
                .hasMessageContaining("2026-09-03");
    }

    @Test
    void aTransferDatedBeforeAPublicationAlreadyRecordedIsRefused() {
        CaseRecord published = penalty(step(FILING, "2026-09-01", WANG),
                new CaseEvent.Published(day("2026-09-25"), Optional.empty()));
        assertThatThrownBy(() -> published.append(transfer("2026-09-20")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕7号")
                .hasMessageContaining("2026-09-20").hasMessageContaining("2026-09-25");
        assertThat(published.append(transfer("2026-09-25")).transferredTo()).isPresent();
    }

    private static CaseEvent reconsiderationAsked(String date) {
        return CaseEvent.performed(StepKind.RECONSIDERATION_REQUEST, day(date), WANG);
    }

    private static CaseRecord referred(CaseEvent... answers) {
        List<CaseEvent> events = new ArrayList<>(Referrals.investigated());
        events.addAll(List.of(Referrals.suspected("2026-09-03"), Referrals.report("2026-09-03"),
                Referrals.approved("2026-09-04"), Referrals.transferred("2026-09-05")));
        events.addAll(List.of(answers));
        return Referrals.penaltyCase().build().appendAll(events);
    }

    @Test
    void aCaseWithThePoliceIsNotTransferredUntilItIsGivenBack() {
        for (CaseRecord withPolice : List.of(referred(), referred(Referrals.answered("2026-09-05",
                PoliceAnswer.RECEIPT_SIGNED)), referred(Referrals.answered("2026-09-08", PoliceAnswer.NOT_FILED),
                        reconsiderationAsked("2026-09-10"),
                        Referrals.answered("2026-09-12", PoliceAnswer.RECONSIDERED_FILED)))) {
            assertThatThrownBy(() -> withPolice.append(transfer("2026-09-20")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕9号")
                    .hasMessageContaining("2026-09-05").hasMessageContaining("2026-09-20")
                    .hasMessageContaining("our reading");
        }
        for (PoliceAnswer back : List.of(PoliceAnswer.NOT_FILED, PoliceAnswer.RETURNED)) {
            assertThat(referred(Referrals.answered("2026-09-08", back)).append(transfer("2026-09-20"))
                    .transferredTo()).isPresent();
        }
        assertThat(referred(Referrals.answered("2026-09-08", PoliceAnswer.NOT_FILED), reconsiderationAsked(
                "2026-09-10"), Referrals.answered("2026-09-12", PoliceAnswer.RECONSIDERED_NOT_FILED))
                .append(transfer("2026-09-20")).transferredTo()).isPresent();
        // given back on the transfer's day itself: the case is the agency's again that day
        assertThat(referred(Referrals.answered("2026-09-20", PoliceAnswer.RETURNED)).append(transfer("2026-09-20"))
                .transferredTo()).isPresent();
    }

    @Test
    void aSuspectedCrimeNotYetReferredDoesNotStopATransfer() {
        List<CaseEvent> events = new ArrayList<>(Referrals.investigated());
        events.add(Referrals.suspected("2026-09-03"));
        CaseRecord found = Referrals.penaltyCase().build().appendAll(events);
        assertThat(found.append(transfer("2026-09-03")).transferredTo()).isPresent();
    }

    @Test
    void aNullAmongTheKnownAgenciesIsNamed() {
        Set<AgencyId> withNull = new HashSet<>(KNOWN);
        withNull.add(null);
        CaseRecord sent = penalty(step(FILING, "2026-09-01", WANG), transfer("2026-09-20"));
        assertThatThrownBy(() -> CaseTransfer.of(sent, sent, withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("known");
        assertThatThrownBy(() -> CaseTransfer.of(sent, sent, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("known");
    }

    @Test
    void aTransferredFileIsNotReviewed_andTheMessageSaysWhy() {
        CaseRecord sent = penalty(step(FILING, "2026-09-01", WANG), transfer("2026-09-20"));
        assertThatThrownBy(() -> io.github.quanze.review.CaseFileReview.review(
                io.github.quanze.review.CaseFile.of(sent), io.github.quanze.review.ReviewStandards.DEFAULT,
                day("2026-12-01"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕7号")
                .hasMessageContaining("transferred").hasMessageContaining("2026-09-20");
    }
}
