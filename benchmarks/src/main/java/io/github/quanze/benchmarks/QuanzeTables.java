package io.github.quanze.benchmarks;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Fault;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.Row;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where the benchmarks read quanze's rule API beyond {@link DecisionTable#decide}: the national
 * officer table, its rows and cells as plain data for the peers generated from it ({@link DmnSanctionTable}), and a
 * copy of it that decides without its cache of decisions ({@link #uncached}). When the rule API moves, this class
 * is what changes.
 * <p>
 * The table's columns and cells are read from their public {@code toString} forms, which the Javadoc of
 * {@link Cell#toString()} and {@link Column#toString()} document ({@code -}, {@code GRAVE}, {@code {SERIOUS, GRAVE}},
 * {@code not {MINOR}}, {@code [3, 10]}; {@code gravity [MINOR, SERIOUS, GRAVE]}, {@code aggravating [false, true]},
 * {@code faultsThisYear [1, 10]}): quanze has no public accessor for a cell's values yet. Each cell read is written
 * back in the same form and compared with the original, so that a change of the format fails here rather than
 * giving a peer a different table. The exceptions between rows have no public accessor at all; the peers take them
 * from {@link EasyRulesSanctions#overriders()}, and the agreement checks catch any difference.
 */
public final class QuanzeTables {

    private static final Pattern COLUMN = Pattern.compile("(\\S+) \\[(.*)]");
    private static final Pattern RANGE = Pattern.compile("\\[(min|-?\\d+), (max|-?\\d+)]");

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
     * @throws IllegalStateException if a column or cell does not read back as quanze prints it
     */
    public static TableData data(DecisionTable<Fault, Sanction> table) {
        List<ColumnData> columns = new ArrayList<>();
        for (Column<Fault> column : table.columns()) {
            columns.add(column(column));
        }
        List<RowData> rows = new ArrayList<>();
        for (Row<Sanction> row : table.rows()) {
            List<CellData> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String printed = row.cells().get(c).toString();
                CellData cell = cell(printed, columns.get(c));
                if (!print(cell).equals(printed)) {
                    throw new IllegalStateException("Row " + row.id() + " column " + columns.get(c).name() + ": cell "
                            + printed + " reads back as " + print(cell));
                }
                cells.add(cell);
            }
            rows.add(new RowData(row.id().value(), List.copyOf(cells), row.output()));
        }
        return new TableData(List.copyOf(columns), List.copyOf(rows));
    }

    private static ColumnData column(Column<Fault> column) {
        Matcher m = COLUMN.matcher(column.toString());
        if (!m.matches() || !m.group(1).equals(column.name())) {
            throw new IllegalStateException("Column " + column.name() + " prints as " + column);
        }
        List<String> values = Arrays.asList(m.group(2).split(", "));
        if (values.equals(List.of("false", "true"))) {
            return new ColumnData(column.name(), Kind.BOOLEAN, values, 0, 1);
        }
        if (values.size() == 2 && values.stream().allMatch(v -> v.matches("-?\\d+"))) {
            return new ColumnData(column.name(), Kind.INT, List.of(), Integer.parseInt(values.get(0)),
                    Integer.parseInt(values.get(1)));
        }
        return new ColumnData(column.name(), Kind.ENUM, List.copyOf(values), 0, values.size() - 1);
    }

    private static CellData cell(String printed, ColumnData column) {
        if (printed.equals("-")) {
            return new CellData(true, false, Set.of(), 0, 0);
        }
        if (column.kind() == Kind.INT) {
            Matcher m = RANGE.matcher(printed);
            if (!m.matches()) {
                throw new IllegalStateException("Column " + column.name() + ": cell " + printed + " is not a range");
            }
            int low = m.group(1).equals("min") ? column.min() : Integer.parseInt(m.group(1));
            int high = m.group(2).equals("max") ? column.max() : Integer.parseInt(m.group(2));
            return new CellData(false, false, Set.of(), low, high);
        }
        boolean negated = printed.startsWith("not {");
        String list = negated ? printed.substring(4) : printed;
        Set<String> values = new LinkedHashSet<>(list.startsWith("{")
                ? Arrays.asList(list.substring(1, list.length() - 1).split(", ")) : List.of(list));
        if (!column.values().containsAll(values)) {
            throw new IllegalStateException("Column " + column.name() + ": cell " + printed + " names values not in "
                    + column.values());
        }
        return new CellData(false, negated, Collections.unmodifiableSet(values), 0, 0);
    }

    /** Prints a cell as {@link Cell#toString()} does, the values in the order they were read. */
    private static String print(CellData cell) {
        if (cell.any()) {
            return "-";
        }
        if (cell.range()) {
            return "[" + cell.low() + ", " + cell.high() + "]";
        }
        String set = cell.values().size() == 1 && !cell.negated() ? cell.values().iterator().next()
                : String.join(", ", cell.values()).transform(v -> "{" + v + "}");
        return cell.negated() ? "not " + set : set;
    }

    /**
     * Returns a copy of a table that decides without its cache of decisions: every {@code decide} reads the
     * columns and evaluates the rows on the compiled index, as a table with more combinations than its cache holds
     * does.
     * <p>
     * quanze has no switch for the cache yet (it is planned). Until then the copy gets the cache disabled the way
     * the table itself disables it: one more input column, a boolean that every row ignores, doubles the
     * combinations of the officer table (147,456) past the most a table caches (262,144). Adding a column drops the
     * table's reader of all columns at once, so the copy gets {@link #readOfficerColumns}, which reads them as the
     * table's own reader does. Decisions, rows fired and rows overridden are the table's. When the switch lands,
     * this method's body becomes one line (such as {@code return table.toBuilder().cached(false).build();}).
     *
     * @param table  the officer table, not null
     * @return the copy, not null
     */
    public static DecisionTable<Fault, Sanction> uncached(DecisionTable<Fault, Sanction> table) {
        DecisionTable.Builder<Fault, Sanction> b = table.toBuilder();
        b.input(Column.ofBoolean("uncached", f -> Boolean.FALSE));
        for (Row<Sanction> row : table.rows()) {
            List<Cell> cells = new ArrayList<>(row.cells());
            cells.add(Cell.any());
            b.replace(new Row<>(row.ref(), cells, row.output()));
        }
        b.reader(QuanzeTables::readOfficerColumns);
        return b.build();
    }

    /**
     * Reads the thirteen columns of the officer table as the table's own reader does ({@link FaultFacts} reads the
     * same), and the copy's column that disables the cache (always 0, false).
     */
    private static void readOfficerColumns(Fault f, int[] values) {
        values[0] = f.gravity().ordinal();
        values[1] = f.responsibility().ordinal();
        values[2] = f.form().ordinal();
        values[3] = f.has(Circumstance.Effect.AGGRAVATE) ? 1 : 0;
        values[4] = f.faultsThisYear();
        values[5] = f.mitigated() ? 1 : 0;
        values[6] = f.reduced() ? 1 : 0;
        values[7] = f.suspectedCrime() ? 1 : 0;
        values[8] = f.has(Circumstance.MINOR_AND_CORRECTED) ? 1 : 0;
        values[9] = f.has(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING) && !f.orderManifestlyUnlawful() ? 1 : 0;
        values[10] = f.dulyPerformed() ? 1 : 0;
        values[11] = LadderTiers.of(f);
        values[12] = ReferralFailure.of(f).ordinal();
        values[13] = 0;
    }
}
