package io.github.quanze.jackson.codec;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codec of a value written as a JSON object with named fields (对象编解码器), read through the value's own
 * builder so that every validation of the library applies to documents too.
 * <p>
 * Reading refuses a value that is not an object, an unknown field (unless the input is lenient), a field given
 * twice, a missing required field and any value the builder refuses; the error names the field and the builder's
 * message is its rule. Optional fields that are absent and lists that are empty are not written.
 *
 * @param <T>  the type of value
 */
public final class ObjectCodec<T> implements Codec<T> {

    private final String name;
    private final String description;
    private final Function<Input, ?> create;
    private final Function<Object, T> build;
    private final ImmutableList<Field<T, ?>> fields;
    private final ImmutableMap<String, Integer> index;

    private ObjectCodec(Builder<T, ?> b) {
        this.name = b.name;
        this.description = b.description;
        this.create = b.create;
        @SuppressWarnings("unchecked")
        Function<Object, T> erased = (Function<Object, T>) b.build;
        this.build = erased;
        this.fields = ImmutableList.copyOf(b.fields);
        ImmutableMap.Builder<String, Integer> i = ImmutableMap.builder();
        for (int k = 0; k < fields.size(); k++) {
            i.put(fields.get(k).name, k);
        }
        this.index = i.buildOrThrow();
    }

    /**
     * Starts a codec that reads through a builder.
     *
     * @param name  the name of the type in schemas, such as {@code instrument}, not null
     * @param create  makes a new builder, not null
     * @param build  builds the value, not null
     * @param <T>  the type of value
     * @param <B>  the type of its builder
     * @return the codec builder, not null
     */
    public static <T, B> Builder<T, B> builder(String name, Supplier<B> create, Function<B, T> build) {
        Objects.requireNonNull(create, "create");
        return new Builder<>(name, in -> create.get(), Objects.requireNonNull(build, "build"));
    }

    /**
     * Starts a codec whose builder is made from the input: from what the reader was given to resolve references
     * against ({@link Input#context}), or from state that fields read earlier left ({@link Input#state}).
     *
     * @param name  the name of the type in schemas, not null
     * @param create  makes a new builder for the input, not null
     * @param build  builds the value, not null
     * @param <T>  the type of value
     * @param <B>  the type of its builder
     * @return the codec builder, not null
     */
    public static <T, B> Builder<T, B> builderFrom(String name, Function<Input, B> create, Function<B, T> build) {
        return new Builder<>(name, Objects.requireNonNull(create, "create"), Objects.requireNonNull(build, "build"));
    }

    /**
     * Starts a codec that only writes: the codec of an output, such as a finding.
     *
     * @param name  the name of the type in schemas, not null
     * @param <T>  the type of value
     * @return the codec builder, not null
     */
    public static <T> Builder<T, Void> writer(String name) {
        return new Builder<>(name, null, null);
    }

    /**
     * Returns the name of the type in schemas.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    @Override
    public boolean readable() {
        return create != null;
    }

    @Override
    public T read(Input in) {
        if (in.token() != JsonToken.START_OBJECT) {
            throw in.error("must be an object (" + name + ")");
        }
        return readFields(in, in.mark(), null);
    }

    /**
     * Reads the fields of an object whose opening, and perhaps first fields, were read already.
     *
     * @param in  the input, on the token before the next field name or the end of the object
     * @param start  where the object starts, not null
     * @param startPosition  the position of the object if already worked out, else null
     * @return the value, not null
     */
    T readFields(Input in, TokenStreamLocation start, Position startPosition) {
        if (create == null) {
            throw new UnsupportedOperationException(name + " is an output and is not read");
        }
        Object builder = create.apply(in);
        boolean[] seen = new boolean[fields.size()];
        for (JsonToken t = in.next(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
            String key = in.parser().currentName();
            Integer k = index.get(key);
            if (k == null) {
                if (!in.lenient()) {
                    throw in.error(in.position(), key, null, "unknown field in " + name + "; known fields: "
                            + String.join(", ", index.keySet()), null);
                }
                in.next();
                in.parser().skipChildren();
                continue;
            }
            if (seen[k]) {
                throw in.error(in.position(), key, null, "field appears twice in " + name, null);
            }
            seen[k] = true;
            in.next();
            fields.get(k).read(in, builder);
        }
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < fields.size(); k++) {
            if (!seen[k] && fields.get(k).kind == Kind.REQUIRED) {
                missing.add(fields.get(k).name);
            }
        }
        if (!missing.isEmpty()) {
            throw in.error(startPosition != null ? startPosition : in.positionOf(start), missing.get(0), null,
                    missing.size() == 1 ? "required field of " + name + " is missing"
                            : "required fields of " + name + " are missing: " + String.join(", ", missing), null);
        }
        try {
            return build.apply(builder);
        } catch (InvalidDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw in.error(startPosition != null ? startPosition : in.positionOf(start), in.currentField(), null,
                    Codecs.messageOf(e), e);
        }
    }

    /**
     * Returns this codec with the header of a document in front: a {@code kind} that must name the document kind
     * and a format {@code version} that this library reads.
     *
     * @param kind  the document kind, not null
     * @param version  the format version
     * @return the codec of the document's root object, not null
     */
    ObjectCodec<T> withHeader(String kind, int version) {
        @SuppressWarnings("unchecked")
        Builder<T, Object> b = new Builder<>(name, (Function<Input, Object>) create, (Function<Object, T>) build);
        b.description = description;
        b.fields.add(new Field<T, String>("kind", Kind.REQUIRED, Codecs.constant(kind, "document kind"),
                t -> kind, (x, v) -> { }, null, "The document kind: " + kind));
        b.fields.add(new Field<T, Integer>("version", Kind.REQUIRED, Codecs.constant(version, "format version"),
                t -> version, (x, v) -> { }, null, "The format version of the document kind"));
        b.fields.addAll(fields);
        return new ObjectCodec<>(b);
    }

    @Override
    public void write(T value, Output out) {
        out.generator().writeStartObject();
        writeFields(value, out);
        out.generator().writeEndObject();
    }

    /**
     * Writes the fields of a value into an object already opened.
     *
     * @param value  the value, not null
     * @param out  the output, not null
     */
    void writeFields(T value, Output out) {
        for (Field<T, ?> f : fields) {
            f.write(value, out);
        }
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
        return schemas.ref(name, this::definition);
    }

    /**
     * Returns the schema of the object itself, not a reference to it.
     *
     * @param schemas  the schema being built, not null
     * @return the definition, not null
     */
    ObjectNode definition(Schemas schemas) {
        ObjectNode s = schemas.object().put("type", "object");
        if (description != null) {
            s.put("description", description);
        }
        ObjectNode properties = s.putObject("properties");
        ArrayNode required = schemas.object().arrayNode();
        for (Field<T, ?> f : fields) {
            properties.set(f.name, f.schema(schemas));
            if (f.kind == Kind.REQUIRED) {
                required.add(f.name);
            }
        }
        if (!required.isEmpty()) {
            s.set("required", required);
        }
        return s.put("additionalProperties", false);
    }

    /**
     * Returns the names of the fields, in the order they are written.
     *
     * @return the names, not null
     */
    public List<String> fieldNames() {
        return index.keySet().asList();
    }

    @Override
    public String toString() {
        return "ObjectCodec{" + name + ", " + index.keySet() + "}";
    }

    private enum Kind { REQUIRED, OPTIONAL, LIST, DEFAULTED }

    private static final class Field<T, V> {

        final String name;
        final Kind kind;
        final Codec<V> codec;
        final Function<T, ?> getter;
        final BiConsumer<Object, V> setter;
        final V defaultValue;
        final String description;
        /** For a list: whether its elements are distinct, a second equal one refused where it stands. */
        final boolean unique;

        Field(String name, Kind kind, Codec<V> codec, Function<T, ?> getter, BiConsumer<?, V> setter,
                V defaultValue, String description) {
            this(name, kind, codec, getter, setter, defaultValue, description, false);
        }

        @SuppressWarnings("unchecked")
        Field(String name, Kind kind, Codec<V> codec, Function<T, ?> getter, BiConsumer<?, V> setter,
                V defaultValue, String description, boolean unique) {
            this.unique = unique;
            this.name = Objects.requireNonNull(name, "name");
            this.kind = kind;
            this.codec = Objects.requireNonNull(codec, "codec");
            this.getter = Objects.requireNonNull(getter, "getter");
            this.setter = (BiConsumer<Object, V>) setter;
            this.defaultValue = defaultValue;
            this.description = description;
        }

        void read(Input in, Object builder) {
            if (in.token() == JsonToken.VALUE_NULL) {
                if (kind == Kind.REQUIRED) {
                    throw in.error("must not be null");
                }
                return;
            }
            if (kind != Kind.LIST) {
                set(in, builder);
                return;
            }
            if (in.token() != JsonToken.START_ARRAY) {
                throw in.error("must be a list");
            }
            Set<V> seen = unique ? new HashSet<>() : null;
            while (in.next() != JsonToken.END_ARRAY) {
                set(in, builder, seen);
            }
        }

        private void set(Input in, Object builder) {
            set(in, builder, null);
        }

        private void set(Input in, Object builder, Set<V> seen) {
            TokenStreamLocation at = in.mark();
            JsonToken first = in.token();
            V value;
            try {
                value = codec.read(in);
            } catch (InvalidDocumentException | JacksonException e) {
                throw e;
            } catch (RuntimeException e) {
                // a codec that refused the value with an exception of its own, such as a core factory's
                String text = first == JsonToken.START_OBJECT ? "{…}" : first == JsonToken.START_ARRAY ? "[…]"
                        : in.tokenText();
                throw in.error(in.positionOf(at), name, text, Codecs.messageOf(e), e);
            }
            if (seen != null && !seen.add(value)) {
                throw in.error(in.positionOf(at), name, Input.quote(value), "is listed twice; each is listed once",
                        null);
            }
            try {
                setter.accept(builder, value);
            } catch (InvalidDocumentException e) {
                throw e;
            } catch (RuntimeException e) {
                throw in.error(in.positionOf(at), name, Input.quote(value), Codecs.messageOf(e), e);
            }
        }

        @SuppressWarnings("unchecked")
        void write(T value, Output out) {
            Object v = getter.apply(value);
            switch (kind) {
                case REQUIRED -> {
                    out.generator().writeName(name);
                    codec.write((V) v, out);
                }
                case OPTIONAL -> {
                    Optional<V> o = (Optional<V>) v;
                    if (o.isPresent()) {
                        out.generator().writeName(name);
                        codec.write(o.get(), out);
                    }
                }
                case DEFAULTED -> {
                    if (!Objects.equals(v, defaultValue)) {
                        out.generator().writeName(name);
                        codec.write((V) v, out);
                    }
                }
                case LIST -> {
                    Collection<V> c = (Collection<V>) v;
                    if (!c.isEmpty()) {
                        out.generator().writeName(name);
                        out.generator().writeStartArray();
                        for (V e : c) {
                            codec.write(e, out);
                        }
                        out.generator().writeEndArray();
                    }
                }
                default -> throw new AssertionError(kind);
            }
        }

        ObjectNode schema(Schemas schemas) {
            ObjectNode s = codec.schema(schemas);
            if (kind == Kind.LIST) {
                ObjectNode list = schemas.object().put("type", "array");
                list.set("items", s);
                if (unique) {
                    list.put("uniqueItems", true);
                }
                s = list;
            }
            if (description != null) {
                s = s.deepCopy().put("description", description);
            }
            return s;
        }
    }

    /**
     * Builds an {@link ObjectCodec} (对象编解码器构建器): its fields in the order they are written. Not thread-safe.
     *
     * @param <T>  the type of value
     * @param <B>  the type of the value's builder, {@code Void} for an output
     */
    public static final class Builder<T, B> {

        private final String name;
        private final Function<Input, B> create;
        private final Function<B, T> build;
        private final List<Field<T, ?>> fields = new ArrayList<>();
        private String description;
        private String fieldDescription;

        private Builder(String name, Function<Input, B> create, Function<B, T> build) {
            this.name = Objects.requireNonNull(name, "name");
            this.create = create;
            this.build = build;
        }

        /**
         * Sets the description of the type in the schema.
         *
         * @param text  the description, not null
         * @return this builder
         */
        public Builder<T, B> description(String text) {
            this.description = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets the description of the next field added, for the schema.
         *
         * @param text  the description, not null
         * @return this builder
         */
        public Builder<T, B> about(String text) {
            this.fieldDescription = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Adds a field that every document must give.
         *
         * @param field  the field's name, not null
         * @param codec  the codec of its value, not null
         * @param getter  reads the field from a value, not null
         * @param setter  sets the field on a builder, not null
         * @param <V>  the type of the field
         * @return this builder
         */
        public <V> Builder<T, B> required(String field, Codec<V> codec, Function<T, V> getter,
                BiConsumer<B, V> setter) {
            return add(new Field<>(field, Kind.REQUIRED, codec, getter, setter, null, takeAbout()));
        }

        /**
         * Adds a field of an output: written always, never read.
         *
         * @param field  the field's name, not null
         * @param codec  the codec of its value, not null
         * @param getter  reads the field from a value, not null
         * @param <V>  the type of the field
         * @return this builder
         */
        public <V> Builder<T, B> field(String field, Codec<V> codec, Function<T, V> getter) {
            return add(new Field<>(field, Kind.REQUIRED, codec, getter, null, null, takeAbout()));
        }

        /**
         * Adds a field that a document may leave out; it is not written when empty.
         *
         * @param field  the field's name, not null
         * @param codec  the codec of its value, not null
         * @param getter  reads the field from a value, not null
         * @param setter  sets the field on a builder, not null; not called when the field is absent
         * @param <V>  the type of the field
         * @return this builder
         */
        public <V> Builder<T, B> optional(String field, Codec<V> codec, Function<T, Optional<V>> getter,
                BiConsumer<B, V> setter) {
            return add(new Field<>(field, Kind.OPTIONAL, codec, getter, setter, null, takeAbout()));
        }

        /**
         * Adds an optional field of an output: written when present, never read.
         *
         * @param field  the field's name, not null
         * @param codec  the codec of its value, not null
         * @param getter  reads the field from a value, not null
         * @param <V>  the type of the field
         * @return this builder
         */
        public <V> Builder<T, B> optionalField(String field, Codec<V> codec, Function<T, Optional<V>> getter) {
            return add(new Field<>(field, Kind.OPTIONAL, codec, getter, null, null, takeAbout()));
        }

        /**
         * Adds a field with a default: a document may leave it out, and it is not written when it has the default.
         * The setter is not called when the field is absent, so the builder's own default applies; give the same.
         *
         * @param field  the field's name, not null
         * @param codec  the codec of its value, not null
         * @param getter  reads the field from a value, not null
         * @param setter  sets the field on a builder, not null
         * @param defaultValue  the value the builder takes when the field is absent, not null
         * @param <V>  the type of the field
         * @return this builder
         */
        public <V> Builder<T, B> defaulted(String field, Codec<V> codec, Function<T, V> getter,
                BiConsumer<B, V> setter, V defaultValue) {
            return add(new Field<>(field, Kind.DEFAULTED, codec, getter, setter,
                    Objects.requireNonNull(defaultValue, "defaultValue"), takeAbout()));
        }

        /**
         * Adds a list field, read element by element; a document may leave it out, and it is not written when
         * empty.
         *
         * @param field  the field's name, not null
         * @param codec  the codec of one element, not null
         * @param getter  reads the elements from a value, not null
         * @param adder  adds one element to a builder, not null
         * @param <V>  the type of an element
         * @return this builder
         */
        public <V> Builder<T, B> list(String field, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
                BiConsumer<B, V> adder) {
            return add(new Field<>(field, Kind.LIST, codec, getter, adder, null, takeAbout()));
        }

        /**
         * Adds a list field of distinct elements, read element by element as {@link #list} does: a second element
         * equal to one before it is refused where it stands, and the schema says {@code uniqueItems}.
         *
         * @param field  the field's name, not null
         * @param codec  the codec of one element, not null
         * @param getter  reads the elements from a value, not null
         * @param adder  adds one element to a builder, not null
         * @param <V>  the type of an element
         * @return this builder
         */
        public <V> Builder<T, B> uniqueList(String field, Codec<V> codec,
                Function<T, ? extends Collection<V>> getter, BiConsumer<B, V> adder) {
            return add(new Field<>(field, Kind.LIST, codec, getter, adder, null, takeAbout(), true));
        }

        /**
         * Adds a list field of an output: written when not empty, never read.
         *
         * @param field  the field's name, not null
         * @param codec  the codec of one element, not null
         * @param getter  reads the elements from a value, not null
         * @param <V>  the type of an element
         * @return this builder
         */
        public <V> Builder<T, B> listField(String field, Codec<V> codec,
                Function<T, ? extends Collection<V>> getter) {
            return add(new Field<>(field, Kind.LIST, codec, getter, null, null, takeAbout()));
        }

        private String takeAbout() {
            String about = fieldDescription;
            fieldDescription = null;
            return about;
        }

        private Builder<T, B> add(Field<T, ?> field) {
            if (field.setter == null && create != null) {
                throw new IllegalArgumentException("field " + field.name + " of " + name + " needs a setter");
            }
            if (fields.stream().anyMatch(f -> f.name.equals(field.name))) {
                throw new IllegalArgumentException("field " + field.name + " of " + name + " given twice");
            }
            fields.add(field);
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return the codec, not null
         */
        public ObjectCodec<T> build() {
            return new ObjectCodec<>(this);
        }
    }
}
