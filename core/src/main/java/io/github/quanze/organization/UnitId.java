package io.github.quanze.organization;

import io.github.quanze.internal.Identifiers;

/**
 * The identifier of an internal unit (内设机构标识), unique within an {@link Organization}.
 * <p>
 * Identifiers are 1 to 64 letters or digits (Chinese allowed), optionally joined by {@code -}, {@code _} or
 * {@code .}. They order as strings.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the identifier, not null
 */
public record UnitId(String value) implements Comparable<UnitId> {

    /**
     * Creates an identifier, checking its format.
     *
     * @param value  the identifier, not null
     * @throws IllegalArgumentException if the identifier is null or malformed
     */
    public UnitId {
        Identifiers.check("Unit id", value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws IllegalArgumentException if the identifier is malformed
     */
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public int compareTo(UnitId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
