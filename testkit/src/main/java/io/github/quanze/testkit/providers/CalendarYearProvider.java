package io.github.quanze.testkit.providers;

import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll CalendarYear} with {@link QuanzeArbitraries#calendarYears()}. */
public final class CalendarYearProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public CalendarYearProvider() {
        super(CalendarYear.class, QuanzeArbitraries::calendarYears);
    }
}
