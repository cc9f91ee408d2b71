package io.github.quanze.timelimit;

import io.github.quanze.internal.Texts;
import java.time.DateTimeException;

/**
 * Thrown when a working-day calendar is asked about a date in a year it holds no data for, or a count of working
 * days runs past the years it holds (工作日历未覆盖该年度).
 * <p>
 * China's working days are fixed each year by a State Council notice; no rule can produce them, so the calendar
 * never guesses a Monday–Friday week. The message names the year and how to add it.
 */
public final class CalendarCoverageException extends DateTimeException {

    private static final long serialVersionUID = 1L;

    /** The year the calendar holds no data for. */
    private final int year;

    CalendarCoverageException(int year, String calendar, int first, int last) {
        this(year, String.format("No working-day data for %s in calendar %s, which covers %s to %s; add the year with "
                + "WorkingDayCalendar.Builder.addYear(CalendarYear.parse(...)) from the State Council's notice",
                year, Texts.quoted(calendar), first, last));
    }

    CalendarCoverageException(int year, String message) {
        super(message);
        this.year = year;
    }

    /**
     * Returns the year that is not covered.
     *
     * @return the year
     */
    public int year() {
        return year;
    }
}
