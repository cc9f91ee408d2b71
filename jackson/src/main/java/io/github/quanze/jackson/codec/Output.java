package io.github.quanze.jackson.codec;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * A document being written (写出中的文档): the generator and the context that decides how references are
 * written (a citation names its edition only where the catalogue holds several).
 */
public final class Output {

    private final JsonGenerator generator;
    private final DocumentContext context;

    /**
     * Creates an output over a generator.
     *
     * @param generator  the generator, not null
     * @param context  what references are written against, not null
     */
    public Output(JsonGenerator generator, DocumentContext context) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Returns the generator.
     *
     * @return the generator, not null
     */
    public JsonGenerator generator() {
        return generator;
    }

    /**
     * Returns the value held in the context under {@code type}.
     *
     * @param type  the key, not null
     * @param <C>  the type of the value
     * @return the value, empty if none, not null
     */
    public <C> Optional<C> context(Class<C> type) {
        return context.get(type);
    }
}
