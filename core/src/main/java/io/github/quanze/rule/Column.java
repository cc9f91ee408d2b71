package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * An input column of a {@link DecisionTable} (输入列): a name, a type (an enum, a boolean or a range of integers)
 * and how to read the value from the facts.
 * <p>
 * Columns read facts with plain functions, such as {@code Fault::gravity}: no string keys, no reflection. A column
 * may declare which way is graver ({@link #graverWhenGreater()}), for the proportionality check (过罚相当) of
 * {@link DecisionTable#verify()}: for enums, a later constant is greater; for booleans, true is greater.
 * <p>
 * This class is immutable and thread-safe if its reading function is.
 *
 * @param <F>  the type of the facts
 */
public final class Column<F> {

    /** Which way along a column the facts are graver. */
    enum Direction { NONE, GREATER, SMALLER }

    enum Kind { ENUM, BOOLEAN, INT }

    private final String name;
    private final Kind kind;
    private final Class<? extends Enum<?>> enumType;
    private final Enum<?>[] constants;
    private final int min;
    private final int max;
    private final Function<? super F, ?> reader;
    private final ToIntFunction<? super F> intReader;
    private final Direction direction;

    private Column(String name, Kind kind, Class<? extends Enum<?>> enumType, int min, int max,
            Function<? super F, ?> reader, ToIntFunction<? super F> intReader, Direction direction) {
        checkArgument(name != null && !name.isBlank(), "Column name must not be blank, but was %s", Texts.quoted(name));
        this.name = name;
        this.kind = kind;
        this.enumType = enumType;
        this.constants = enumType == null ? null : enumType.getEnumConstants();
        this.min = min;
        this.max = max;
        this.reader = reader;
        this.intReader = intReader;
        this.direction = direction;
    }

    /**
     * Obtains a column of enum values.
     *
     * @param <F>  the type of the facts
     * @param <E>  the enum type
     * @param name  the column's name, such as {@code gravity}, not blank
     * @param type  the enum type, not null
     * @param reader  reads the value from the facts, not null
     * @return the column, not null
     */
    public static <F, E extends Enum<E>> Column<F> ofEnum(String name, Class<E> type,
            Function<? super F, E> reader) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reader, "reader");
        return new Column<>(name, Kind.ENUM, type, 0, type.getEnumConstants().length - 1, reader, null,
                Direction.NONE);
    }

    /**
     * Obtains a column of booleans.
     *
     * @param <F>  the type of the facts
     * @param name  the column's name, such as {@code suspectedCrime}, not blank
     * @param reader  reads the value from the facts, not null
     * @return the column, not null
     */
    public static <F> Column<F> ofBoolean(String name, Function<? super F, Boolean> reader) {
        Objects.requireNonNull(reader, "reader");
        return new Column<>(name, Kind.BOOLEAN, null, 0, 1, reader, null, Direction.NONE);
    }

    /**
     * Obtains a column of integers in a declared range, both ends included.
     *
     * @param <F>  the type of the facts
     * @param name  the column's name, such as {@code faultsThisYear}, not blank
     * @param min  the least value the facts may hold
     * @param max  the greatest value the facts may hold, at least {@code min}
     * @param reader  reads the value from the facts, not null
     * @return the column, not null
     * @throws IllegalArgumentException if {@code max} is less than {@code min}
     */
    public static <F> Column<F> ofInt(String name, int min, int max, ToIntFunction<? super F> reader) {
        Objects.requireNonNull(reader, "reader");
        checkArgument(min <= max && max < Integer.MAX_VALUE,
                "Column %s: range [%s, %s] must not be empty or end at Integer.MAX_VALUE", Texts.quoted(name), min, max);
        return new Column<>(name, Kind.INT, null, min, max, null, reader, Direction.NONE);
    }

    /**
     * Returns a copy of this column whose greater values are graver (a later enum constant, true, a larger number).
     *
     * @return the ordered column, not null
     */
    public Column<F> graverWhenGreater() {
        return new Column<>(name, kind, enumType, min, max, reader, intReader, Direction.GREATER);
    }

    /**
     * Returns a copy of this column whose smaller values are graver.
     *
     * @return the ordered column, not null
     */
    public Column<F> graverWhenSmaller() {
        return new Column<>(name, kind, enumType, min, max, reader, intReader, Direction.SMALLER);
    }

    /**
     * Returns the column's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    Direction direction() {
        return direction;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    /** Returns the enum constant or boolean of a value index (ordinal, or 0 and 1 for booleans). */
    Object valueAt(int index) {
        return kind == Kind.ENUM ? constants[index] : index == 1;
    }

    /** Returns the number of distinct enum or boolean values. */
    int valueCount() {
        return kind == Kind.ENUM ? constants.length : 2;
    }

    /**
     * Reads the facts: an enum's ordinal, 0 or 1 for a boolean, or the integer itself.
     *
     * @throws IllegalArgumentException if the value is null or outside the declared range
     */
    int read(F facts, String table) {
        if (kind == Kind.INT) {
            int value = intReader.applyAsInt(facts);
            if (value < min || value > max) {
                throw new IllegalArgumentException(String.format(
                        "Table %s column %s read %s from the facts, outside its range [%s, %s]", Texts.quoted(table),
                        Texts.quoted(name), value, min, max));
            }
            return value;
        }
        Object value = reader.apply(facts);
        if (value == null) {
            throw new IllegalArgumentException(String.format("Table %s column %s read null from the facts %s",
                    Texts.quoted(table), Texts.quoted(name), Texts.quoted(facts)));
        }
        return kind == Kind.ENUM ? ((Enum<?>) value).ordinal() : ((Boolean) value) ? 1 : 0;
    }

    /**
     * Checks that a cell's values have this column's type and range. An integer column takes ranges only
     * ({@link Cell#is(Object)} of an integer is one): a cell listing values, which an integer read from the facts
     * would never equal, is rejected rather than left to match nothing.
     */
    void validate(Cell cell, String table, Object row) {
        switch (cell.kind()) {
            case ANY:
                return;
            case RANGE:
                checkArgument(kind == Kind.INT, "Table %s row '%s' column %s (%s): cell %s is a range of "
                        + "integers, which only an integer column can hold", Texts.quoted(table), row,
                        Texts.quoted(name), kindName(), cell);
                boolean openLow = cell.low() == Integer.MIN_VALUE;
                boolean openHigh = cell.high() == Integer.MAX_VALUE - 1;
                checkArgument((openLow || cell.low() >= min && cell.low() <= max)
                                && (openHigh || cell.high() <= max && cell.high() >= min),
                        "Table %s row '%s' column %s (%s): range %s is outside the column's range [%s, %s]",
                        Texts.quoted(table), row, Texts.quoted(name), kindName(), cell, min, max);
                return;
            default:
                checkArgument(kind != Kind.INT, "Table %s row '%s' column %s (%s): cell %s lists values, but an "
                        + "integer column takes ranges: use Cell.is(int), Cell.range, Cell.atLeast or Cell.atMost",
                        Texts.quoted(table), row, Texts.quoted(name), kindName(), cell);
                for (Object value : cell.values()) {
                    boolean fits = kind == Kind.ENUM ? enumType.isInstance(value) : value instanceof Boolean;
                    checkArgument(fits, "Table %s row '%s' column %s (%s): cell %s holds %s, which is not a %s",
                            Texts.quoted(table), row, Texts.quoted(name), kindName(), cell, value,
                            kind == Kind.ENUM ? enumType.getSimpleName() : "boolean");
                }
        }
    }

    /** Names the column's kind for messages: {@code enum Gravity}, {@code boolean}, {@code integer [0, 10]}. */
    private String kindName() {
        switch (kind) {
            case ENUM:
                return "enum " + enumType.getSimpleName();
            case BOOLEAN:
                return "boolean";
            default:
                return "integer [" + min + ", " + max + "]";
        }
    }

    /** Describes the column for messages. */
    @Override
    public String toString() {
        switch (kind) {
            case ENUM:
                List<String> names = Arrays.stream(constants).map(Enum::name).collect(Collectors.toList());
                return name + " " + names;
            case BOOLEAN:
                return name + " [false, true]";
            default:
                return name + " [" + min + ", " + max + "]";
        }
    }
}
