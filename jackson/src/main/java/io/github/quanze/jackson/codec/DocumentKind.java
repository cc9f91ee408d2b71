package io.github.quanze.jackson.codec;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A kind of document (文档类型): its name, format version, the type of value it holds and the codec of its root
 * object. A document is written with {@code kind} and {@code version} first; a reader takes them anywhere in the
 * root object.
 *
 * @param <T>  the type of value the document holds
 */
public final class DocumentKind<T> {

    private final String name;
    private final int version;
    private final Class<T> type;
    private final String title;
    private final ObjectCodec<T> root;

    private DocumentKind(String name, int version, Class<T> type, String title, ObjectCodec<T> body) {
        this.name = Objects.requireNonNull(name, "name");
        this.version = version;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.root = body.withHeader(name, version);
    }

    /**
     * Defines a document kind.
     *
     * @param name  the kind, such as {@code basis-catalogue}, not null
     * @param version  the format version, from 1
     * @param type  the type of value, not null
     * @param title  the title of the schema, Chinese term first, such as "执法依据目录 basis catalogue", not null
     * @param body  the codec of the value; the document's root object is this with the header, not null
     * @param <T>  the type of value
     * @return the kind, not null
     */
    public static <T> DocumentKind<T> of(String name, int version, Class<T> type, String title, ObjectCodec<T> body) {
        return new DocumentKind<>(name, version, type, title, body);
    }

    /**
     * Returns the kind's name, the value of a document's {@code kind} field.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the format version this library reads and writes.
     *
     * @return the version
     */
    public int version() {
        return version;
    }

    /**
     * Returns the type of value a document of this kind holds.
     *
     * @return the type, not null
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Returns the title of the kind, Chinese term first.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns whether documents of this kind are read; outputs are only written.
     *
     * @return true for inputs
     */
    public boolean readable() {
        return root.readable();
    }

    /**
     * Returns the codec of the document's root object, header included.
     *
     * @return the codec, not null
     */
    public Codec<T> codec() {
        return root;
    }

    /**
     * Returns the name of the schema's resource, such as {@code basis-catalogue.schema.json}.
     *
     * @return the file name, not null
     */
    public String schemaFileName() {
        return name + ".schema.json";
    }

    /**
     * Returns the JSON Schema (2020-12) of the document kind.
     *
     * @return a new schema node, not null
     */
    public ObjectNode schema() {
        Schemas schemas = new Schemas();
        return schemas.document("https://quanze.github.io/schemas/v" + version + "/" + schemaFileName(), title,
                root.definition(schemas));
    }

    @Override
    public String toString() {
        return name + " v" + version;
    }
}
