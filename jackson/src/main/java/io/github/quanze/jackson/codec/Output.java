package io.github.quanze.jackson.codec;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;

/**
 * A document being written (写出中的文档): the generator and the context that decides how references are
 * written (a citation names its edition only where the catalogue holds several).
 */
public final class Output {

    private final JsonGenerator generator;
    private final DocumentContext context;
    private final States state = new States();

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

    /**
     * Returns the state this output keeps under {@code key}, making it with {@code create} the first time: a codec
     * whose values depend on fields read before them (a table's cells on its columns) hands them on here. The
     * state lives as long as this output: one document.
     *
     * @param key  the type of the state, not null
     * @param create  makes the state, not null
     * @param <S>  the type of the state
     * @return the state, not null
     */
    public <S> S state(Class<S> key, Supplier<S> create) {
        return state.get(key, create);
    }
}
