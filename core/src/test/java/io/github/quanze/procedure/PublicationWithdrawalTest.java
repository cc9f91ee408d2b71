package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.GROUNDS;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * 行政处罚法 Art 48 第二款: which information must be withdrawn once the decision is overturned (only what is public at
 * the ruling, and what is published after it), and a ruling before the due day ending the duty to publish.
 */
class PublicationWithdrawalTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 10, 19);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final LocalDate DUE = CALENDAR.plusWorkingDays(DECIDED, 7);
    private static final LocalDate RULED = LocalDate.of(2026, 12, 1);
    private static final LocalDate WITHDRAWAL_DUE = CALENDAR.plusWorkingDays(RULED, 3);
    private static final LocalDate AFTER = LocalDate.of(2026, 12, 31);

    private static CaseRecord penalty(CaseEvent... more) {
        List<CaseEvent> events = new ArrayList<>(PENALTY_CASE);
        events.addAll(List.of(more));
        return Cases.penaltyCase("烟罚〔2026〕1号", LocalDate.of(2026, 9, 1)).grounds(GROUNDS[0], GROUNDS[1])
                .hearingEligible(true).publication(PublicationRule.penalty()).build().appendAll(events);
    }

    private static CaseEvent.Published published(LocalDate on) {
        return new CaseEvent.Published(on, Optional.empty());
    }

    private static CaseEvent.Overturned ruling(LocalDate on) {
        return new CaseEvent.Overturned(on, Overturn.REVOKED, Overturn.Forum.RECONSIDERATION);
    }

    private static List<ViolationKind> kinds(CaseRecord record, LocalDate asOf) {
        return record.replay(asOf).violations().stream().map(ProcedureViolation::kind).toList();
    }

    @Test
    void informationWithdrawnBeforeTheRulingNeedsNoWithdrawalAndInformationStillPublicDoes() {
        CaseRecord withdrawnBefore = penalty(published(DUE), new CaseEvent.Withdrawn(RULED.minusDays(5), true),
                ruling(RULED));
        assertThat(withdrawnBefore.replay(AFTER).isClean()).isTrue();

        CaseRecord stillPublic = penalty(published(DUE), ruling(RULED));
        assertThat(kinds(stillPublic, AFTER)).containsExactly(ViolationKind.LATE_WITHDRAWAL);

        CaseRecord publishedAgain = penalty(published(DUE), new CaseEvent.Withdrawn(RULED.minusDays(5), true),
                published(RULED.minusDays(2)), ruling(RULED));
        assertThat(publishedAgain.replay(AFTER).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.LATE_WITHDRAWAL);
            assertThat(v.date()).isEqualTo(WITHDRAWAL_DUE);
            assertThat(v.details().has("published")).isFalse();
            assertThat(v.message().zh()).contains("解释：自变更、撤销等决定生效之日起算");
            assertThat(v.message().en()).contains("interpretation: counted from the day the ruling took effect");
        });

        // published and withdrawn on one day before the ruling: the order within the day is unknown
        CaseRecord sameDay = penalty(published(DUE), new CaseEvent.Withdrawn(DUE, true), ruling(RULED));
        assertThat(sameDay.replay(AFTER).isClean()).isTrue();
    }

    @Test
    void informationPublishedAfterTheRulingIsWithdrawnWithinThreeWorkingDaysOfItsPublication() {
        LocalDate again = LocalDate.of(2026, 12, 7);
        LocalDate againDue = CALENDAR.plusWorkingDays(again, 3);
        CaseEvent.Withdrawn first = new CaseEvent.Withdrawn(RULED, true);

        CaseRecord onTime = penalty(published(DUE), ruling(RULED), first, published(again),
                new CaseEvent.Withdrawn(againDue, true));
        assertThat(onTime.replay(AFTER).isClean()).isTrue();

        CaseRecord late = penalty(published(DUE), ruling(RULED), first, published(again),
                new CaseEvent.Withdrawn(CALENDAR.nextWorkingDay(againDue), true));
        assertThat(late.replay(AFTER).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.LATE_WITHDRAWAL);
            assertThat(v.date()).isEqualTo(againDue);
            assertThat(v.details().date("published")).isEqualTo(again);
            assertThat(v.details().date("overturned")).isEqualTo(RULED);
            assertThat(v.message().zh()).contains("又于2026-12-07公开", "解释");
            assertThat(v.message().en()).contains("published on 2026-12-07", "interpretation");
        });

        // never public at the ruling, published only after it, never withdrawn
        CaseRecord onlyAfter = penalty(ruling(DUE), published(again));
        assertThat(onlyAfter.replay(againDue).isClean()).isTrue();
        assertThat(kinds(onlyAfter, againDue.plusDays(1))).containsExactly(ViolationKind.LATE_WITHDRAWAL);
    }

    @Test
    void onePublicPeriodIsOneViolationDatedItsEarliestDueDay() {
        CaseRecord twice = penalty(published(DUE), ruling(RULED), published(RULED.plusDays(1)));
        assertThat(twice.replay(AFTER).violations()).singleElement()
                .satisfies(v -> assertThat(v.date()).isEqualTo(WITHDRAWAL_DUE));
    }

    @Test
    void aRulingOnOrBeforeTheDueDayEndsTheDutyToPublishAndOneAfterItDoesNot() {
        assertThat(penalty(ruling(DUE)).replay(AFTER).isClean()).isTrue();
        assertThat(penalty(ruling(DECIDED)).replay(AFTER).isClean()).isTrue();
        LocalDate afterDue = CALENDAR.nextWorkingDay(DUE);
        assertThat(kinds(penalty(ruling(afterDue)), AFTER)).containsExactly(ViolationKind.PUBLICATION_OVERDUE);
    }

    @Test
    void aWithdrawalOfInformationNeverPublishedIsRefusedNamingTheCaseAndTheDay() {
        CaseRecord record = penalty();
        LocalDate on = LocalDate.of(2026, 11, 2);
        assertThatThrownBy(() -> record.append(new CaseEvent.Withdrawn(on, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕1号")
                .hasMessageContaining(on.toString()).hasMessageContaining("never published");
        assertThat(record.events()).hasSize(PENALTY_CASE.size());
        assertThat(record.append(published(on)).append(new CaseEvent.Withdrawn(on, true)).events())
                .hasSize(PENALTY_CASE.size() + 2);
    }

    @Test
    void withoutARuleASeizureIsPublishedNoEarlierThanTheHeadsApproval() {
        List<CaseEvent> events = List.of(Cases.step(StepKind.HEAD_APPROVAL, "2026-03-03", Cases.CHEN),
                Cases.step(StepKind.PARTY_NOTIFIED, "2026-03-03", Cases.WANG),
                Cases.step(StepKind.SEIZURE, "2026-03-03", Cases.WANG, Cases.LI));
        CaseRecord seizure = CaseRecord.builder().id("烟强〔2026〕1号").procedure(ProcedureTemplates.SEIZURE_AND_DETENTION)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.of(2026, 3, 2)).build()
                .appendAll(events);
        assertThatThrownBy(() -> seizure.append(published(LocalDate.of(2026, 3, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟强〔2026〕1号")
                .hasMessageContaining("HEAD_APPROVAL");
        assertThat(seizure.append(published(LocalDate.of(2026, 3, 3))).events()).hasSize(4);
    }
}
