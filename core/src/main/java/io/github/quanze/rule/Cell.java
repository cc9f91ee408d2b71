package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.quanze.internal.Texts;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A condition in one input column of a table row (条件单元格): any value, one value, any of several values, none of
 * several values, or a range of whole numbers.
 * <p>
 * A value is an enum constant, a boolean or a string, as the column holds; a whole number ({@code int} or
 * {@code long}, such as an amount in 分) makes a range of one. Ranges have both ends included; {@link #atLeast} and
 * {@link #atMost} leave one end open, up to the column's own bound. Cells are checked against their column when the
 * table is built ({@link TableSpec.Builder#build()}): an enum cell must hold constants of the column's enum, a
 * string cell values the column declares, a range must lie within the column's range.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Cell {

    /** What a cell matches (单元格的种类). */
    public enum Kind {
        /** Any value ({@link #any()}). */
        ANY,
        /** The values listed ({@link #is}, {@link #anyOf}, {@link #yes()}, {@link #no()}). */
        VALUES,
        /** Every value but those listed ({@link #noneOf}). */
        NOT_VALUES,
        /** A range of whole numbers ({@link #range}, {@link #atLeast}, {@link #atMost}). */
        RANGE
    }

    private static final Cell ANY = new Cell(Kind.ANY, Set.of(), 0, 0, false, false);
    private static final Cell YES = new Cell(Kind.VALUES, Set.of(Boolean.TRUE), 0, 0, false, false);
    private static final Cell NO = new Cell(Kind.VALUES, Set.of(Boolean.FALSE), 0, 0, false, false);

    private final Kind kind;
    private final Set<Object> values;
    private final long low;
    private final long high;
    private final boolean openLow;
    private final boolean openHigh;

    private Cell(Kind kind, Set<Object> values, long low, long high, boolean openLow, boolean openHigh) {
        this.kind = kind;
        this.values = values;
        this.low = low;
        this.high = high;
        this.openLow = openLow;
        this.openHigh = openHigh;
    }

    /**
     * Obtains the cell that matches any value ("-" in DMN).
     *
     * @return the cell, not null
     */
    public static Cell any() {
        return ANY;
    }

    /**
     * Obtains a cell matching one value: an enum constant, a boolean, a string, or a whole number (a range of one).
     *
     * @param value  the value, not null
     * @return the cell, not null
     * @throws IllegalArgumentException if the value is of another type
     */
    public static Cell is(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            return range(number, number);
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? YES : NO;
        }
        return new Cell(Kind.VALUES, Set.of(checkValue(value)), 0, 0, false, false);
    }

    /**
     * Obtains a cell matching any of several values: enum constants, booleans or strings.
     *
     * @param values  the values, at least one, not null
     * @return the cell, not null
     * @throws IllegalArgumentException if no value is given, or a value is a number or of another type
     */
    public static Cell anyOf(Object... values) {
        return new Cell(Kind.VALUES, set("anyOf", values), 0, 0, false, false);
    }

    /**
     * Obtains a cell matching every value of the column except the ones given.
     *
     * @param values  the values excluded: enum constants, booleans or strings, at least one, not null
     * @return the cell, not null
     * @throws IllegalArgumentException if no value is given, or a value is a number or of another type
     */
    public static Cell noneOf(Object... values) {
        return new Cell(Kind.NOT_VALUES, set("noneOf", values), 0, 0, false, false);
    }

    /**
     * Obtains a cell matching true.
     *
     * @return the cell, not null
     */
    public static Cell yes() {
        return YES;
    }

    /**
     * Obtains a cell matching false.
     *
     * @return the cell, not null
     */
    public static Cell no() {
        return NO;
    }

    /**
     * Obtains a cell matching whole numbers from {@code low} to {@code high}, both included.
     *
     * @param low  the least value matched
     * @param high  the greatest value matched, at least {@code low}
     * @return the cell, not null
     * @throws IllegalArgumentException if {@code high} is less than {@code low}
     */
    public static Cell range(long low, long high) {
        checkArgument(low <= high, "Cell range must not be empty, but was [%s, %s]", low, high);
        return new Cell(Kind.RANGE, Set.of(), low, high, false, false);
    }

    /**
     * Obtains a cell matching whole numbers from {@code low} up to the column's greatest value.
     *
     * @param low  the least value matched
     * @return the cell, not null
     */
    public static Cell atLeast(long low) {
        return new Cell(Kind.RANGE, Set.of(), low, Long.MAX_VALUE, false, true);
    }

    /**
     * Obtains a cell matching whole numbers from the column's least value up to {@code high}.
     *
     * @param high  the greatest value matched
     * @return the cell, not null
     */
    public static Cell atMost(long high) {
        return new Cell(Kind.RANGE, Set.of(), Long.MIN_VALUE, high, true, false);
    }

    private static Set<Object> set(String factory, Object... values) {
        Objects.requireNonNull(values, "values");
        checkArgument(values.length > 0, "Cell %s needs at least one value", factory);
        for (Object value : values) {
            Objects.requireNonNull(value, "value");
            checkArgument(!(value instanceof Number), "Cell %s takes enum constants, booleans or strings, but was "
                    + "given the number %s: use Cell.range, Cell.atLeast or Cell.atMost", factory, value);
            checkValue(value);
        }
        return ImmutableSet.copyOf(values);
    }

    private static Object checkValue(Object value) {
        checkArgument(value instanceof Enum || value instanceof Boolean || value instanceof String,
                "Cell value must be an enum constant, a boolean, a string or a whole number, but was %s (%s)",
                Texts.quoted(value), value.getClass().getSimpleName());
        return value;
    }

    /**
     * Returns what the cell matches.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the values a cell of {@link Kind#VALUES} matches, or those a cell of {@link Kind#NOT_VALUES} does not.
     *
     * @return the values, empty for the other kinds, not null
     */
    public Set<Object> values() {
        return values;
    }

    /**
     * Returns the least number a range matches.
     *
     * @return the least number, empty for a range open below (up to its column's least) or a cell of another kind
     */
    public OptionalLong lowest() {
        return kind == Kind.RANGE && !openLow ? OptionalLong.of(low) : OptionalLong.empty();
    }

    /**
     * Returns the greatest number a range matches.
     *
     * @return the greatest number, empty for a range open above (up to its column's greatest) or a cell of another
     *         kind
     */
    public OptionalLong highest() {
        return kind == Kind.RANGE && !openHigh ? OptionalLong.of(high) : OptionalLong.empty();
    }

    long low() {
        return low;
    }

    long high() {
        return high;
    }

    boolean openLow() {
        return openLow;
    }

    boolean openHigh() {
        return openHigh;
    }

    /** Checks a value as the facts hold it: an enum constant, a boolean, a string, or a whole number as a Long. */
    boolean matches(Object value) {
        switch (kind) {
            case ANY:
                return true;
            case VALUES:
                return values.contains(value);
            case NOT_VALUES:
                return !values.contains(value);
            default:
                long number = (Long) value;
                return (openLow || number >= low) && (openHigh || number <= high);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Cell other && kind == other.kind && values.equals(other.values) && low == other.low
                && high == other.high && openLow == other.openLow && openHigh == other.openHigh;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, values, low, high, openLow, openHigh);
    }

    /** Returns the cell as a table shows it: -, GRAVE, {SERIOUS, GRAVE}, not {MINOR}, [3, 10], [3, max]. */
    @Override
    public String toString() {
        switch (kind) {
            case ANY:
                return "-";
            case VALUES:
                return values.size() == 1 ? String.valueOf(values.iterator().next()) : set(values);
            case NOT_VALUES:
                return "not " + set(values);
            default:
                return "[" + (openLow ? "min" : String.valueOf(low)) + ", " + (openHigh ? "max" : String.valueOf(high))
                        + "]";
        }
    }

    private static String set(Set<Object> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
    }
}
