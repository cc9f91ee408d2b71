package io.github.quanze.benchmarks;

import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import java.util.Arrays;
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
 * Two mixes, in the same run so that their ratio is measured side by side: {@code procedure} is the mix above;
 * {@code three-systems} is the same cases, case for case, with the data of issue 16 ({@link ThreeSystemsCases}):
 * every case carries the publication rule of a penalty decision and its publication events (one in eight late or
 * never published, one in twenty overturned and withdrawn or not), every step states its records (one case in twenty
 * has a step with none), and one case in ten finds a suspected crime, referred on time, late at one stage,
 * penalised instead or not referred, with the police's answers; so the publication, records and referral checks all run.
 * <p>
 * The peer is {@link NaiveCaseCheck} on the same cases; the setup checks that it agrees with the replay on every
 * case of both mixes (on the procedural counts and on those of publication, records and referral), and that the ids
 * are distinct.
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

    /** Which cases: {@code procedure} (the procedure mix) or {@code three-systems} (with publication and referral). */
    @Param({"procedure", "three-systems"})
    public String mix;

    private final CaseHistories histories = new CaseHistories();
    private CaseHistories.Generated[] batch;

    /** Generates the cases and checks the peer against the replay on each. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20050709L);
        SplittableRandom extras = new SplittableRandom(20181205L);
        boolean threeSystems = switch (mix) {
            case "procedure" -> false;
            case "three-systems" -> true;
            default -> throw new IllegalArgumentException("Unknown mix " + mix);
        };
        batch = new CaseHistories.Generated[cases];
        Set<String> ids = new HashSet<>();
        int[] found = new int[12];
        for (int i = 0; i < cases; i++) {
            batch[i] = threeSystems ? histories.threeSystems(random, extras) : histories.mixed(random);
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
            int[] counts = counts(actual);
            for (int k = 0; k < counts.length; k++) {
                found[k] += counts[k];
            }
        }
        System.out.println("Mix " + mix + ", " + cases + " cases, findings by kind " + Arrays.toString(found)
                + " (too few, uncertified, missing, late service, record missing, publication overdue, late "
                + "withdrawal, withdrawn without reasons, late referral, late hand-over, not referred, penalty "
                + "instead)");
        for (int k = threeSystems ? 0 : found.length; k < found.length; k++) {
            if (found[k] == 0) {
                throw new IllegalStateException("The three-systems mix has no finding of kind " + k + ": "
                        + Arrays.toString(found));
            }
        }
    }

    private static int[] counts(NaiveCaseCheck.Result r) {
        return new int[] {r.tooFew(), r.uncertified(), r.missing(), r.lateService(), r.recordMissing(),
            r.publicationOverdue(), r.lateWithdrawal(), r.withdrawnWithoutReasons(), r.lateReferral(),
            r.lateHandover(), r.notReferred(), r.penaltyInstead()};
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
            findings += r.total();
        }
        return findings;
    }
}
