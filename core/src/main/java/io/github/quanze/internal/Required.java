package io.github.quanze.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The two rules every builder of the library keeps: a single-valued attribute is set at most once, and
 * {@code build()} names every required attribute still missing, all at once.
 * <p>
 * A builder holds one instance. A setter passes its value through {@link #once}; {@code build()} calls
 * {@link #present} with the required attributes' names and values before it validates the value. A builder
 * filled from a value ({@code toBuilder()}) starts with nothing set, so each attribute can be changed once.
 * Not thread-safe, like the builder that holds it.
 */
public final class Required {

    private final String type;
    private final List<String> set = new ArrayList<>(4);

    /**
     * Starts the record of a builder.
     *
     * @param type  the name of the type built, such as "Power", for messages, not null
     */
    public Required(String type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Checks a value given to a setter and records the attribute as set.
     *
     * @param <T>  the type of the value
     * @param attribute  the attribute's name, such as "code", not null
     * @param value  the value, not null
     * @return the value, not null
     * @throws NullPointerException if the value is null; the message is the attribute's name
     * @throws IllegalStateException if the attribute was set before on this builder; the message names it
     */
    public <T> T once(String attribute, T value) {
        Objects.requireNonNull(value, attribute);
        if (set.contains(attribute)) {
            throw new IllegalStateException(type + " builder: " + attribute + " is already set; a builder sets each "
                    + "attribute once");
        }
        set.add(attribute);
        return value;
    }

    /**
     * Checks that the required attributes are present, and names all that are missing at once.
     *
     * @param namesAndValues  pairs of an attribute's name and its value, null if missing
     * @throws IllegalStateException if a value is null: "Power: missing required fields [code, name]"
     */
    public void present(Object... namesAndValues) {
        List<Object> missing = new ArrayList<>(0);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                missing.add(namesAndValues[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(type + ": missing required fields " + missing);
        }
    }
}
