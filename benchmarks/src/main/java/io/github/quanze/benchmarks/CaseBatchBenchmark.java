package io.github.quanze.benchmarks;

import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import java.util.HashSet;
import java.util.Set;
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
 * Measures the validation of a batch of generated cases (案卷批量检查), as a supervision platform checks an agency's
 * or a province's year of cases: each case is recorded (every event validated as it is appended) and replayed into
 * its deadlines and violations. The cases are a mix ({@link CaseHistories#mixed}): a third major, a third with a
 * hearing, a quarter with one slip, 8 to 20 events each.
 * <p>
 * The batch has {@code cases} cases, 25,000, 100,000 or 400,000, every one generated on its own (one random stream
 * from a fixed seed, an id of its own): no case is validated twice in a batch, so the three sizes measure how the
 * time grows with the number of cases rather than repeat the same work. One invocation validates the whole batch;
 * JMH reports the time per batch, which should grow four times from one size to the next (divide by
 * {@code cases} for the time per case). The smallest batch's input (about 30 MB) is about the size of the L3
 * cache of the machine of BENCHMARKS.md; each case's validation allocates some 15 KB, which passes through the
 * caches whatever the size.
 * <p>
 * The peer is {@link NaiveCaseCheck} on the same cases; the setup checks that it agrees with the replay on every
 * case, and that the ids are distinct.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar CaseBatchBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CaseBatchBenchmark {

    /** How many cases the batch has. */
    @Param({"25000", "100000", "400000"})
    public int cases;

    private final CaseHistories histories = new CaseHistories();
    private CaseHistories.Generated[] batch;

    /** Generates the cases and checks the peer against the replay on each. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20050709L);
        batch = new CaseHistories.Generated[cases];
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < cases; i++) {
            batch[i] = histories.mixed(random);
            if (!ids.add(batch[i].id())) {
                throw new IllegalStateException("Two cases have id " + batch[i].id());
            }
            NaiveCaseCheck.Result expected = NaiveCaseCheck.Result.of(
                    histories.record(batch[i]).replay(CaseHistories.AS_OF));
            NaiveCaseCheck.Result actual = histories.naive(batch[i]);
            if (!expected.equals(actual)) {
                throw new IllegalStateException("Replay and naive peer disagree on case " + i + ": " + expected
                        + " vs " + actual);
            }
        }
    }

    /**
     * Records and replays every case, counting the violations found.
     *
     * @return the number of violations, so that nothing is optimised away
     */
    @Benchmark
    public int validate() {
        int violations = 0;
        for (CaseHistories.Generated g : batch) {
            CaseRecord record = histories.record(g);
            CaseState state = record.replay(CaseHistories.AS_OF);
            violations += state.violations().size();
        }
        return violations;
    }

    /**
     * The hand-written peer on every case.
     *
     * @return the number of findings, so that nothing is optimised away
     */
    @Benchmark
    public int naive() {
        int findings = 0;
        for (CaseHistories.Generated g : batch) {
            NaiveCaseCheck.Result r = histories.naive(g);
            findings += r.tooFew() + r.uncertified() + r.missing() + r.lateService();
        }
        return findings;
    }
}
