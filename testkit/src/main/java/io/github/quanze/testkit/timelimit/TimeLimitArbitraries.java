package io.github.quanze.testkit.timelimit;

import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.Notice;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of time limits (期限), calendar years (年度工作日安排) and days inside a calendar's coverage.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TimeLimitArbitraries {

    private static final List<String> HOLIDAYS = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");

    private TimeLimitArbitraries() {}

    /**
     * Returns time limits of 1 to 60 working days, days, hours, months or years; shrinks to one working day.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<TimeLimit> timeLimits() {
        return Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.of(PeriodUnit.class))
                .as(TimeLimit::of);
    }

    /**
     * Returns days inside the calendar's coverage, leaving {@code margin} days before its end so that a limit
     * counted from the day stays inside; shrinks to the first day of the calendar's first year.
     *
     * @param calendar  the calendar, not null
     * @param margin  the days to leave at the end, from 0 to 3,000
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the margin is out of range or leaves no day
     */
    public static Arbitrary<LocalDate> daysWithin(WorkingDayCalendar calendar, int margin) {
        LocalDate first = LocalDate.of(calendar.firstYear(), 1, 1);
        LocalDate last = LocalDate.of(calendar.lastYear(), 12, 31).minusDays(margin);
        if (margin < 0 || margin > 3000 || last.isBefore(first)) {
            throw new IllegalArgumentException("Margin must be from 0 to 3000 days and leave a day of calendar "
                    + calendar.name() + ", but was " + margin);
        }
        return Arbitraries.longs().between(0, last.toEpochDay() - first.toEpochDay()).map(first::plusDays);
    }

    /**
     * Returns days of the national calendar's coverage, 400 days before its end at the latest.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LocalDate> days() {
        return daysWithin(WorkingDayCalendar.national(), 400);
    }

    /**
     * Returns calendar years from 2030 to 2099 as a State Council notice would publish them: up to 12 weekdays off
     * for the named holidays and up to 4 weekends worked in exchange, from one notice. Shrinks to 2030 with no
     * override.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CalendarYear> calendarYears() {
        return Combinators.combine(Arbitraries.integers().between(2030, 2099),
                        Arbitraries.integers().between(0, 364).set().ofMaxSize(12),
                        Arbitraries.integers().between(0, 364).set().ofMaxSize(4),
                        Arbitraries.of(HOLIDAYS))
                .as(TimeLimitArbitraries::year);
    }

    private static CalendarYear year(int year, Set<Integer> off, Set<Integer> worked, String holiday) {
        Notice notice = Notice.of("国务院办公厅关于" + year + "年部分节假日安排的通知", "国办发明电〔" + (year - 1) + "〕7号",
                LocalDate.of(year - 1, 11, 12));
        LocalDate first = LocalDate.of(year, 1, 1); // plus 0 to 364 days: always in the year
        Set<LocalDate> days = new TreeSet<>();
        List<DayOverride> overrides = new ArrayList<>();
        for (int d : off) {
            LocalDate day = first.plusDays(d);
            if (!isWeekend(day) && days.add(day)) {
                overrides.add(new DayOverride(day, false, holiday, notice));
            }
        }
        for (int d : worked) {
            LocalDate day = first.plusDays(d);
            if (isWeekend(day) && days.add(day)) {
                overrides.add(new DayOverride(day, true, holiday, notice));
            }
        }
        return CalendarYear.of(year, List.of(notice), Optional.empty(), overrides);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
