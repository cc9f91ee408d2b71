package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A condition in one input column of a {@link DecisionTable} row (条件单元格): any value, one value, a set of values,
 * all values but some, or a range of integers.
 * <p>
 * Cells are checked against their column when the table is built: an enum cell must hold constants of the column's
 * enum, a range must lie within the column's declared range.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Cell {

    enum Kind { ANY, VALUES, NOT_VALUES, RANGE }

    private static final Cell ANY = new Cell(Kind.ANY, Set.of(), 0, 0);

    private final Kind kind;
    private final Set<Object> values;
    private final int low;
    private final int high;

    private Cell(Kind kind, Set<Object> values, int low, int high) {
        this.kind = kind;
        this.values = values;
        this.low = low;
        this.high = high;
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
     * Obtains a cell matching one enum constant, boolean or integer.
     *
     * @param value  the value, not null
     * @return the cell, not null
     */
    public static Cell is(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof Integer number) {
            return range(number, number);
        }
        return new Cell(Kind.VALUES, Set.of(value), 0, 0);
    }

    /**
     * Obtains a cell matching any of several enum constants.
     *
     * @param values  the values, at least one, not null
     * @return the cell, not null
     * @throws IllegalArgumentException if no value is given
     */
    public static Cell in(Object... values) {
        checkArgument(values.length > 0, "Cell 'in' needs at least one value");
        return new Cell(Kind.VALUES, ImmutableSet.copyOf(values), 0, 0);
    }

    /**
     * Obtains a cell matching every enum constant except the ones given.
     *
     * @param values  the values excluded, at least one, not null
     * @return the cell, not null
     * @throws IllegalArgumentException if no value is given
     */
    public static Cell notIn(Object... values) {
        checkArgument(values.length > 0, "Cell 'notIn' needs at least one value");
        return new Cell(Kind.NOT_VALUES, ImmutableSet.copyOf(values), 0, 0);
    }

    /**
     * Obtains a cell matching true.
     *
     * @return the cell, not null
     */
    public static Cell yes() {
        return is(Boolean.TRUE);
    }

    /**
     * Obtains a cell matching false.
     *
     * @return the cell, not null
     */
    public static Cell no() {
        return is(Boolean.FALSE);
    }

    /**
     * Obtains a cell matching integers from {@code low} to {@code high}, both included.
     *
     * @param low  the least value matched
     * @param high  the greatest value matched, at least {@code low}
     * @return the cell, not null
     * @throws IllegalArgumentException if {@code high} is less than {@code low}
     */
    public static Cell range(int low, int high) {
        checkArgument(low <= high, "Cell range must not be empty, but was [%s, %s]", low, high);
        return new Cell(Kind.RANGE, Set.of(), low, high);
    }

    /**
     * Obtains a cell matching integers from {@code low} up to the column's maximum.
     *
     * @param low  the least value matched
     * @return the cell, not null
     */
    public static Cell atLeast(int low) {
        return new Cell(Kind.RANGE, Set.of(), low, Integer.MAX_VALUE - 1);
    }

    /**
     * Obtains a cell matching integers from the column's minimum up to {@code high}.
     *
     * @param high  the greatest value matched
     * @return the cell, not null
     */
    public static Cell atMost(int high) {
        return new Cell(Kind.RANGE, Set.of(), Integer.MIN_VALUE, high);
    }

    Kind kind() {
        return kind;
    }

    Set<Object> values() {
        return values;
    }

    int low() {
        return low;
    }

    int high() {
        return high;
    }

    /** Returns this cell with open range ends clamped to a column's range. */
    Cell clamp(int min, int max) {
        if (kind != Kind.RANGE || low >= min && high <= max) {
            return this;
        }
        return new Cell(Kind.RANGE, Set.of(), Math.max(low, min), Math.min(high, max));
    }

    /** Checks a value read from the facts: an enum constant, a boolean or an integer. */
    boolean matches(Object value) {
        switch (kind) {
            case ANY:
                return true;
            case VALUES:
                return values.contains(value);
            case NOT_VALUES:
                return !values.contains(value);
            default:
                int number = (Integer) value;
                return number >= low && number <= high;
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Cell other && kind == other.kind && values.equals(other.values) && low == other.low
                && high == other.high;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, values, low, high);
    }

    /** Returns the cell as a table shows it: -, GRAVE, {SERIOUS, GRAVE}, not {MINOR}, [3, 10]. */
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
                return "[" + (low == Integer.MIN_VALUE ? "min" : low) + ", "
                        + (high == Integer.MAX_VALUE - 1 ? "max" : high) + "]";
        }
    }

    private static String set(Set<Object> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
    }
}
