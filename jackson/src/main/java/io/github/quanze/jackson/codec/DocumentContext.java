package io.github.quanze.jackson.codec;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a document's references resolve against (引用依据): the basis catalogue its citations name, the
 * organization and procedures a case record names, and so on. Immutable; {@link #with} returns a copy.
 * <p>
 * Values are keyed by their class. A document whose codec needs a value the context lacks fails with an error
 * that names the missing document kind.
 */
public final class DocumentContext {

    private static final DocumentContext EMPTY = new DocumentContext(ImmutableMap.of());

    private final ImmutableMap<Class<?>, Object> values;

    private DocumentContext(ImmutableMap<Class<?>, Object> values) {
        this.values = values;
    }

    /**
     * Returns the context with nothing in it.
     *
     * @return the empty context, not null
     */
    public static DocumentContext empty() {
        return EMPTY;
    }

    /**
     * Returns a copy of this context that holds {@code value} under {@code type}, replacing any value held there.
     *
     * @param type  the key, not null
     * @param value  the value, not null
     * @param <C>  the type of the value
     * @return the new context, not null
     */
    public <C> DocumentContext with(Class<C> type, C value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        ImmutableMap.Builder<Class<?>, Object> b = ImmutableMap.builder();
        for (Map.Entry<Class<?>, Object> e : values.entrySet()) {
            if (!e.getKey().equals(type)) {
                b.put(e);
            }
        }
        return new DocumentContext(b.put(type, value).build());
    }

    /**
     * Returns the value held under {@code type}.
     *
     * @param type  the key, not null
     * @param <C>  the type of the value
     * @return the value, empty if none is held, not null
     */
    public <C> Optional<C> get(Class<C> type) {
        return Optional.ofNullable(type.cast(values.get(Objects.requireNonNull(type, "type"))));
    }

    @Override
    public String toString() {
        return "DocumentContext" + values.keySet();
    }
}
