package io.github.quanze.rule;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * A row of a table specification (决策表行): a rule whose condition is a cell for each column it names, any value in
 * the others, and whose outcome is a value.
 * <p>
 * Cells are named by column, as DMN writes a rule's input entries against named inputs, so a row reads like the
 * sentence of the measure it encodes and survives a new column. A cell that matches any value is not kept: two rows
 * that differ only by an explicit {@link Cell#any()} are equal.
 * <p>
 * This class is immutable and thread-safe if the outcome is.
 *
 * @param <O>  the type of the outcome
 * @param ref  the row's id, title and citation, not null
 * @param cells  the cell of each column the row tests, by column name, not null
 * @param output  the outcome when every cell matches, not null
 */
public record Row<O>(RuleRef ref, Map<String, Cell> cells, O output) {

    /**
     * Creates a row, leaving out cells that match any value.
     *
     * @param ref  the row's id, title and citation, not null
     * @param cells  the cell of each column the row tests, by column name, not null
     * @param output  the outcome when every cell matches, not null
     */
    public Row {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(cells, "cells");
        ImmutableMap.Builder<String, Cell> kept = ImmutableMap.builder();
        cells.forEach((column, cell) -> {
            Objects.requireNonNull(column, "column");
            if (!Objects.requireNonNull(cell, "cell").equals(Cell.any())) {
                kept.put(column, cell);
            }
        });
        cells = kept.build();
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

    /**
     * Returns the cell of a column.
     *
     * @param column  the column's name, not null
     * @return the cell, {@link Cell#any()} if the row does not test the column, not null
     */
    public Cell cell(String column) {
        return cells.getOrDefault(Objects.requireNonNull(column, "column"), Cell.any());
    }

    /**
     * Returns a copy with another outcome, as an agency's version of a shipped row.
     *
     * @param output  the outcome, not null
     * @return the row, not null
     */
    public Row<O> withOutput(O output) {
        return new Row<>(ref, cells, output);
    }

    /**
     * Returns a copy with another id, title and citation.
     *
     * @param ref  the reference, not null
     * @return the row, not null
     */
    public Row<O> withRef(RuleRef ref) {
        return new Row<>(ref, cells, output);
    }
}
