package io.github.quanze.benchmarks;

import io.github.quanze.fault.Fault;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.text.BilingualText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Measures one accountability decision (责任追究决定) on the national officer table of the 2020 edition,
 * {@link SanctionPolicy#nationalOfficerTable(SanctionPolicy.Edition)
 * SanctionPolicy.nationalOfficerTable(Edition.ED_2020)}: 82 rows over 13 columns (among them the tier of
 * 政务处分法 Art 39's ladder the facts reach and the tier of a failure to refer), hit policy COLLECT with
 * {@link Sanction#combine}, and exceptions between rows. The same table is decided by quanze and by the peers a
 * user would otherwise pick, in one run, in average time per decision:
 * <ul>
 * <li>{@link #quanze}: {@link DecisionTable#decide}, whose {@link Decision} always carries the rules fired and
 * overridden; the table's 147,456 combinations of column values are few enough for it to keep each decision it
 * makes, so after the warm-up every decision is a lookup of one it made before;</li>
 * <li>{@link #quanzeUncached}: the same table {@link DecisionTable#withoutCache() without the cache}, which reads,
 * matches and resolves on every call;</li>
 * <li>{@link #quanzeExplained}: the same and {@link Decision#explain()}, the bilingual reasons of a decision;</li>
 * <li>{@link #handWritten}: if/else with constant sanctions ({@link HandWrittenSanctions}), no trace;</li>
 * <li>{@link #drools}: Drools 9.44 with the classic engine, a DRL rule per row, a new session per decision
 * ({@link DroolsSanctions});</li>
 * <li>{@link #droolsReused}: the same rules on one session kept across decisions: insert, fire, delete
 * ({@link DroolsReusedSanctions});</li>
 * <li>{@link #dmn}: Drools' DMN engine 9.44 on the same table as DMN 1.3, generated from quanze's rows, the model
 * built once and a new context per decision ({@link DmnSanctions}, {@link DmnSanctionTable});</li>
 * <li>{@link #easyRules}: Easy Rules 4.1.0, a rule per row, a new Facts bag per decision
 * ({@link EasyRulesSanctions}).</li>
 * </ul>
 * Every invocation decides the next of {@value AccountabilityFaults#COUNT} varied faults
 * ({@link AccountabilityFaults}, fixed seed), cycling, so that branch prediction cannot learn one input. The
 * Drools and Easy Rules peers read the fault's thirteen columns into a {@link FaultFacts} inside the timed code, as
 * the table reads its columns. The setup checks, on every fault, that all peers give the same sanction, that the
 * uncached table gives the same decision, and that the rule engines (Drools with either session, DMN through a
 * listener on its decision table, Easy Rules) fire exactly the rows the table fires, and that every row of the
 * table that a fault can fire fires
 * for at least {@value AccountabilityFaults#LEAST_FIRINGS} of the faults (none fires the rows
 * {@link AccountabilityFaults#UNREACHABLE} lists); it throws otherwise. {@link RuleBaseBuildBenchmark} measures
 * building the rule bases.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar AccountabilityBenchmark -f 1 -wi 3 -i 5
 * </pre>
 * Add {@code -prof gc} for the bytes allocated per decision. Run it on one thread (the default): the reused Drools
 * session is not thread-safe.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccountabilityBenchmark {

    private Fault[] faults;
    private int next;
    private DecisionTable<Fault, Sanction> table;
    private DecisionTable<Fault, Sanction> uncached;
    private DroolsSanctions drools;
    private DroolsReusedSanctions droolsReused;
    private DmnSanctions dmn;
    private EasyRulesSanctions easyRules;

    /** Generates the faults, builds the deciders and checks that they agree on every fault. */
    @Setup(Level.Trial)
    public void setUp() {
        faults = AccountabilityFaults.generate(AccountabilityFaults.COUNT, AccountabilityFaults.SEED);
        table = QuanzeTables.officerTable();
        uncached = QuanzeTables.uncached(table);
        KieBase kieBase = DroolsSanctions.compile(DroolsSanctions.drl());
        drools = DroolsSanctions.on(kieBase);
        droolsReused = DroolsReusedSanctions.on(kieBase);
        dmn = DmnSanctions.create();
        easyRules = EasyRulesSanctions.create();
        Map<String, Integer> firings = new HashMap<>();
        for (int i = 0; i < faults.length; i++) {
            Fault fault = faults[i];
            Decision<Sanction> decision = table.decide(fault);
            Optional<Sanction> expected = decision.outcome();
            if (!decision.equals(uncached.decide(fault))) {
                throw new IllegalStateException(String.format("Fault %d (%s): the table decides %s but without its "
                        + "cache %s", i, fault.summary().en(), decision, uncached.decide(fault)));
            }
            Set<String> fired = decision.fired().stream().map(r -> r.id().value())
                    .collect(Collectors.toCollection(TreeSet::new));
            agree(i, "hand-written", expected, Optional.of(HandWrittenSanctions.decide(fault)));
            agree(i, "Drools", expected, drools.decide(fault));
            sameRules(i, "Drools", fired, drools.firedRules(fault));
            // the kept session, with and without its listener, in turn: what a decision leaves behind would show
            agree(i, "Drools (reused session)", expected, droolsReused.decide(fault));
            TracedDecision reused = droolsReused.trace(fault);
            agree(i, "Drools (reused session)", expected, reused.sanction());
            sameRules(i, "Drools (reused session)", fired, reused.fired());
            agree(i, "DMN", expected, dmn.decide(fault));
            TracedDecision dmnTraced = dmn.trace(fault);
            agree(i, "DMN", expected, dmnTraced.sanction());
            sameRules(i, "DMN", fired, dmnTraced.fired());
            agree(i, "Easy Rules", expected, easyRules.decide(fault));
            sameRules(i, "Easy Rules", fired, easyRules.firedRules(fault));
            fired.forEach(id -> firings.merge(id, 1, Integer::sum));
        }
        Set<String> seldom = table.rows().stream().map(r -> r.id().value())
                .filter(id -> !AccountabilityFaults.UNREACHABLE.contains(id))
                .filter(id -> firings.getOrDefault(id, 0) < AccountabilityFaults.LEAST_FIRINGS)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!seldom.isEmpty()) {
            throw new IllegalStateException("Fewer than " + AccountabilityFaults.LEAST_FIRINGS + " generated faults "
                    + "fire rows " + seldom + " of the " + table.rows().size() + "; change AccountabilityFaults");
        }
        Set<String> reached = new TreeSet<>(AccountabilityFaults.UNREACHABLE);
        reached.retainAll(firings.keySet());
        if (!reached.isEmpty()) {
            throw new IllegalStateException("Generated faults fire rows " + reached + " that AccountabilityFaults "
                    + "says no fault fires");
        }
    }

    /** Disposes of the reused Drools session. */
    @TearDown(Level.Trial)
    public void tearDown() {
        droolsReused.close();
    }

    private void agree(int i, String peer, Optional<Sanction> expected, Optional<Sanction> actual) {
        if (expected.isEmpty() || !expected.equals(actual)) {
            throw new IllegalStateException(String.format("Fault %d (%s): the table decides %s but %s decides %s",
                    i, faults[i].summary().en(), expected.map(Sanction::toString).orElse("nothing"), peer,
                    actual.map(Sanction::toString).orElse("nothing")));
        }
    }

    private void sameRules(int i, String peer, Set<String> expected, List<String> actual) {
        if (!expected.equals(new TreeSet<>(actual))) {
            throw new IllegalStateException(String.format("Fault %d (%s): the table fires %s but %s fires %s", i,
                    faults[i].summary().en(), expected, peer, new TreeSet<>(actual)));
        }
    }

    private Fault nextFault() {
        Fault fault = faults[next];
        next = (next + 1) & (faults.length - 1);
        return fault;
    }

    /**
     * Decides with quanze's compiled table.
     *
     * @return the decision with its trace, not null
     */
    @Benchmark
    public Decision<Sanction> quanze() {
        return table.decide(nextFault());
    }

    /**
     * Decides with quanze's compiled table without its decision cache ({@link DecisionTable#withoutCache()}): every
     * call reads the columns, matches the rows and resolves them.
     *
     * @return the decision with its trace, not null
     */
    @Benchmark
    public Decision<Sanction> quanzeUncached() {
        return uncached.decide(nextFault());
    }

    /**
     * Decides with quanze's compiled table and explains the decision.
     *
     * @return the explanation in Chinese and English, not null
     */
    @Benchmark
    public BilingualText quanzeExplained() {
        return table.decide(nextFault()).explain();
    }

    /**
     * Decides with hand-written if/else.
     *
     * @return the sanction, not null
     */
    @Benchmark
    public Sanction handWritten() {
        return HandWrittenSanctions.decide(nextFault());
    }

    /**
     * Decides with Drools, a new session per decision.
     *
     * @return the sanction, not null
     */
    @Benchmark
    public Optional<Sanction> drools() {
        return drools.decide(nextFault());
    }

    /**
     * Decides with Drools on one session reused across decisions.
     *
     * @return the sanction, not null
     */
    @Benchmark
    public Optional<Sanction> droolsReused() {
        return droolsReused.decide(nextFault());
    }

    /**
     * Decides with Drools' DMN engine, a new context per decision.
     *
     * @return the sanction, not null
     */
    @Benchmark
    public Optional<Sanction> dmn() {
        return dmn.decide(nextFault());
    }

    /**
     * Decides with Easy Rules.
     *
     * @return the sanction, not null
     */
    @Benchmark
    public Optional<Sanction> easyRules() {
        return easyRules.decide(nextFault());
    }
}
