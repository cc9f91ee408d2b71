package io.github.quanze.rule;

import io.github.quanze.internal.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Reads one column of a compiled table from the facts (列读取器), through the accessor the schema binds it to, and
 * maps the value to its atom of the index. Numbers are read as primitives and enum constants by their ordinal, so
 * reading allocates nothing. A value the column cannot hold is an {@link IllegalArgumentException} naming the table
 * and the column.
 *
 * @param <F>  the type of the facts
 */
abstract class ColumnReader<F> {

    /** Number columns spanning at most this many values map a value to its atom with one array lookup. */
    private static final long LOOKUP_LIMIT = 4096;

    final String table;
    final Column column;

    ColumnReader(String table, Column column) {
        this.table = table;
        this.column = column;
    }

    /** Reads the facts and returns the atom of the value. */
    abstract int atom(F facts);

    /** Reads the facts and returns the value as a cell matches it: a constant, a Boolean, a Long or a String. */
    abstract Object value(F facts);

    static <F> ColumnReader<F> of(String table, Column column, FactSchema.Accessor<F> accessor, TableIndex index,
            int c) {
        switch (column.kind()) {
            case ENUM:
                @SuppressWarnings("unchecked")
                Function<? super F, ? extends Enum<?>> constants = (Function<? super F, ? extends Enum<?>>) accessor
                        .object();
                return new Constants<>(table, column, constants);
            case BOOLEAN:
                return new Booleans<>(table, column, accessor.bool());
            case INT:
                return new Ints<>(table, column, accessor.whole(), index, c);
            case LONG:
                return new Longs<>(table, column, accessor.wide(), index, c);
            default:
                @SuppressWarnings("unchecked")
                Function<? super F, String> strings = (Function<? super F, String>) accessor.object();
                return new Strings<>(table, column, strings);
        }
    }

    IllegalArgumentException readNull(F facts) {
        return new IllegalArgumentException(String.format("Table %s column %s read null from the facts %s",
                Texts.quote(table), Texts.quote(column.name()), Texts.quote(facts)));
    }

    IllegalArgumentException outside(Object value) {
        return new IllegalArgumentException(String.format(
                "Table %s column %s read %s from the facts, outside its range [%s, %s]", Texts.quote(table),
                Texts.quote(column.name()), value, column.min(), column.max()));
    }

    /** An enum column: the atom is the constant's ordinal. */
    private static final class Constants<F> extends ColumnReader<F> {
        private final Function<? super F, ? extends Enum<?>> accessor;

        Constants(String table, Column column, Function<? super F, ? extends Enum<?>> accessor) {
            super(table, column);
            this.accessor = accessor;
        }

        @Override
        int atom(F facts) {
            Enum<?> value = accessor.apply(facts);
            if (value == null) {
                throw readNull(facts);
            }
            return value.ordinal();
        }

        @Override
        Object value(F facts) {
            return column.values().get(atom(facts));
        }
    }

    /** A boolean column: false is atom 0, true atom 1. */
    private static final class Booleans<F> extends ColumnReader<F> {
        private final Predicate<? super F> accessor;

        Booleans(String table, Column column, Predicate<? super F> accessor) {
            super(table, column);
            this.accessor = accessor;
        }

        @Override
        int atom(F facts) {
            return accessor.test(facts) ? 1 : 0;
        }

        @Override
        Object value(F facts) {
            return accessor.test(facts);
        }
    }

    /** An int column: the atom is the interval of the value. */
    private static final class Ints<F> extends ColumnReader<F> {
        private final ToIntFunction<? super F> accessor;
        private final int min;
        private final int max;
        /** The atom of each value from min, for a narrow column; null for a wide one. */
        private final int[] atoms;
        private final TableIndex index;
        private final int c;

        Ints(String table, Column column, ToIntFunction<? super F> accessor, TableIndex index, int c) {
            super(table, column);
            this.accessor = accessor;
            this.min = (int) column.min();
            this.max = (int) column.max();
            this.index = index;
            this.c = c;
            if ((long) max - min < LOOKUP_LIMIT) {
                atoms = new int[max - min + 1];
                for (int v = 0; v < atoms.length; v++) {
                    atoms[v] = index.atomOf(c, (long) min + v);
                }
            } else {
                atoms = null;
            }
        }

        private int read(F facts) {
            int value = accessor.applyAsInt(facts);
            if (value < min || value > max) {
                throw outside(value);
            }
            return value;
        }

        @Override
        int atom(F facts) {
            int value = read(facts);
            return atoms != null ? atoms[value - min] : index.atomOf(c, value);
        }

        @Override
        Object value(F facts) {
            return (long) read(facts);
        }
    }

    /** A long column: the atom is the interval of the value. */
    private static final class Longs<F> extends ColumnReader<F> {
        private final ToLongFunction<? super F> accessor;
        private final TableIndex index;
        private final int c;

        Longs(String table, Column column, ToLongFunction<? super F> accessor, TableIndex index, int c) {
            super(table, column);
            this.accessor = accessor;
            this.index = index;
            this.c = c;
        }

        private long read(F facts) {
            long value = accessor.applyAsLong(facts);
            if (value < column.min() || value > column.max()) {
                throw outside(value);
            }
            return value;
        }

        @Override
        int atom(F facts) {
            return index.atomOf(c, read(facts));
        }

        @Override
        Object value(F facts) {
            return read(facts);
        }
    }

    /** A string column: the atom is the index of the declared value. */
    private static final class Strings<F> extends ColumnReader<F> {
        private final Function<? super F, String> accessor;
        private final Map<String, Integer> atoms = new HashMap<>();

        Strings(String table, Column column, Function<? super F, String> accessor) {
            super(table, column);
            this.accessor = accessor;
            List<Object> values = column.values();
            for (int i = 0; i < values.size(); i++) {
                atoms.put((String) values.get(i), i);
            }
        }

        @Override
        int atom(F facts) {
            String value = accessor.apply(facts);
            if (value == null) {
                throw readNull(facts);
            }
            Integer atom = atoms.get(value);
            if (atom == null) {
                throw new IllegalArgumentException(String.format("Table %s column %s read %s from the facts, which "
                        + "is not one of its values %s", Texts.quote(table), Texts.quote(column.name()),
                        Texts.quote(value), column.values()));
            }
            return atom;
        }

        @Override
        Object value(F facts) {
            return column.values().get(atom(facts));
        }
    }
}
