package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.quanze.internal.Texts.quote;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.quanze.internal.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A working-day calendar (工作日历): the Monday–Friday week with the days off (放假) and make-up working days
 * (调休上班) of every year it holds, and any local overrides.
 * <p>
 * {@link #national()} is China's national calendar, shipped with the library for 2008 to 2026 from the State
 * Council's notices, each year checked against an independent data set (see the resource files under
 * {@code io/github/quanze/timelimit/cn}). Later years, or a province's extra day off, are added with
 * {@link #toBuilder(String)}. A calendar covers a continuous run of whole years; any question about a date outside them
 * throws {@link CalendarCoverageException} naming the year, rather than guessing.
 * <p>
 * Every query costs constant time: the calendar keeps, for every day, whether it is a working day and how many
 * working days precede it, and the list of working days in order, so that the N-th working day after a date is two
 * array lookups whatever N is.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /** The name of the national calendar. */
    public static final String NATIONAL = "CN-national";

    private final String name;
    private final SortedMap<Integer, CalendarYear> years;
    private final List<DayOverride> local;
    private final int firstYear;
    private final int lastYear;
    private final boolean[] working;
    /** cumulative[i] = working days strictly before day i. */
    private final int[] cumulative;
    /** The working days, in order. */
    private final LocalDate[] workingDays;
    private final long firstEpochDay;
    private final Map<LocalDate, DayOverride> overrides;
    private final int hash;

    private WorkingDayCalendar(Builder b) {
        this.name = Texts.checkLine("Calendar name", b.name);
        checkArgument(!b.years.isEmpty(), "Calendar %s must hold at least one year", quote(name));
        this.years = ImmutableSortedMap.copyOfSorted(b.years);
        this.firstYear = years.firstKey();
        this.lastYear = years.lastKey();
        for (int y = firstYear; y <= lastYear; y++) {
            checkArgument(years.containsKey(y), "Calendar %s holds %s to %s but lacks %s; its years must be "
                    + "continuous", quote(name), firstYear, lastYear, y);
        }
        Map<LocalDate, DayOverride> all = new TreeMap<>();
        years.values().forEach(year -> all.putAll(year.days()));
        for (DayOverride override : b.local) {
            int year = override.date().getYear();
            checkArgument(year >= firstYear && year <= lastYear, "Calendar %s: local override on %s is outside "
                    + "the years it holds (%s to %s)", quote(name), override.date(), firstYear, lastYear);
            all.put(override.date(), override);
        }
        this.local = ImmutableList.copyOf(b.local);
        this.overrides = ImmutableSortedMap.copyOf(all);
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        this.firstEpochDay = first.toEpochDay();
        int days = (int) ChronoUnit.DAYS.between(first, LocalDate.of(lastYear + 1, 1, 1));
        this.working = new boolean[days];
        this.cumulative = new int[days + 1];
        LocalDate[] list = new LocalDate[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            DayOverride override = overrides.get(day);
            working[i] = override != null ? override.working() : !CalendarYear.isWeekend(day);
            cumulative[i + 1] = cumulative[i] + (working[i] ? 1 : 0);
            if (working[i]) {
                list[count++] = day;
            }
        }
        this.workingDays = Arrays.copyOf(list, count);
        this.hash = Objects.hash(name, years, local);
    }

    /**
     * Returns China's national calendar, loaded once from the library's resources.
     *
     * @return the national calendar, not null
     */
    public static WorkingDayCalendar national() {
        return National.CALENDAR;
    }

    /**
     * Obtains a builder for a calendar.
     *
     * @param name  the calendar's name, such as CN-national or 某省, not blank
     * @return a new builder, not null
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns a builder holding this calendar's years and local overrides, to add years or overrides.
     *
     * @param name  the new calendar's name, not blank
     * @return a new builder, not null
     */
    public Builder toBuilder(String name) {
        Builder builder = new Builder(name);
        builder.years.putAll(years);
        builder.local.addAll(local);
        return builder;
    }

    /**
     * Returns the calendar's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the first year held.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year held.
     *
     * @return the year
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * Returns the data of one year.
     *
     * @param year  the year
     * @return the year's data, not null
     * @throws CalendarCoverageException if the calendar does not hold the year
     */
    public CalendarYear year(int year) {
        CalendarYear data = years.get(year);
        if (data == null) {
            throw new CalendarCoverageException(year, name, firstYear, lastYear);
        }
        return data;
    }

    /**
     * Returns the override that decides a day, if the day departs from the Monday–Friday week.
     *
     * @param date  the day, not null
     * @return the override, not null
     * @throws CalendarCoverageException if the calendar does not hold the day's year
     */
    public Optional<DayOverride> override(LocalDate date) {
        index(date);
        return Optional.ofNullable(overrides.get(date));
    }

    /**
     * Checks whether a day is a working day.
     *
     * @param date  the day, not null
     * @return true for a working day, including a make-up working day
     * @throws CalendarCoverageException if the calendar does not hold the day's year
     */
    public boolean isWorkingDay(LocalDate date) {
        return working[index(date)];
    }

    /**
     * Returns the first working day after a day.
     *
     * @param date  the day, not null
     * @return the next working day, not null
     * @throws CalendarCoverageException if the answer lies beyond the calendar
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * Returns the last working day before a day.
     *
     * @param date  the day, not null
     * @return the previous working day, not null
     * @throws CalendarCoverageException if the answer lies before the calendar
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        return minusWorkingDays(date, 1);
    }

    /**
     * Returns a day itself if it is a working day, or else the next working day.
     *
     * @param date  the day, not null
     * @return the working day on or after it, not null
     * @throws CalendarCoverageException if the answer lies beyond the calendar
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * Returns the {@code n}-th working day after a day, the day itself not counted.
     *
     * @param date  the day, not null
     * @param n  how many working days, at least 0 (0 gives {@code date})
     * @return the day, not null
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarCoverageException if the day or the answer lies outside the calendar, however large {@code n}
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        checkArgument(n >= 0, "Number of working days must not be negative, but was %s", n);
        return plus(date, n);
    }

    /**
     * Returns the {@code n}-th working day before a day, the day itself not counted.
     *
     * @param date  the day, not null
     * @param n  how many working days, at least 0 (0 gives {@code date})
     * @return the day, not null
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarCoverageException if the day or the answer lies outside the calendar, however large {@code n}
     */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        checkArgument(n >= 0, "Number of working days must not be negative, but was %s", n);
        return minus(date, n);
    }

    /** {@link #plusWorkingDays} for a count that may exceed an int, such as a limit with its extensions. */
    LocalDate plus(LocalDate date, long n) {
        int i = index(date);
        if (n == 0) {
            return date;
        }
        // the n-th working day after is workingDays[cumulative[i + 1] + n - 1]; compared without the sum, which
        // could overflow
        if (n > workingDays.length - cumulative[i + 1]) {
            throw beyond(date, n, "after", lastYear + 1);
        }
        return workingDays[(int) (cumulative[i + 1] + n - 1)];
    }

    /** {@link #minusWorkingDays} for a count that may exceed an int. */
    LocalDate minus(LocalDate date, long n) {
        int i = index(date);
        if (n == 0) {
            return date;
        }
        if (n > cumulative[i]) {
            throw beyond(date, n, "before", firstYear - 1);
        }
        return workingDays[(int) (cumulative[i] - n)];
    }

    private CalendarCoverageException beyond(LocalDate date, long n, String direction, int year) {
        return new CalendarCoverageException(year, String.format("Counting %s %s %s runs past calendar %s, which "
                + "covers %s to %s and has no working-day data for %s; add the year with "
                + "WorkingDayCalendar.Builder.addYear(CalendarYear.parse(...)) from the State Council's notice",
                PeriodUnit.WORKING_DAYS.describe(n).en(), direction, date, quote(name), firstYear, lastYear, year));
    }

    /**
     * Counts the working days after {@code from} up to and including {@code to}: the days a working-day period that
     * starts on {@code from} has used by the end of {@code to}.
     *
     * @param from  the day the count starts after, not null
     * @param to  the last day counted, not before {@code from}, not null
     * @return the number of working days, at least 0
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws CalendarCoverageException if either day is outside the calendar
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        checkArgument(!to.isBefore(from), "End %s must not be before start %s", to, from);
        return cumulative[index(to) + 1] - cumulative[index(from) + 1];
    }

    /**
     * Counts the working days of a year.
     *
     * @param year  the year
     * @return the number of working days
     * @throws CalendarCoverageException if the calendar does not hold the year
     */
    public int workingDaysIn(int year) {
        year(year);
        return cumulative[index(LocalDate.of(year, 12, 31)) + 1] - cumulative[index(LocalDate.of(year, 1, 1))];
    }

    private int index(LocalDate date) {
        long i = Objects.requireNonNull(date, "date").toEpochDay() - firstEpochDay;
        if (i < 0 || i >= working.length) {
            throw new CalendarCoverageException(date.getYear(), name, firstYear, lastYear);
        }
        return (int) i;
    }

    /**
     * Compares the name, the years with their notices and days, and the local overrides: a copy with one more local
     * day off is a different calendar, whatever its name.
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof WorkingDayCalendar other && hash == other.hash && name.equals(other.name)
                && years.equals(other.years) && local.equals(other.local);
    }

    /** Returns a hash of the same data, computed once when the calendar is built. */
    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar{" + name + ", " + firstYear + ".." + lastYear + ", " + local.size()
                + " local overrides}";
    }

    /**
     * Builds a {@link WorkingDayCalendar}. A builder is not thread-safe; the calendar it builds is.
     */
    public static final class Builder {
        private final String name;
        private final SortedMap<Integer, CalendarYear> years = new TreeMap<>();
        private final List<DayOverride> local = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds a year.
         *
         * @param year  the year's data, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the builder already holds that year
         */
        public Builder addYear(CalendarYear year) {
            Objects.requireNonNull(year, "year");
            checkArgument(!years.containsKey(year.year()), "Calendar %s already holds year %s", quote(name),
                    year.year());
            years.put(year.year(), year);
            return this;
        }

        /**
         * Replaces a year the builder holds, for a corrected or re-issued notice.
         *
         * @param year  the year's data, not null
         * @return this builder, not null
         */
        public Builder replaceYear(CalendarYear year) {
            years.put(Objects.requireNonNull(year, "year").year(), year);
            return this;
        }

        /**
         * Adds a local override, such as a province's extra day off; it takes precedence over the national data.
         *
         * @param override  the override, in a year the calendar holds, not null
         * @return this builder, not null
         */
        public Builder override(DayOverride override) {
            local.add(Objects.requireNonNull(override, "override"));
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar, not null
         * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces, no
         *         year is held, the years are not continuous, or a local override lies outside them
         */
        public WorkingDayCalendar build() {
            return new WorkingDayCalendar(this);
        }
    }

    /** Loads the national calendar on first use. */
    private static final class National {
        static final WorkingDayCalendar CALENDAR = load();

        private static WorkingDayCalendar load() {
            Builder builder = builder(NATIONAL);
            for (String file : resource("cn/index.txt").split("\\R")) {
                if (!file.isBlank() && !file.startsWith("#")) {
                    builder.addYear(CalendarYear.parse(resource("cn/" + file.strip()), file.strip()));
                }
            }
            return builder.build();
        }

        private static String resource(String path) {
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Missing calendar resource " + path);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read calendar resource " + path, e);
            }
        }
    }
}
