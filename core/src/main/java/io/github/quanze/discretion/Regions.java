package io.github.quanze.discretion;

import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.Overriding;
import io.github.quanze.rule.Row;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableSpec;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inputs on which the rows of tiers fire (格次适用区域), over the columns of one or more item standards, such as
 * a lower one and the higher one it implements, so that the rows of both can be intersected.
 * <p>
 * Each column's values are grouped into the atoms the cells of every table tell apart; a row is a box of atoms, any
 * value in the columns it does not test. A column that two tables declare alike (both of whole numbers, or of the
 * same kind and values) is one dimension, over the values both admit; declared otherwise, each table's is its own.
 * Under {@link HitPolicy#FIRST} a row fires on its box less the boxes of the earlier rows no exception overrides;
 * under the other policies, on its box. The region is never smaller than where the row fires, so that an empty
 * intersection proves that two rows never apply together.
 */
final class Regions {

    /** One dimension: a column of one or several tables. */
    private static final class Dim {
        final boolean numeric;
        /** For whole numbers: the first value of each atom, ascending; the last atom ends at {@link #max}. */
        final long[] starts;
        final long max;
        /** For listed values: each value is an atom. */
        final List<Object> values;

        Dim(long[] starts, long max) {
            this.numeric = true;
            this.starts = starts;
            this.max = max;
            this.values = List.of();
        }

        Dim(List<Object> values) {
            this.numeric = false;
            this.starts = new long[0];
            this.max = 0;
            this.values = values;
        }

        int size() {
            return numeric ? starts.length : values.size();
        }

        BitSet atoms(Cell cell) {
            BitSet atoms = new BitSet();
            switch (cell.kind()) {
                case ANY -> atoms.set(0, size());
                case RANGE -> {
                    long low = cell.lowest().orElse(Long.MIN_VALUE);
                    long high = cell.highest().orElse(Long.MAX_VALUE);
                    for (int a = 0; a < starts.length; a++) {
                        if (starts[a] >= low && starts[a] <= high) {
                            atoms.set(a);
                        }
                    }
                }
                case VALUES, NOT_VALUES -> {
                    boolean listed = cell.kind() == Cell.Kind.VALUES;
                    for (int a = 0; a < values.size(); a++) {
                        if (cell.values().contains(values.get(a)) == listed) {
                            atoms.set(a);
                        }
                    }
                }
            }
            return atoms;
        }
    }

    private final List<TableSpec<Tier>> specs;
    /** Per table, the dimension of each of its columns, by name. */
    private final List<Map<String, Integer>> keys;
    private final Dim[] dims;

    private Regions(List<TableSpec<Tier>> specs) {
        this.specs = specs;
        Map<String, List<Column>> byName = new LinkedHashMap<>();
        for (TableSpec<Tier> spec : specs) {
            spec.columns().forEach(c -> byName.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(c));
        }
        Map<String, Integer> shared = new LinkedHashMap<>();
        List<Dim> built = new ArrayList<>();
        this.keys = new ArrayList<>();
        for (int s = 0; s < specs.size(); s++) {
            Map<String, Integer> own = new LinkedHashMap<>();
            for (Column column : specs.get(s).columns()) {
                List<Column> all = byName.get(column.name());
                boolean alike = all.stream().allMatch(c -> alike(c, column));
                Integer dim = alike ? shared.get(column.name()) : null;
                if (dim == null) {
                    List<Column> together = alike ? all : List.of(column);
                    List<TableSpec<Tier>> tables = alike ? specs : List.of(specs.get(s));
                    dim = built.size();
                    built.add(dim(column.name(), together, tables));
                    if (alike) {
                        shared.put(column.name(), dim);
                    }
                }
                own.put(column.name(), dim);
            }
            keys.add(own);
        }
        this.dims = built.toArray(new Dim[0]);
    }

    /**
     * Obtains the regions of the rows of some tables.
     *
     * @param specs  the tables, not null
     * @return the regions, not null
     */
    static Regions of(List<TableSpec<Tier>> specs) {
        return new Regions(List.copyOf(specs));
    }

    private static boolean alike(Column a, Column b) {
        return numeric(a) && numeric(b) || a.kind() == b.kind() && (numeric(a) || a.values().equals(b.values()));
    }

    private static boolean numeric(Column c) {
        return c.kind() == Column.Kind.INT || c.kind() == Column.Kind.LONG;
    }

    private static Dim dim(String name, List<Column> columns, List<TableSpec<Tier>> tables) {
        if (!numeric(columns.get(0))) {
            return new Dim(columns.get(0).values());
        }
        long min = columns.stream().mapToLong(Column::min).max().orElseThrow();
        long max = columns.stream().mapToLong(Column::max).min().orElseThrow();
        if (min > max) {
            return new Dim(new long[0], max);
        }
        TreeSet<Long> starts = new TreeSet<>();
        starts.add(min);
        for (TableSpec<Tier> table : tables) {
            for (Row<Tier> row : table.rows()) {
                Cell cell = row.cell(name);
                cell.lowest().ifPresent(low -> {
                    if (low > min && low <= max) {
                        starts.add(low);
                    }
                });
                cell.highest().ifPresent(high -> {
                    if (high >= min && high < max) {
                        starts.add(high + 1);
                    }
                });
            }
        }
        return new Dim(starts.stream().mapToLong(Long::longValue).toArray(), max);
    }

    /** The box of every input. */
    private BitSet[] all() {
        BitSet[] box = new BitSet[dims.length];
        for (int d = 0; d < dims.length; d++) {
            box[d] = new BitSet();
            box[d].set(0, dims[d].size());
        }
        return box;
    }

    /**
     * Returns the inputs whose value in a column of a table is one value, any value in the others: every input if
     * the table does not test the column.
     *
     * @param spec  the table's index among those given
     * @param column  the column's name
     * @param value  the value, of a column of listed values
     */
    BitSet[] where(int spec, String column, Object value) {
        BitSet[] box = all();
        Integer dim = keys.get(spec).get(column);
        if (dim != null) {
            box[dim] = dims[dim].atoms(Cell.is(value));
        }
        return box;
    }

    /**
     * Returns, for each row of a table, the inputs on which it may fire, as boxes.
     *
     * @param spec  the table's index among those given
     * @return the boxes of each row, in row order; none for a row that never fires
     */
    List<List<BitSet[]>> fired(int spec) {
        TableSpec<Tier> table = specs.get(spec);
        List<BitSet[]> boxes = new ArrayList<>();
        for (Row<Tier> row : table.rows()) {
            BitSet[] box = all();
            keys.get(spec).forEach((name, d) -> box[d] = dims[d].atoms(row.cell(name)));
            boxes.add(box);
        }
        Set<Integer> overridden = overridden(table);
        List<List<BitSet[]>> fired = new ArrayList<>();
        for (int j = 0; j < boxes.size(); j++) {
            List<BitSet[]> rest = new ArrayList<>();
            if (!isEmpty(boxes.get(j))) {
                rest.add(boxes.get(j));
            }
            for (int i = 0; i < j && !rest.isEmpty() && table.policy() == HitPolicy.FIRST; i++) {
                if (!overridden.contains(i)) {
                    List<BitSet[]> next = new ArrayList<>();
                    for (BitSet[] box : rest) {
                        next.addAll(subtract(box, boxes.get(i)));
                    }
                    rest = next;
                }
            }
            fired.add(rest);
        }
        return fired;
    }

    /** The rows some exception overrides: they may give way to a later row, so they cover no input for certain. */
    private static Set<Integer> overridden(TableSpec<Tier> table) {
        Set<Integer> overridden = new HashSet<>();
        List<Row<Tier>> rows = table.rows();
        Set<RuleId> everyOther = new HashSet<>();
        for (Overriding o : table.exceptions()) {
            if (o.everyOther()) {
                everyOther.add(o.rule());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Row<Tier> row = rows.get(r);
            boolean named = table.exceptions().stream().anyMatch(o -> o.overridden().contains(row.id()));
            if (named || !everyOther.isEmpty() && !everyOther.contains(row.id())) {
                overridden.add(r);
            }
        }
        return overridden;
    }

    /**
     * Checks whether two unions of boxes share an input.
     *
     * @param a  the first boxes, not null
     * @param b  the second boxes, not null
     * @return true if some box of each intersect
     */
    static boolean intersect(List<BitSet[]> a, List<BitSet[]> b) {
        for (BitSet[] x : a) {
            for (BitSet[] y : b) {
                if (intersect(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean intersect(BitSet[] a, BitSet[] b) {
        for (int d = 0; d < a.length; d++) {
            if (!a[d].intersects(b[d])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(BitSet[] box) {
        for (BitSet atoms : box) {
            if (atoms.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The inputs of {@code a} not in {@code b}, as disjoint boxes. */
    private static List<BitSet[]> subtract(BitSet[] a, BitSet[] b) {
        if (!intersect(a, b)) {
            return List.<BitSet[]>of(a);
        }
        List<BitSet[]> pieces = new ArrayList<>();
        BitSet[] rest = a.clone();
        for (int d = 0; d < a.length; d++) {
            BitSet outside = (BitSet) rest[d].clone();
            outside.andNot(b[d]);
            if (!outside.isEmpty()) {
                BitSet[] piece = rest.clone();
                piece[d] = outside;
                pieces.add(piece);
            }
            BitSet inside = (BitSet) rest[d].clone();
            inside.and(b[d]);
            rest[d] = inside;
        }
        return pieces;
    }
}
