package io.github.quanze.benchmarks;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationReport;
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
 * Measures {@link AllocationAudit#run}, the allocation audit (职权分解检查) of one agency on one day, against a
 * hand-written check without an index ({@link NaiveAllocationAudit}).
 * <p>
 * The data is generated once per trial from fixed seeds ({@link SyntheticAgency}): {@code small} agencies have
 * 1,000 powers, 100 posts and 500 officers; {@code large} ones 10,000 powers, 1,000 posts and 5,000 officers, about
 * what a province-level department publishes. Each has some 3 allocation lines per power and a few percent of
 * flawed ones, so the audit builds findings of every kind. With {@code dataset=one} every invocation audits the
 * same agency, whose data stays in the processor's caches, the small one wholly; with {@code dataset=province}
 * invocations cycle through agencies holding {@value #PROVINCE_POWERS} powers in all (100 small or 10 large ones),
 * as a supervision platform auditing every agency of a province would, so both sizes work from memory and the
 * ratio of their times measures the algorithm rather than the cache (BENCHMARKS.md gives both). {@link #audit} times the whole audit, findings and their
 * bilingual messages included; {@link #naive} times the nested-loop peer, which computes only the unallocated
 * powers, the powers split without a lead and the handling posts with no certified officer. The setup checks that
 * the two agree on these three results.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar AllocationAuditBenchmark -f 1 -wi 3 -i 5
 * </pre>
 * Add {@code -p dataset=province} or {@code -p dataset=one} to run one of the two datasets only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocationAuditBenchmark {

    private static final long SEED = 20050709L;

    /** The powers of all the agencies a {@code province} run cycles through. */
    static final int PROVINCE_POWERS = 100_000;

    /** The size of the agency: {@code small} or {@code large}. */
    @Param({"small", "large"})
    public String size;

    /** Which agencies to audit: {@code one} agency every time, or a {@code province} of them in turn. */
    @Param({"one", "province"})
    public String dataset;

    private SyntheticAgency[] data;
    private int next;

    /** Generates the agency and checks that the audit and its peer agree. */
    @Setup(Level.Trial)
    public void setUp() {
        int powers = "small".equals(size) ? 1_000 : 10_000;
        int agencies = "one".equals(dataset) ? 1 : PROVINCE_POWERS / powers;
        data = new SyntheticAgency[agencies];
        for (int i = 0; i < agencies; i++) {
            data[i] = switch (size) {
                case "small" -> SyntheticAgency.generate(1_000, 100, 500, SEED + i);
                case "large" -> SyntheticAgency.generate(10_000, 1_000, 5_000, SEED + i);
                default -> throw new IllegalArgumentException("Unknown size: " + size);
            };
        }
        SyntheticAgency first = data[0];
        NaiveAllocationAudit.Result expected = NaiveAllocationAudit.Result.of(AllocationAudit.run(first.catalogue(),
                first.organization(), first.table(), SyntheticAgency.AUDIT_DAY));
        NaiveAllocationAudit.Result actual = NaiveAllocationAudit.run(first.catalogue(), first.organization(),
                first.table(), SyntheticAgency.AUDIT_DAY);
        if (!expected.equals(actual)) {
            throw new IllegalStateException("Audit and naive peer disagree: " + expected + " vs " + actual);
        }
    }

    private SyntheticAgency nextAgency() {
        SyntheticAgency agency = data[next];
        next = (next + 1) % data.length;
        return agency;
    }

    /**
     * Runs the audit.
     *
     * @return the report, not null
     */
    @Benchmark
    public AllocationReport audit() {
        SyntheticAgency agency = nextAgency();
        return AllocationAudit.run(agency.catalogue(), agency.organization(), agency.table(),
                SyntheticAgency.AUDIT_DAY);
    }

    /**
     * Runs the hand-written nested-loop check.
     *
     * @return the headline results, not null
     */
    @Benchmark
    public NaiveAllocationAudit.Result naive() {
        SyntheticAgency agency = nextAgency();
        return NaiveAllocationAudit.run(agency.catalogue(), agency.organization(), agency.table(),
                SyntheticAgency.AUDIT_DAY);
    }
}
