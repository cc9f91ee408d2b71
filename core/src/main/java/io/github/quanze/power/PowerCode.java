package io.github.quanze.power;

import io.github.quanze.internal.Identifiers;
import io.github.quanze.internal.Texts;

/**
 * The code of a power in a catalogue (职权编码), such as {@code 330217001000} or {@code XK-YC-001}.
 * <p>
 * Codes are 1 to 64 characters: ASCII letters and digits, optionally separated by {@code -}, {@code _} or
 * {@code .}. Provinces use different schemes, so no further structure is imposed. Codes order as strings.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the code, not null
 */
public record PowerCode(String value) implements Comparable<PowerCode> {

    /**
     * Creates a code, checking its format.
     *
     * @param value  the code, not null
     * @throws IllegalArgumentException if the code is null or malformed
     */
    public PowerCode {
        if (!Identifiers.isWellFormed(value, true)) { // the message is made only on failure
            throw new IllegalArgumentException("Power code must be 1-64 ASCII letters or digits, optionally joined "
                    + "by '-', '_' or '.', but was " + Texts.quoted(value));
        }
    }

    /**
     * Obtains a code from its text.
     *
     * @param value  the code, not null
     * @return the code, not null
     * @throws IllegalArgumentException if the code is malformed
     */
    public static PowerCode of(String value) {
        return new PowerCode(value);
    }

    @Override
    public int compareTo(PowerCode other) {
        return value.compareTo(other.value);
    }

    /** Returns the code itself, so that {@code PowerCode.of(code.toString())} equals {@code code}. */
    @Override
    public String toString() {
        return value;
    }
}
