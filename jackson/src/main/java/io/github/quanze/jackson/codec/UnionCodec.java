package io.github.quanze.jackson.codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codec of a value that is one of several kinds (多态编解码器), written as an object whose first field,
 * {@code type}, names the kind, followed by that kind's fields.
 * <p>
 * The type must come first so that a document is read in one pass; a document whose type comes later is refused
 * with an error saying so.
 *
 * @param <T>  the common type of the kinds
 */
public final class UnionCodec<T> implements Codec<T> {

    /** The name of the field that names the kind. */
    public static final String TYPE = "type";

    private final String name;
    private final Map<String, Variant<? extends T>> byTag;

    private UnionCodec(String name, Map<String, Variant<? extends T>> byTag) {
        this.name = name;
        this.byTag = com.google.common.collect.ImmutableMap.copyOf(byTag);
    }

    /**
     * Starts a union codec.
     *
     * @param name  the name of the common type in schemas, not null
     * @param <T>  the common type
     * @return the builder, not null
     */
    public static <T> Builder<T> builder(String name) {
        return new Builder<>(name);
    }

    @Override
    public T read(Input in) {
        TokenStreamLocation start = in.mark();
        if (in.token() != JsonToken.START_OBJECT) {
            throw in.error("must be an object (" + name + ")");
        }
        if (in.next() != JsonToken.PROPERTY_NAME || !TYPE.equals(in.parser().currentName())) {
            throw in.error(in.position(), TYPE, null, "the first field of " + name + " must be \"type\", one of "
                    + String.join(", ", byTag.keySet()), null);
        }
        in.next();
        String tag = Codecs.STRING.read(in);
        Variant<? extends T> v = byTag.get(tag);
        if (v == null) {
            throw in.error("unknown type of " + name + "; expected one of " + String.join(", ", byTag.keySet()));
        }
        return v.codec.readFields(in, start, null);
    }

    @Override
    public void write(T value, Output out) {
        for (Map.Entry<String, Variant<? extends T>> e : byTag.entrySet()) {
            if (e.getValue().type.isInstance(value)) {
                out.generator().writeStartObject();
                out.generator().writeStringProperty(TYPE, e.getKey());
                e.getValue().writeFields(value, out);
                out.generator().writeEndObject();
                return;
            }
        }
        throw new IllegalArgumentException(name + " has no kind for " + value.getClass().getName());
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
        return schemas.ref(name, s -> {
            ObjectNode union = s.object();
            ArrayNode oneOf = union.putArray("oneOf");
            byTag.forEach((tag, v) -> oneOf.add(s.ref(v.codec.name(), x -> {
                ObjectNode def = v.codec.definition(x);
                ObjectNode properties = s.object();
                properties.set(TYPE, s.object().put("const", tag));
                properties.setAll((ObjectNode) def.get("properties"));
                def.set("properties", properties);
                ArrayNode required = def.has("required") ? (ArrayNode) def.get("required") : def.putArray("required");
                required.insert(0, TYPE);
                def.set("required", required);
                return def;
            })));
            return union;
        });
    }

    @Override
    public boolean readable() {
        return byTag.values().stream().allMatch(v -> v.codec.readable());
    }

    private static final class Variant<S> {
        final Class<S> type;
        final ObjectCodec<S> codec;

        Variant(Class<S> type, ObjectCodec<S> codec) {
            this.type = Objects.requireNonNull(type, "type");
            this.codec = Objects.requireNonNull(codec, "codec");
        }

        void writeFields(Object value, Output out) {
            codec.writeFields(type.cast(value), out);
        }
    }

    /**
     * Builds a {@link UnionCodec}. Not thread-safe.
     *
     * @param <T>  the common type
     */
    public static final class Builder<T> {

        private final String name;
        private final Map<String, Variant<? extends T>> byTag = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Adds a kind. Kinds are tried in the order added when writing, so add a subtype before its supertype.
         *
         * @param tag  the value of the {@code type} field, not null
         * @param type  the class of the kind, not null
         * @param codec  the codec of its fields, not null
         * @param <S>  the kind
         * @return this builder
         */
        public <S extends T> Builder<T> variant(String tag, Class<S> type, ObjectCodec<S> codec) {
            if (byTag.putIfAbsent(Objects.requireNonNull(tag, "tag"), new Variant<>(type, codec)) != null) {
                throw new IllegalArgumentException("type " + tag + " of " + name + " given twice");
            }
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return the codec, not null
         */
        public UnionCodec<T> build() {
            return new UnionCodec<>(name, byTag);
        }
    }
}
