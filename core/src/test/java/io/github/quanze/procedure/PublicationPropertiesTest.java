package io.github.quanze.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of publication deadlines (国办发〔2018〕118号; 行政处罚法 Art 48, 85). */
class PublicationPropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();

    @Property(tries = 300)
    void aPublicationDeadlineIsAWorkingDayAfterTheDecisionAfterExactlyItsWorkingDays(
            @ForAll("decisionDays") LocalDate decided, @ForAll("rules") PublicationRule rule) {
        LocalDate due = PublicationChecks.publicationDue(rule, decided, record(rule, decided));

        assertThat(CALENDAR.isWorkingDay(due)).as("due %s", due).isTrue();
        assertThat(due).isAfter(decided);
        int working = 0;
        for (LocalDate d = decided.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            working += CALENDAR.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(working).isEqualTo(rule.within().amount());
    }

    @Property(tries = 60)
    void publishedOnTheDueDayIsOnTimeAndOnTheNextWorkingDayLate(@ForAll("decisionDays") LocalDate decided,
            @ForAll("rules") PublicationRule rule) {
        CaseRecord record = record(rule, decided);
        LocalDate due = PublicationChecks.publicationDue(rule, decided, record);
        LocalDate next = CALENDAR.nextWorkingDay(due);

        CaseState onTime = record.append(new CaseEvent.Published(due, Optional.empty())).replay(next);
        CaseState late = record.append(new CaseEvent.Published(next, Optional.empty())).replay(next);

        assertThat(onTime.violations(ViolationKind.PUBLICATION_OVERDUE)).isEmpty();
        assertThat(late.violations(ViolationKind.PUBLICATION_OVERDUE)).singleElement()
                .satisfies(v -> assertThat(v.date()).isEqualTo(due));
        assertThat(record.replay(due).violations(ViolationKind.PUBLICATION_OVERDUE)).isEmpty();
    }

    /** Days from 2008 to mid-September 2026, so that the case's 90-day limit stays within the calendar's years. */
    @Provide
    Arbitrary<LocalDate> decisionDays() {
        return Arbitraries.integers().between(0, (int) (LocalDate.of(2026, 9, 15).toEpochDay()
                - LocalDate.of(2008, 1, 1).toEpochDay())).map(n -> LocalDate.of(2008, 1, 1).plusDays(n));
    }

    @Provide
    Arbitrary<PublicationRule> rules() {
        return Arbitraries.of(PublicationRule.penalty(), PublicationRule.licensing(),
                PublicationRule.otherDecision(StepKind.DECISION));
    }

    /** An ordinary penalty case filed and decided on one day, published under a rule. */
    private static CaseRecord record(PublicationRule rule, LocalDate decided) {
        return Cases.penaltyCase("烟罚〔P〕1号", decided).publication(rule).build().appendAll(List.of(
                CaseEvent.performed(StepKind.FILING, decided, Cases.WANG),
                CaseEvent.performed(StepKind.DECISION, decided, Cases.CHEN)));
    }
}
