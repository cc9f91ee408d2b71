package io.github.quanze.jackson.codec;

import java.util.Objects;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON Schema (2020-12) being built from codecs (模式): named object types become {@code $defs} and are referred
 * to with {@code $ref}. Not thread-safe; one instance builds one schema.
 */
public final class Schemas {

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectNode defs = nodes.objectNode();

    /**
     * Returns a new, empty object node.
     *
     * @return the node, not null
     */
    public ObjectNode object() {
        return nodes.objectNode();
    }

    /**
     * Returns a reference to the definition {@code name}, building it with {@code definition} the first time.
     *
     * @param name  the name of the definition, not null
     * @param definition  builds the definition, not null
     * @return the {@code $ref} node, not null
     */
    public ObjectNode ref(String name, java.util.function.Function<Schemas, ObjectNode> definition) {
        Objects.requireNonNull(name, "name");
        if (!defs.has(name)) {
            defs.putObject(name); // reserve, so that recursive types end
            defs.set(name, definition.apply(this));
        }
        return object().put("$ref", "#/$defs/" + name);
    }

    /**
     * Returns the document schema: {@code root} with the definitions gathered, the dialect and an id.
     *
     * @param id  the schema's {@code $id}, not null
     * @param title  the schema's title, not null
     * @param root  the schema of the document's root object, not null
     * @return the schema, not null
     */
    public ObjectNode document(String id, String title, ObjectNode root) {
        ObjectNode schema = object()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$id", id)
                .put("title", title);
        schema.setAll(root);
        if (!defs.isEmpty()) {
            schema.set("$defs", defs);
        }
        return schema;
    }
}
