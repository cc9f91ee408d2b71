package io.github.quanze.organization;

import io.github.quanze.internal.Identifiers;

/**
 * The identifier of an enforcement officer (执法人员标识), unique within an {@link Organization}.
 * <p>
 * Identifiers are 1 to 64 letters or digits (Chinese allowed), optionally joined by {@code -}, {@code _} or
 * {@code .}. They order as strings.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the identifier, not null
 */
public record OfficerId(String value) implements Comparable<OfficerId> {

    /**
     * Creates an identifier, checking its format.
     *
     * @param value  the identifier, not null
     * @throws IllegalArgumentException if the identifier is null or malformed
     */
    public OfficerId {
        Identifiers.check("Officer id", value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws IllegalArgumentException if the identifier is malformed
     */
    public static OfficerId of(String value) {
        return new OfficerId(value);
    }

    @Override
    public int compareTo(OfficerId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
