package io.github.quanze.rule;

import io.github.quanze.internal.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one column of a compiled table from the facts (列读取器), through the accessor the schema binds it to, and
 * maps the value to its atom of the index. Numbers are read as primitives and enum constants by their ordinal, so
 * reading allocates nothing. A value the column cannot hold is an {@link IllegalArgumentException} naming the table
 * and the column. A table reads its columns with these one by one where it has no {@link FusedReader}, and always
 * for {@link DecisionTable#decideByScan}.
 *
 * @param <F>  the type of the facts
 */
abstract class ColumnReader<F> {

    /** Int columns spanning at most this many values map a value to its atom with one array lookup. */
    private static final long LOOKUP_LIMIT = 4096;

    final String table;
    final Column column;
    final FactSchema.Accessor<F> accessor;
    final TableIndex index;
    /** The column's place in the table. */
    final int c;

    ColumnReader(String table, Column column, FactSchema.Accessor<F> accessor, TableIndex index, int c) {
        this.table = table;
        this.column = column;
        this.accessor = accessor;
        this.index = index;
        this.c = c;
    }

    /** Reads the facts and returns the atom of the value. */
    abstract int atom(F facts);

    /** Reads the facts and returns the value as a cell matches it: a constant, a Boolean, a Long or a String. */
    abstract Object value(F facts);

    static <F> ColumnReader<F> of(String table, Column column, FactSchema.Accessor<F> accessor, TableIndex index,
            int c) {
        switch (column.kind()) {
            case ENUM:
                return new Constants<>(table, column, accessor, index, c);
            case BOOLEAN:
                return new Booleans<>(table, column, accessor, index, c);
            case INT:
                return new Ints<>(table, column, accessor, index, c);
            case LONG:
                return new Longs<>(table, column, accessor, index, c);
            default:
                return new Strings<>(table, column, accessor, index, c);
        }
    }

    IllegalArgumentException readNull(Object facts) {
        return new IllegalArgumentException(String.format("Table %s column %s read null from the facts %s",
                Texts.quote(table), Texts.quote(column.name()), Texts.quote(facts)));
    }

    IllegalArgumentException outside(Object value) {
        return new IllegalArgumentException(String.format(
                "Table %s column %s read %s from the facts, outside its range [%s, %s]", Texts.quote(table),
                Texts.quote(column.name()), value, column.min(), column.max()));
    }

    IllegalArgumentException undeclared(String value) {
        return new IllegalArgumentException(String.format("Table %s column %s read %s from the facts, which is not "
                + "one of its values %s", Texts.quote(table), Texts.quote(column.name()), Texts.quote(value),
                column.values()));
    }

    /** An enum column: the atom is the constant's ordinal. */
    private static final class Constants<F> extends ColumnReader<F> {
        private final Function<? super F, ?> read;

        Constants(String table, Column column, FactSchema.Accessor<F> accessor, TableIndex index, int c) {
            super(table, column, accessor, index, c);
            this.read = accessor.object();
        }

        @Override
        int atom(F facts) {
            Object value = read.apply(facts);
            if (value == null) {
                throw readNull(facts);
            }
            return ((Enum<?>) value).ordinal();
        }

        @Override
        Object value(F facts) {
            return column.values().get(atom(facts));
        }
    }

    /** A boolean column: false is atom 0, true atom 1. */
    private static final class Booleans<F> extends ColumnReader<F> {

        Booleans(String table, Column column, FactSchema.Accessor<F> accessor, TableIndex index, int c) {
            super(table, column, accessor, index, c);
        }

        @Override
        int atom(F facts) {
            return accessor.bool().test(facts) ? 1 : 0;
        }

        @Override
        Object value(F facts) {
            return accessor.bool().test(facts);
        }
    }

    /** An int column: the atom is the interval of the value. */
    static final class Ints<F> extends ColumnReader<F> {
        final int min;
        final int max;
        /** The atom of each value from min, for a narrow column; null for a wide one. */
        final int[] atoms;

        Ints(String table, Column column, FactSchema.Accessor<F> accessor, TableIndex index, int c) {
            super(table, column, accessor, index, c);
            this.min = (int) column.min();
            this.max = (int) column.max();
            if ((long) max - min < LOOKUP_LIMIT) {
                atoms = new int[max - min + 1];
                for (int v = 0; v < atoms.length; v++) {
                    atoms[v] = TableIndex.atomOf(index.starts[c], (long) min + v);
                }
            } else {
                atoms = null;
            }
        }

        private int read(F facts) {
            int value = accessor.whole().applyAsInt(facts);
            if (value < min || value > max) {
                throw outside(value);
            }
            return value;
        }

        @Override
        int atom(F facts) {
            int value = read(facts);
            return atoms != null ? atoms[value - min] : TableIndex.atomOf(index.starts[c], value);
        }

        @Override
        Object value(F facts) {
            return (long) read(facts);
        }
    }

    /** A long column: the atom is the interval of the value. */
    private static final class Longs<F> extends ColumnReader<F> {

        Longs(String table, Column column, FactSchema.Accessor<F> accessor, TableIndex index, int c) {
            super(table, column, accessor, index, c);
        }

        private long read(F facts) {
            long value = accessor.wide().applyAsLong(facts);
            if (value < column.min() || value > column.max()) {
                throw outside(value);
            }
            return value;
        }

        @Override
        int atom(F facts) {
            return TableIndex.atomOf(index.starts[c], read(facts));
        }

        @Override
        Object value(F facts) {
            return read(facts);
        }
    }

    /** A string column: the atom is the index of the declared value. */
    private static final class Strings<F> extends ColumnReader<F> {
        private final Map<String, Integer> atoms = new HashMap<>();

        Strings(String table, Column column, FactSchema.Accessor<F> accessor, TableIndex index, int c) {
            super(table, column, accessor, index, c);
            List<Object> values = column.values();
            for (int i = 0; i < values.size(); i++) {
                atoms.put((String) values.get(i), i);
            }
        }

        @Override
        int atom(F facts) {
            Object value = accessor.object().apply(facts);
            if (value == null) {
                throw readNull(facts);
            }
            Integer atom = atoms.get(value);
            if (atom == null) {
                throw undeclared((String) value);
            }
            return atom;
        }

        @Override
        Object value(F facts) {
            return column.values().get(atom(facts));
        }
    }
}
