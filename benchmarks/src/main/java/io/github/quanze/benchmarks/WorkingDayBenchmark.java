package io.github.quanze.benchmarks;

import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
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
 * {@link WorkingDayCalendar} and by the two ways a user would otherwise write it:
 * <ul>
 * <li>{@code loop}: a day-by-day loop over quanze's own {@link WorkingDayCalendar#isWorkingDay} lookup;</li>
 * <li>{@code hashSet}: what systems hand-code today, a loop over {@link LocalDate}s against a {@link HashSet} of days
 * off and one of make-up working days, loaded from the same data.</li>
 * </ul>
 * Each invocation takes the next of 1,024 start dates spread over 2008 to 2025, so no single date is learned.
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
        Random random = new Random(20080101L);
        starts = new LocalDate[DATES];
        ends = new LocalDate[DATES];
        for (int i = 0; i < DATES; i++) {
            starts[i] = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(18 * 365 - 400));
            ends[i] = calendar.plusWorkingDays(starts[i], n);
            LocalDate[] answers = {loopPlus(starts[i], n), hashSetPlus(starts[i], n)};
            int[] counts = {loopBetween(starts[i], ends[i]), hashSetBetween(starts[i], ends[i]),
                calendar.workingDaysBetween(starts[i], ends[i])};
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
