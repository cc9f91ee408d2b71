package io.github.quanze.benchmarks;

import io.github.quanze.benchmarks.QuanzeTables.CellData;
import io.github.quanze.benchmarks.QuanzeTables.ColumnData;
import io.github.quanze.benchmarks.QuanzeTables.Kind;
import io.github.quanze.benchmarks.QuanzeTables.RowData;
import io.github.quanze.benchmarks.QuanzeTables.TableData;
import io.github.quanze.sanction.SanctionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The national officer table as a DMN 1.3 decision table (XML), generated from quanze's own table
 * ({@link QuanzeTables#data}), so that it is the same table by construction: the same thirteen inputs, named as
 * quanze's columns, and for each of quanze's rows the same conditions and measures. Hit policy COLLECT; the
 * output {@code measures} is the list of the row's {@link SanctionKind} names, combined in Java as
 * {@link io.github.quanze.sanction.Sanction#combine} does ({@link SanctionCollector}), as the DRL peer does.
 * <p>
 * DMN has no exceptions between rules. They are folded into the rules as a DMN modeller would, and as the DRL peer
 * does by hand: a row's rule matches only where none of the rows that override it (directly or through other
 * exceptions, {@link EasyRulesSanctions#overriders()}) matches. Each overriding row is subtracted from the row's
 * conditions as a box of per-column value sets; where the remainder is not one box, the row becomes several DMN
 * rules with disjoint conditions, each carrying the row's id as its description. On the 2020 table every row stays
 * one rule: the overriding rows each add one column to the row's conditions, once the rows tried before are
 * subtracted ({@link #rules()} gives the count, and the test checks it).
 * <p>
 * Input entries are plain unary tests: {@code -}, {@code "GRAVE"}, {@code "MINOR","SERIOUS"},
 * {@code not("NONE")}, {@code true}, {@code >= 3}, {@code [1..2]}. Enum values are passed as their names (strings),
 * integers as numbers, booleans as booleans.
 */
public final class DmnSanctionTable {

    /** The model's namespace. */
    public static final String NAMESPACE = "https://github.com/quanze/quanze/benchmarks/sanctions";
    /** The model's name. */
    public static final String MODEL = "officer-sanctions-2020";
    /** The decision's name, whose result is the list of the fired rules' measures. */
    public static final String DECISION = "sanction";

    private final TableData table;
    private final List<ColumnData> columns;
    /** For each integer column, the first value of each range of values no cell splits; null for the others. */
    private final int[][] starts;
    /** The DMN rules, in order: a row's id and its conditions as value masks, one per column. */
    private final List<Rule> rules = new ArrayList<>();

    /** A DMN rule: the row it stands for and a box of values, one mask of value indexes per column. */
    private record Rule(RowData row, long[] box) {}

    private DmnSanctionTable(TableData table, Map<String, Set<String>> overriders) {
        this.table = table;
        this.columns = table.columns();
        this.starts = new int[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == Kind.INT) {
                Set<Integer> bounds = new TreeSet<>(List.of(columns.get(c).min()));
                for (RowData row : table.rows()) {
                    CellData cell = row.cells().get(c);
                    if (cell.range()) {
                        bounds.add(cell.low());
                        if (cell.high() < columns.get(c).max()) {
                            bounds.add(cell.high() + 1);
                        }
                    }
                }
                starts[c] = bounds.stream().mapToInt(Integer::intValue).toArray();
            }
            if (atoms(c) > 63) {
                throw new IllegalStateException("Column " + columns.get(c).name() + " has more than 63 values");
            }
        }
        Set<String> ids = table.rows().stream().map(RowData::id).collect(Collectors.toSet());
        if (!ids.equals(overriders.keySet())) {
            throw new IllegalStateException("The exceptions name rows " + overriders.keySet() + " but the table has "
                    + ids);
        }
        Map<String, long[]> own = new HashMap<>();
        for (RowData row : table.rows()) {
            own.put(row.id(), box(row));
        }
        for (RowData row : table.rows()) {
            List<long[]> exceptions = overriders.get(row.id()).stream().map(own::get).toList();
            for (long[] box : fold(own.get(row.id()), exceptions)) {
                rules.add(new Rule(row, box));
            }
        }
    }

    /**
     * Generates the DMN table of quanze's national officer table of the 2020 edition.
     *
     * @return the table, not null
     * @throws IllegalStateException if the table cannot be read or its exceptions name other rows
     */
    public static DmnSanctionTable create() {
        return new DmnSanctionTable(QuanzeTables.data(QuanzeTables.officerTable()), EasyRulesSanctions.overriders());
    }

    /**
     * Returns the number of DMN rules: one per row of quanze's table unless an exception splits a row.
     *
     * @return the number of rules
     */
    public int rules() {
        return rules.size();
    }

    /**
     * Returns the row of quanze's table each DMN rule stands for, in rule order.
     *
     * @return the row ids, one per DMN rule, not null
     */
    public List<String> ruleRows() {
        return rules.stream().map(r -> r.row().id()).toList();
    }

    /**
     * Returns the input columns' names, in order: the DMN inputs.
     *
     * @return the names, not null
     */
    public List<String> inputs() {
        return columns.stream().map(ColumnData::name).toList();
    }

    /**
     * Returns the input columns.
     *
     * @return the columns, in order, not null
     */
    List<ColumnData> columns() {
        return columns;
    }

    /**
     * Returns the number of rows of quanze's table.
     *
     * @return the number of rows
     */
    public int rows() {
        return table.rows().size();
    }

    private int atoms(int c) {
        return starts[c] != null ? starts[c].length : columns.get(c).values().size();
    }

    private long full(int c) {
        return (1L << atoms(c)) - 1;
    }

    /** The value indexes a cell matches in column {@code c}, as a mask. */
    private long mask(int c, CellData cell) {
        ColumnData column = columns.get(c);
        if (cell.any()) {
            return full(c);
        }
        long mask = 0;
        if (cell.range()) {
            for (int a = 0; a < starts[c].length; a++) {
                if (starts[c][a] >= cell.low() && starts[c][a] <= cell.high()) {
                    mask |= 1L << a;
                }
            }
            return mask;
        }
        for (String value : cell.values()) {
            mask |= 1L << column.values().indexOf(value);
        }
        return cell.negated() ? full(c) & ~mask : mask;
    }

    private long[] box(RowData row) {
        long[] box = new long[columns.size()];
        for (int c = 0; c < box.length; c++) {
            box[c] = mask(c, row.cells().get(c));
        }
        return box;
    }

    /**
     * A row's conditions less those of every row that overrides it, as few disjoint boxes as the greedy order
     * gives: at each step the overriding row that splits the remainder least.
     */
    private static List<long[]> fold(long[] own, List<long[]> exceptions) {
        List<long[]> boxes = List.of(own);
        List<long[]> pending = new ArrayList<>(exceptions);
        while (!pending.isEmpty() && !boxes.isEmpty()) {
            int best = -1;
            List<long[]> fewest = null;
            for (int i = 0; i < pending.size(); i++) {
                List<long[]> left = new ArrayList<>();
                for (long[] box : boxes) {
                    left.addAll(subtract(box, pending.get(i)));
                }
                if (fewest == null || left.size() < fewest.size()) {
                    best = i;
                    fewest = left;
                }
            }
            pending.remove(best);
            boxes = merge(fewest);
        }
        return boxes;
    }

    /** The part of {@code box} outside {@code exception}, as disjoint boxes. */
    private static List<long[]> subtract(long[] box, long[] exception) {
        for (int c = 0; c < box.length; c++) {
            if ((box[c] & exception[c]) == 0) {
                return List.of(box);
            }
        }
        List<long[]> left = new ArrayList<>();
        long[] inside = box.clone();
        for (int c = 0; c < box.length; c++) {
            long outside = inside[c] & ~exception[c];
            if (outside != 0) {
                long[] piece = inside.clone();
                piece[c] = outside;
                left.add(piece);
                inside[c] &= exception[c];
            }
        }
        return left;
    }

    /** Joins disjoint boxes that differ in one column only. */
    private static List<long[]> merge(List<long[]> boxes) {
        List<long[]> merged = new ArrayList<>(boxes);
        for (boolean again = true; again; ) {
            again = false;
            search:
            for (int i = 0; i < merged.size(); i++) {
                for (int j = i + 1; j < merged.size(); j++) {
                    int differ = -1;
                    int count = 0;
                    for (int c = 0; c < merged.get(i).length; c++) {
                        if (merged.get(i)[c] != merged.get(j)[c]) {
                            differ = c;
                            count++;
                        }
                    }
                    if (count <= 1) {
                        long[] union = merged.get(i).clone();
                        if (differ >= 0) {
                            union[differ] |= merged.get(j)[differ];
                        }
                        merged.set(i, union);
                        merged.remove(j);
                        again = true;
                        break search;
                    }
                }
            }
        }
        return merged;
    }

    /**
     * Returns the DMN 1.3 XML of the table.
     *
     * @return the XML, not null
     */
    public String xml() {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"_officer_sanctions\"")
                .append(" name=\"").append(MODEL).append("\" namespace=\"").append(NAMESPACE).append("\">\n");
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c).name();
            x.append("  <inputData id=\"_input_").append(c).append("\" name=\"").append(name).append("\">\n")
                    .append("    <variable id=\"_input_var_").append(c).append("\" name=\"").append(name)
                    .append("\" typeRef=\"").append(type(c)).append("\"/>\n")
                    .append("  </inputData>\n");
        }
        x.append("  <decision id=\"_decision\" name=\"").append(DECISION).append("\">\n")
                .append("    <variable id=\"_decision_var\" name=\"").append(DECISION).append("\"/>\n");
        for (int c = 0; c < columns.size(); c++) {
            x.append("    <informationRequirement id=\"_requirement_").append(c).append("\">")
                    .append("<requiredInput href=\"#_input_").append(c).append("\"/></informationRequirement>\n");
        }
        x.append("    <decisionTable id=\"_table\" hitPolicy=\"COLLECT\" outputLabel=\"").append(DECISION)
                .append("\">\n");
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c).name();
            x.append("      <input id=\"_column_").append(c).append("\" label=\"").append(name).append("\">")
                    .append("<inputExpression id=\"_column_expr_").append(c).append("\" typeRef=\"").append(type(c))
                    .append("\"><text>").append(name).append("</text></inputExpression></input>\n");
        }
        x.append("      <output id=\"_output\" name=\"measures\"/>\n");
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            x.append("      <rule id=\"_rule_").append(r).append("\">\n")
                    .append("        <description>").append(escape(rule.row().id())).append("</description>\n");
            for (int c = 0; c < columns.size(); c++) {
                x.append("        <inputEntry id=\"_rule_").append(r).append('_').append(c).append("\"><text>")
                        .append(escape(entry(c, rule.box()[c]))).append("</text></inputEntry>\n");
            }
            String measures = rule.row().output().kinds().stream().map(k -> "\"" + k.name() + "\"")
                    .collect(Collectors.joining(", ", "[", "]"));
            x.append("        <outputEntry id=\"_rule_").append(r).append("_out\"><text>").append(escape(measures))
                    .append("</text></outputEntry>\n")
                    .append("      </rule>\n");
        }
        x.append("    </decisionTable>\n  </decision>\n</definitions>\n");
        return x.toString();
    }

    private String type(int c) {
        switch (columns.get(c).kind()) {
            case BOOLEAN:
                return "boolean";
            case INT:
                return "number";
            default:
                return "string";
        }
    }

    /** The unary test of a mask of value indexes in column {@code c}. */
    String entry(int c, long mask) {
        if (mask == full(c)) {
            return "-";
        }
        ColumnData column = columns.get(c);
        switch (column.kind()) {
            case BOOLEAN:
                return mask == 2 ? "true" : "false";
            case ENUM: {
                List<String> in = new ArrayList<>();
                List<String> out = new ArrayList<>();
                for (int a = 0; a < atoms(c); a++) {
                    ((mask & 1L << a) != 0 ? in : out).add("\"" + column.values().get(a) + "\"");
                }
                return in.size() <= out.size() ? String.join(",", in) : "not(" + String.join(",", out) + ")";
            }
            default: {
                List<String> ranges = new ArrayList<>();
                for (int a = 0; a < atoms(c); a++) {
                    if ((mask & 1L << a) == 0) {
                        continue;
                    }
                    int b = a;
                    while (b + 1 < atoms(c) && (mask & 1L << (b + 1)) != 0) {
                        b++;
                    }
                    int low = starts[c][a];
                    int high = b + 1 < atoms(c) ? starts[c][b + 1] - 1 : column.max();
                    ranges.add(low == high ? String.valueOf(low) : high == column.max() ? ">= " + low
                            : low == column.min() ? "<= " + high : "[" + low + ".." + high + "]");
                    a = b;
                }
                return String.join(",", ranges);
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The names of the rows that stand for more than one DMN rule. */
    Set<String> splitRows() {
        Set<String> seen = new HashSet<>();
        Set<String> split = new TreeSet<>();
        for (Rule rule : rules) {
            if (!seen.add(rule.row().id())) {
                split.add(rule.row().id());
            }
        }
        return split;
    }
}
