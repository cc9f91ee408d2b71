package io.github.quanze.jackson.rule;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.rule.Aggregation;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.DecisionWording;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A decision table being read: its name, hit policy and columns, then its rows, each put into the table's
 * builder as soon as it is read, so that every rule of the builder is reported at the row, cell or exception it
 * concerns. The fields name, facts and policy come before the columns, and the columns before the rows.
 */
final class TableDraft {

    /** Starts the builder of a table once its name and policy are known. */
    @FunctionalInterface
    interface Start {
        /**
         * Makes the builder.
         *
         * @param what  the field that needs it, for a message such as "the field facts must come before rows"
         */
        TableSpec.Builder<Object> start(String name, HitPolicy policy, String what);
    }

    private final TableScope scope;
    private final Start start;
    private final Function<String, Column> named;
    String name;
    HitPolicy policy;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final List<RowDraft> rows = new ArrayList<>();
    private TableSpec.Builder<Object> spec;

    private TableDraft(TableScope scope, Start start, Function<String, Column> named) {
        this.scope = scope;
        this.start = start;
        this.named = named;
        scope.table = this;
    }

    /** Starts a table read as a document of its own, with its own facts. */
    static TableDraft open(Input in) {
        TableScope scope = TableScope.start(in);
        return new TableDraft(scope, (name, policy, what) -> fromFacts(scope, name, policy, what), null);
    }

    /** Starts a table read inside a rule book, whose facts it reads. */
    static TableDraft nested(Input in) {
        TableScope scope = TableScope.of(in);
        return new TableDraft(scope, (name, policy, what) -> fromFacts(scope, name, policy, what), null);
    }

    /** Starts a table held by another document, which names it, starts its builder and declares its columns. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static TableDraft embedded(Input in, EmbeddedTables.Host<?> host) {
        String name = host.name(in);
        TableDraft draft = new TableDraft(TableScope.of(in),
                (n, policy, what) -> (TableSpec.Builder) host.start(n, policy), column -> host.column(in, column));
        draft.name = name;
        return draft;
    }

    /** The builder of a table whose settings are those of the fact schema its facts field named. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TableSpec.Builder<Object> fromFacts(TableScope scope, String name, HitPolicy policy,
            String what) {
        FactSchemas.Entry<Object, Object> entry = (FactSchemas.Entry<Object, Object>) scope.entry(what);
        TableSpec.Builder<Object> b = TableSpec.builder(name, policy);
        entry.order().ifPresent(o -> b.order((Comparator) o));
        if (policy == HitPolicy.COLLECT) {
            entry.aggregation().ifPresent(a -> b.aggregation((Aggregation) a));
        }
        entry.wording().ifPresent(w -> b.wording((DecisionWording) w));
        return b;
    }

    /** Returns the column of a name, null if there is none (yet). */
    Column column(String column) {
        return column == null ? null : columns.get(column);
    }

    /** The table's builder, made when the first column or row needs it. */
    TableSpec.Builder<Object> spec(String what) {
        if (spec == null) {
            if (name == null || policy == null) {
                throw new IllegalArgumentException((name == null ? "the fields name and policy" : "the field policy")
                        + " must come before " + what);
            }
            spec = start.start(name, policy, what);
        }
        return spec;
    }

    /** Sets the policy of a table held by another document, and starts its builder, which may refuse it. */
    void policy(HitPolicy value) {
        this.policy = value;
        spec("columns");
    }

    /** Adds the column a table held by another document declares under a name. */
    void columnNamed(String column) {
        column(named.apply(column));
    }

    /** Adds a column. */
    void column(Column column) {
        spec("columns").columns(column);
        columns.put(column.name(), column);
    }

    /** Builds the table and compiles it with the schema its facts name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    DecisionTable<?, ?> build() {
        TableSpec<Object> built = buildSpec();
        return built.compile((FactSchema) scope.entry("the end of the table").schema());
    }

    /** Builds the table's specification, and ends the table's scope. */
    TableSpec<Object> buildSpec() {
        try {
            return spec("the end of the table").build();
        } catch (IllegalArgumentException e) {
            throw locate(e);
        } finally {
            scope.table = null;
        }
    }

    /**
     * Finds the exception that names an unknown row, which the builder finds only when the table is whole, so that
     * the error points at it; any other failure stays the table's.
     */
    private RuntimeException locate(IllegalArgumentException e) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.id.value()));
        for (RowDraft row : rows) {
            if (row.overrides != null) {
                for (String id : row.overrides.value()) {
                    if (!ids.contains(id)) {
                        return row.overrides.error(e);
                    }
                }
            }
        }
        return e;
    }

    /** Builds a column from its document form, taking the enum type of an enum column from the fact schema. */
    static final class ColumnDraft {
        private final TableScope scope;
        String name;
        Column.Kind type;
        Long min;
        Long max;
        final List<String> values = new ArrayList<>();
        Column.Direction graver = Column.Direction.NONE;

        ColumnDraft(Input in) {
            scope = TableScope.of(in);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Column build() {
            boolean range = type == Column.Kind.INT || type == Column.Kind.LONG;
            if (range && (min == null || max == null)) {
                throw new IllegalArgumentException("column \"" + name + "\" of type " + type + " needs min and max");
            }
            if (!range && (min != null || max != null)) {
                throw new IllegalArgumentException("column \"" + name + "\" of type " + type
                        + " takes no min or max; only INT and LONG columns do");
            }
            if (type != Column.Kind.STRING && !values.isEmpty()) {
                throw new IllegalArgumentException("column \"" + name + "\" of type " + type
                        + " takes no values; only STRING columns do");
            }
            Column column = switch (type) {
                case ENUM -> {
                    FactSchema<?> schema = schema();
                    Class<? extends Enum<?>> enumType = schema.enumTypeOf(name).orElseThrow(() ->
                            new IllegalArgumentException("fact schema \"" + scope.entry.name() + "\" reads no enum "
                                    + "column \"" + name + "\"" + schema.kindOf(name)
                                            .map(k -> "; it reads it as " + k)
                                            .orElse("; its columns are " + schema.columns())));
                    yield Column.ofEnum(name, (Class) enumType);
                }
                case BOOLEAN -> Column.ofBoolean(name);
                case INT -> Column.ofInt(name, whole(min), whole(max));
                case LONG -> Column.ofLong(name, min, max);
                default -> Column.ofStrings(name, values);
            };
            return graver == Column.Direction.GREATER ? column.graverWhenGreater()
                    : graver == Column.Direction.SMALLER ? column.graverWhenSmaller() : column;
        }

        /**
         * The fact schema an enum column takes its constants from: the one the table's facts field named. A document
         * without facts, such as a discretion standard, has none.
         */
        private FactSchema<?> schema() {
            if (scope.entry == null) {
                throw new IllegalArgumentException("the field facts must come before columns: column \"" + name
                        + "\" of type ENUM takes its constants from the fact schema facts names; a document without "
                        + "facts, such as a discretion standard, declares a STRING column with its values instead");
            }
            return scope.entry.schema();
        }

        private int whole(long value) {
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("column \"" + name + "\" of type INT takes bounds from "
                        + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", but was given " + value);
            }
            return (int) value;
        }
    }

    /** A row being read: put into the table's builder when whole, each rule reported where it applies. */
    static final class RowDraft {
        private final TableDraft table;
        Located<String> id;
        BilingualText title;
        LegalBasis basis;
        BilingualText interpretation;
        Map<String, Located<Cell>> cells = Map.of();
        Object outcome;
        Located<List<String>> overrides;
        boolean everyOther;

        RowDraft(Input in) {
            table = TableScope.of(in).table;
        }

        TableDocuments.RowDoc build() {
            TableSpec.RowBuilder<Object> row;
            try {
                row = table.spec("rows").row(id.value());
            } catch (IllegalArgumentException e) {
                throw id.error(e);
            }
            row.title(title).basis(basis);
            Optional.ofNullable(interpretation).ifPresent(row::interpretation);
            cells.forEach((column, cell) -> {
                try {
                    row.when(column, cell.value());
                } catch (IllegalArgumentException e) {
                    throw cell.error(e);
                }
            });
            row.then(outcome);
            if (overrides != null) {
                try {
                    row.overrides(overrides.value().toArray(new String[0]));
                } catch (IllegalArgumentException e) {
                    throw overrides.error(e);
                }
            }
            if (everyOther) {
                try {
                    row.overridesEveryOther();
                } catch (IllegalArgumentException e) {
                    throw id.error(e);
                }
            }
            table.rows.add(this);
            return TableDocuments.RowDoc.READ;
        }
    }
}
