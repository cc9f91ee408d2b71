package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import io.github.quanze.internal.Texts;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The declared circumstance facts of one act (违法情节事实): named values a discretion standard's tiers test, such as
 * {@code amount} (an amount in yuan), {@code repeated} (再次违法) or {@code scale}. A value is a whole number, a
 * boolean or a string; which names a standard uses, and their ranges, it declares as its circumstances.
 * <pre>{@code
 * Circumstances facts = Circumstances.builder().set("amount", 30_000).set("repeated", false).build();
 * }</pre>
 * Two sets of circumstances are equal when they hold the same names with the same values; they are the circumstance
 * profile by which 类案 are grouped. This class is immutable and thread-safe.
 */
public final class Circumstances {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 64;

    private static final Circumstances NONE = new Circumstances(ImmutableSortedMap.of());

    private final ImmutableSortedMap<String, Object> values;

    private Circumstances(ImmutableSortedMap<String, Object> values) {
        this.values = values;
    }

    /**
     * Returns circumstances with no values.
     *
     * @return the empty circumstances, not null
     */
    public static Circumstances none() {
        return NONE;
    }

    /**
     * Starts building circumstances.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the values by name, in the order of the names.
     *
     * @return the values, each a {@link Long}, {@link Boolean} or {@link String}, not null
     */
    public Map<String, Object> values() {
        return values;
    }

    /**
     * Returns a value.
     *
     * @param name  the name, not null
     * @return the value, empty if not declared, not null
     */
    public Optional<Object> value(String name) {
        return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name")));
    }

    long longValue(String name) {
        return values.get(name) instanceof Long l ? l : wrongKind(name, "a whole number");
    }

    boolean booleanValue(String name) {
        return values.get(name) instanceof Boolean b ? b : wrongKind(name, "a yes or no");
    }

    String stringValue(String name) {
        return values.get(name) instanceof String s ? s : wrongKind(name, "a word");
    }

    private <T> T wrongKind(String name, String kind) {
        throw new IllegalArgumentException("Circumstances: " + Texts.quote(name) + " must be " + kind + ", but was "
                + Texts.quote(String.valueOf(values.get(name))));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Circumstances c && values.equals(c.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Returns the values: {amount=30000, repeated=false}. */
    @Override
    public String toString() {
        return values.toString();
    }

    /**
     * Builds {@link Circumstances}. Each name is set once; a refused value leaves the builder as it was. A builder is
     * not thread-safe.
     */
    public static final class Builder {
        private final TreeMap<String, Object> values = new TreeMap<>();

        private Builder() {}

        /**
         * Sets a whole-number value, such as an amount in yuan, a duration in days or a count.
         *
         * @param name  the name, one line of at most {@value Circumstances#MAX_NAME_LENGTH} characters, not null
         * @param value  the value
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is blank or already set
         */
        public Builder set(String name, long value) {
            return put(name, value);
        }

        /**
         * Sets a yes-or-no value, such as {@code repeated}.
         *
         * @param name  the name, one line of at most {@value Circumstances#MAX_NAME_LENGTH} characters, not null
         * @param value  the value
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is blank or already set
         */
        public Builder set(String name, boolean value) {
            return put(name, value);
        }

        /**
         * Sets a value of a declared list, such as {@code place: school-area}.
         *
         * @param name  the name, one line of at most {@value Circumstances#MAX_NAME_LENGTH} characters, not null
         * @param value  the value, one line, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the name or the value is blank, or the name is already set
         */
        public Builder set(String name, String value) {
            Texts.checkLine("Circumstance " + Texts.quote(name), value);
            return put(name, value);
        }

        private Builder put(String name, Object value) {
            Texts.checkLine("Circumstance name", name, MAX_NAME_LENGTH);
            checkArgument(!values.containsKey(name), "Circumstance %s is already set to %s; each is set once",
                    Texts.quote(name), values.get(name));
            values.put(name, value);
            return this;
        }

        /**
         * Builds the circumstances.
         *
         * @return the circumstances, not null
         */
        public Circumstances build() {
            return values.isEmpty() ? NONE : new Circumstances(ImmutableSortedMap.copyOfSorted(values));
        }
    }
}
