package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDayPropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    /** Late enough that a working day always precedes it inside the calendar. */
    private static final LocalDate FIRST = LocalDate.of(2008, 1, 10);

    @Property
    void aWorkingDayDeadlineAlwaysLandsOnAWorkingDay(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 250) int n) {
        assertThat(CALENDAR.isWorkingDay(TimeLimit.ofWorkingDays(n).from(start, CALENDAR).due())).isTrue();
    }

    @Property
    void addingNThenMWorkingDaysEqualsAddingNPlusM(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 0, max = 120) int n, @ForAll @IntRange(min = 0, max = 120) int m) {
        assertThat(CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(start, n), m))
                .isEqualTo(CALENDAR.plusWorkingDays(start, n + m));
    }

    @Property
    void countingWorkingDaysUpToTheNthWorkingDayGivesN(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 0, max = 250) int n) {
        assertThat(CALENDAR.workingDaysBetween(start, CALENDAR.plusWorkingDays(start, n))).isEqualTo(n);
        assertThat(CALENDAR.minusWorkingDays(CALENDAR.plusWorkingDays(start, n), n))
                .isEqualTo(n == 0 || CALENDAR.isWorkingDay(start) ? start : CALENDAR.previousWorkingDay(start));
    }

    @Property
    void aNaturalDayDeadlineIsNeverARestDayNorBeforeStartPlusN(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 200) int n) {
        LocalDate due = TimeLimit.ofDays(n).from(start, CALENDAR).due();
        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
        assertThat(due).isAfterOrEqualTo(start.plusDays(n));
    }

    @Property
    void excludedIntervalsNeverMakeADeadlineEarlier(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll @IntRange(min = 0, max = 90) int offset,
            @ForAll @IntRange(min = 0, max = 20) int length, @ForAll boolean working) {
        TimeLimit limit = working ? TimeLimit.ofWorkingDays(n) : TimeLimit.ofDays(n);
        LocalDate plain = limit.from(start, CALENDAR).due();
        LocalDate from = start.plusDays(offset);
        LocalDate excluded = limit.count(start).exclude(from, from.plusDays(length), "检测").on(CALENDAR).due();
        assertThat(excluded).isAfterOrEqualTo(plain);
    }

    @Property
    void theConstantTimeAnswersEqualADayByDayLoop(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 0, max = 300) int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (referenceIsWorkingDay(day)) {
                counted++;
            }
        }
        assertThat(CALENDAR.plusWorkingDays(start, n)).isEqualTo(day);
        int between = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            between += referenceIsWorkingDay(d) ? 1 : 0;
        }
        assertThat(CALENDAR.workingDaysBetween(start, day)).isEqualTo(between);
    }

    /** The reference: the year's overrides if any, else Monday to Friday, looked up day by day. */
    private static boolean referenceIsWorkingDay(LocalDate day) {
        DayOverride override = CALENDAR.year(day.getYear()).days().get(day);
        return override != null ? override.working() : day.getDayOfWeek().getValue() <= 5;
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        // early enough that 300 working days stay inside 2026
        return Arbitraries.integers().between(0, 6_300).map(FIRST::plusDays);
    }
}
