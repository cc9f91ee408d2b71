package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A row of a {@link DecisionTable} (决策表行): a rule whose condition is one cell per input column and whose outcome
 * is a value.
 * <p>
 * This class is immutable and thread-safe if the outcome is.
 *
 * @param <O>  the type of the outcome
 * @param ref  the row's id, title and legal basis, not null
 * @param cells  one condition per input column, in column order, not null
 * @param output  the outcome when every cell matches, not null
 */
public record Row<O>(RuleRef ref, List<Cell> cells, O output) {

    /** Creates a row. */
    public Row {
        Objects.requireNonNull(ref, "ref");
        cells = ImmutableList.copyOf(cells);
        Objects.requireNonNull(output, "output");
    }

    /**
     * Returns the row's id.
     *
     * @return the id, not null
     */
    public RuleId id() {
        return ref.id();
    }
}
