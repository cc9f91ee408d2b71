package io.github.quanze.benchmarks;

import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures working-day arithmetic (工作日计算) on China's national calendar: the N-th working day after a date and
 * the working days between two dates, for N = 5, 20 and 250, by quanze's constant-time
 * {@link WorkingDayCalendar} and by the ways a user would otherwise write it:
 * <ul>
 * <li>{@code loop}: a day-by-day loop over quanze's own {@link WorkingDayCalendar#isWorkingDay} lookup;</li>
 * <li>{@code hashSet}: what systems hand-code today, a loop over {@link LocalDate}s against a {@link HashSet} of days
 * off and one of make-up working days, loaded from the same data;</li>
 * <li>{@code prefixSum}: the limit a competent user reaches by hand, a precomputed {@code int[]} of the working
 * days before each day of the calendar's years (a prefix sum), built from the same days off and make-up days, and
 * for the N-th working day its inverse, the working days in order: two array lookups, no checks beyond the
 * JVM's. quanze keeps the same two arrays, so its ratio to this peer is the cost of its API (argument and
 * coverage checks), not of its algorithm.</li>
 * </ul>
 * Each invocation takes the next of 1,024 start dates spread over 2008 to 2025, so no single date is learned. The
 * setup checks that every peer agrees with quanze on those dates, and the prefix sums also on 100,000 random
 * dates, counts and pairs of dates across the whole calendar, its first and last days included.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar WorkingDayBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayBenchmark {

    private static final int DATES = 1024;

    /** How many working days to count. */
    @Param({"5", "20", "250"})
    public int n;

    private WorkingDayCalendar calendar;
    private final Set<LocalDate> daysOff = new HashSet<>();
    private final Set<LocalDate> makeUpDays = new HashSet<>();
    /** prefix[i] = working days strictly before day i of the calendar (day 0 is 1 January of its first year). */
    private int[] prefix;
    /** The working days, in order: the inverse of {@code prefix}. */
    private LocalDate[] workingDays;
    private long firstEpochDay;
    private LocalDate[] starts;
    private LocalDate[] ends;
    private int next;

    /** Loads the calendar, the hash sets and the dates, and checks that the three ways agree. */
    @Setup(Level.Trial)
    public void setUp() {
        calendar = WorkingDayCalendar.national();
        for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
            CalendarYear data = calendar.year(year);
            for (DayOverride day : data.days().values()) {
                (day.working() ? makeUpDays : daysOff).add(day.date());
            }
        }
        prefixSums();
        Random random = new Random(20080101L);
        starts = new LocalDate[DATES];
        ends = new LocalDate[DATES];
        for (int i = 0; i < DATES; i++) {
            starts[i] = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(18 * 365 - 400));
            ends[i] = calendar.plusWorkingDays(starts[i], n);
            LocalDate[] answers = {loopPlus(starts[i], n), hashSetPlus(starts[i], n), prefixSumPlus(starts[i], n)};
            int[] counts = {loopBetween(starts[i], ends[i]), hashSetBetween(starts[i], ends[i]),
                calendar.workingDaysBetween(starts[i], ends[i]), prefixSumBetween(starts[i], ends[i])};
            for (LocalDate answer : answers) {
                if (!answer.equals(ends[i])) {
                    throw new IllegalStateException("Peers disagree on " + starts[i] + " + " + n + ": " + ends[i]
                            + " vs " + answer);
                }
            }
            for (int count : counts) {
                if (count != n) {
                    throw new IllegalStateException("Peers disagree on working days up to " + ends[i] + ": " + count);
                }
            }
        }
    }

    /**
     * Builds the prefix sums from the calendar's data as a user would: weekends and the days each year's notice
     * names, not quanze's own lookup, and checks them against quanze on random inputs over the whole calendar.
     */
    private void prefixSums() {
        LocalDate first = LocalDate.of(calendar.firstYear(), 1, 1);
        LocalDate end = LocalDate.of(calendar.lastYear() + 1, 1, 1);
        firstEpochDay = first.toEpochDay();
        int days = (int) (end.toEpochDay() - firstEpochDay);
        prefix = new int[days + 1];
        List<LocalDate> working = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            boolean works = hashSetWorking(day);
            prefix[i + 1] = prefix[i] + (works ? 1 : 0);
            if (works) {
                working.add(day);
            }
        }
        workingDays = working.toArray(new LocalDate[0]);
        Random random = new Random(20261206L);
        LocalDate last = end.minusDays(1);
        for (int k = 0; k < 100_000; k++) {
            LocalDate from = k == 0 ? first : first.plusDays(random.nextInt(days));
            int after = (int) (last.toEpochDay() - from.toEpochDay());
            LocalDate to = k == 1 ? last : from.plusDays(random.nextInt(after + 1));
            int between = calendar.workingDaysBetween(from, to);
            // the N-th working day after from, for an N that stays within the calendar
            int left = workingDays.length - prefix[(int) (from.toEpochDay() - firstEpochDay) + 1];
            int count = random.nextInt(Math.min(1_000, left) + 1);
            if (prefixSumBetween(from, to) != between
                    || !prefixSumPlus(from, count).equals(calendar.plusWorkingDays(from, count))) {
                throw new IllegalStateException("Prefix sums disagree with quanze on " + from + " to " + to + " ("
                        + prefixSumBetween(from, to) + " vs " + between + ") or on " + from + " + " + count + " ("
                        + prefixSumPlus(from, count) + " vs " + calendar.plusWorkingDays(from, count) + ")");
            }
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) & (DATES - 1);
        return i;
    }

    /**
     * quanze: the N-th working day after a date, in constant time.
     *
     * @return the date, not null
     */
    @Benchmark
    public LocalDate plusQuanze() {
        return calendar.plusWorkingDays(starts[nextIndex()], n);
    }

    /**
     * A day-by-day loop over quanze's lookup.
     *
     * @return the date, not null
     */
    @Benchmark
    public LocalDate plusLoop() {
        return loopPlus(starts[nextIndex()], n);
    }

    /**
     * A day-by-day loop over hash sets.
     *
     * @return the date, not null
     */
    @Benchmark
    public LocalDate plusHashSet() {
        return hashSetPlus(starts[nextIndex()], n);
    }

    /**
     * The hand-written limit: the N-th working day after a date from the prefix sums and their inverse.
     *
     * @return the date, not null
     */
    @Benchmark
    public LocalDate plusPrefixSum() {
        return prefixSumPlus(starts[nextIndex()], n);
    }

    /**
     * quanze: working days between two dates, in constant time.
     *
     * @return the count
     */
    @Benchmark
    public int betweenQuanze() {
        int i = nextIndex();
        return calendar.workingDaysBetween(starts[i], ends[i]);
    }

    /**
     * A day-by-day count over quanze's lookup.
     *
     * @return the count
     */
    @Benchmark
    public int betweenLoop() {
        int i = nextIndex();
        return loopBetween(starts[i], ends[i]);
    }

    /**
     * A day-by-day count over hash sets.
     *
     * @return the count
     */
    @Benchmark
    public int betweenHashSet() {
        int i = nextIndex();
        return hashSetBetween(starts[i], ends[i]);
    }

    /**
     * The hand-written limit: working days between two dates from the prefix sums.
     *
     * @return the count
     */
    @Benchmark
    public int betweenPrefixSum() {
        int i = nextIndex();
        return prefixSumBetween(starts[i], ends[i]);
    }

    private LocalDate prefixSumPlus(LocalDate start, int days) {
        if (days == 0) {
            return start;
        }
        return workingDays[prefix[(int) (start.toEpochDay() - firstEpochDay) + 1] + days - 1];
    }

    private int prefixSumBetween(LocalDate from, LocalDate to) {
        return prefix[(int) (to.toEpochDay() - firstEpochDay) + 1]
                - prefix[(int) (from.toEpochDay() - firstEpochDay) + 1];
    }

    private LocalDate loopPlus(LocalDate start, int days) {
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private int loopBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += calendar.isWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    private boolean hashSetWorking(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !daysOff.contains(day);
    }

    private LocalDate hashSetPlus(LocalDate start, int days) {
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (hashSetWorking(day)) {
                counted++;
            }
        }
        return day;
    }

    private int hashSetBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += hashSetWorking(day) ? 1 : 0;
        }
        return count;
    }
}
