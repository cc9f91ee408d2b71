package io.github.quanze.examples;

import io.github.quanze.timelimit.Adjustment;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.Deadline;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal results (法律结果) of {@code deadline} and {@code calendar} ({@link DeadlineCommand},
 * {@link CalendarCommand}) for the inputs {@link CommandLineTest} uses: each due date with the adjustments that
 * moved it, each day off and make-up working day of the years it prints, and the working days of every year the
 * national calendar covers.
 */
final class CalendarResults {

    /** A deadline asked for: the day it starts after, and the period. */
    private record Asked(String start, int amount, PeriodUnit unit) {}

    /** The deadlines {@code CommandLineTest} asks for. */
    private static final List<Asked> DEADLINES = List.of(
            new Asked("2026-09-30", 5, PeriodUnit.WORKING_DAYS),
            new Asked("2026-09-20", 15, PeriodUnit.DAYS),
            new Asked("2026-02-13", 7, PeriodUnit.WORKING_DAYS),
            new Asked("2026-09-30", 1, PeriodUnit.WORKING_DAYS),
            new Asked("2026-09-30", 2, PeriodUnit.WORKING_DAYS),
            new Asked("2026-09-29", 1, PeriodUnit.DAYS));

    /** The years {@code CommandLineTest} prints. */
    private static final List<Integer> YEARS = List.of(2026, 2015);

    private CalendarResults() {}

    /** The national calendar, which the commands use. */
    static WorkingDayCalendar national() {
        return WorkingDayCalendar.national();
    }

    /** The commands' legal results on a calendar: they use the {@link #national()} one. */
    static Digest digest(WorkingDayCalendar calendar) {
        Digest d = new Digest().section("deadline");
        for (Asked asked : DEADLINES) {
            LocalDate start = LocalDate.parse(asked.start());
            Deadline deadline = deadline(start, asked.amount(), asked.unit(), calendar);
            d.line("deadline start=" + start, "amount=" + asked.amount(), "unit=" + asked.unit(), "due="
                    + deadline.due());
            deadline.adjustments().forEach(a -> d.line(adjustmentLine(a)));
        }
        for (int year : YEARS) {
            d.section("calendar." + year);
            calendar.year(year).days().values().forEach(day -> d.line(dayLine(day)));
            d.line("workingDays=" + calendar.workingDaysIn(year));
        }
        d.section("calendar.coverage");
        d.line("firstYear=" + calendar.firstYear(), "lastYear=" + calendar.lastYear());
        for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
            d.line("year=" + year, "workingDays=" + calendar.workingDaysIn(year));
        }
        return d;
    }

    private static Deadline deadline(LocalDate start, int amount, PeriodUnit unit, WorkingDayCalendar calendar) {
        return TimeLimit.of(amount, unit).from(start, calendar);
    }

    static String adjustmentLine(Adjustment adjustment) {
        return "adjustment kind=" + adjustment.kind() + " from=" + adjustment.from() + " to=" + adjustment.to()
                + " amount=" + adjustment.amount();
    }

    /** A day that differs from the week's rule: a day off or a make-up working day. */
    static String dayLine(DayOverride day) {
        return "day " + day.date() + " " + (day.working() ? "WORK" : "OFF");
    }
}
