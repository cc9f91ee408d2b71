package io.github.quanze.organization;

import io.github.quanze.internal.Identifiers;

/**
 * The identifier of a post (岗位标识), unique within an {@link Organization}.
 * <p>
 * Identifiers are 1 to 64 letters or digits (Chinese allowed), optionally joined by {@code -}, {@code _} or
 * {@code .}. They order as strings.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the identifier, not null
 */
public record PostId(String value) implements Comparable<PostId> {

    /**
     * Creates an identifier, checking its format.
     *
     * @param value  the identifier, not null
     * @throws IllegalArgumentException if the identifier is null or malformed
     */
    public PostId {
        Identifiers.check("Post id", value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws IllegalArgumentException if the identifier is malformed
     */
    public static PostId of(String value) {
        return new PostId(value);
    }

    @Override
    public int compareTo(PostId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
