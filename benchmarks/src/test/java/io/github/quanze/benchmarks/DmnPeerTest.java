package io.github.quanze.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.fault.Fault;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.sanction.Sanction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The DMN peer of {@link AccountabilityBenchmark} against the national officer table of the 2020 edition: the DMN
 * table generated from quanze's rows gives the same sanction and fires the same rows as the table on every kind of
 * officer fault ({@link AccountabilityPeersTest#everyKind()}), checked once per combination of the thirteen inputs
 * ({@link FaultCombinations}: a DMN decision depends on nothing else), and the check catches a table with one
 * boundary moved.
 */
class DmnPeerTest {

    private static final DecisionTable<Fault, Sanction> TABLE = QuanzeTables.officerTable();

    @Test
    void dmnTableHasOneRulePerRowOfTheTable() {
        DmnSanctionTable dmn = DmnSanctionTable.create();
        assertThat(dmn.inputs()).isEqualTo(DmnSanctions.INPUTS);
        assertThat(dmn.rows()).isEqualTo(TABLE.rows().size());
        // no exception splits a row: one DMN rule per row, in the table's order
        assertThat(dmn.ruleRows()).containsExactlyElementsOf(TABLE.rows().stream().map(r -> r.id().value()).toList());
        assertThat(dmn.xml()).contains("xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"")
                .contains("hitPolicy=\"COLLECT\"");
    }

    @Test
    void dmnDecidesAsTheTableOnEveryCombinationOfInputs() {
        FaultCombinations combinations = FaultCombinations.get();
        assertThat(disagreements(DmnSanctions.create(), Integer.MAX_VALUE)).isEmpty();
        assertThat(combinations.representatives()).hasSizeGreaterThan(30_000);
    }

    @Test
    void checkCatchesAMovedBoundary() {
        DmnSanctionTable table = DmnSanctionTable.create();
        String xml = table.xml();
        // the first cell that starts a tier of Art 39's ladder or a count of faults at 3 starts it at 4
        assertThat(disagreements(moved(table, xml, "&gt;= 3", "&gt;= 4"), 1, rowOf(xml, "&gt;= 3"))).isNotEmpty();
        // the first cell that starts at the ladder's second tier starts at its third
        assertThat(disagreements(moved(table, xml, "&gt;= 2", "&gt;= 3"), 1, rowOf(xml, "&gt;= 2"))).isNotEmpty();
    }

    private static DmnSanctions moved(DmnSanctionTable table, String xml, String entry, String replacement) {
        assertThat(xml).contains("<text>" + entry + "</text>");
        return DmnSanctions.of(xml.replaceFirst("<text>" + entry + "</text>", "<text>" + replacement + "</text>"),
                table.ruleRows());
    }

    /** The row whose rule holds the first input entry {@code entry}. */
    private static String rowOf(String xml, String entry) {
        int at = xml.indexOf("<text>" + entry + "</text>");
        int description = xml.lastIndexOf("<description>", at) + "<description>".length();
        return xml.substring(description, xml.indexOf("</description>", description));
    }

    private static List<String> disagreements(DmnSanctions dmn, int limit) {
        return disagreements(dmn, limit, null);
    }

    /**
     * The combinations on which a DMN peer decides or fires otherwise than the table, up to {@code limit}; only
     * those on which the table fires row {@code firing}, if not null. A rule whose condition shrinks can change the
     * decision only where its row fired (the exceptions are folded into the rules once and for all), so the check
     * of a mutant whose rule shrinks looks there first rather than through every combination.
     */
    private static List<String> disagreements(DmnSanctions dmn, int limit, String firing) {
        FaultCombinations combinations = FaultCombinations.get();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < combinations.representatives().size() && found.size() < limit; i++) {
            Fault fault = combinations.representatives().get(i);
            Decision<Sanction> expected = combinations.decisions().get(i);
            Set<String> rows = expected.fired().stream().map(r -> r.id().value())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (firing != null && !rows.contains(firing)) {
                continue;
            }
            Optional<Sanction> decided = dmn.decide(fault);
            TracedDecision traced = dmn.trace(fault);
            if (!decided.equals(expected.outcome()) || !traced.sanction().equals(expected.outcome())
                    || !new TreeSet<>(traced.fired()).equals(rows)) {
                found.add(new FaultFacts(fault) + " " + fault.summary().en() + ": the table decides "
                        + expected.outcome() + " firing " + rows + ", DMN " + decided + " firing " + traced.fired());
            }
        }
        return found;
    }
}
