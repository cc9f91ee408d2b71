package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of counting a deadline with its adjustments. */
class DeadlinePropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final LocalDate FIRST = LocalDate.of(2008, 1, 10);
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_COERCION_LAW, 25, 1));

    @Property
    void anInterruptionAfterExpiryNeverChangesTheDueDate(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll boolean working,
            @ForAll @IntRange(min = 0, max = 30) int offset, @ForAll @IntRange(min = 0, max = 20) int length,
            @ForAll @IntRange(min = 1, max = 60) int after) {
        TimeLimit limit = TimeLimit.of(n, working ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS);
        LocalDate from = start.plusDays(offset);
        Deadline plain = limit.count(start).exclude(from, from.plusDays(length), "检测").on(CALENDAR);
        Deadline interrupted = limit.count(start).exclude(from, from.plusDays(length), "检测")
                .interrupt(plain.due().plusDays(after), "重新起算").on(CALENDAR);
        assertThat(interrupted.due()).isEqualTo(plain.due());
        assertThat(interrupted.findings()).extracting(TimeLimitFinding::issue)
                .containsExactly(TimeLimitFinding.Issue.INTERRUPTION_AFTER_EXPIRY);
    }

    @Property
    void anInterruptionBeforeExpiryRestartsTheCount(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll boolean working,
            @ForAll @IntRange(min = 1, max = 120) int on) {
        TimeLimit limit = TimeLimit.of(n, working ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS);
        LocalDate due = limit.from(start, CALENDAR).due();
        LocalDate day = start.plusDays(on);
        Deadline interrupted = limit.count(start).interrupt(day, "重新起算").on(CALENDAR);
        if (day.isAfter(due)) {
            assertThat(interrupted.due()).isEqualTo(due);
        } else {
            assertThat(interrupted.due()).isEqualTo(limit.from(day, CALENDAR).due());
            assertThat(interrupted.findings()).isEmpty();
        }
    }

    @Property
    void theExtensionIsLateExactlyWhenApprovedAfterTheUnextendedDeadline(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll boolean working,
            @ForAll @IntRange(min = 0, max = 30) int offset, @ForAll @IntRange(min = 0, max = 20) int length,
            @ForAll @IntRange(min = -5, max = 5) int approval) {
        TimeLimit limit = TimeLimit.of(n, working ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS)
                .extendable(new Extension(30, "行政机关负责人", BASIS));
        LocalDate from = start.plusDays(offset);
        LocalDate unextended = limit.count(start).exclude(from, from.plusDays(length), "检测").on(CALENDAR).due();
        LocalDate approvedOn = max(start, unextended.plusDays(approval));
        Deadline extended = limit.count(start).exclude(from, from.plusDays(length), "检测")
                .extend(10, "局长", approvedOn).on(CALENDAR);
        assertThat(extended.findings()).extracting(TimeLimitFinding::issue).containsExactlyElementsOf(
                approvedOn.isAfter(unextended) ? List.of(TimeLimitFinding.Issue.EXTENSION_AFTER_EXPIRY) : List.of());
    }

    @Property
    void overdueAndLateDaysAreNaturalDaysAndAtLeastOne(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll boolean working,
            @ForAll @IntRange(min = 1, max = 30) int late) {
        Deadline deadline = TimeLimit.of(n, working ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS).from(start, CALENDAR);
        LocalDate today = deadline.due().plusDays(late);
        DeadlineStatus overdue = deadline.statusOn(today);
        assertThat(overdue.state()).isEqualTo(DeadlineStatus.State.OVERDUE);
        assertThat(overdue.days()).isEqualTo(late).isGreaterThanOrEqualTo(1);
        DeadlineStatus metLate = deadline.status(today, Optional.of(today), 3);
        assertThat(metLate.state()).isEqualTo(DeadlineStatus.State.MET_LATE);
        assertThat(metLate.days()).isEqualTo(late);
    }

    @Property
    void everyAdjustmentRunsForwardInTime(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll boolean backward,
            @ForAll @IntRange(min = 0, max = 30) int offset, @ForAll @IntRange(min = 0, max = 20) int length) {
        TimeLimit limit = TimeLimit.ofDays(n);
        Deadline deadline = backward ? limit.before().from(start.plusDays(n + 20), CALENDAR)
                : limit.count(start).exclude(start.plusDays(offset), start.plusDays(offset + length), "检测")
                        .on(CALENDAR);
        assertThat(deadline.adjustments()).allSatisfy(a -> assertThat(a.from()).isBeforeOrEqualTo(a.to()));
        if (backward) {
            assertThat(deadline.due()).isBefore(deadline.start());
            assertThat(CALENDAR.isWorkingDay(deadline.due())).isTrue();
            assertThat(ChronoUnit.DAYS.between(deadline.due(), deadline.start())).isGreaterThanOrEqualTo(n);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        // early enough that every count stays inside 2026
        return Arbitraries.integers().between(0, 6_300).map(FIRST::plusDays);
    }
}
