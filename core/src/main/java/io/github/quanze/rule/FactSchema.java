package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.quanze.internal.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * How the columns of tables read a type of facts (事实模式): a map from a column's name to a typed accessor, which the
 * domain declares once for its facts, such as a fault's gravity, form and circumstances.
 * <p>
 * A {@link TableSpec} names its columns; compiling it with a schema ({@link TableSpec#compile}) binds each column
 * to the accessor of the same name, so that a table written as data, or read from a document, decides on Java
 * facts without reflection or string-keyed fact bags. Compiling checks that the accessor is of the column's kind,
 * and of its enum. Accessors are plain functions, such as {@code Fault::gravity}; they must be pure and
 * thread-safe. Number accessors return primitives, so deciding boxes nothing.
 * <pre>{@code
 * FactSchema<Fault> schema = FactSchema.<Fault>builder("fault")
 *         .enumColumn("gravity", Gravity.class, Fault::gravity)
 *         .booleanColumn("suspectedCrime", Fault::suspectedCrime)
 *         .intColumn("faultsThisYear", Fault::faultsThisYear)
 *         .build();
 * }</pre>
 * This class is immutable and thread-safe if its accessors are.
 *
 * @param <F>  the type of the facts
 */
public final class FactSchema<F> {

    private final String name;
    private final Map<String, Accessor<F>> accessors;

    private FactSchema(Builder<F> b) {
        this.name = b.name;
        this.accessors = ImmutableMap.copyOf(b.accessors);
    }

    /**
     * Starts a schema.
     *
     * @param <F>  the type of the facts
     * @param name  what the facts are, for messages, such as {@code fault}, not blank
     * @return a new builder, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static <F> Builder<F> builder(String name) {
        return new Builder<>(name);
    }

    /**
     * Returns what the facts are.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the names of the columns the schema reads, in declared order.
     *
     * @return the names, not null
     */
    public Set<String> columns() {
        return accessors.keySet();
    }

    /**
     * Returns the kind of value the schema reads for a column.
     *
     * @param column  the column's name, not null
     * @return the kind, empty if the schema has no such column, not null
     */
    public Optional<Column.Kind> kindOf(String column) {
        return Optional.ofNullable(accessors.get(Objects.requireNonNull(column, "column"))).map(Accessor::kind);
    }

    /**
     * Returns the enum type the schema reads for an enum column, so that a table written as a document can name the
     * column without naming a Java class.
     *
     * @param column  the column's name, not null
     * @return the enum type, empty if the schema has no such column or reads it as another kind, not null
     */
    public Optional<Class<? extends Enum<?>>> enumTypeOf(String column) {
        Accessor<F> accessor = accessors.get(Objects.requireNonNull(column, "column"));
        if (accessor == null || accessor.kind() != Column.Kind.ENUM) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Class<? extends Enum<?>> type = (Class<? extends Enum<?>>) accessor.enumType();
        return Optional.of(type);
    }

    /** Returns the accessor a table's column reads with, checking that it fits the column. */
    Accessor<F> bind(String table, Column column) {
        Accessor<F> accessor = accessors.get(column.name());
        checkArgument(accessor != null, "Table %s column %s: fact schema %s has no column of that name; it has %s",
                Texts.quoted(table), Texts.quoted(column.name()), Texts.quoted(name), accessors.keySet());
        boolean fits = accessor.kind() == column.kind()
                && (column.kind() != Column.Kind.ENUM || accessor.enumType().equals(column.enumType()));
        checkArgument(fits, "Table %s column %s (%s) does not fit fact schema %s, which reads it as %s",
                Texts.quoted(table), Texts.quoted(column.name()), column.kindName(), Texts.quoted(name),
                accessor.describe());
        return accessor;
    }

    /** Returns {@code name {column kind, …}}. */
    @Override
    public String toString() {
        return name + " " + String.join(", ", accessors.values().stream().map(a -> a.name() + " " + a.describe())
                .toList());
    }

    /**
     * One column's accessor: its kind and the function that reads it.
     *
     * @param <F>  the type of the facts
     */
    record Accessor<F>(String name, Column.Kind kind, Class<?> enumType, Function<? super F, ?> object,
            Predicate<? super F> bool, ToIntFunction<? super F> whole, ToLongFunction<? super F> wide) {

        String describe() {
            return kind == Column.Kind.ENUM ? "enum " + enumType.getSimpleName()
                    : kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Builds a {@link FactSchema} (事实模式构建器). Each column is declared once. A builder is not thread-safe; the schema it builds
     * is.
     *
     * @param <F>  the type of the facts
     */
    public static final class Builder<F> {
        private final String name;
        private final Map<String, Accessor<F>> accessors = new LinkedHashMap<>();

        private Builder(String name) {
            checkArgument(name != null && !name.isBlank(), "Fact schema name must not be blank, but was %s",
                    Texts.quoted(name));
            this.name = name;
        }

        /**
         * Declares a column of enum constants.
         *
         * @param <E>  the enum type
         * @param column  the column's name, not blank
         * @param type  the enum type, not null
         * @param accessor  reads the constant from the facts, never null, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the column is declared already
         */
        public <E extends Enum<E>> Builder<F> enumColumn(String column, Class<E> type,
                Function<? super F, E> accessor) {
            Objects.requireNonNull(type, "type");
            return put(new Accessor<>(column, Column.Kind.ENUM, type, Objects.requireNonNull(accessor, "accessor"),
                    null, null, null));
        }

        /**
         * Declares a column of booleans.
         *
         * @param column  the column's name, not blank
         * @param accessor  reads the value from the facts, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the column is declared already
         */
        public Builder<F> booleanColumn(String column, Predicate<? super F> accessor) {
            return put(new Accessor<>(column, Column.Kind.BOOLEAN, null, null,
                    Objects.requireNonNull(accessor, "accessor"), null, null));
        }

        /**
         * Declares a column of {@code int} values.
         *
         * @param column  the column's name, not blank
         * @param accessor  reads the value from the facts, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the column is declared already
         */
        public Builder<F> intColumn(String column, ToIntFunction<? super F> accessor) {
            return put(new Accessor<>(column, Column.Kind.INT, null, null, null,
                    Objects.requireNonNull(accessor, "accessor"), null));
        }

        /**
         * Declares a column of {@code long} values, such as an amount of money in 分.
         *
         * @param column  the column's name, not blank
         * @param accessor  reads the value from the facts, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the column is declared already
         */
        public Builder<F> longColumn(String column, ToLongFunction<? super F> accessor) {
            return put(new Accessor<>(column, Column.Kind.LONG, null, null, null, null,
                    Objects.requireNonNull(accessor, "accessor")));
        }

        /**
         * Declares a column of strings, such as a region or an enforcement area.
         *
         * @param column  the column's name, not blank
         * @param accessor  reads the value from the facts, never null, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the column is declared already
         */
        public Builder<F> stringColumn(String column, Function<? super F, String> accessor) {
            return put(new Accessor<>(column, Column.Kind.STRING, null, Objects.requireNonNull(accessor, "accessor"),
                    null, null, null));
        }

        private Builder<F> put(Accessor<F> accessor) {
            checkArgument(accessor.name() != null && !accessor.name().isBlank(),
                    "Fact schema %s: a column name must not be blank, but was %s", Texts.quoted(name),
                    Texts.quoted(accessor.name()));
            Accessor<F> earlier = accessors.putIfAbsent(accessor.name(), accessor);
            checkArgument(earlier == null, "Fact schema %s declares column %s twice (first as %s, then as %s)",
                    Texts.quoted(name), Texts.quoted(accessor.name()), earlier == null ? "" : earlier.describe(),
                    accessor.describe());
            return this;
        }

        /**
         * Builds the schema.
         *
         * @return the schema, not null
         */
        public FactSchema<F> build() {
            return new FactSchema<>(this);
        }
    }
}
