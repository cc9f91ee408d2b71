package io.github.quanze.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.quanze.internal.Texts;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters one kind of finding carries (参数表): each name with the type of its value, required or optional.
 * A finding checks its {@link Parameters} against the schema of its kind when it is made, so a finding built by hand
 * with a missing, unknown or mistyped parameter fails at once, naming it, instead of when its message is rendered.
 * <p>
 * Types are those {@link Parameters} holds: {@code String.class} for a text, {@code Long.class} for a whole number,
 * {@code BigDecimal.class}, {@code LocalDate.class}, {@code Boolean.class}, {@code BilingualText.class}, an enum or
 * {@link Labelled} type, or {@code List.class}.
 * <p>
 * This class is immutable and thread-safe; {@link #require} and {@link #allow} return new schemas.
 */
public final class ParameterSchema {

    private static final ParameterSchema NONE = new ParameterSchema(ImmutableMap.of(), ImmutableMap.of());

    private final ImmutableMap<String, Class<?>> required;
    private final ImmutableMap<String, Class<?>> optional;

    private ParameterSchema(ImmutableMap<String, Class<?>> required, ImmutableMap<String, Class<?>> optional) {
        this.required = required;
        this.optional = optional;
    }

    /**
     * Returns the schema of a kind that carries no parameter.
     *
     * @return the empty schema, not null
     */
    public static ParameterSchema none() {
        return NONE;
    }

    /**
     * Returns this schema with a required parameter added.
     *
     * @param name  the name, a Java identifier not yet in the schema, not null
     * @param type  the type of its value, not null
     * @return the new schema, not null
     * @throws IllegalArgumentException if the name is not an identifier or already in the schema
     */
    public ParameterSchema require(String name, Class<?> type) {
        return new ParameterSchema(with(required, name, type), optional);
    }

    /**
     * Returns this schema with an optional parameter added.
     *
     * @param name  the name, a Java identifier not yet in the schema, not null
     * @param type  the type of its value, not null
     * @return the new schema, not null
     * @throws IllegalArgumentException if the name is not an identifier or already in the schema
     */
    public ParameterSchema allow(String name, Class<?> type) {
        return new ParameterSchema(required, with(optional, name, type));
    }

    /**
     * Returns the required parameters with their types, in the order they were added.
     *
     * @return the immutable map, not null
     */
    public Map<String, Class<?>> required() {
        return required;
    }

    /**
     * Returns the optional parameters with their types, in the order they were added.
     *
     * @return the immutable map, not null
     */
    public Map<String, Class<?>> optional() {
        return optional;
    }

    /**
     * Checks parameters against the schema: every required one present, none unknown, each of its type.
     *
     * @param owner  what the parameters belong to, for the message, such as {@code PROCEDURE.MISSED_DEADLINE}
     * @param parameters  the parameters, not null
     * @return the parameters, not null
     * @throws IllegalArgumentException naming the owner and the parameter that is missing, unknown or mistyped
     */
    public Parameters check(String owner, Parameters parameters) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(parameters, "parameters");
        for (String name : required.keySet()) {
            checkArgument(parameters.has(name), "%s: parameter %s is required, but absent; present: %s", owner,
                    Texts.quoted(name), parameters.names());
        }
        for (String name : parameters.names()) {
            Class<?> type = required.containsKey(name) ? required.get(name) : optional.get(name);
            checkArgument(type != null, "%s: parameter %s is not one of its parameters %s", owner,
                    Texts.quoted(name), names());
            try {
                parameters.typed(name, type);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(owner + ": " + e.getMessage(), e);
            }
        }
        return parameters;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterSchema that && required.equals(that.required)
                && optional.equals(that.optional);
    }

    @Override
    public int hashCode() {
        return required.hashCode() * 31 + optional.hashCode();
    }

    /** Returns the schema as {@code {due=LocalDate, approver?=String}}, for debugging. */
    @Override
    public String toString() {
        Map<String, String> all = new LinkedHashMap<>();
        required.forEach((name, type) -> all.put(name, type.getSimpleName()));
        optional.forEach((name, type) -> all.put(name + "?", type.getSimpleName()));
        return all.toString();
    }

    private Set<String> names() {
        Set<String> names = new LinkedHashSet<>(required.keySet());
        names.addAll(optional.keySet());
        return names;
    }

    private ImmutableMap<String, Class<?>> with(ImmutableMap<String, Class<?>> map, String name, Class<?> type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        checkArgument(Parameters.isIdentifier(name), "Parameter name must be an identifier, but was %s",
                Texts.quoted(name));
        checkArgument(!required.containsKey(name) && !optional.containsKey(name), "Parameter %s is in the schema "
                + "twice", Texts.quoted(name));
        return ImmutableMap.<String, Class<?>>builder().putAll(map).put(name, type).build();
    }
}
