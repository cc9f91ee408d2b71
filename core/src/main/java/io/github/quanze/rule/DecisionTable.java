package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A decision table (决策表): typed input columns, rows of cells with an outcome each, a hit policy, and exceptions
 * between rows.
 * <p>
 * A table is how a measure such as "一般过错，直接责任人给予书面检查；严重过错…" becomes data an agency can read, verify
 * and replace row by row. When built, the table compiles to an index: for every column, a bitset of the rows each
 * possible value matches, so that deciding is a few AND operations whatever the number of rows. Where the columns
 * distinguish at most {@value #MEMO_LIMIT} combinations of values, the table also keeps each decision it makes, an
 * immutable value, and answers the same combination again with a single lookup.
 * {@link #decideByScan} evaluates the same table row by row, as a reference; the two always agree.
 * {@link #verify()} finds, without running any case, the input combinations no row covers, rows that overlap under
 * {@link HitPolicy#UNIQUE}, rows shadowed under {@link HitPolicy#FIRST}, rows that match no input at all, and
 * pairs where a graver input gets a lighter outcome (过罚相当).
 * <p>
 * This class is immutable and thread-safe if its column readers and outcomes are.
 *
 * @param <F>  the type of the facts
 * @param <O>  the type of the outcome
 */
public final class DecisionTable<F, O> implements Decider<F, O> {

    private final List<Column<F>> columns;
    /** The columns as an array, for the hot path. */
    private final Column<F>[] inputs;
    private final List<Row<O>> rows;
    private final List<RuleId[]> exceptions;
    private final Resolver<O> resolver;
    private final List<RuleId[]> declaredExceptions;
    private final Set<RuleId> toAll;
    private final Aggregation<O> aggregation;
    private final Comparator<? super O> order;
    private final Function<? super O, BilingualText> describer;
    /** For each integer column, the first value of each of its value ranges; null for enum and boolean columns. */
    private final int[][] starts;
    /** [column][value index][word]: the rows whose cell in that column matches that value. */
    private final long[][][] masks;
    private final int words;
    /** The number of value indexes of each column. */
    private final int[] radix;
    /**
     * Every decision the table can make, one per combination of value indexes, filled on first use; null when
     * there are more than {@value #MEMO_LIMIT} combinations.
     */
    private final AtomicReferenceArray<Decision<O>> memo;
    /** Reads all columns in one call, or null to call each column's reader. */
    private final FactsReader<? super F> reader;
    /** The least and greatest value a reader may write for each column. */
    private final int[] lowest;
    private final int[] highest;

    /**
     * The most input combinations whose decisions the table keeps: 262,144, a table of about 1 MB of references at
     * most, enough for the national officer table's 147,456 combinations.
     */
    static final int MEMO_LIMIT = 1 << 18;

    private DecisionTable(Builder<F, O> b) {
        checkArgument(!b.columns.isEmpty(), "Table %s must have at least one input column", Texts.quoted(b.name));
        Set<String> names = new HashSet<>();
        for (Column<F> column : b.columns) {
            checkArgument(names.add(column.name()), "Table %s has two columns named %s", Texts.quoted(b.name),
                    Texts.quoted(column.name()));
        }
        this.columns = ImmutableList.copyOf(b.columns);
        @SuppressWarnings("unchecked")
        Column<F>[] array = columns.toArray(new Column[0]);
        this.inputs = array;
        List<Row<O>> checked = new ArrayList<>();
        for (Row<O> row : b.rows) {
            checkArgument(row.cells().size() == columns.size(), "Table %s row '%s' has %s cells but the table has "
                    + "%s columns", Texts.quoted(b.name), row.id(), row.cells().size(), columns.size());
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Column<F> column = columns.get(c);
                column.validate(row.cells().get(c), b.name, row.id());
                cells.add(row.cells().get(c).clamp(column.min(), column.max()));
            }
            checked.add(new Row<>(row.ref(), cells, row.output()));
        }
        this.rows = ImmutableList.copyOf(checked);
        List<RuleId[]> declared = new ArrayList<>(b.exceptions);
        for (RuleId exception : b.toAll) {
            rows.stream().map(Row::id).filter(id -> !b.toAll.contains(id))
                    .forEach(id -> declared.add(new RuleId[] {exception, id}));
        }
        this.exceptions = ImmutableList.copyOf(declared);
        this.resolver = Resolver.create(b.name, rows.stream().map(Row::ref).collect(ImmutableList.toImmutableList()),
                exceptions, b.policy, b.aggregation, b.order, b.describer);
        this.declaredExceptions = ImmutableList.copyOf(b.exceptions);
        this.toAll = ImmutableSet.copyOf(b.toAll);
        this.aggregation = b.aggregation;
        this.order = b.order;
        this.describer = b.describer;
        this.words = Math.max(1, (rows.size() + 63) >>> 6);
        this.starts = new int[columns.size()][];
        this.masks = new long[columns.size()][][];
        for (int c = 0; c < columns.size(); c++) {
            compile(c);
        }
        this.radix = new int[columns.size()];
        long points = 1;
        for (int c = 0; c < radix.length; c++) {
            radix[c] = atomCount(c);
            points *= radix[c];
            points = Math.min(points, MEMO_LIMIT + 1L);
        }
        this.memo = points <= MEMO_LIMIT ? new AtomicReferenceArray<>((int) points) : null;
        this.reader = b.reader;
        this.lowest = new int[inputs.length];
        this.highest = new int[inputs.length];
        for (int c = 0; c < inputs.length; c++) {
            boolean integer = inputs[c].kind() == Column.Kind.INT;
            lowest[c] = integer ? inputs[c].min() : 0;
            highest[c] = integer ? inputs[c].max() : inputs[c].valueCount() - 1;
        }
    }

    private void compile(int c) {
        Column<F> column = columns.get(c);
        if (column.kind() == Column.Kind.INT) {
            Set<Integer> bounds = new TreeSet<>(List.of(column.min()));
            for (Row<O> row : rows) {
                Cell cell = row.cells().get(c);
                if (cell.kind() == Cell.Kind.RANGE) {
                    bounds.add(cell.low());
                    if (cell.high() < column.max()) {
                        bounds.add(cell.high() + 1);
                    }
                }
            }
            starts[c] = bounds.stream().mapToInt(Integer::intValue).toArray();
        }
        int atoms = atomCount(c);
        masks[c] = new long[atoms][words];
        for (int a = 0; a < atoms; a++) {
            Object value = column.kind() == Column.Kind.INT ? (Object) starts[c][a] : column.valueAt(a);
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).cells().get(c).matches(value)) {
                    masks[c][a][r >>> 6] |= 1L << r;
                }
            }
        }
    }

    /**
     * Obtains a builder.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     * @param name  the table's name, such as 执法人员过错处理表, not blank
     * @param policy  how the outcomes of several matching rows combine, not null
     * @return a new builder, not null
     */
    public static <F, O> Builder<F, O> builder(String name, HitPolicy policy) {
        return new Builder<>(name, policy);
    }

    /**
     * Returns a builder holding this table, to replace, remove or add rows without touching the original.
     *
     * @return a new builder, not null
     */
    public Builder<F, O> toBuilder() {
        Builder<F, O> b = new Builder<>(resolver.name(), resolver.policy());
        b.columns.addAll(columns);
        b.rows.addAll(rows);
        declaredExceptions.forEach(pair -> b.exceptions.add(pair.clone()));
        b.toAll.addAll(toAll);
        b.aggregation = aggregation;
        b.order = order;
        b.describer = describer;
        b.reader = reader;
        return b;
    }

    @Override
    public String name() {
        return resolver.name();
    }

    /**
     * Returns the hit policy.
     *
     * @return the hit policy, not null
     */
    public HitPolicy policy() {
        return resolver.policy();
    }

    /**
     * Returns the input columns, in order.
     *
     * @return the columns, not null
     */
    public List<Column<F>> columns() {
        return columns;
    }

    /**
     * Returns the rows, in order.
     *
     * @return the rows, not null
     */
    public List<Row<O>> rows() {
        return rows;
    }

    /**
     * Decides on facts with the compiled index.
     *
     * @param facts  the facts, not null
     * @return the decision, with an empty outcome if no row matches, not null
     * @throws IllegalArgumentException if a column reads null or a value outside its range
     * @throws IllegalStateException if several rows apply under {@link HitPolicy#UNIQUE}
     */
    @Override
    public Decision<O> decide(F facts) {
        Objects.requireNonNull(facts, "facts");
        if (memo == null) {
            return decideAt(atoms(facts));
        }
        int point = 0;
        if (reader == null) {
            String name = resolver.name();
            for (int c = 0; c < radix.length; c++) {
                point = point * radix[c] + atomOf(c, inputs[c].read(facts, name));
            }
        } else {
            int[] values = new int[radix.length];
            reader.read(facts, values);
            for (int c = 0; c < radix.length; c++) {
                point = point * radix[c] + readAtom(c, values[c]);
            }
        }
        Decision<O> decision = memo.get(point);
        if (decision == null) {
            int[] atoms = new int[radix.length];
            for (int c = radix.length - 1, p = point; c >= 0; c--) {
                atoms[c] = p % radix[c];
                p /= radix[c];
            }
            decision = decideAt(atoms);
            // decisions are values: two threads racing here store equal ones
            memo.lazySet(point, decision);
        }
        return decision;
    }

    /** Reads the facts into one value index per column, with the table's reader if it has one. */
    private int[] atoms(F facts) {
        int[] atoms = new int[inputs.length];
        if (reader == null) {
            String name = resolver.name();
            for (int c = 0; c < atoms.length; c++) {
                atoms[c] = atomOf(c, inputs[c].read(facts, name));
            }
            return atoms;
        }
        reader.read(facts, atoms);
        for (int c = 0; c < atoms.length; c++) {
            atoms[c] = readAtom(c, atoms[c]);
        }
        return atoms;
    }

    /** Checks a value a reader wrote and returns its value index. */
    private int readAtom(int c, int value) {
        if (value < lowest[c] || value > highest[c]) {
            throw new IllegalArgumentException(String.format("Table %s column %s: the facts reader wrote %s, "
                    + "which is not a value of the column [%s, %s]", Texts.quoted(resolver.name()),
                    Texts.quoted(inputs[c].name()), value,
                    lowest[c], highest[c]));
        }
        return starts[c] == null ? value : atomOf(c, value);
    }

    /** Decides at a point given as one value index per column. */
    Decision<O> decideAt(int[] atoms) {
        long[] match = masks[0][atoms[0]].clone();
        for (int c = 1; c < atoms.length; c++) {
            long[] mask = masks[c][atoms[c]];
            for (int w = 0; w < words; w++) {
                match[w] &= mask[w];
            }
        }
        int[] applicable = new int[rows.size()];
        int count = 0;
        for (int w = 0; w < words; w++) {
            long bits = match[w];
            while (bits != 0) {
                applicable[count++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
        return resolver.resolve(applicable, count, r -> rows.get(r).output());
    }

    /**
     * Decides on facts by testing every row in turn, without the index: the reference the compiled
     * {@link #decide} is checked against.
     *
     * @param facts  the facts, not null
     * @return the decision, equal to {@code decide(facts)}, not null
     * @throws IllegalArgumentException if a column reads null or a value outside its range
     * @throws IllegalStateException if several rows apply under {@link HitPolicy#UNIQUE}
     */
    public Decision<O> decideByScan(F facts) {
        Objects.requireNonNull(facts, "facts");
        Object[] values = new Object[columns.size()];
        for (int c = 0; c < values.length; c++) {
            Column<F> column = columns.get(c);
            int read = column.read(facts, name());
            values[c] = column.kind() == Column.Kind.INT ? (Object) read : column.valueAt(read);
        }
        int[] applicable = new int[rows.size()];
        int count = 0;
        for (int r = 0; r < rows.size(); r++) {
            boolean all = true;
            for (int c = 0; c < values.length && all; c++) {
                all = rows.get(r).cells().get(c).matches(values[c]);
            }
            if (all) {
                applicable[count++] = r;
            }
        }
        return resolver.resolve(applicable, count, r -> rows.get(r).output());
    }

    /**
     * Verifies the table statically: gaps, overlaps under UNIQUE, shadowed rows under FIRST, rows that match no
     * input, and, if the table has an order on outcomes and ordered columns, every step to a graver input that gives
     * a lighter outcome.
     *
     * @return the verification, not null
     * @throws IllegalStateException if the proportionality check would need more than a million input points
     */
    public TableVerification<O> verify() {
        return new TableVerifier<>(this).verify();
    }

    int atomCount(int column) {
        return starts[column] != null ? starts[column].length : columns.get(column).valueCount();
    }

    /** Returns the value index of a value read from the facts. */
    int atomOf(int column, int value) {
        if (starts[column] == null) {
            return value;
        }
        int index = Arrays.binarySearch(starts[column], value);
        return index >= 0 ? index : -index - 2;
    }

    /** Returns the integer values of a value index: [first, last]. */
    int[] rangeOf(int column, int atom) {
        int[] s = starts[column];
        return new int[] {s[atom], atom + 1 < s.length ? s[atom + 1] - 1 : columns.get(column).max()};
    }

    boolean rowMatchesAtom(int row, int column, int atom) {
        return (masks[column][atom][row >>> 6] & 1L << row) != 0;
    }

    Resolver<O> resolver() {
        return resolver;
    }

    @Override
    public String toString() {
        return "DecisionTable{" + name() + ", " + columns.size() + " columns, " + rows.size() + " rows, "
                + policy() + "}";
    }

    /**
     * Builds a {@link DecisionTable}. A builder is not thread-safe; the table it builds is.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     */
    public static final class Builder<F, O> {
        private final String name;
        private final HitPolicy policy;
        private final List<Column<F>> columns = new ArrayList<>();
        private final List<Row<O>> rows = new ArrayList<>();
        private final List<RuleId[]> exceptions = new ArrayList<>();
        private final Set<RuleId> toAll = new LinkedHashSet<>();
        private Aggregation<O> aggregation;
        private Comparator<? super O> order;
        private Function<? super O, BilingualText> describer;
        private FactsReader<? super F> reader;

        private Builder(String name, HitPolicy policy) {
            this.name = name;
            this.policy = policy;
        }

        /**
         * Adds input columns, after those already added.
         *
         * @param added  the columns, not null
         * @return this builder, not null
         */
        @SafeVarargs
        public final Builder<F, O> input(Column<F>... added) {
            for (Column<F> column : added) {
                columns.add(Objects.requireNonNull(column, "column"));
            }
            reader = null;
            return this;
        }

        /**
         * Reads all input columns in one call instead of calling each column's reader; see {@link FactsReader}.
         * Set it after the last input column: adding a column drops it.
         *
         * @param reader  the reader, which writes exactly what the columns' readers give, not null
         * @return this builder, not null
         */
        public Builder<F, O> reader(FactsReader<? super F> reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * Adds a row after those already added.
         *
         * @param ref  the row's id, title and legal basis, not null
         * @param output  the outcome when the row matches, not null
         * @param cells  one condition per input column, in column order, not null
         * @return this builder, not null
         */
        public Builder<F, O> row(RuleRef ref, O output, Cell... cells) {
            rows.add(new Row<>(ref, List.of(cells), output));
            return this;
        }

        /**
         * Adds a row after those already added.
         *
         * @param id  the row's stable id, not null
         * @param title  what the row says, not null
         * @param basis  the provisions it rests on, not null
         * @param output  the outcome when the row matches, not null
         * @param cells  one condition per input column, in column order, not null
         * @return this builder, not null
         */
        public Builder<F, O> row(String id, BilingualText title, LegalBasis basis, O output, Cell... cells) {
            return row(RuleRef.of(id, title, basis), output, cells);
        }

        /**
         * Replaces the row with the same id, keeping its place: how an agency substitutes its own rule for a
         * shipped one.
         *
         * @param row  the new row, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if no row has that id
         */
        public Builder<F, O> replace(Row<O> row) {
            Objects.requireNonNull(row, "row");
            rows.set(indexOf(row.id()), row);
            return this;
        }

        /**
         * Removes the row with an id, and the exceptions that name it.
         *
         * @param id  the row's id, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if no row has that id
         */
        public Builder<F, O> remove(RuleId id) {
            rows.remove(indexOf(id));
            exceptions.removeIf(pair -> pair[0].equals(id) || pair[1].equals(id));
            toAll.remove(id);
            return this;
        }

        /**
         * Puts the rows in a new order, keeping the exceptions: for {@link HitPolicy#FIRST} tables, where order
         * decides.
         *
         * @param order  the ids of every row, each once, in the new order, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the ids are not exactly the rows' ids
         */
        public Builder<F, O> reorder(List<RuleId> order) {
            checkArgument(order.size() == rows.size() && new HashSet<>(order).size() == order.size(),
                    "Table %s: the new order must name each of its %s rows once, but named %s", Texts.quoted(name),
                    rows.size(), Texts.quoted(order));
            List<Row<O>> reordered = new ArrayList<>();
            for (RuleId id : order) {
                reordered.add(rows.get(indexOf(id)));
            }
            rows.clear();
            rows.addAll(reordered);
            return this;
        }

        /**
         * Declares row {@code exception} an exception to row {@code base}: when both match, only the exception
         * does.
         *
         * @param exception  the exception's id, not null
         * @param base  the id of the row it replaces, not null
         * @return this builder, not null
         */
        public Builder<F, O> exception(RuleId exception, RuleId base) {
            exceptions.add(new RuleId[] {Objects.requireNonNull(exception, "exception"),
                    Objects.requireNonNull(base, "base")});
            return this;
        }

        /**
         * Declares row {@code exception} an exception to every other row, such as an exemption that clears any
         * sanction. Rows declared so are not exceptions to each other.
         *
         * @param exception  the exception's id, not null
         * @return this builder, not null
         */
        public Builder<F, O> exceptionToAll(RuleId exception) {
            toAll.add(Objects.requireNonNull(exception, "exception"));
            return this;
        }

        /**
         * Sets how outcomes combine under {@link HitPolicy#COLLECT}.
         *
         * @param aggregation  the aggregation, not null
         * @return this builder, not null
         */
        public Builder<F, O> aggregation(Aggregation<O> aggregation) {
            this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
            return this;
        }

        /**
         * Sets the order on outcomes, heavier is greater: used by {@link HitPolicy#PRIORITY}, by the
         * proportionality check and by rule books.
         *
         * @param order  the order, not null
         * @return this builder, not null
         */
        public Builder<F, O> order(Comparator<? super O> order) {
            this.order = Objects.requireNonNull(order, "order");
            return this;
        }

        /**
         * Sets how an outcome reads in Chinese and English, for {@link Decision#explain()}.
         *
         * @param describer  the description of an outcome, not null
         * @return this builder, not null
         */
        public Builder<F, O> describer(Function<? super O, BilingualText> describer) {
            this.describer = Objects.requireNonNull(describer, "describer");
            return this;
        }

        /**
         * Builds and compiles the table.
         *
         * @return the table, not null
         * @throws IllegalArgumentException if the table has no column, two columns share a name, a row has the
         *         wrong number of cells or a cell a value its column cannot hold, two rows share an id, an
         *         exception names an unknown row or closes a cycle, or the hit policy lacks its order or aggregation
         */
        public DecisionTable<F, O> build() {
            return new DecisionTable<>(this);
        }

        private int indexOf(RuleId id) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(id)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(String.format("Table %s has no row '%s'", Texts.quoted(name), id));
        }
    }
}
