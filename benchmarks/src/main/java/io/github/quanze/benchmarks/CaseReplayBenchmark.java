package io.github.quanze.benchmarks;

import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import java.util.SplittableRandom;
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
 * Measures the replay of one case history (案件回放) against its length: {@link CaseRecord#replay} of a recorded
 * history, {@link #recordAndReplay} that also builds the record and validates every event as it is appended, and
 * the hand-written peer {@link NaiveCaseCheck}, which rescans the history for every step and counts working days
 * one at a time. Histories of the ordinary penalty procedure ({@link CaseHistories#ofLength}) have 10, 100 or 1,000
 * events, the investigation recorded 3, 93 or 993 times.
 * <p>
 * Each invocation takes the next history of a pool of distinct histories (each generated on its own, with an id of
 * its own) holding at most {@value #POOL_EVENTS} events whatever the length, as many histories as fit, rounded down
 * to a power of two: 32,768 histories of 10 events, 4,096 of 100, 512 of 1,000 (330,000 to 510,000 events). A
 * pool of a few histories would sit in the processor's caches for short histories and not for long ones; pools of
 * the same size in events work from memory alike, so the three lengths measure how the time grows with the length,
 * not with the caches. The setup checks that the peer and the replay agree on what the peer finds, on every
 * history of the pool.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar CaseReplayBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CaseReplayBenchmark {

    /** The most events a pool holds, whatever the length of its histories. */
    static final int POOL_EVENTS = 1 << 19;

    /** The number of events in each history. */
    @Param({"10", "100", "1000"})
    public int events;

    private final CaseHistories histories = new CaseHistories();
    private CaseHistories.Generated[] generated;
    private CaseRecord[] records;
    /** The pool's size less one: the pool holds a power of two of histories. */
    private int mask;
    private int next;

    /** Generates the histories and checks the peer against the replay. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20211022L + events);
        int pool = Integer.highestOneBit(POOL_EVENTS / events);
        mask = pool - 1;
        generated = new CaseHistories.Generated[pool];
        records = new CaseRecord[pool];
        for (int i = 0; i < pool; i++) {
            generated[i] = histories.ofLength(events, random);
            records[i] = histories.record(generated[i]);
            if (records[i].events().size() != events) {
                throw new IllegalStateException("History of " + records[i].events().size() + " events, not " + events);
            }
            NaiveCaseCheck.Result expected = NaiveCaseCheck.Result.of(records[i].replay(CaseHistories.AS_OF));
            NaiveCaseCheck.Result actual = histories.naive(generated[i]);
            if (!expected.equals(actual)) {
                throw new IllegalStateException("Replay and naive peer disagree: " + expected + " vs " + actual);
            }
        }
    }

    /** Replays a recorded history. */
    @Benchmark
    public CaseState replay() {
        return records[next++ & mask].replay(CaseHistories.AS_OF);
    }

    /** Records a history, validating each event, and replays it. */
    @Benchmark
    public CaseState recordAndReplay() {
        return histories.record(generated[next++ & mask]).replay(CaseHistories.AS_OF);
    }

    /** The hand-written peer on the same history. */
    @Benchmark
    public NaiveCaseCheck.Result naive() {
        return histories.naive(generated[next++ & mask]);
    }
}
