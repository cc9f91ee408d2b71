package io.github.quanze.jackson.codec;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON Schema (2020-12) being built from codecs (模式): named object types become {@code $defs} and are referred
 * to with {@code $ref}. Not thread-safe; one instance builds one schema.
 */
public final class Schemas {

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectNode defs = nodes.objectNode();
    private final Set<String> building = new HashSet<>();

    /**
     * Returns a new, empty object node.
     *
     * @return the node, not null
     */
    public ObjectNode object() {
        return nodes.objectNode();
    }

    /**
     * Returns a reference to the definition {@code name}, building it with {@code definition}. The first time, the
     * definition is registered; later, it is built again and must be equal, so that two different types never
     * share a name and the second silently take the first's definition.
     *
     * @param name  the name of the definition, not null
     * @param definition  builds the definition, not null
     * @return the {@code $ref} node, not null
     * @throws IllegalStateException if a different definition was registered under {@code name}
     */
    public ObjectNode ref(String name, java.util.function.Function<Schemas, ObjectNode> definition) {
        Objects.requireNonNull(name, "name");
        if (!defs.has(name)) {
            defs.putObject(name); // reserve, so that recursive types end
            building.add(name);
            try {
                defs.set(name, definition.apply(this));
            } finally {
                building.remove(name);
            }
        } else if (!building.contains(name)) {
            building.add(name);
            ObjectNode again;
            try {
                again = definition.apply(this);
            } finally {
                building.remove(name);
            }
            if (!again.equals(defs.get(name))) {
                throw new IllegalStateException("Two different definitions are named " + name + ": " + defs.get(name)
                        + " and " + again + "; give one of the types another name");
            }
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
