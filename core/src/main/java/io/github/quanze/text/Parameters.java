package io.github.quanze.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.quanze.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The typed parameters of a finding (检查发现的参数): dates, ids, amounts, counts, steps and other named values, kept
 * as data so a system can store, count and translate findings without parsing their sentences.
 * <p>
 * A value is a {@link String} (an id, a code, a name), a {@link Long} (a count, days, an amount in 分), a
 * {@link BigDecimal} (an amount in yuan), a {@link LocalDate}, a {@link Boolean}, an enum constant, a
 * {@link BilingualText}, a {@link Labelled} value, or an immutable list of such values. Names keep the order in
 * which they were put; a name is set once.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Parameters {

    private static final Parameters EMPTY = new Parameters(ImmutableMap.of());

    private final ImmutableMap<String, Object> values;

    private Parameters(ImmutableMap<String, Object> values) {
        this.values = values;
    }

    /**
     * Returns the parameters with no value.
     *
     * @return the empty parameters, not null
     */
    public static Parameters empty() {
        return EMPTY;
    }

    /**
     * Starts parameters.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the names, in the order they were put.
     *
     * @return the names, not null
     */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * Returns the parameters as a map of name to value, in order.
     *
     * @return the immutable map, not null
     */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * Returns the value of a parameter, if it is present.
     *
     * @param name  the name, not null
     * @return the value, empty if absent, not null
     */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns whether a parameter is present.
     *
     * @param name  the name, not null
     * @return true if present
     */
    public boolean has(String name) {
        return values.containsKey(Objects.requireNonNull(name, "name"));
    }

    /**
     * Returns a date parameter.
     *
     * @param name  the name, not null
     * @return the date, not null
     * @throws IllegalArgumentException if the parameter is absent or not a date
     */
    public LocalDate date(String name) {
        return typed(name, LocalDate.class);
    }

    /**
     * Returns a whole-number parameter.
     *
     * @param name  the name, not null
     * @return the number
     * @throws IllegalArgumentException if the parameter is absent or not a whole number
     */
    public long number(String name) {
        return typed(name, Long.class);
    }

    /**
     * Returns a text parameter (an id, a code, a name).
     *
     * @param name  the name, not null
     * @return the text, not null
     * @throws IllegalArgumentException if the parameter is absent or not a text
     */
    public String text(String name) {
        return typed(name, String.class);
    }

    /**
     * Returns an amount parameter.
     *
     * @param name  the name, not null
     * @return the amount, not null
     * @throws IllegalArgumentException if the parameter is absent or not an amount
     */
    public BigDecimal amount(String name) {
        return typed(name, BigDecimal.class);
    }

    /**
     * Returns an enum parameter.
     *
     * @param <E>  the enum type
     * @param name  the name, not null
     * @param type  the enum class, not null
     * @return the constant, not null
     * @throws IllegalArgumentException if the parameter is absent or not of that enum
     */
    public <E extends Enum<E>> E constant(String name, Class<E> type) {
        return typed(name, type);
    }

    /**
     * Returns a yes-or-no parameter.
     *
     * @param name  the name, not null
     * @return the value
     * @throws IllegalArgumentException if the parameter is absent or not a yes-or-no value
     */
    public boolean bool(String name) {
        return typed(name, Boolean.class);
    }

    /**
     * Returns a parameter in both languages: a {@link BilingualText}, or the label of a {@link Labelled} value.
     *
     * @param name  the name, not null
     * @return the text, not null
     * @throws IllegalArgumentException if the parameter is absent or neither a bilingual text nor a labelled value
     */
    public BilingualText bilingual(String name) {
        Object value = typed(name, Object.class);
        if (value instanceof Labelled) {
            return ((Labelled) value).label();
        }
        return typed(name, BilingualText.class);
    }

    /**
     * Returns a list parameter.
     *
     * @param name  the name, not null
     * @return the immutable list, not null
     * @throws IllegalArgumentException if the parameter is absent or not a list
     */
    public List<?> list(String name) {
        return typed(name, List.class);
    }

    <T> T typed(String name, Class<T> type) {
        Object value = values.get(Objects.requireNonNull(name, "name"));
        checkArgument(value != null, "Parameter %s is absent; present: %s", Texts.quoted(name), values.keySet());
        checkArgument(type.isInstance(value), "Parameter %s must be %s, but was %s %s", Texts.quoted(name),
                kindOf(type), kindOf(value.getClass()), Texts.quoted(value));
        return type.cast(value);
    }

    /** Whether a name is a Java identifier, as parameter names and placeholders must be. */
    static boolean isIdentifier(String name) {
        return !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))
                && name.chars().allMatch(Character::isJavaIdentifierPart);
    }

    /** Names a kind of value for a message: "a date", "a StepKind constant". */
    private static String kindOf(Class<?> type) {
        if (type == String.class) {
            return "a text";
        }
        if (type == Long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "an amount";
        }
        if (type == LocalDate.class) {
            return "a date";
        }
        if (type == Boolean.class) {
            return "a yes-or-no value";
        }
        if (type == BilingualText.class) {
            return "a bilingual text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Enum.class.isAssignableFrom(type)) {
            Class<?> declaring = type.isEnum() ? type : type.getSuperclass();
            return "a " + declaring.getSimpleName() + " constant";
        }
        return "a " + type.getSimpleName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parameters && values.equals(((Parameters) other).values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Returns the parameters as {@code {name=value, …}}, for debugging. */
    @Override
    public String toString() {
        return values.toString();
    }

    /**
     * A builder of {@link Parameters}: each name is put once. Not thread-safe; the built parameters are.
     */
    public static final class Builder {

        private final ImmutableMap.Builder<String, Object> values = ImmutableMap.builder();
        private final Set<String> names = new HashSet<>();

        private Builder() {
        }

        /**
         * Puts a text (an id, a code, a name).
         *
         * @param name  the name, a Java identifier, not null
         * @param value  the text, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is not an identifier or was put before
         */
        public Builder put(String name, String value) {
            return add(name, value);
        }

        /**
         * Puts a whole number (a count, days, an amount in 分).
         *
         * @param name  the name, a Java identifier, not null
         * @param value  the number
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is not an identifier or was put before
         */
        public Builder put(String name, long value) {
            return add(name, value);
        }

        /**
         * Puts an amount.
         *
         * @param name  the name, a Java identifier, not null
         * @param value  the amount, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is not an identifier or was put before
         */
        public Builder put(String name, BigDecimal value) {
            return add(name, value);
        }

        /**
         * Puts a date.
         *
         * @param name  the name, a Java identifier, not null
         * @param value  the date, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is not an identifier or was put before
         */
        public Builder put(String name, LocalDate value) {
            return add(name, value);
        }

        /**
         * Puts a yes-or-no value.
         *
         * @param name  the name, a Java identifier, not null
         * @param value  the value
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is not an identifier or was put before
         */
        public Builder put(String name, boolean value) {
            return add(name, value);
        }

        /**
         * Puts an enum constant that has no label, which renders by its name. A {@link Labelled} enum constant, such
         * as a step kind, is put with {@link #put(String, Labelled)} and renders by its label; {@link #constant}
         * reads either back. (One overload for both would be ambiguous for a labelled enum constant.)
         *
         * @param name  the name, a Java identifier, not null
         * @param value  the constant, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is not an identifier or was put before
         */
        public Builder putConstant(String name, Enum<?> value) {
            return add(name, value);
        }

        /**
         * Puts a text in both languages.
         *
         * @param name  the name, a Java identifier, not null
         * @param value  the text, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is not an identifier or was put before
         */
        public Builder put(String name, BilingualText value) {
            return add(name, value);
        }

        /**
         * Puts a labelled value, such as a citation or a labelled enum constant; it renders by its label.
         *
         * @param name  the name, a Java identifier, not null
         * @param value  the value, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is not an identifier or was put before
         */
        public Builder put(String name, Labelled value) {
            return add(name, value);
        }

        /**
         * Puts a list of values, each of a kind this class holds.
         *
         * @param name  the name, a Java identifier, not null
         * @param value  the values, not null and without null
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is not an identifier or was put before, or an element is of
         *         a kind this class does not hold
         */
        public Builder put(String name, List<?> value) {
            checkName(name);
            Objects.requireNonNull(value, () -> "Parameter " + Texts.quote(name) + ": value must not be null");
            ImmutableList.Builder<Object> list = ImmutableList.builderWithExpectedSize(value.size());
            int index = 0;
            for (Object element : value) {
                checkArgument(element != null, "Parameter %s: list element %s is null", Texts.quoted(name), index);
                Object scalar = element instanceof Integer || element instanceof Short || element instanceof Byte
                        ? Long.valueOf(((Number) element).longValue()) : element;
                checkArgument(isScalar(scalar), "Parameter %s: list element %s must be a text, whole number, amount, "
                        + "date, yes-or-no value, enum constant, bilingual text or labelled value, but was %s",
                        Texts.quoted(name), index, kindOf(element.getClass()));
                list.add(scalar);
                index++;
            }
            return add(name, list.build());
        }

        /**
         * Puts every parameter of {@code other}, in its order.
         *
         * @param other  the parameters, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if a name of {@code other} was put before; nothing is put then
         */
        public Builder putAll(Parameters other) {
            Objects.requireNonNull(other, "other");
            for (String name : other.names()) {
                checkArgument(!names.contains(name), "Parameter %s is put twice", Texts.quoted(name));
            }
            other.asMap().forEach(this::add);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters, not null
         */
        public Parameters build() {
            return names.isEmpty() ? EMPTY : new Parameters(values.build());
        }

        private Builder add(String name, Object value) {
            checkName(name);
            Objects.requireNonNull(value, () -> "Parameter " + Texts.quote(name) + ": value must not be null");
            checkArgument(names.add(name), "Parameter %s is put twice", Texts.quoted(name));
            values.put(name, value);
            return this;
        }

        private static void checkName(String name) {
            Objects.requireNonNull(name, "name");
            checkArgument(isIdentifier(name), "Parameter name must be an identifier, but was %s", Texts.quoted(name));
        }

        static boolean isScalar(Object value) {
            return value instanceof String || value instanceof Long || value instanceof BigDecimal
                    || value instanceof LocalDate || value instanceof Boolean || value instanceof Enum
                    || value instanceof BilingualText || value instanceof Labelled;
        }
    }
}
