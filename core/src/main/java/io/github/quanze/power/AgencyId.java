package io.github.quanze.power;

import io.github.quanze.internal.Identifiers;

/**
 * The identifier of an enforcement agency (执法主体标识), unique within an organization ({@code io.github.quanze.organization.Organization}, a layer above).
 * <p>
 * Identifiers are 1 to 64 letters or digits (Chinese allowed), optionally joined by {@code -}, {@code _} or
 * {@code .}. They order as strings.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the identifier, not null
 */
public record AgencyId(String value) implements Comparable<AgencyId> {

    /**
     * Creates an identifier, checking its format.
     *
     * @param value  the identifier, not null
     * @throws IllegalArgumentException if the identifier is null or malformed
     */
    public AgencyId {
        Identifiers.check("Agency id", value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws IllegalArgumentException if the identifier is malformed
     */
    public static AgencyId of(String value) {
        return new AgencyId(value);
    }

    @Override
    public int compareTo(AgencyId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
