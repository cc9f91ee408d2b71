package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An input column of a table specification (输入列): a name, a kind with its values, and which way the facts are
 * graver.
 * <p>
 * Kinds: the constants of an enum, a boolean, a range of {@code int} (counts), a range of {@code long} (amounts of
 * money in 分 or yuan, quantities of goods, illegal gains), or a declared list of strings (enforcement areas,
 * regions). A column says nothing of how its value is read: a {@link FactSchema} binds it to the facts by its name
 * when the table is compiled ({@link TableSpec#compile}). A column may declare which way is graver
 * ({@link #graverWhenGreater()}), for the proportionality check (过罚相当) of {@link DecisionTable#verify()}: for
 * enums a later constant is greater, for booleans true, for strings a value declared later.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Column {

    /** The kind of values a column holds (列的类型). */
    public enum Kind {
        /** The constants of an enum, in declared order. */
        ENUM,
        /** False and true. */
        BOOLEAN,
        /** A range of {@code int}, both ends included. */
        INT,
        /** A range of {@code long}, both ends included, such as an amount of money in 分. */
        LONG,
        /** A declared list of strings, in declared order. */
        STRING
    }

    /** Which way along a column the facts are graver (加重方向). */
    public enum Direction {
        /** Unordered: neither way is graver. */
        NONE,
        /** A greater value is graver. */
        GREATER,
        /** A smaller value is graver. */
        SMALLER
    }

    private static final List<Object> BOOLEANS = List.of(false, true);

    private final String name;
    private final Kind kind;
    private final Class<? extends Enum<?>> enumType;
    /** The values of an enum, boolean or string column, in order; empty for ranges. */
    private final List<Object> values;
    private final long min;
    private final long max;
    private final Direction direction;

    private Column(String name, Kind kind, Class<? extends Enum<?>> enumType, List<Object> values, long min,
            long max, Direction direction) {
        checkArgument(name != null && !name.isBlank() && name.strip().equals(name),
                "Column name must not be blank or have surrounding spaces, but was %s", Texts.quoted(name));
        this.name = name;
        this.kind = kind;
        this.enumType = enumType;
        this.values = values;
        this.min = min;
        this.max = max;
        this.direction = direction;
    }

    /**
     * Obtains a column of enum constants.
     *
     * @param <E>  the enum type
     * @param name  the column's name, such as {@code gravity}, not blank
     * @param type  the enum type, not null
     * @return the column, not null
     */
    public static <E extends Enum<E>> Column ofEnum(String name, Class<E> type) {
        Objects.requireNonNull(type, "type");
        return new Column(name, Kind.ENUM, type, List.of((Object[]) type.getEnumConstants()), 0,
                type.getEnumConstants().length - 1, Direction.NONE);
    }

    /**
     * Obtains a column of booleans.
     *
     * @param name  the column's name, such as {@code suspectedCrime}, not blank
     * @return the column, not null
     */
    public static Column ofBoolean(String name) {
        return new Column(name, Kind.BOOLEAN, null, BOOLEANS, 0, 1, Direction.NONE);
    }

    /**
     * Obtains a column of {@code int} values in a declared range, both ends included.
     *
     * @param name  the column's name, such as {@code faultsThisYear}, not blank
     * @param min  the least value the facts may hold
     * @param max  the greatest value the facts may hold, at least {@code min}
     * @return the column, not null
     * @throws IllegalArgumentException if {@code max} is less than {@code min}
     */
    public static Column ofInt(String name, int min, int max) {
        checkArgument(min <= max, "Column %s: range [%s, %s] must not be empty", Texts.quoted(name), min, max);
        return new Column(name, Kind.INT, null, List.of(), min, max, Direction.NONE);
    }

    /**
     * Obtains a column of {@code long} values in a declared range, both ends included: an amount of money in 分 or
     * yuan, a quantity of goods, illegal gains.
     *
     * @param name  the column's name, such as {@code fineInFen}, not blank
     * @param min  the least value the facts may hold
     * @param max  the greatest value the facts may hold, at least {@code min}
     * @return the column, not null
     * @throws IllegalArgumentException if {@code max} is less than {@code min}
     */
    public static Column ofLong(String name, long min, long max) {
        checkArgument(min <= max, "Column %s: range [%s, %s] must not be empty", Texts.quoted(name), min, max);
        return new Column(name, Kind.LONG, null, List.of(), min, max, Direction.NONE);
    }

    /**
     * Obtains a column of strings from a declared list, such as enforcement areas or regions. The facts must hold
     * one of the values; their order is the column's order, lightest first, for {@link #graverWhenGreater()}.
     *
     * @param name  the column's name, such as {@code region}, not blank
     * @param values  the values, at least one, each once, none blank, not null
     * @return the column, not null
     * @throws IllegalArgumentException if there is no value, a value is blank or repeated
     */
    public static Column ofStrings(String name, List<String> values) {
        Objects.requireNonNull(values, "values");
        checkArgument(!values.isEmpty(), "Column %s must declare at least one string value", Texts.quoted(name));
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            checkArgument(value != null && !value.isBlank(), "Column %s: a value must not be blank, but was %s",
                    Texts.quoted(name), Texts.quoted(value));
            checkArgument(seen.add(value), "Column %s declares the value %s twice", Texts.quoted(name),
                    Texts.quoted(value));
        }
        return new Column(name, Kind.STRING, null, ImmutableList.copyOf(values), 0, values.size() - 1,
                Direction.NONE);
    }

    /**
     * Obtains a column of strings from a declared list (see {@link #ofStrings(String, List)}).
     *
     * @param name  the column's name, not blank
     * @param values  the values, at least one, each once, none blank, not null
     * @return the column, not null
     * @throws IllegalArgumentException if there is no value, a value is blank or repeated
     */
    public static Column ofStrings(String name, String... values) {
        return ofStrings(name, List.of(Objects.requireNonNull(values, "values")));
    }

    /**
     * Returns a copy of this column whose greater values are graver (a later enum constant or string, true, a
     * larger number).
     *
     * @return the ordered column, not null
     * @throws IllegalArgumentException if the column is already ordered
     */
    public Column graverWhenGreater() {
        return ordered(Direction.GREATER);
    }

    /**
     * Returns a copy of this column whose smaller values are graver.
     *
     * @return the ordered column, not null
     * @throws IllegalArgumentException if the column is already ordered
     */
    public Column graverWhenSmaller() {
        return ordered(Direction.SMALLER);
    }

    private Column ordered(Direction way) {
        checkArgument(direction == Direction.NONE, "Column %s is already graver when %s; it cannot be ordered twice",
                Texts.quoted(name), direction == Direction.GREATER ? "greater" : "smaller");
        return new Column(name, kind, enumType, values, min, max, way);
    }

    /**
     * Returns the column's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the kind of values the column holds.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns which way the facts are graver.
     *
     * @return the direction, {@link Direction#NONE} if unordered, not null
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Returns the values of an enum, boolean or string column, in order.
     *
     * @return the values, empty for a range column, not null
     */
    public List<Object> values() {
        return values;
    }

    /**
     * Returns the least value of a range column, or 0 for the others.
     *
     * @return the least value
     */
    public long min() {
        return min;
    }

    /**
     * Returns the greatest value of a range column, or the index of the last value for the others.
     *
     * @return the greatest value
     */
    public long max() {
        return max;
    }

    Class<? extends Enum<?>> enumType() {
        return enumType;
    }

    boolean isRange() {
        return kind == Kind.INT || kind == Kind.LONG;
    }

    /**
     * Checks that a cell's values have this column's kind and range. A range column takes ranges only
     * ({@link Cell#is(Object)} of a number is one): a cell listing values, which a number read from the facts would
     * never equal, is rejected rather than left to match nothing.
     */
    void validate(Cell cell, String table, Object row) {
        switch (cell.kind()) {
            case ANY:
                return;
            case RANGE:
                checkArgument(isRange(), "Table %s row '%s' column %s (%s): cell %s is a range of whole numbers, which "
                        + "only an int or long column can hold", Texts.quoted(table), row, Texts.quoted(name),
                        kindName(), cell);
                checkArgument((cell.openLow() || cell.low() >= min && cell.low() <= max)
                                && (cell.openHigh() || cell.high() <= max && cell.high() >= min),
                        "Table %s row '%s' column %s (%s): range %s is outside the column's range [%s, %s]",
                        Texts.quoted(table), row, Texts.quoted(name), kindName(), cell, min, max);
                return;
            default:
                checkArgument(!isRange(), "Table %s row '%s' column %s (%s): cell %s lists values, but a whole-number "
                        + "column takes ranges: use Cell.is(long), Cell.range, Cell.atLeast or Cell.atMost",
                        Texts.quoted(table), row, Texts.quoted(name), kindName(), cell);
                for (Object value : cell.values()) {
                    checkArgument(values.contains(value), "Table %s row '%s' column %s (%s): cell %s "
                            + "holds %s, which is not %s", Texts.quoted(table), row, Texts.quoted(name), kindName(),
                            cell, Texts.quoted(value), expected());
                }
        }
    }

    private String expected() {
        switch (kind) {
            case ENUM:
                return "a " + enumType.getSimpleName();
            case BOOLEAN:
                return "a boolean";
            default:
                return "one of its values";
        }
    }

    /** Names the column's kind for messages: {@code enum Gravity}, {@code boolean}, {@code integer [0, 10]}. */
    String kindName() {
        switch (kind) {
            case ENUM:
                return "enum " + enumType.getSimpleName();
            case BOOLEAN:
                return "boolean";
            case INT:
                return "integer [" + min + ", " + max + "]";
            case LONG:
                return "long [" + min + ", " + max + "]";
            default:
                return "strings " + values;
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Column other && name.equals(other.name) && kind == other.kind
                && Objects.equals(enumType, other.enumType) && values.equals(other.values) && min == other.min
                && max == other.max && direction == other.direction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, enumType, values, min, max, direction);
    }

    /** Describes the column: {@code gravity enum Gravity [MINOR, SERIOUS, GRAVE], graver when greater}. */
    @Override
    public String toString() {
        String values = kind == Kind.ENUM ? " " + this.values : "";
        String order = direction == Direction.NONE ? "" : direction == Direction.GREATER ? ", graver when greater"
                : ", graver when smaller";
        return name + " " + kindName() + values + order;
    }
}
