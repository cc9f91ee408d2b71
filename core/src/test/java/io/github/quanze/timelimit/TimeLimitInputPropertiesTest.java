package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever int, long or date a caller passes, the public time-limit API answers or refuses with one of its documented
 * exceptions: {@link IllegalArgumentException} for a bad argument, {@link CalendarCoverageException} for a date or
 * count outside the calendar. Never an overflow, an index out of bounds or java.time's own DateTimeException.
 */
class TimeLimitInputPropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    /** A provision to cite, so that extensions can be checked. */
    private static final LegalBasis BASIS = StatutoryLimits.SEIZURE.basis().orElseThrow();

    @Property
    void calendarQueriesAnswerOrRefuse(@ForAll("dates") LocalDate date, @ForAll("dates") LocalDate other,
            @ForAll("ints") int n) {
        answersOrRefuses(() -> CALENDAR.isWorkingDay(date));
        answersOrRefuses(() -> CALENDAR.override(date));
        answersOrRefuses(() -> CALENDAR.nextWorkingDay(date));
        answersOrRefuses(() -> CALENDAR.previousWorkingDay(date));
        answersOrRefuses(() -> CALENDAR.workingDayOnOrAfter(date));
        answersOrRefuses(() -> CALENDAR.plusWorkingDays(date, n));
        answersOrRefuses(() -> CALENDAR.minusWorkingDays(date, n));
        answersOrRefuses(() -> CALENDAR.workingDaysBetween(date, other));
        answersOrRefuses(() -> CALENDAR.workingDaysIn(n));
        answersOrRefuses(() -> CALENDAR.year(n));
    }

    @Property
    void factoriesAnswerOrRefuse(@ForAll("ints") int n, @ForAll PeriodUnit unit, @ForAll Statute statute,
            @ForAll long amount) {
        answersOrRefuses(() -> TimeLimit.of(n, unit));
        answersOrRefuses(() -> TimeLimit.ofWorkingDays(n));
        answersOrRefuses(() -> TimeLimit.ofDays(n));
        answersOrRefuses(() -> TimeLimit.ofHours(n));
        answersOrRefuses(() -> TimeLimit.ofMonths(n));
        answersOrRefuses(() -> TimeLimit.ofYears(n));
        answersOrRefuses(() -> statute.unitOf(n));
        answersOrRefuses(() -> statute.days(n, statute.unitRule(), BilingualText.of("期限", "limit")));
        answersOrRefuses(() -> new Extension(n, "负责人", BASIS));
        answersOrRefuses(() -> unit.describe(amount));
    }

    @Property
    void countingAndStatusAnswerOrRefuse(@ForAll("ints") int n, @ForAll PeriodUnit unit, @ForAll boolean backward,
            @ForAll boolean rolls, @ForAll("dates") LocalDate start, @ForAll("dates") LocalDate today,
            @ForAll("dates") LocalDate met, @ForAll("ints") int warning) {
        TimeLimit limit = answersOrRefuses(() -> variant(TimeLimit.of(n, unit), backward, rolls));
        if (limit == null) {
            return;
        }
        if (unit == PeriodUnit.HOURS) {
            answersOrRefuses(() -> limit.fromTime(start.atTime(LocalTime.MAX)));
            answersOrRefuses(() -> limit.fromTime(start.atStartOfDay()));
            return;
        }
        Deadline deadline = answersOrRefuses(() -> limit.from(start, CALENDAR));
        if (deadline == null) {
            return;
        }
        answersOrRefuses(deadline::explain);
        answersOrRefuses(() -> deadline.statusOn(today));
        answersOrRefuses(() -> deadline.status(today, Optional.of(met), warning));
        answersOrRefuses(() -> deadline.status(today, Optional.empty(), warning).describe());
    }

    @Property
    void adjustmentsAnswerOrRefuseAndARefusalChangesNothing(@ForAll("ints") int n, @ForAll boolean working,
            @ForAll boolean rolls, @ForAll("dates") LocalDate start, @ForAll("dates") LocalDate from,
            @ForAll("dates") LocalDate to, @ForAll("ints") int extension, @ForAll("dates") LocalDate approved) {
        TimeLimit limit = answersOrRefuses(() -> variant(TimeLimit.of(n, working ? PeriodUnit.WORKING_DAYS
                : PeriodUnit.DAYS), false, rolls).citing(BASIS));
        if (limit == null) {
            return;
        }
        Counting counting = limit.count(start);
        Supplier<Object> counted = () -> {
            try {
                return counting.on(CALENDAR);
            } catch (IllegalArgumentException | CalendarCoverageException e) {
                return e.getClass();
            }
        };
        Object before = counted.get();
        if (refused(() -> counting.exclude(from, to, "检测"))) {
            assertThat(counted.get()).isEqualTo(before);
        }
        before = counted.get();
        if (refused(() -> counting.suspend(from, to, "不可抗力"))) {
            assertThat(counted.get()).isEqualTo(before);
        }
        before = counted.get();
        if (refused(() -> counting.interrupt(from, "重新起算"))) {
            assertThat(counted.get()).isEqualTo(before);
        }
        before = counted.get();
        if (refused(() -> counting.extend(extension, "局长", approved))) {
            assertThat(counted.get()).isEqualTo(before);
        }
        Deadline deadline = answersOrRefuses(() -> counting.on(CALENDAR));
        if (deadline != null) {
            answersOrRefuses(deadline::explain);
            answersOrRefuses(() -> deadline.statusOn(approved));
        }
    }

    @Property
    void valuesAnswerOrRefuse(@ForAll("ints") int n, @ForAll Adjustment.Kind kind,
            @ForAll DeadlineStatus.State state, @ForAll("dates") LocalDate from, @ForAll("dates") LocalDate to,
            @ForAll boolean done) {
        answersOrRefuses(() -> new Adjustment(kind, from, to, n, "检测", Optional.empty()));
        answersOrRefuses(() -> new DeadlineStatus(state, n, done ? Optional.of(from) : Optional.empty()).describe());
    }

    private static TimeLimit variant(TimeLimit limit, boolean backward, boolean rolls) {
        TimeLimit counted = backward ? limit.before() : limit;
        return rolls ? counted : counted.withoutRolling();
    }

    /**
     * Runs a call once; returns its result, or null if it threw one of the documented exceptions with a message of
     * one short line. Any other exception fails the property.
     */
    private static <T> T answersOrRefuses(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException | CalendarCoverageException e) {
            assertThat(e.getMessage()).as("%s", e).isNotBlank().doesNotContain("\n").hasSizeLessThan(400);
            return null;
        }
    }

    private static boolean refused(Supplier<?> call) {
        return answersOrRefuses(call) == null;
    }

    /** Any int, often an extreme (sums overflow only near them) or a small one that counts. */
    @Provide
    Arbitrary<Integer> ints() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE - 1,
                        Integer.MAX_VALUE)),
                Tuple.of(2, Arbitraries.integers()),
                Tuple.of(3, Arbitraries.integers().between(-3, 400)));
    }

    /** Any date java.time holds, often one near an end of the national calendar (2008–2026) or inside it. */
    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2007, 12, 31),
                        LocalDate.of(2008, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))),
                Tuple.of(2, Arbitraries.longs().between(LocalDate.MIN.toEpochDay(),
                        LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay)),
                Tuple.of(2, Arbitraries.integers().between(-400, 400)
                        .map(LocalDate.of(2008, 1, 1)::plusDays)),
                Tuple.of(2, Arbitraries.integers().between(-400, 400)
                        .map(LocalDate.of(2026, 12, 31)::plusDays)),
                Tuple.of(3, Arbitraries.integers().between(0, 6_939)
                        .map(LocalDate.of(2008, 1, 1)::plusDays)));
    }
}
