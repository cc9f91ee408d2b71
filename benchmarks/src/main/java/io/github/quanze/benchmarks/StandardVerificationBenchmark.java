package io.github.quanze.benchmarks;

import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Measures verifying discretion standards (裁量基准校验) with {@link StandardVerifier#standard()}: a generated
 * provincial standard of 300 or 3,000 items against its statutory frame ({@link #provincial}), and a county standard
 * implementing it for every item, on the same rows with each tier narrowed, against the frame and the provincial
 * standard ({@link #county}); both from {@link SyntheticStandards} (fixed seed), with flaws planted in about
 * {@value #FLAW_PERCENT}% of the items of each: a provincial 从重 tier 10% above the statutory maximum, a county 一般
 * tier starting below the provincial one (so the county's items under a flawed provincial tier may exceed the
 * maximum too). The verification is computed afresh on every call: nothing of it is cached, in the verifier or in
 * the standards' compiled tables. Every item's five rows are checked for the provisions, kinds, ranges, order,
 * statutory mitigation and middle rules, its table verified (gaps, shadowed rows, proportionality over its input
 * points) and, for the county, every pair of rows of the two standards whose conditions meet compared.
 * <p>
 * The peer, {@link HandWrittenStandardCheck}, is the check a vendor writes by hand over the same data as a
 * spreadsheet: each row's range against the statute, and against the higher standard's row in the same position.
 * The setup checks that quanze finds exactly what the peer finds (above the maximum, below the minimum, not
 * contained: same rows), nothing else, and at least one finding of each planted kind; it throws otherwise.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar StandardVerificationBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StandardVerificationBenchmark {

    /** The percentage of items flawed in each standard. */
    static final int FLAW_PERCENT = 2;

    /** The number of items of each standard. */
    @Param({"300", "3000"})
    public int items;

    private SyntheticStandards standards;

    /** Generates the standards and checks that the peer finds what quanze finds. */
    @Setup(Level.Trial)
    public void setUp() {
        standards = SyntheticStandards.generate(items, SyntheticStandards.SEED, FLAW_PERCENT);
        same("provincial", provincial(), handWrittenProvincial(), HandWrittenStandardCheck.Kind.ABOVE_MAXIMUM);
        same("county", county(), handWrittenCounty(), HandWrittenStandardCheck.Kind.NOT_CONTAINED);
    }

    /** Checks that quanze finds what the peer finds, and the peer at least one of the planted kind. */
    static void same(String which, StandardVerification verification, List<HandWrittenStandardCheck.Finding> peer,
            HandWrittenStandardCheck.Kind planted) {
        Set<HandWrittenStandardCheck.Finding> expected = new HashSet<>(peer);
        Set<HandWrittenStandardCheck.Finding> found = new HashSet<>();
        Set<String> other = new TreeSet<>();
        for (StandardFinding f : verification.findings()) {
            HandWrittenStandardCheck.Kind kind = switch (f.kind()) {
                case ABOVE_MAXIMUM -> HandWrittenStandardCheck.Kind.ABOVE_MAXIMUM;
                case BELOW_MINIMUM -> HandWrittenStandardCheck.Kind.BELOW_MINIMUM;
                case NOT_CONTAINED -> HandWrittenStandardCheck.Kind.NOT_CONTAINED;
                default -> null;
            };
            if (kind == null) {
                other.add(f.kind() + " " + f.rows());
                continue;
            }
            found.add(new HandWrittenStandardCheck.Finding(kind, f.rows().get(0).value(),
                    kind == HandWrittenStandardCheck.Kind.NOT_CONTAINED ? f.rows().get(1).value() : null));
        }
        if (!other.isEmpty() || !found.equals(expected) || found.size() != verification.findings().size()) {
            Set<HandWrittenStandardCheck.Finding> missed = new HashSet<>(expected);
            missed.removeAll(found);
            found.removeAll(expected);
            throw new IllegalStateException(String.format("The %s standard: quanze finds %s more than the peer and "
                    + "%s less, and other kinds %s", which, found, missed, other));
        }
        if (peer.stream().noneMatch(f -> f.kind() == planted)) {
            throw new IllegalStateException("The " + which + " standard has no flaw of kind " + planted
                    + "; change SyntheticStandards or FLAW_PERCENT");
        }
    }

    /**
     * Verifies the provincial standard against its frame.
     *
     * @return the verification, not null
     */
    @Benchmark
    public StandardVerification provincial() {
        return StandardVerifier.standard().verify(standards.provincial());
    }

    /**
     * Verifies the county standard against its frame and the provincial standard.
     *
     * @return the verification, not null
     */
    @Benchmark
    public StandardVerification county() {
        return StandardVerifier.standard().verify(standards.county(), standards.provincial());
    }

    /**
     * Checks the provincial standard by hand.
     *
     * @return the findings, not null
     */
    @Benchmark
    public List<HandWrittenStandardCheck.Finding> handWrittenProvincial() {
        return HandWrittenStandardCheck.check(standards.specs());
    }

    /**
     * Checks the county standard by hand, against the statute and the provincial standard.
     *
     * @return the findings, not null
     */
    @Benchmark
    public List<HandWrittenStandardCheck.Finding> handWrittenCounty() {
        return HandWrittenStandardCheck.check(standards.countySpecs(), standards.specs());
    }
}
