package io.github.quanze.benchmarks;

import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures the validation of {@value #CASES} generated cases (案卷批量检查), as a supervision platform checks an
 * agency's year of cases: each case is recorded (every event validated as it is appended) and replayed into its
 * deadlines and violations. The cases are a mix ({@link CaseHistories#mixed}): a third major, a third with a
 * hearing, a quarter with one slip, 8 to 20 events each. One invocation validates them all; JMH reports the time per
 * case. The peer is {@link NaiveCaseCheck} on the same cases; the setup checks that it agrees with the replay.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar CaseBatchBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CaseBatchBenchmark {

    static final int CASES = 100_000;

    private final CaseHistories histories = new CaseHistories();
    private CaseHistories.Generated[] cases;

    /** Generates the cases and checks the peer against the replay on each. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20050709L);
        cases = new CaseHistories.Generated[CASES];
        for (int i = 0; i < CASES; i++) {
            cases[i] = histories.mixed(random);
            NaiveCaseCheck.Result expected = NaiveCaseCheck.Result.of(
                    histories.record(cases[i]).replay(CaseHistories.AS_OF));
            NaiveCaseCheck.Result actual = histories.naive(cases[i]);
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
    @OperationsPerInvocation(CASES)
    public int validate() {
        int violations = 0;
        for (CaseHistories.Generated g : cases) {
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
    @OperationsPerInvocation(CASES)
    public int naive() {
        int findings = 0;
        for (CaseHistories.Generated g : cases) {
            NaiveCaseCheck.Result r = histories.naive(g);
            findings += r.tooFew() + r.uncertified() + r.missing() + r.lateService();
        }
        return findings;
    }
}
