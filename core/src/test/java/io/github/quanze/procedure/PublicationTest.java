package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.GROUNDS;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.WANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.ViolationFaults;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 行政执法公示: 行政处罚法 Arts 39, 48, 85 and 国办发〔2018〕118号 (7 and 20 working days). */
class PublicationTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 10, 19);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    /** The seventh working day after the decision. */
    private static final LocalDate DUE = CALENDAR.plusWorkingDays(DECIDED, 7);

    private static CaseRecord penalty(PublicationRule rule, CaseEvent... more) {
        List<CaseEvent> events = new ArrayList<>(PENALTY_CASE);
        events.addAll(List.of(more));
        return Cases.penaltyCase("烟罚〔2026〕1号", LocalDate.of(2026, 9, 1)).grounds(GROUNDS[0], GROUNDS[1])
                .hearingEligible(true).publication(rule).build().appendAll(events);
    }

    private static CaseEvent.Published published(LocalDate on) {
        return new CaseEvent.Published(on, Optional.of("烟草专卖局门户网站"));
    }

    @Test
    void the118RuleOfAPenaltyIsSevenWorkingDaysAndOfOtherDecisionsTwenty() {
        assertThat(PublicationRule.penalty().within().amount()).isEqualTo(7);
        assertThat(PublicationRule.penalty().within().unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(PublicationRule.licensing().within().amount()).isEqualTo(7);
        assertThat(PublicationRule.otherDecision(StepKind.SEIZURE).within().amount()).isEqualTo(20);
        assertThat(PublicationRule.otherDecision(StepKind.SEIZURE).within().unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(PublicationRule.penalty().basis().toString()).contains("国办发〔2018〕118号", "第四十八条");
        assertThat(PublicationRule.penalty().withdrawal()).hasValueSatisfying(w -> assertThat(w.amount()).isEqualTo(3));
        assertThat(PublicationRule.licensing().withdrawal()).isEmpty();
    }

    @Test
    void art48APenaltyPublishedOnItsDueDayIsOnTimeAndTheNextWorkingDayLate() {
        assertThat(penalty(PublicationRule.penalty(), published(DUE)).replay(DUE.plusDays(30)).isClean()).isTrue();

        LocalDate late = CALENDAR.nextWorkingDay(DUE);
        CaseState state = penalty(PublicationRule.penalty(), published(late)).replay(late.plusDays(30));
        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.PUBLICATION_OVERDUE);
            assertThat(v.step()).isEqualTo(StepKind.DECISION);
            assertThat(v.date()).isEqualTo(DUE);
            assertThat(v.details().date("decided")).isEqualTo(DECIDED);
            assertThat(v.people()).extracting(Involvement::officer).contains(WANG);
            assertThat(v.message().zh()).contains("未按期公开", "解释");
        });
        assertThat(ViolationFaults.typeOf(ViolationKind.PUBLICATION_OVERDUE)).isEqualTo(FaultType.OVERDUE);
    }

    @Test
    void art48NeverPublishedIsOverdueOnlyOnceTheDueDayIsPastAndStaysTheSameWhenPublishedLater() {
        CaseRecord unpublished = penalty(PublicationRule.penalty());
        assertThat(unpublished.replay(DUE).violations()).isEmpty();
        List<ProcedureViolation> found = unpublished.replay(DUE.plusDays(1)).violations();
        assertThat(found).extracting(ProcedureViolation::kind).containsExactly(ViolationKind.PUBLICATION_OVERDUE);

        LocalDate muchLater = DUE.plusDays(40);
        assertThat(muchLater.getYear()).isEqualTo(2026);
        assertThat(penalty(PublicationRule.penalty(), published(muchLater)).replay(muchLater).violations())
                .isEqualTo(found);
    }

    @Test
    void aCaseWithoutARuleIsNotCheckedAndReplaysAsBefore() {
        CaseRecord plain = Cases.penaltyCase(PENALTY_CASE);
        CaseRecord withEvents = plain.appendAll(List.of(published(DUE.plusDays(30)),
                new CaseEvent.Overturned(DUE.plusDays(35), Overturn.REVOKED, Overturn.Forum.LITIGATION)));
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        CaseState before = plain.replay(asOf);
        CaseState after = withEvents.replay(asOf);
        assertThat(after.violations()).isEqualTo(before.violations()).isEmpty();
        assertThat(after.notes()).isEqualTo(before.notes());
        assertThat(after.deadlines()).isEqualTo(before.deadlines());
        assertThat(after.done()).isEqualTo(before.done());
    }

    @Test
    void art48Para2TheWithdrawalIsDueWithinThreeWorkingDaysOfTheRuling() {
        LocalDate ruled = LocalDate.of(2026, 12, 1);
        LocalDate due = CALENDAR.plusWorkingDays(ruled, 3);
        CaseEvent.Overturned ruling = new CaseEvent.Overturned(ruled, Overturn.REVOKED,
                Overturn.Forum.RECONSIDERATION);

        CaseRecord onTime = penalty(PublicationRule.penalty(), published(DUE), ruling,
                new CaseEvent.Withdrawn(due, true));
        assertThat(onTime.replay(due.plusDays(20)).isClean()).isTrue();

        CaseRecord late = penalty(PublicationRule.penalty(), published(DUE), ruling,
                new CaseEvent.Withdrawn(CALENDAR.nextWorkingDay(due), true));
        assertThat(late.replay(due.plusDays(20)).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.LATE_WITHDRAWAL);
            assertThat(v.date()).isEqualTo(due);
            assertThat(v.details().constant("outcome", Overturn.class)).isEqualTo(Overturn.REVOKED);
            assertThat(v.basis().toString()).contains("第四十八条第二款", "第八十五条");
            assertThat(v.message().zh()).contains("行政复议", "撤销", "未按期撤回");
        });

        CaseRecord never = penalty(PublicationRule.penalty(), published(DUE), ruling);
        assertThat(never.replay(due).isClean()).isTrue();
        assertThat(never.replay(due.plusDays(1)).violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.LATE_WITHDRAWAL);
    }

    @Test
    void art48Para2AWithdrawalStatesItsReasonsPublicly() {
        LocalDate ruled = LocalDate.of(2026, 12, 1);
        CaseRecord record = penalty(PublicationRule.penalty(), published(DUE),
                new CaseEvent.Overturned(ruled, Overturn.FOUND_VOID, Overturn.Forum.LITIGATION),
                new CaseEvent.Withdrawn(ruled, false));
        assertThat(record.replay(ruled.plusDays(10)).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.WITHDRAWN_WITHOUT_REASONS);
            assertThat(v.date()).isEqualTo(ruled);
            assertThat(v.message().zh()).contains("未公开说明理由", "确认无效");
        });
    }

    @Test
    void noWithdrawalIsDueOfInformationNeverPublished() {
        LocalDate ruled = LocalDate.of(2026, 12, 1);
        CaseEvent.Overturned ruling = new CaseEvent.Overturned(ruled, Overturn.CHANGED, Overturn.Forum.SUPERVISION);
        CaseRecord unpublishedButLate = penalty(PublicationRule.penalty(), ruling);
        assertThat(unpublishedButLate.replay(ruled.plusDays(30)).violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.PUBLICATION_OVERDUE);
    }

    @Test
    void aPublicationBeforeTheDecisionIsRejectedNamingTheCaseAndTheDayInEitherOrder() {
        CaseRecord record = penalty(PublicationRule.penalty());
        CaseEvent.Published early = published(DECIDED.minusDays(1));
        assertThatThrownBy(() -> record.append(early)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("烟罚〔2026〕1号").hasMessageContaining(DECIDED.minusDays(1).toString())
                .hasMessageContaining("DECISION");
        assertThat(record.events()).hasSize(PENALTY_CASE.size());

        CaseRecord published = Cases.penaltyCase("烟罚〔2026〕2号", LocalDate.of(2026, 9, 1))
                .publication(PublicationRule.penalty()).build().append(early);
        assertThatThrownBy(() -> published.append(Cases.step(StepKind.DECISION, DECIDED.toString(), CHEN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕2号");
        assertThat(published.events()).hasSize(1);

        assertThatThrownBy(() -> record.append(new CaseEvent.Overturned(DECIDED.minusDays(3), Overturn.REVOKED,
                Overturn.Forum.LITIGATION))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("烟罚〔2026〕1号");
        CaseRecord once = record.append(published(DUE));
        assertThatThrownBy(() -> once.append(new CaseEvent.Withdrawn(DUE.minusDays(1), true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕1号")
                .hasMessageContaining(DUE.toString());
    }

    @Test
    void publicityMayFollowTheClosingOfTheCaseButNoStepMay() {
        CaseRecord closed = penalty(PublicationRule.penalty());
        assertThat(closed.isClosed()).isTrue();
        CaseRecord later = closed.append(published(LocalDate.of(2026, 12, 1)))
                .append(new CaseEvent.Overturned(LocalDate.of(2026, 12, 10), Overturn.REVOKED, Overturn.Forum.LITIGATION))
                .append(new CaseEvent.Withdrawn(LocalDate.of(2026, 12, 11), true));
        assertThat(later.events()).hasSize(PENALTY_CASE.size() + 3);
        assertThatThrownBy(() -> later.append(Cases.step(StepKind.EXECUTION, "2026-12-14", WANG)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRuleMustPublishAStepOfTheProcedure() {
        assertThatThrownBy(() -> Cases.penaltyCase("烟罚〔2026〕3号", LocalDate.of(2026, 9, 1))
                .publication(PublicationRule.otherDecision(StepKind.SEIZURE)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕3号")
                .hasMessageContaining("SEIZURE");
    }

    @Test
    void a118SeizureIsPublishedWithinTwentyWorkingDays() {
        List<CaseEvent> events = List.of(Cases.step(StepKind.HEAD_APPROVAL, "2026-03-02", CHEN),
                Cases.step(StepKind.PARTY_NOTIFIED, "2026-03-02", WANG),
                Cases.step(StepKind.SEIZURE, "2026-03-02", WANG, Cases.LI));
        LocalDate due = CALENDAR.plusWorkingDays(LocalDate.of(2026, 3, 2), 20);
        CaseRecord record = CaseRecord.builder().id("烟强〔2026〕2号").procedure(ProcedureTemplates.SEIZURE_AND_DETENTION)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.of(2026, 3, 2))
                .publication(PublicationRule.otherDecision(StepKind.SEIZURE)).build().appendAll(events);
        assertThat(record.append(published(due)).replay(due.plusDays(1)).violations(ViolationKind.PUBLICATION_OVERDUE))
                .isEmpty();
        assertThat(record.replay(due.plusDays(1)).violations(ViolationKind.PUBLICATION_OVERDUE)).singleElement()
                .satisfies(v -> assertThat(v.date()).isEqualTo(due));
    }

    @Test
    void art39PriorDisclosureFindsWhatIsMissing() {
        PriorDisclosure all = PriorDisclosure.of(DisclosureItem.values());
        assertThat(all.missing()).isEmpty();
        PriorDisclosure some = PriorDisclosure.of(DisclosureItem.SUBJECT, DisclosureItem.BASIS,
                DisclosureItem.OFFICERS);
        assertThat(some.missing()).containsExactly(DisclosureItem.DUTIES, DisclosureItem.AUTHORITY,
                DisclosureItem.PROCEDURE, DisclosureItem.REMEDIES);
        assertThat(some.missingForPenalties()).containsExactly(DisclosureItem.PROCEDURE, DisclosureItem.REMEDIES);
        assertThat(DisclosureItem.REMEDIES.basis().toString()).contains("第三十九条", "118号");
        assertThat(DisclosureItem.DUTIES.basis().toString()).doesNotContain("第三十九条").contains("118号");
    }
}
