package io.github.quanze.jackson.codec;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one kind of value is read from and written to a document (编解码器), and its JSON Schema.
 * <p>
 * A codec reads from the current token and leaves the parser on the value's last token; it reports bad values
 * through {@link Input#error}. Reading, writing and the schema come from one definition, so the published schema
 * describes exactly what is read and written. Output-only codecs refuse to read.
 *
 * @param <T>  the type of value
 */
public interface Codec<T> {

    /**
     * Reads a value whose first token is the parser's current token.
     *
     * @param in  the input, not null
     * @return the value, not null
     * @throws InvalidDocumentException if the value is not valid
     */
    T read(Input in);

    /**
     * Writes a value.
     *
     * @param value  the value, not null
     * @param out  the output, not null
     */
    void write(T value, Output out);

    /**
     * Returns the JSON Schema (2020-12) of the value, registering named definitions with {@code schemas}.
     *
     * @param schemas  the schema being built, not null
     * @return the schema of this value, not null
     */
    ObjectNode schema(Schemas schemas);

    /**
     * Returns whether documents can be read with this codec; outputs are only written.
     *
     * @return true if {@link #read} is supported
     */
    default boolean readable() {
        return true;
    }

    /**
     * Returns a codec for another type, converting after reading and before writing. An exception thrown by
     * {@code decode} becomes an error at the value, with its message as the rule.
     *
     * @param decode  converts a read value, not null
     * @param encode  converts a value to write, not null
     * @param <U>  the other type
     * @return the codec, not null
     */
    default <U> Codec<U> map(Function<? super T, ? extends U> decode, Function<? super U, ? extends T> encode) {
        Codec<T> self = this;
        return new Codec<>() {
            @Override
            public U read(Input in) {
                TokenStreamLocation mark = in.mark();
                String field = in.currentField();
                T raw = self.read(in);
                try {
                    return decode.apply(raw);
                } catch (RuntimeException e) {
                    throw in.error(in.positionOf(mark), field, Input.quote(raw), Codecs.messageOf(e), e);
                }
            }

            @Override
            public void write(U value, Output out) {
                self.write(encode.apply(value), out);
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                return self.schema(schemas);
            }

            @Override
            public boolean readable() {
                return self.readable();
            }
        };
    }

    /**
     * Returns a codec that only writes: the codec of an output value whose writing is code rather than fields, such
     * as a finding's parameters or a decision's outcome. It refuses to read and says it is not {@link #readable}.
     *
     * @param what  the value as the refusal names it, such as "a decision's outcome", not null
     * @param write  writes a value, not null
     * @param schema  the JSON Schema of the value, registering named definitions with the schemas, not null
     * @param <T>  the type of value
     * @return the codec, not null
     */
    static <T> Codec<T> writeOnly(String what, BiConsumer<? super T, Output> write,
            Function<Schemas, ObjectNode> schema) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(schema, "schema");
        return new Codec<>() {
            @Override
            public T read(Input in) {
                throw new UnsupportedOperationException(what + " is an output and is not read");
            }

            @Override
            public boolean readable() {
                return false;
            }

            @Override
            public void write(T value, Output out) {
                write.accept(value, out);
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                return schema.apply(schemas);
            }
        };
    }
}
