package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The specification of a decision table (决策表规格), as data: named, typed columns with their orders; rows with an
 * id, a title, a citation, a cell for each column they test and an outcome; a hit policy with the order and
 * aggregation it needs; exceptions between rows.
 * <p>
 * A specification is how a measure such as "一般过错，直接责任人给予书面检查；严重过错…" becomes data an agency can
 * read, compare ({@link #equals}), print ({@link #render()}), store and replace row by row. It decides nothing by
 * itself: {@link #compile} binds its columns by name to the facts through a {@link FactSchema} and builds the
 * index of a {@link DecisionTable}. Rows are written with named cells:
 * <pre>{@code
 * TableSpec<Sanction> spec = TableSpec.<Sanction>builder("执法人员过错责任追究表", HitPolicy.COLLECT)
 *         .columns(GRAVITY, RESPONSIBILITY, FORM)
 *         .aggregation(Sanction::combine).order(Sanction.HEAVIER)
 *         .row("OFFICER.SERIOUS.DIRECT").title(title).basis(basis)
 *                 .when("gravity", is(SERIOUS)).when("form", anyOf(ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE))
 *                 .then(warning).overrides("OFFICER.MINOR.DIRECT")
 *         .build();
 * }</pre>
 * Building checks everything that can be checked without facts, and names table, row, column and value: a cell for
 * an unknown column or one its column cannot hold, a range outside its column, two rows with one id, an exception
 * naming an unknown row or closing a cycle, a missing title, citation or outcome, a setting made twice, a hit
 * policy without the order or aggregation it needs.
 * <p>
 * Two specifications are equal when their name, hit policy, columns, rows, exceptions, order and aggregation are
 * equal; the wording, which decides nothing, is not compared. This class is immutable and thread-safe if its
 * outcomes, order and aggregation are.
 *
 * @param <O>  the type of the outcome
 */
public final class TableSpec<O> {

    private final String name;
    private final HitPolicy policy;
    private final List<Column> columns;
    private final List<Row<O>> rows;
    private final List<Overriding> exceptions;
    private final DeciderSettings<O> settings;
    /** For each row, the rows it overrides directly or through other exceptions; null if none. */
    private final long[][] closure;

    private TableSpec(Builder<O> b) {
        b.settings.check();
        checkArgument(!b.columns.isEmpty(), "%s must have at least one column", b.settings.owner);
        this.name = b.name;
        this.policy = b.settings.policy;
        this.columns = ImmutableList.copyOf(b.columns.values());
        List<Row<O>> built = new ArrayList<>();
        List<Overriding> declared = new ArrayList<>();
        for (RowBuilder<O> row : b.rows) {
            built.add(row.toRow());
            row.draft.overriding().ifPresent(declared::add);
        }
        this.rows = ImmutableList.copyOf(built);
        this.exceptions = ImmutableList.copyOf(declared);
        this.settings = new DeciderSettings<O>("Table", name, policy).copy(b.settings);
        this.closure = Exceptions.close(settings.owner, "row", rows.stream().map(Row::id).toList(), exceptions);
    }

    /**
     * Starts a specification.
     *
     * @param <O>  the type of the outcome
     * @param name  the table's name, such as 执法人员过错责任追究表, not blank
     * @param policy  how the outcomes of several matching rows combine, not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static <O> Builder<O> builder(String name, HitPolicy policy) {
        return new Builder<>(name, policy);
    }

    /**
     * Returns a builder holding this specification, to replace, remove, reorder or add rows without touching it.
     * Its settings count as set: setting one again fails.
     *
     * @return a new builder, not null
     */
    public Builder<O> toBuilder() {
        Builder<O> b = new Builder<>(name, policy);
        b.settings.copy(settings);
        columns.forEach(b::column);
        for (Row<O> row : rows) {
            b.load(row).draft.overridesAs(draftOf(row.id()));
        }
        return b;
    }

    /** The exceptions of a row, as a draft, for {@link #toBuilder}. */
    private RuleDraft draftOf(RuleId id) {
        RuleDraft draft = new RuleDraft("Table", name, "row", id.value());
        for (Overriding exception : exceptions) {
            if (exception.rule().equals(id)) {
                if (exception.everyOther()) {
                    draft.overridesEveryOther();
                } else {
                    draft.overrides(exception.overridden());
                }
            }
        }
        return draft;
    }

    /**
     * Compiles the specification into a decision table that reads its facts through a schema.
     *
     * @param <F>  the type of the facts
     * @param schema  binds each column to the facts by its name, not null
     * @return the table, not null
     * @throws IllegalArgumentException if the schema has no accessor for a column, or one of another kind or enum
     */
    public <F> DecisionTable<F, O> compile(FactSchema<F> schema) {
        return DecisionTable.compile(this, schema, true);
    }

    /**
     * Returns the table's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the hit policy.
     *
     * @return the hit policy, not null
     */
    public HitPolicy policy() {
        return policy;
    }

    /**
     * Returns the columns, in order.
     *
     * @return the columns, not null
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Returns the column of a name.
     *
     * @param name  the column's name, not null
     * @return the column, empty if the table has none of that name, not null
     */
    public Optional<Column> column(String name) {
        Objects.requireNonNull(name, "name");
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
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
     * Returns the row of an id.
     *
     * @param id  the row's id, not null
     * @return the row, empty if the table has none of that id, not null
     */
    public Optional<Row<O>> row(RuleId id) {
        Objects.requireNonNull(id, "id");
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Returns the exceptions, in the order of their rows.
     *
     * @return the exceptions, not null
     */
    public List<Overriding> exceptions() {
        return exceptions;
    }

    /**
     * Returns how outcomes combine under {@link HitPolicy#COLLECT}.
     *
     * @return the aggregation, empty if none is set, not null
     */
    public Optional<Aggregation<O>> aggregation() {
        return Optional.ofNullable(settings.aggregation);
    }

    /**
     * Returns the order on outcomes, heavier is greater.
     *
     * @return the order, empty if none is set, not null
     */
    public Optional<Comparator<? super O>> order() {
        return Optional.ofNullable(settings.order);
    }

    /**
     * Returns how the table's decisions read.
     *
     * @return the wording, the plain one if none is set, not null
     */
    public DecisionWording<? super O> wording() {
        return settings.wordingOrPlain();
    }

    DeciderSettings<O> settings() {
        return settings;
    }

    long[][] closure() {
        return closure;
    }

    /**
     * Renders the whole specification, one line each for the table, every column, every row and every exception:
     * <pre>
     * 分级表 (FIRST, 2 columns, 2 rows)
     *   column level enum Level [LOW, MID, HIGH], graver when greater
     *   column count integer [0, 12]
     *   row GENERAL: - -&gt; 1
     *   row HIGH: level=HIGH, count=[3, max] -&gt; 3
     *   exception HIGH overrides GENERAL
     * </pre>
     *
     * @return the text, not null
     */
    public String render() {
        StringBuilder out = new StringBuilder(toString());
        columns.forEach(c -> out.append("\n  column ").append(c));
        for (Row<O> row : rows) {
            out.append("\n  row ").append(row.id()).append(": ");
            out.append(row.cells().isEmpty() ? "-" : String.join(", ", row.cells().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            out.append(" -> ").append(row.output());
        }
        exceptions.forEach(e -> out.append("\n  exception ").append(e));
        return out.toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TableSpec<?> other && name.equals(other.name) && policy == other.policy
                && columns.equals(other.columns) && rows.equals(other.rows) && exceptions.equals(other.exceptions)
                && Objects.equals(settings.order, other.settings.order)
                && Objects.equals(settings.aggregation, other.settings.aggregation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, policy, columns, rows, exceptions);
    }

    /** Returns {@code name (POLICY, n columns, m rows)}; {@link #render()} gives every row. */
    @Override
    public String toString() {
        return name + " (" + policy + ", " + columns.size() + " columns, " + rows.size() + " rows)";
    }

    /**
     * Builds a {@link TableSpec} (决策表规格构建器): columns, settings, then rows with named cells. Every setting is made once; a
     * second call fails, naming both values. A builder is not thread-safe; the specification it builds is.
     *
     * @param <O>  the type of the outcome
     */
    public static final class Builder<O> {
        private final String name;
        private final DeciderSettings<O> settings;
        private final Map<String, Column> columns = new LinkedHashMap<>();
        private final List<RowBuilder<O>> rows = new ArrayList<>();
        private final Set<RuleId> ids = new HashSet<>();

        private Builder(String name, HitPolicy policy) {
            this.settings = new DeciderSettings<>("Table", name, policy);
            this.name = name;
        }

        /**
         * Adds columns, after those already added.
         *
         * @param added  the columns, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if a column's name is taken
         */
        public Builder<O> columns(Column... added) {
            Arrays.stream(Objects.requireNonNull(added, "columns")).forEach(this::column);
            return this;
        }

        /**
         * Adds columns, after those already added.
         *
         * @param added  the columns, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if a column's name is taken
         */
        public Builder<O> columns(List<Column> added) {
            Objects.requireNonNull(added, "columns").forEach(this::column);
            return this;
        }

        private void column(Column column) {
            Objects.requireNonNull(column, "column");
            checkArgument(!columns.containsKey(column.name()), "%s has two columns named %s", settings.owner,
                    Texts.quoted(column.name()));
            columns.put(column.name(), column);
        }

        /**
         * Sets how outcomes combine under {@link HitPolicy#COLLECT}.
         *
         * @param aggregation  the aggregation, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the aggregation is set already
         */
        public Builder<O> aggregation(Aggregation<O> aggregation) {
            settings.aggregation(aggregation);
            return this;
        }

        /**
         * Sets the order on outcomes, heavier is greater: used by {@link HitPolicy#PRIORITY}, by the
         * proportionality check and by rule books.
         *
         * @param order  the order, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the order is set already
         */
        public Builder<O> order(Comparator<? super O> order) {
            settings.order(order);
            return this;
        }

        /**
         * Sets how the table's decisions read ({@link Decision#explain()}); the plain wording otherwise.
         *
         * @param wording  the wording, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the wording is set already
         */
        public Builder<O> wording(DecisionWording<? super O> wording) {
            settings.wording(wording);
            return this;
        }

        /**
         * Starts a row after those already added; its title and citation follow.
         *
         * @param id  the row's stable id, such as {@code OFFICER.SERIOUS.DIRECT}, not null
         * @return the row's builder, not null
         * @throws IllegalArgumentException if the id is malformed or taken
         */
        public RowBuilder<O> row(String id) {
            return add(new RowBuilder<>(this, new RuleDraft("Table", name, "row", id)));
        }

        /**
         * Starts a row after those already added, with its id, title, citation and any interpretation.
         *
         * @param ref  the row's reference, not null
         * @return the row's builder, not null
         * @throws IllegalArgumentException if the id is taken
         */
        public RowBuilder<O> row(RuleRef ref) {
            return add(new RowBuilder<>(this, new RuleDraft("Table", name, "row", ref)));
        }

        private RowBuilder<O> add(RowBuilder<O> row) {
            checkArgument(ids.add(row.draft.id()), "%s has duplicate row id '%s'", settings.owner, row.draft.id());
            rows.add(row);
            return row;
        }

        /** Adds a complete row, as {@link TableSpec#toBuilder} does. */
        private RowBuilder<O> load(Row<O> row) {
            return add(RowBuilder.of(this, row));
        }

        /**
         * Replaces the row with the same id, keeping its place and its exceptions: how an agency substitutes its own
         * rule for a shipped one.
         *
         * @param row  the new row, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if no row has that id
         */
        public Builder<O> replace(Row<O> row) {
            Objects.requireNonNull(row, "row");
            int index = indexOf(row.id());
            RowBuilder<O> replacement = RowBuilder.of(this, row);
            replacement.draft.overridesAs(rows.get(index).draft);
            rows.set(index, replacement);
            return this;
        }

        /**
         * Removes the row with an id, and every exception that names it.
         *
         * @param id  the row's id, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if no row has that id
         */
        public Builder<O> remove(RuleId id) {
            rows.remove(indexOf(id));
            ids.remove(id);
            rows.forEach(r -> r.draft.forget(id));
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
        public Builder<O> reorder(List<RuleId> order) {
            checkArgument(order.size() == rows.size() && new HashSet<>(order).size() == order.size(),
                    "%s: the new order must name each of its %s rows once, but named %s", settings.owner,
                    rows.size(), Texts.quoted(order));
            List<RowBuilder<O>> reordered = new ArrayList<>();
            for (RuleId id : order) {
                reordered.add(rows.get(indexOf(id)));
            }
            rows.clear();
            rows.addAll(reordered);
            return this;
        }

        /**
         * Builds the specification, checking it whole.
         *
         * @return the specification, not null
         * @throws IllegalArgumentException if the table has no column, a row lacks its title, citation or outcome,
         *         has a cell for an unknown column or one its column cannot hold, an exception names an unknown row or
         *         closes a cycle, or the hit policy lacks its order or aggregation; the message names table, row,
         *         column and value
         */
        public TableSpec<O> build() {
            return new TableSpec<>(this);
        }

        private int find(RuleId id) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).draft.id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        private int indexOf(RuleId id) {
            int index = find(Objects.requireNonNull(id, "id"));
            checkArgument(index >= 0, "%s has no row '%s'", settings.owner, id);
            return index;
        }

        /** Checks a row's cells against the columns. */
        private void validate(RuleDraft draft, Map<String, Cell> cells) {
            cells.forEach((column, cell) -> {
                Column known = columns.get(column);
                checkArgument(known != null, "%s has a cell for unknown column %s (%s); the columns are %s",
                        draft.owner(), Texts.quoted(column), cell, columns.keySet());
                known.validate(cell, name, draft.id());
            });
        }
    }

    /**
     * Builds one row of a {@link TableSpec} (决策表行构建器): its title and citation, a cell for each column it tests, its outcome and
     * the rows it overrides. Each part is set once. The row belongs to its table's builder from the start; the
     * table's {@link Builder#build()} checks that it is complete.
     *
     * @param <O>  the type of the outcome
     */
    public static final class RowBuilder<O> {
        private final Builder<O> table;
        private final RuleDraft draft;
        private final Map<String, Cell> cells = new LinkedHashMap<>();
        private O output;

        private RowBuilder(Builder<O> table, RuleDraft draft) {
            this.table = table;
            this.draft = draft;
        }

        private static <O> RowBuilder<O> of(Builder<O> table, Row<O> row) {
            RowBuilder<O> b = new RowBuilder<>(table, new RuleDraft("Table", table.name, "row", row.ref()));
            table.validate(b.draft, row.cells());
            b.cells.putAll(row.cells());
            b.output = row.output();
            return b;
        }

        /**
         * Sets what the row says, in Chinese and English.
         *
         * @param title  the title, not null
         * @return this row, not null
         * @throws IllegalArgumentException if the title is set already
         */
        public RowBuilder<O> title(BilingualText title) {
            draft.title(title);
            return this;
        }

        /**
         * Sets what the row rests on, such as provisions of law.
         *
         * @param basis  the citation, not null
         * @return this row, not null
         * @throws IllegalArgumentException if the citation is set already
         */
        public RowBuilder<O> basis(Citation basis) {
            draft.basis(basis);
            return this;
        }

        /**
         * Sets what the row adds to its citation and on whose authority (解释), repeated next to the citation in every
         * explanation of a decision it makes.
         *
         * @param interpretation  the interpretation, such as "解释：…为本库默认", not null
         * @return this row, not null
         * @throws IllegalArgumentException if the interpretation is set already
         */
        public RowBuilder<O> interpretation(BilingualText interpretation) {
            draft.interpretation(interpretation);
            return this;
        }

        /**
         * Sets the cell of a column: the row applies only to facts whose value in that column it matches.
         *
         * @param column  the column's name, not null
         * @param cell  the condition, not null
         * @return this row, not null
         * @throws IllegalArgumentException if the table has no such column, the column cannot hold the cell, or the
         *         column's cell is set already
         */
        public RowBuilder<O> when(String column, Cell cell) {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(cell, "cell");
            if (cells.containsKey(column)) {
                draft.once("cell of column " + Texts.quote(column), cells.get(column), cell);
            }
            table.validate(draft, Map.of(column, cell));
            cells.put(column, cell);
            return this;
        }

        /**
         * Sets the outcome when every cell matches.
         *
         * @param outcome  the outcome, not null
         * @return this row, not null
         * @throws IllegalArgumentException if the outcome is set already
         */
        public RowBuilder<O> then(O outcome) {
            output = draft.once("outcome", output, Objects.requireNonNull(outcome, "outcome"));
            return this;
        }

        /**
         * Declares this row an exception to other rows: when both match, only this one does.
         *
         * @param ids  the ids of the rows it overrides, at least one, not null
         * @return this row, not null
         * @throws IllegalArgumentException if an id is malformed, this row's own, or named twice
         */
        public RowBuilder<O> overrides(String... ids) {
            draft.overrides(Arrays.stream(Objects.requireNonNull(ids, "ids")).map(RuleId::of).toList());
            return this;
        }

        /**
         * Declares this row an exception to other rows: when both match, only this one does.
         *
         * @param ids  the ids of the rows it overrides, at least one, not null
         * @return this row, not null
         * @throws IllegalArgumentException if an id is this row's own or named twice
         */
        public RowBuilder<O> overrides(List<RuleId> ids) {
            draft.overrides(List.copyOf(Objects.requireNonNull(ids, "ids")));
            return this;
        }

        /**
         * Declares this row an exception to every other row but those declared so too, such as an exemption that
         * clears any sanction.
         *
         * @return this row, not null
         * @throws IllegalArgumentException if the row names rows it overrides, or is declared so already
         */
        public RowBuilder<O> overridesEveryOther() {
            draft.overridesEveryOther();
            return this;
        }

        /**
         * Starts the next row (see {@link Builder#row(String)}).
         *
         * @param id  the next row's id, not null
         * @return the next row's builder, not null
         * @throws IllegalArgumentException if the id is malformed or taken
         */
        public RowBuilder<O> row(String id) {
            return table.row(id);
        }

        /**
         * Starts the next row (see {@link Builder#row(RuleRef)}).
         *
         * @param ref  the next row's reference, not null
         * @return the next row's builder, not null
         * @throws IllegalArgumentException if the id is taken
         */
        public RowBuilder<O> row(RuleRef ref) {
            return table.row(ref);
        }

        /**
         * Builds the table's specification (see {@link Builder#build()}).
         *
         * @return the specification, not null
         * @throws IllegalArgumentException as {@link Builder#build()} does
         */
        public TableSpec<O> build() {
            return table.build();
        }

        /**
         * Returns the table's builder, to set anything but rows.
         *
         * @return the table's builder, not null
         */
        public Builder<O> table() {
            return table;
        }

        private Row<O> toRow() {
            List<String> missing = new ArrayList<>();
            draft.missing(missing);
            if (output == null) {
                missing.add("outcome");
            }
            draft.complete(missing);
            // each cell was checked when set, against a column that cannot change since
            Set<String> order = table.columns.keySet();
            Map<String, Cell> ordered = new LinkedHashMap<>();
            order.stream().filter(cells::containsKey).forEach(c -> ordered.put(c, cells.get(c)));
            return new Row<>(draft.ref(), ordered, output);
        }
    }
}
