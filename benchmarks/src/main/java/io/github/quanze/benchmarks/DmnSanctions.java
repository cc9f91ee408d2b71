package io.github.quanze.benchmarks;

import io.github.quanze.benchmarks.QuanzeTables.ColumnData;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * The national officer table of the 2020 edition in Drools' DMN engine (kie-dmn-core 9.44): the DMN 1.3 table
 * {@link DmnSanctionTable} generates from quanze's table, compiled once by the default compiler into a
 * {@link DMNRuntime} without a KieContainer ({@link DMNRuntimeBuilder}), as a service embedding DMN does.
 * <p>
 * Each decision reads the fault's thirteen columns ({@link FaultFacts}, inside the timed code, as the other peers
 * do), sets them in a new {@link DMNContext} (enum values as their names, integers as numbers), evaluates the model
 * and combines the measures of the rules fired with a {@link SanctionCollector}. {@link #trace} does the same with a
 * listener that records the rules the decision table matched, added for that decision only.
 * <p>
 * {@link #decide} is thread-safe (the model is shared, each decision has a context of its own); {@link #trace} is
 * not.
 */
public final class DmnSanctions {

    /** The DMN inputs, in the table's column order: the names of quanze's columns, as {@link FaultFacts} reads them. */
    public static final List<String> INPUTS = List.of("gravity", "responsibility", "form", "aggravating",
            "faultsThisYear", "mitigating", "reducing", "suspectedCrime", "minorAndCorrected",
            "executedOrderAfterObjecting", "dutyDulyPerformed", "ladderTier", "referralFailure");

    private final String xml;
    private final List<String> ruleRows;
    private final DMNRuntime runtime;
    private final DMNModel model;

    private DmnSanctions(String xml, List<String> ruleRows) {
        this.xml = xml;
        this.ruleRows = List.copyOf(ruleRows);
        this.runtime = runtime(xml);
        this.model = model(runtime);
    }

    /**
     * Generates the DMN table from quanze's table, checks that its inputs are the columns this class sets, and
     * builds the runtime.
     *
     * @return the decider, not null
     * @throws IllegalStateException if the table's columns are not those {@link FaultFacts} reads, or the model
     *         does not compile
     */
    public static DmnSanctions create() {
        DmnSanctionTable table = DmnSanctionTable.create();
        checkColumns(table.columns());
        return new DmnSanctions(table.xml(), table.ruleRows());
    }

    /**
     * Builds the decider from DMN XML, for tests that change the table.
     *
     * @param xml  the DMN 1.3 XML of a table with the inputs {@link #INPUTS} and the decision
     *        {@value DmnSanctionTable#DECISION}, not null
     * @param ruleRows  the row each of its rules stands for, in order, not null
     * @return the decider, not null
     * @throws IllegalStateException if the model does not compile
     */
    public static DmnSanctions of(String xml, List<String> ruleRows) {
        return new DmnSanctions(xml, ruleRows);
    }

    private static void checkColumns(List<ColumnData> columns) {
        List<String> names = columns.stream().map(ColumnData::name).toList();
        if (!names.equals(INPUTS)) {
            throw new IllegalStateException("The table's columns are " + names + ", not " + INPUTS);
        }
        Map<String, Enum<?>[]> enums = Map.of("gravity", Gravity.values(), "responsibility",
                Responsibility.values(), "form", FaultForm.values(), "referralFailure", ReferralFailure.values());
        for (ColumnData column : columns) {
            Enum<?>[] constants = enums.get(column.name());
            if (constants != null && !Arrays.stream(constants).map(Enum::name).toList().equals(column.values())) {
                throw new IllegalStateException("Column " + column.name() + " has values " + column.values()
                        + ", not " + Arrays.toString(constants));
            }
        }
    }

    /**
     * Compiles DMN XML into a runtime with the default compiler, as PEERS.md says (no alpha-network option).
     *
     * @param xml  the DMN XML, not null
     * @return the runtime, not null
     * @throws IllegalStateException if the model does not compile
     */
    public static DMNRuntime runtime(String xml) {
        Resource resource = ResourceFactory.newReaderResource(new StringReader(xml), "UTF-8");
        resource.setSourcePath(DmnSanctionTable.MODEL + ".dmn");
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
                .fromResources(List.of(resource))
                .getOrElseThrow(e -> new IllegalStateException("The DMN model does not compile", e));
        model(runtime);
        return runtime;
    }

    private static DMNModel model(DMNRuntime runtime) {
        DMNModel model = runtime.getModel(DmnSanctionTable.NAMESPACE, DmnSanctionTable.MODEL);
        if (model == null) {
            throw new IllegalStateException("The runtime has no model " + DmnSanctionTable.MODEL + ": "
                    + runtime.getModels());
        }
        if (model.hasErrors()) {
            throw new IllegalStateException("The DMN model has errors: " + model.getMessages());
        }
        return model;
    }

    /**
     * Returns the XML the decider was built from.
     *
     * @return the XML, not null
     */
    public String xml() {
        return xml;
    }

    /**
     * Decides the sanction for an officer's fault: a new context, the thirteen inputs, one evaluation.
     *
     * @param fault  the fault, not null
     * @return the combined sanction of the rules fired, empty if none fired, not null
     * @throws IllegalStateException if the evaluation reports an error
     */
    public Optional<Sanction> decide(Fault fault) {
        return evaluate(runtime, model, fault);
    }

    private static Optional<Sanction> evaluate(DMNRuntime runtime, DMNModel model, Fault fault) {
        FaultFacts f = new FaultFacts(fault);
        DMNContext context = runtime.newContext();
        context.set("gravity", f.getGravity().name());
        context.set("responsibility", f.getResponsibility().name());
        context.set("form", f.getForm().name());
        context.set("aggravating", f.isAggravating());
        context.set("faultsThisYear", BigDecimal.valueOf(f.getFaultsThisYear()));
        context.set("mitigating", f.isMitigating());
        context.set("reducing", f.isReducing());
        context.set("suspectedCrime", f.isSuspectedCrime());
        context.set("minorAndCorrected", f.isMinorAndCorrected());
        context.set("executedOrderAfterObjecting", f.isExecutedOrderAfterObjecting());
        context.set("dutyDulyPerformed", f.isDutyDulyPerformed());
        context.set("ladderTier", BigDecimal.valueOf(f.getLadderTier()));
        context.set("referralFailure", f.getReferralFailure().name());
        DMNResult result = runtime.evaluateAll(model, context);
        if (result.hasErrors()) {
            throw new IllegalStateException("DMN evaluation failed: " + result.getMessages());
        }
        Object measures = result.getDecisionResultByName(DmnSanctionTable.DECISION).getResult();
        SanctionCollector collector = new SanctionCollector();
        if (measures != null) {
            for (Object rule : (List<?>) measures) {
                List<?> kinds = (List<?>) rule;
                SanctionKind[] added = new SanctionKind[kinds.size()];
                for (int i = 0; i < added.length; i++) {
                    added[i] = SanctionKind.valueOf((String) kinds.get(i));
                }
                collector.add(added);
            }
        }
        return collector.sanction();
    }

    /**
     * Decides as {@link #decide} does, on the same runtime, and records the rows of quanze's table whose DMN rules
     * fire, for the checks against the table's trace: a listener on the decision table is added for this decision
     * only, so that decisions timed without it pay nothing for it.
     *
     * @param fault  the fault, not null
     * @return the sanction and the rows fired, in rule order (a row split into several rules is named once per rule
     *         fired), not null
     * @throws IllegalStateException if the evaluation reports an error
     */
    public TracedDecision trace(Fault fault) {
        List<String> fired = new ArrayList<>();
        DMNRuntimeEventListener listener = new DMNRuntimeEventListener() {
            @Override
            public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
                // matches are the 1-based indexes of the rules that matched
                event.getMatches().forEach(index -> fired.add(ruleRows.get(index - 1)));
            }
        };
        runtime.addListener(listener);
        try {
            return new TracedDecision(evaluate(runtime, model, fault), fired);
        } finally {
            runtime.removeListener(listener);
        }
    }
}
