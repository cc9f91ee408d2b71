package io.github.quanze.benchmarks;

import io.github.quanze.fault.Fault;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.Row;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where the benchmarks read quanze's rule API beyond {@link DecisionTable#decide}: the national
 * officer table, its rows and cells as plain data for the peers generated from it ({@link DmnSanctionTable}), and a
 * copy of it that decides without its cache of decisions ({@link #uncached}). When the rule API moves, this class
 * is what changes.
 * <p>
 * The table's columns and cells are read from its specification ({@link DecisionTable#spec()}): each column's
 * kind, values and range, each row's cell by column name. The peers take the exceptions between rows from
 * {@link EasyRulesSanctions#overriders()}, and the agreement checks catch any difference from the table's own
 * ({@code spec().exceptions()}).
 */
public final class QuanzeTables {

    private QuanzeTables() {}

    /**
     * Returns the table {@link AccountabilityBenchmark} decides with: the national officer table of the 2020
     * edition.
     *
     * @return the table, not null
     */
    public static DecisionTable<Fault, Sanction> officerTable() {
        return SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2020);
    }

    /** The kind of an input column. */
    public enum Kind { ENUM, BOOLEAN, INT }

    /**
     * An input column as plain data.
     *
     * @param name  the column's name, such as {@code gravity}
     * @param kind  its kind
     * @param values  the enum constants' names in ordinal order, {@code false, true} for a boolean, empty for an
     *        integer
     * @param min  the least integer, 0 for enum and boolean columns
     * @param max  the greatest integer, the last ordinal for enum columns and 1 for booleans
     */
    public record ColumnData(String name, Kind kind, List<String> values, int min, int max) {}

    /**
     * A cell as plain data: any value ({@code any}), the values listed, all values but those listed ({@code negated}),
     * or a range of integers.
     *
     * @param any  whether the cell matches any value
     * @param negated  whether {@code values} are the values the cell does not match
     * @param values  the enum constants' names or {@code true}/{@code false}, empty for any and for ranges
     * @param low  the least integer matched (ranges only)
     * @param high  the greatest integer matched (ranges only)
     */
    public record CellData(boolean any, boolean negated, Set<String> values, int low, int high) {

        /** Whether the cell is a range of integers. */
        boolean range() {
            return !any && values.isEmpty();
        }
    }

    /**
     * A row as plain data.
     *
     * @param id  the row's id, such as {@code OFFICER.MINOR.DIRECT}
     * @param cells  one cell per column, in column order
     * @param output  the row's sanction
     */
    public record RowData(String id, List<CellData> cells, Sanction output) {}

    /**
     * The columns and rows of a table as plain data.
     *
     * @param columns  the input columns, in order
     * @param rows  the rows, in order
     */
    public record TableData(List<ColumnData> columns, List<RowData> rows) {}

    /**
     * Reads a table's columns and rows.
     *
     * @param table  the table, not null
     * @return the table's data, not null
     * @throws IllegalStateException if a column is of a kind the peers do not read
     */
    public static TableData data(DecisionTable<Fault, Sanction> table) {
        List<ColumnData> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add(column(column));
        }
        List<RowData> rows = new ArrayList<>();
        for (Row<Sanction> row : table.rows()) {
            List<CellData> cells = new ArrayList<>();
            for (ColumnData column : columns) {
                cells.add(cell(row.cell(column.name()), column));
            }
            rows.add(new RowData(row.id().value(), List.copyOf(cells), row.output()));
        }
        return new TableData(List.copyOf(columns), List.copyOf(rows));
    }

    private static ColumnData column(Column column) {
        switch (column.kind()) {
            case BOOLEAN:
                return new ColumnData(column.name(), Kind.BOOLEAN, List.of("false", "true"), 0, 1);
            case INT:
                return new ColumnData(column.name(), Kind.INT, List.of(), Math.toIntExact(column.min()),
                        Math.toIntExact(column.max()));
            case ENUM:
                List<String> names = column.values().stream().map(v -> ((Enum<?>) v).name()).toList();
                return new ColumnData(column.name(), Kind.ENUM, names, 0, names.size() - 1);
            default:
                throw new IllegalStateException("Column " + column.name() + " is of kind " + column.kind()
                        + ", which the peers do not read");
        }
    }

    private static CellData cell(Cell cell, ColumnData column) {
        switch (cell.kind()) {
            case ANY:
                return new CellData(true, false, Set.of(), 0, 0);
            case RANGE:
                int low = cell.lowest().isPresent() ? Math.toIntExact(cell.lowest().getAsLong()) : column.min();
                int high = cell.highest().isPresent() ? Math.toIntExact(cell.highest().getAsLong()) : column.max();
                return new CellData(false, false, Set.of(), low, high);
            default:
                Set<String> values = new LinkedHashSet<>();
                cell.values().forEach(v -> values.add(v instanceof Enum<?> constant ? constant.name()
                        : String.valueOf(v)));
                return new CellData(false, cell.kind() == Cell.Kind.NOT_VALUES, Collections.unmodifiableSet(values), 0,
                        0);
        }
    }

    /**
     * Returns a copy of a table that decides without its cache of decisions ({@link DecisionTable#withoutCache()}):
     * every {@code decide} reads the columns, matches the rows on the compiled index and resolves them (each
     * distinct set of matching rows is resolved once).
     *
     * @param table  the officer table, not null
     * @return the copy, not null
     */
    public static DecisionTable<Fault, Sanction> uncached(DecisionTable<Fault, Sanction> table) {
        return table.withoutCache();
    }
}
