package io.github.quanze.benchmarks;

import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityAnalysis;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.disparity.DisparitySettings;
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
 * Measures the analysis of like cases (类案分析) of a year's decided penalty cases on one thread:
 * {@link DisparityAnalysis#add} for every case, then {@link DisparityAnalysis#report} with the default settings
 * (groups, findings with their parameters, the rows of the agencies and officers), against a hand-written grouping
 * into string-keyed {@code HashMap<String, long[]>}s ({@link NaiveDisparity}).
 * <p>
 * The cases ({@link DecidedCases}, fixed seed): 300 violation items drawn with a skew, profiles of 2 to 4
 * circumstance facts, 40 agencies of 10 officers, two officers a case; 8% of the decisions at another level than the
 * standard gives and 3% of the fines outside their tier, so that every kind of finding occurs. There are 10,000,
 * 100,000 or 1,000,000 cases, every one built on its own with a case number of its own (the analysis refuses a
 * number given twice), so the three sizes measure how the time grows with the cases. One invocation analyses the
 * whole batch; the setup generates it and checks that the analysis and its peer agree on the number of groups, the
 * findings of each kind and every agency's and officer's counts. A {@link DecidedPenalty} keeps its fine and base in
 * fen besides the public {@code BigDecimal}s, worked out when it is built (in the setup); the peer, which has only
 * the public API, turns the {@code BigDecimal}s into fen in its pass.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar DisparityBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DisparityBenchmark {

    private static final long SEED = 20250315L;

    /** How many decided cases the batch has. */
    @Param({"10000", "100000", "1000000"})
    public int cases;

    private DecidedPenalty[] batch;

    /** Generates the cases and checks that the analysis and its peer agree. */
    @Setup(Level.Trial)
    public void setUp() {
        batch = generate(cases, SEED);
        NaiveDisparity.Result expected = NaiveDisparity.Result.of(analyse(batch));
        NaiveDisparity.Result actual = NaiveDisparity.run(batch, 2, DisparitySettings.DEFAULT_MINIMUM_GROUP_SIZE);
        if (!expected.equals(actual)) {
            throw new IllegalStateException("Analysis and hand-written peer disagree: " + expected + " vs " + actual);
        }
    }

    static DecidedPenalty[] generate(int cases, long seed) {
        DecidedCases world = new DecidedCases(seed);
        SplittableRandom random = new SplittableRandom(seed + 1);
        DecidedPenalty[] batch = new DecidedPenalty[cases];
        for (int i = 0; i < cases; i++) {
            batch[i] = world.next(random);
        }
        return batch;
    }

    static DisparityReport analyse(DecidedPenalty[] batch) {
        DisparityAnalysis analysis = DisparityAnalysis.create();
        for (DecidedPenalty decided : batch) {
            analysis.add(decided);
        }
        return analysis.report(DisparitySettings.defaults());
    }

    /**
     * Adds every case to an analysis and makes its report.
     *
     * @return the report, so that nothing is optimised away
     */
    @Benchmark
    public DisparityReport analyse() {
        return analyse(batch);
    }

    /**
     * The hand-written grouping on the same cases.
     *
     * @return the counts, so that nothing is optimised away
     */
    @Benchmark
    public NaiveDisparity.Result naive() {
        return NaiveDisparity.run(batch, 2, DisparitySettings.DEFAULT_MINIMUM_GROUP_SIZE);
    }
}
