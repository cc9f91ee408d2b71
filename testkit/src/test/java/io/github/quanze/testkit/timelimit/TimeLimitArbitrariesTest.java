package io.github.quanze.testkit.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Samples;
import io.github.quanze.testkit.Shrinking;
import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.Notice;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;

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
    void seededYearsTakeUpToTwelveWeekdaysOffAndWorkUpToFourWeekendsFromOneNotice() {
        List<CalendarYear> drawn = Samples.draw(QuanzeArbitraries.calendarYears(), 200, 1);

        for (CalendarYear year : drawn) {
            assertThat(year.sources()).singleElement().isEqualTo(Notice.of("国务院办公厅关于" + year.year()
                    + "年部分节假日安排的通知", "国办发明电〔" + (year.year() - 1) + "〕7号",
                    LocalDate.of(year.year() - 1, 11, 12)));
            calendarYearsOnlyTakeWeekdaysOffAndWorkWeekends(year);
            assertThat(year.days().values()).filteredOn(DayOverride::working).hasSizeLessThanOrEqualTo(4);
            assertThat(year.days().values()).filteredOn(d -> !d.working()).hasSizeLessThanOrEqualTo(12);
            assertThat(year.days().values()).allSatisfy(d -> assertThat(d.source()).isEqualTo(year.sources().get(0)));
        }
        assertThat(drawn).anyMatch(y -> y.days().values().stream().anyMatch(DayOverride::working))
                .anyMatch(y -> y.days().values().stream().filter(d -> !d.working()).count() > 6)
                .anyMatch(y -> y.days().containsKey(LocalDate.of(y.year(), 12, 31)) || y.days().isEmpty());
    }

    @Example
    void aMarginFromZeroToThreeThousandDaysIsTaken() {
        LocalDate first = LocalDate.of(NATIONAL.firstYear(), 1, 1);
        LocalDate last = LocalDate.of(NATIONAL.lastYear(), 12, 31);

        assertThat(Samples.draw(QuanzeArbitraries.daysWithin(NATIONAL, 0), 200, 2)).allSatisfy(d ->
                assertThat(d).isBetween(first, last));
        assertThat(edgeCases(QuanzeArbitraries.daysWithin(NATIONAL, 0))).contains(first, last);
        assertThat(Samples.draw(QuanzeArbitraries.daysWithin(NATIONAL, 3000), 200, 3)).allSatisfy(d ->
                assertThat(d).isBetween(first, last.minusDays(3000)));
        assertThat(edgeCases(QuanzeArbitraries.daysWithin(NATIONAL, 3000))).contains(first, last.minusDays(3000));
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeArbitraries.daysWithin(NATIONAL, 3001))
                .withMessageContaining("but was 3001");
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

    private static List<LocalDate> edgeCases(Arbitrary<LocalDate> days) {
        return StreamSupport.stream(days.edgeCases().spliterator(), false).map(Shrinkable::value).toList();
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
