package io.github.quanze.jackson.codec;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ObjectNode;

/**
 * References (引用) from one document to the entities of another: an id or code written as a string, resolved
 * when read against a document given to the reader (the organization whose officers a case record names). A reference to nothing is an error that names the id; a document that needs a context it was not
 * given fails naming what is missing.
 */
public final class References {

    private References() {
    }

    /**
     * Returns the codec of an id written as a string.
     *
     * @param create  makes the id from its text, throwing {@link IllegalArgumentException} for a malformed one,
     *         not null
     * @param text  the id's text, not null
     * @param <I>  the type of id
     * @return the codec, not null
     */
    public static <I> Codec<I> id(Function<String, I> create, Function<I, String> text) {
        return Codecs.STRING.map(create, text);
    }

    /**
     * Returns a codec of ids that must resolve against a value of the reader's context.
     *
     * @param id  the codec of the id, not null
     * @param context  the type of value the id resolves against, not null
     * @param what  that value as the error names it when it is missing, such as "a power catalogue", not null
     * @param resolve  checks the id against the value, throwing {@link IllegalArgumentException} with a message
     *         that names the id when it refers to nothing, not null
     * @param <I>  the type of id
     * @param <C>  the type of the context value
     * @return the codec, not null
     */
    public static <I, C> Codec<I> to(Codec<I> id, Class<C> context, String what, BiConsumer<C, I> resolve) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(resolve, "resolve");
        return new Codec<>() {
            @Override
            public I read(Input in) {
                TokenStreamLocation mark = in.mark();
                String field = in.currentField();
                I value = id.read(in);
                C target = in.require(context, what);
                try {
                    resolve.accept(target, value);
                } catch (IllegalArgumentException e) {
                    throw in.error(in.positionOf(mark), field, Input.quote(value), Codecs.messageOf(e), e);
                }
                return value;
            }

            @Override
            public void write(I value, Output out) {
                id.write(value, out);
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                return id.schema(schemas);
            }
        };
    }
}
