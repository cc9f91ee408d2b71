package io.github.quanze.jackson.rule;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Position;
import io.github.quanze.jackson.codec.Schemas;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value read with the place it was read at, so that a rule the table builder applies later, when the row is
 * whole, is reported at the value it concerns.
 *
 * @param value  the value, not null
 * @param in  the input it was read from, null for a value being written
 * @param at  where it was read, null for a value being written
 * @param field  the field that held it, may be null
 * @param <V>  the type of the value
 */
record Located<V>(V value, Input in, Position at, String field) {

    /** A value to write, with no place. */
    static <V> Located<V> of(V value) {
        return new Located<>(value, null, null, null);
    }

    /** An error at the value, with the builder's message as its rule. */
    InvalidDocumentException error(RuntimeException cause) {
        return in.error(at, field, Input.quote(value), io.github.quanze.jackson.codec.Codecs.messageOf(cause), cause);
    }

    /** Returns a codec that reads values with their place. */
    static <V> Codec<Located<V>> codec(Codec<V> codec) {
        return new Codec<>() {
            @Override
            public Located<V> read(Input in) {
                Position at = in.position();
                String field = in.currentField();
                return new Located<>(codec.read(in), in, at, field);
            }

            @Override
            public void write(Located<V> value, Output out) {
                codec.write(value.value(), out);
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                return codec.schema(schemas);
            }
        };
    }
}
