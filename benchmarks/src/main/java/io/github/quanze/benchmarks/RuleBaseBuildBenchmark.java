package io.github.quanze.benchmarks;

import io.github.quanze.fault.Fault;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.util.concurrent.TimeUnit;
import org.jeasy.rules.api.Rules;
import org.kie.api.KieBase;
import org.kie.dmn.api.core.DMNRuntime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures building the rule bases that {@link AccountabilityBenchmark} decides with, in average time per build
 * on a warm JVM:
 * <ul>
 * <li>{@link #quanzeTable}: {@link SanctionPolicy#nationalOfficerTable(SanctionPolicy.Edition)
 * SanctionPolicy.nationalOfficerTable(Edition.ED_2020)}, which builds the 82 rows with their titles and bases,
 * checks them and the exceptions, and compiles the table's index;</li>
 * <li>{@link #droolsKieBase}: compiling the DRL into a KieBase ({@link DroolsSanctions#compile}), the DRL text
 * read once in the setup;</li>
 * <li>{@link #easyRules}: building the Easy Rules {@link Rules} ({@link EasyRulesSanctions#rules()});</li>
 * <li>{@link #dmnRuntime}: compiling the DMN XML into a {@link DMNRuntime} ({@link DmnSanctions#runtime}), the XML
 * generated once in the setup ({@link DmnSanctionTable}).</li>
 * </ul>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar RuleBaseBuildBenchmark -f 1 -wi 3 -i 5
 * </pre>
 * For the first build in a fresh JVM instead, class loading included, run it as single shots in many forks:
 * {@code java -jar benchmarks/target/benchmarks.jar RuleBaseBuildBenchmark -bm ss -tu ms -f 10 -wi 0 -i 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleBaseBuildBenchmark {

    private String drl;
    private String dmn;

    /** Reads the DRL and generates the DMN XML. */
    @Setup(Level.Trial)
    public void setUp() {
        drl = DroolsSanctions.drl();
        dmn = DmnSanctionTable.create().xml();
    }

    /**
     * Builds and compiles quanze's table.
     *
     * @return the table, not null
     */
    @Benchmark
    public DecisionTable<Fault, Sanction> quanzeTable() {
        return SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2020);
    }

    /**
     * Compiles the DRL into a KieBase.
     *
     * @return the KieBase, not null
     */
    @Benchmark
    public KieBase droolsKieBase() {
        return DroolsSanctions.compile(drl);
    }

    /**
     * Compiles the DMN XML into a runtime.
     *
     * @return the runtime, not null
     */
    @Benchmark
    public DMNRuntime dmnRuntime() {
        return DmnSanctions.runtime(dmn);
    }

    /**
     * Builds the Easy Rules rules.
     *
     * @return the rules, not null
     */
    @Benchmark
    public Rules easyRules() {
        return EasyRulesSanctions.rules();
    }
}
