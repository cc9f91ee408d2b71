package io.github.quanze.jackson.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The codec of a value that is one of several kinds (多态编解码器), written as an object whose first field,
 * {@code type}, names the kind, followed by that kind's fields.
 * <p>
 * The type is written first, and read in one pass when it comes first. A document whose type comes later, such
 * as one sorted by {@code jq -S}, {@code json.dumps(sort_keys=True)} or PostgreSQL's {@code jsonb}, is read too:
 * the object is buffered up to its end, with the line and column of every token, then replayed once the type is
 * known, so that its errors name the same pointer, line and column as if the type had come first.
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
        if (in.next() == JsonToken.PROPERTY_NAME && TYPE.equals(in.parser().currentName())) {
            in.next();
            return variant(in).codec.readFields(in, start, null);
        }
        return readBuffered(in, start);
    }

    /** Reads the value of {@code type}, on its token. */
    private Variant<? extends T> variant(Input in) {
        String tag = Codecs.STRING.read(in);
        Variant<? extends T> v = byTag.get(tag);
        if (v == null) {
            throw in.error("unknown type of " + name + "; expected one of " + String.join(", ", byTag.keySet()));
        }
        return v;
    }

    /**
     * Reads an object whose {@code type} is not its first field: buffers its tokens, with the place of each, up to
     * its end (reading {@code type} where it stands), then replays them to the kind's codec.
     */
    private T readBuffered(Input in, TokenStreamLocation start) {
        TokenBuffer buffer = TokenBuffer.forGeneration();
        List<TokenStreamLocation> places = new ArrayList<>();
        buffer.writeStartObject();
        places.add(start);
        Variant<? extends T> v = null;
        int depth = 1;
        for (JsonToken t = in.token(); ; t = in.next()) {
            if (t == null) {
                throw in.error("the object " + name + " is not closed");
            }
            if (depth == 1 && t == JsonToken.PROPERTY_NAME && TYPE.equals(in.parser().currentName())) {
                if (v != null) {
                    throw in.error(in.position(), TYPE, null, "field appears twice in " + name, null);
                }
                in.next();
                v = variant(in);
                continue;
            }
            buffer.copyCurrentEvent(in.parser());
            places.add(in.mark());
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd() && --depth == 0) {
                break;
            }
        }
        Position at = in.positionOf(start);
        if (v == null) {
            buffer.close();
            throw in.error(at, TYPE, null, "required field of " + name + " is missing; expected one of "
                    + String.join(", ", byTag.keySet()), null);
        }
        try (JsonParser replay = new Replay(buffer.asParser(ObjectReadContext.empty()), places)) {
            Input again = in.replay(replay, at, in.currentField());
            again.next();
            return v.codec.readFields(again, again.mark(), at);
        } finally {
            buffer.close();
        }
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

    /**
     * A parser over buffered tokens that gives each token the place it had in the document. It moves only through
     * {@link #nextToken()}, so that the places stay in step.
     */
    private static final class Replay extends JsonParserDelegate {

        private final List<TokenStreamLocation> places;
        private int index = -1;

        Replay(JsonParser buffered, List<TokenStreamLocation> places) {
            super(buffered);
            this.places = places;
        }

        @Override
        public JsonToken nextToken() {
            JsonToken t = delegate.nextToken();
            if (t != null) {
                index++;
            }
            return t;
        }

        @Override
        public JsonToken nextValue() {
            JsonToken t = nextToken();
            return t == JsonToken.PROPERTY_NAME ? nextToken() : t;
        }

        @Override
        public String nextName() {
            return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
        }

        @Override
        public boolean nextName(SerializableString name) {
            return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
        }

        @Override
        public int nextNameMatch(PropertyNameMatcher matcher) {
            throw new UnsupportedOperationException("a replayed object is read token by token");
        }

        @Override
        public JsonParser skipChildren() {
            JsonToken t = currentToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return this;
            }
            for (int depth = 1; depth > 0; ) {
                t = nextToken();
                if (t == null) {
                    return this;
                }
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
            }
            return this;
        }

        @Override
        public TokenStreamLocation currentTokenLocation() {
            return places.get(Math.max(0, Math.min(index, places.size() - 1)));
        }

        @Override
        public TokenStreamLocation currentLocation() {
            return currentTokenLocation();
        }
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
     * Builds a {@link UnionCodec} (多态编解码器构建器). Not thread-safe.
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
