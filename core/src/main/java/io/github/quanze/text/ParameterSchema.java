package io.github.quanze.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.quanze.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The parameters one kind of finding carries (参数清单): each name with the type of its value, so that a finding is
 * checked when it is made, not when its message is rendered, and a system knows what it stores.
 * <p>
 * A type is {@link String} (a text), {@link Long} (a whole number), {@link BigDecimal}, {@link LocalDate},
 * {@link Boolean}, {@link BilingualText}, an enum or another {@link Labelled} type; a list parameter names the type
 * of its elements. Names the schema reserves are those a rendering layer takes from a finding's typed components;
 * a finding's own parameters must not use them.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ParameterSchema {

    private final ImmutableMap<String, Class<?>> types;
    private final ImmutableSet<String> lists;
    private final ImmutableSet<String> reserved;

    private ParameterSchema(ImmutableMap<String, Class<?>> types, ImmutableSet<String> lists,
            ImmutableSet<String> reserved) {
        this.types = types;
        this.lists = lists;
        this.reserved = reserved;
    }

    /**
     * Starts a schema.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the names and the types of their values (of their elements, for a list), in the order declared.
     *
     * @return the types by name, not null
     */
    public Map<String, Class<?>> types() {
        return types;
    }

    /**
     * Checks whether a parameter is a list.
     *
     * @param name  the name, not null
     * @return true if the schema declares it as a list
     */
    public boolean isList(String name) {
        return lists.contains(Objects.requireNonNull(name, "name"));
    }

    /**
     * Returns the names a finding's own parameters must not use.
     *
     * @return the reserved names, not null
     */
    public Set<String> reserved() {
        return reserved;
    }

    /**
     * Checks parameters against the schema: each declared one present with a value of its type, no reserved name
     * used. Other parameters are allowed.
     *
     * @param owner  what the parameters belong to, for the message, such as "Allocation finding
     *        'ALLOCATION.UNALLOCATED'"; asked for only when a check fails, not null
     * @param parameters  the parameters, not null
     * @throws IllegalArgumentException naming the owner and the parameter, if one is missing, of the wrong type or
     *         reserved
     */
    public void check(Supplier<String> owner, Parameters parameters) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(parameters, "parameters");
        for (Map.Entry<String, Class<?>> entry : types.entrySet()) {
            String name = entry.getKey();
            Class<?> type = entry.getValue();
            Object value = parameters.get(name).orElse(null);
            if (value == null) {
                throw invalid(owner, "parameter %s is missing; present: %s", Texts.quote(name), parameters.names());
            }
            if (!lists.contains(name)) {
                if (!type.isInstance(value)) {
                    throw invalid(owner, "parameter %s must be a %s, but was a %s", Texts.quote(name),
                            type.getSimpleName(), value.getClass().getSimpleName());
                }
                continue;
            }
            if (!(value instanceof List)) {
                throw invalid(owner, "parameter %s must be a list of %s, but was a %s", Texts.quote(name),
                        type.getSimpleName(), value.getClass().getSimpleName());
            }
            for (Object element : (List<?>) value) {
                if (!type.isInstance(element)) {
                    throw invalid(owner, "parameter %s must be a list of %s, but holds a %s", Texts.quote(name),
                            type.getSimpleName(), element.getClass().getSimpleName());
                }
            }
        }
        for (String name : reserved) {
            if (parameters.has(name)) {
                throw invalid(owner, "parameter %s is taken from the finding itself and must not be given",
                        Texts.quote(name));
            }
        }
    }

    private static IllegalArgumentException invalid(Supplier<String> owner, String template, Object... values) {
        return new IllegalArgumentException(owner.get() + ": " + String.format(template, values));
    }

    @Override
    public String toString() {
        return "ParameterSchema" + types;
    }

    /** A builder of {@link ParameterSchema}. Not thread-safe; the built schema is. */
    public static final class Builder {

        private final ImmutableMap.Builder<String, Class<?>> types = ImmutableMap.builder();
        private final ImmutableSet.Builder<String> lists = ImmutableSet.builder();
        private final ImmutableSet.Builder<String> reserved = ImmutableSet.builder();

        private Builder() {
        }

        /**
         * Declares a parameter.
         *
         * @param name  the name, not null
         * @param type  the type of its value: {@code String.class}, {@code Long.class}, {@code LocalDate.class}, an
         *        enum or labelled type …, not null
         * @return this builder, not null
         */
        public Builder value(String name, Class<?> type) {
            types.put(Objects.requireNonNull(name, "name"), checkType(type));
            return this;
        }

        /**
         * Declares a list parameter.
         *
         * @param name  the name, not null
         * @param elementType  the type of its elements, not null
         * @return this builder, not null
         */
        public Builder list(String name, Class<?> elementType) {
            value(name, elementType);
            lists.add(name);
            return this;
        }

        /**
         * Reserves names for the values a rendering layer takes from a finding's typed components.
         *
         * @param names  the names, not null
         * @return this builder, not null
         */
        public Builder reserve(Set<String> names) {
            reserved.addAll(Objects.requireNonNull(names, "names"));
            return this;
        }

        /**
         * Builds the schema.
         *
         * @return the schema, not null
         * @throws IllegalArgumentException if a name is declared twice, or declared and reserved
         */
        public ParameterSchema build() {
            ImmutableMap<String, Class<?>> built = types.buildOrThrow();
            ImmutableSet<String> reservedNames = reserved.build();
            for (String name : built.keySet()) {
                checkArgument(!reservedNames.contains(name), "Parameter %s is both declared and reserved",
                        Texts.quoted(name));
            }
            return new ParameterSchema(built, lists.build(), reservedNames);
        }

        private static Class<?> checkType(Class<?> type) {
            Objects.requireNonNull(type, "type");
            checkArgument(type == String.class || type == Long.class || type == BigDecimal.class
                    || type == LocalDate.class || type == Boolean.class || type == BilingualText.class
                    || type.isEnum() || Labelled.class.isAssignableFrom(type),
                    "Parameter type must be a text, number, amount, date, boolean, enum or labelled type, but was %s",
                    type.getName());
            return type;
        }
    }
}
