package io.github.quanze.testkit.rule;

import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds clean tables over one graded column (one row per value, outcomes rising with gravity) and plants one flaw in
 * them. The table declares no other column: the proportionality check compares every input point, so an unordered
 * column beside it would report a planted disproportion once per value of that column.
 */
final class PlantedFlaws {

    private PlantedFlaws() {}

    /**
     * A table with one row per value of the graded column, whose outcomes rise by the given steps as the values get
     * graver; with the flaw planted at the value {@code at} picks, if any.
     */
    static TableSpec<Integer> table(Column graded, List<Integer> steps, Optional<TableFlaw> flaw,
            int at) {
        List<Object> values = new ArrayList<>(graded.values());
        if (graded.direction() == Column.Direction.SMALLER) {
            java.util.Collections.reverse(values);
        }
        List<Integer> outcomes = new ArrayList<>();
        int outcome = 0;
        for (int i = 0; i < values.size(); i++) {
            outcome += i == 0 ? 0 : 1 + steps.get(i % steps.size());
            outcomes.add(outcome);
        }
        int pick = at % values.size();
        if (flaw.isPresent() && flaw.get() == TableFlaw.DISPROPORTION) {
            int next = Math.min(pick + 1, values.size() - 1);
            pick = next - 1;
            java.util.Collections.swap(outcomes, pick, next);
        }
        HitPolicy policy = flaw.isPresent() && flaw.get() == TableFlaw.SHADOWED ? HitPolicy.FIRST : HitPolicy.UNIQUE;
        TableSpec.Builder<Integer> table = TableSpecArbitrary.builder("graded", policy, List.of(graded));
        for (int i = 0; i < values.size(); i++) {
            if (flaw.isPresent() && flaw.get() == TableFlaw.GAP && i == pick) {
                continue;
            }
            table.row(TableSpecArbitrary.ref("R" + i)).when(graded.name(), Cell.is(values.get(i)))
                    .then(outcomes.get(i));
        }
        if (flaw.isPresent() && (flaw.get() == TableFlaw.OVERLAP || flaw.get() == TableFlaw.SHADOWED)) {
            table.row(TableSpecArbitrary.ref("R" + values.size())).when(graded.name(), Cell.is(values.get(pick)))
                    .then(outcomes.get(pick));
        }
        return table.build();
    }
}
