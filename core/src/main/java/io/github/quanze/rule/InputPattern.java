package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A set of input combinations of a decision table, written like a row (输入模式): one cell per column, such as
 * {@code gravity=GRAVE, responsibility=-, faultsThisYear=[3, 10]}.
 * <p>
 * Verification reports gaps, overlaps and disproportions as patterns, so that a gap of millions of points reads as
 * a few lines.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param columns  the column names, in table order, not null
 * @param cells  the cell of each column, as a table shows it ("-" for any value), not null
 */
public record InputPattern(List<String> columns, List<String> cells) {

    /**
     * Creates a pattern.
     *
     * @param columns  the column names, in table order, not null
     * @param cells  the cell of each column, as a table shows it ("-" for any value), not null
     */
    public InputPattern {
        columns = ImmutableList.copyOf(columns);
        cells = ImmutableList.copyOf(cells);
    }

    /** Returns the pattern as {@code name=cell} pairs. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(columns.get(i)).append('=').append(cells.get(i));
        }
        return out.toString();
    }
}
