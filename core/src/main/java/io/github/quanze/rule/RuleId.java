package io.github.quanze.rule;

import io.github.quanze.internal.Identifiers;

/**
 * The stable identifier of a rule (规则编号), such as {@code SANCTION.DIRECT.GRAVE}.
 * <p>
 * Embedding systems store decisions with the identifiers of the rules that fired, and replace or extend a shipped
 * rule by its identifier, so identifiers never change meaning between releases. They are 1 to 64 letters or digits,
 * optionally joined by {@code -}, {@code _} or {@code .}, and order as strings.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the identifier, not null
 */
public record RuleId(String value) implements Comparable<RuleId> {

    /**
     * Creates an identifier, checking its format.
     *
     * @param value  the identifier, not null
     * @throws IllegalArgumentException if the identifier is null or malformed
     */
    public RuleId {
        Identifiers.check("Rule id", value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the identifier, not null
     * @return the identifier, not null
     * @throws IllegalArgumentException if the identifier is malformed
     */
    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
