package io.github.quanze.testkit.rule;

import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.testkit.Choices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Draws random rows: cells of every shape for each column, exceptions now and then. */
final class RandomRows {

    private RandomRows() {}

    static TableSpec<Integer> table(List<Column> columns, Map<String, long[]> bounds, int rows, HitPolicy policy,
            boolean exceptions, Choices choices) {
        TableSpec.Builder<Integer> table = TableSpecArbitrary.builder("random", policy, columns);
        List<Integer> everyOther = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            TableSpec.RowBuilder<Integer> row = table.row(TableSpecArbitrary.ref("R" + r)).then(choices.nextInt(5));
            for (Column column : columns) {
                Cell cell = cell(column, bounds.get(column.name()), choices);
                if (!cell.equals(Cell.any())) {
                    row.when(column.name(), cell);
                }
            }
            if (exceptions && r > 0 && choices.nextInt(3) == 2) {
                if (choices.nextInt(6) == 5) {
                    row.overridesEveryOther();
                    everyOther.add(r);
                } else {
                    // earlier rows only, and none that overrides every other, so that no exception closes a cycle
                    List<RuleId> earlier = new ArrayList<>();
                    for (int e = 0; e < r; e++) {
                        if (choices.nextBoolean() && !everyOther.contains(e)) {
                            earlier.add(RuleId.of("R" + e));
                        }
                    }
                    if (!earlier.isEmpty()) {
                        row.overrides(earlier);
                    }
                }
            }
        }
        return table.build();
    }

    private static Cell cell(Column column, long[] bounds, Choices choices) {
        switch (column.kind()) {
            case BOOLEAN: {
                int pick = choices.nextInt(3);
                return pick == 0 ? Cell.any() : pick == 1 ? Cell.yes() : Cell.no();
            }
            case INT:
            case LONG:
                return bounds != null ? boundedCell(bounds, choices) : rangeCell(column.min(), column.max(), choices);
            default:
                return valueCell(column.values().toArray(), choices);
        }
    }

    /** A cell of a column of values; now and then one that excludes every value, so that its row matches nothing. */
    private static Cell valueCell(Object[] values, Choices choices) {
        if (choices.nextInt(40) == 39) {
            return Cell.noneOf(values);
        }
        switch (choices.nextInt(4)) {
            case 0:
                return Cell.any();
            case 1:
                return Cell.is(values[choices.nextInt(values.length)]);
            case 2:
                return Cell.anyOf(values[choices.nextInt(values.length)], values[choices.nextInt(values.length)]);
            default:
                return Cell.noneOf(values[choices.nextInt(values.length)]);
        }
    }

    private static Cell rangeCell(long min, long max, Choices choices) {
        long low = min + choices.nextInt((int) Math.min(max - min + 1, Integer.MAX_VALUE));
        long high = low + choices.nextInt((int) Math.min(max + 1 - low, Integer.MAX_VALUE));
        return range(Math.min(low, max), Math.min(high, max), choices);
    }

    private static Cell boundedCell(long[] bounds, Choices choices) {
        int a = choices.nextInt(bounds.length);
        int b = a + choices.nextInt(bounds.length - a);
        return range(bounds[a], bounds[b], choices);
    }

    private static Cell range(long low, long high, Choices choices) {
        switch (choices.nextInt(4)) {
            case 0:
                return Cell.any();
            case 1:
                return Cell.range(low, high);
            case 2:
                return Cell.atLeast(low);
            default:
                return Cell.atMost(high);
        }
    }
}
