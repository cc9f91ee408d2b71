package io.github.quanze.testkit.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Shrinking;
import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimeLimitArbitrariesTest {

    private static final WorkingDayCalendar NATIONAL = WorkingDayCalendar.national();

    @Property
    void aLimitCountedFromAGeneratedDayStaysInsideTheCalendar(@ForAll("days") LocalDate day,
            @ForAll("limits") TimeLimit limit) {
        // the 400 days left at the calendar's end hold any limit of days or up to a year; hours count from a time
        Assume.that(limit.unit() == PeriodUnit.WORKING_DAYS || limit.unit() == PeriodUnit.DAYS
                || limit.unit() == PeriodUnit.MONTHS && limit.amount() <= 12);
        assertThat(day.getYear()).isBetween(NATIONAL.firstYear(), NATIONAL.lastYear());
        assertThat(limit.count(day).on(NATIONAL).due()).isAfterOrEqualTo(day);
    }

    @Property
    void calendarYearsOnlyTakeWeekdaysOffAndWorkWeekends(@ForAll("years") CalendarYear year) {
        for (DayOverride day : year.days().values()) {
            boolean weekend = day.date().getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            assertThat(day.working()).isEqualTo(weekend);
            assertThat(day.date().getYear()).isEqualTo(year.year());
        }
    }

    @Example
    void aYearShrinksTo2030WithNoOverride() {
        CalendarYear smallest = Shrinking.shrink(QuanzeArbitraries.calendarYears(), y -> true, 5);

        assertThat(smallest.year()).isEqualTo(2030);
        assertThat(smallest.days()).isEmpty();
    }

    @Example
    void aMarginLeavingNoDayIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeArbitraries.daysWithin(NATIONAL, -1))
                .withMessageContaining("but was -1");
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return QuanzeArbitraries.days();
    }

    @Provide
    Arbitrary<TimeLimit> limits() {
        return QuanzeArbitraries.timeLimits();
    }

    @Provide
    Arbitrary<CalendarYear> years() {
        return QuanzeArbitraries.calendarYears();
    }
}
