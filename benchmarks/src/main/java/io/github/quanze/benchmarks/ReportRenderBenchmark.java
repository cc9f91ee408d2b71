package io.github.quanze.benchmarks;

import io.github.quanze.publish.report.SupervisorReport;
import io.github.quanze.text.BilingualText;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Measures rendering the supervisor's report (宏观数据分析报告) on one thread: {@link SupervisorReport#html()} of a
 * {@link SyntheticCounty} — the ranking with its bar chart (one bar per agency), the grades, the indicators compared,
 * and the officers' counts and cards ({@value SyntheticCounty#OFFICERS_PER_AGENCY} per agency); the case timeline and
 * the fines of like cases are not given, so those sections say so. The peer, {@link HandWrittenRankingTable}, is the
 * ranking table a vendor hand-codes with a {@code StringBuilder}.
 * <p>
 * The counties have 100, 300 or 1,000 agencies, each generated from its own seed. Nothing is cached between
 * invocations: each builds the report and renders the page again from the values.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar ReportRenderBenchmark -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
public class ReportRenderBenchmark {

    static final BilingualText TITLE = BilingualText.of("某县2026年度行政执法评议考核报告",
            "County assessment of law enforcement, 2026");
    private static final long SEED = 20260105L;

    /** How many agencies the county ranks. */
    @Param({"100", "300", "1000"})
    public int agencies;

    private SyntheticCounty county;

    /** Generates the county's year. */
    @Setup(Level.Trial)
    public void setUp() {
        county = SyntheticCounty.generate(agencies, SEED + agencies);
    }

    static String render(SyntheticCounty county) {
        return SupervisorReport.builder(TITLE, county.ranking()).officers(county.officers()).build().html();
    }

    /**
     * Builds and renders the report.
     *
     * @return the HTML, so that nothing is optimised away
     */
    @Benchmark
    public String report() {
        return render(county);
    }

    /**
     * The hand-written ranking table.
     *
     * @return the page, so that nothing is optimised away
     */
    @Benchmark
    public String handWritten() {
        return HandWrittenRankingTable.render(TITLE.zh(), county.ranking());
    }
}
