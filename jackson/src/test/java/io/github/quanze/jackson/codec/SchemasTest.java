package io.github.quanze.jackson.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemasTest {

    @Test
    void twoDifferentDefinitionsUnderOneNameAreRefused() {
        Schemas schemas = new Schemas();
        schemas.ref("person", s -> s.object().put("type", "object"));
        schemas.ref("person", s -> s.object().put("type", "object"));
        assertThatThrownBy(() -> schemas.ref("person", s -> s.object().put("type", "string")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two different definitions are named person");
    }

    @Test
    void aRecursiveDefinitionEnds() {
        Schemas schemas = new Schemas();
        java.util.function.Function<Schemas, tools.jackson.databind.node.ObjectNode>[] tree = new java.util.function.Function[1];
        tree[0] = s -> {
            var node = s.object().put("type", "object");
            node.putObject("properties").set("children", s.ref("tree", tree[0]));
            return node;
        };
        assertThat(schemas.ref("tree", tree[0]).get("$ref").asString()).isEqualTo("#/$defs/tree");
        assertThat(schemas.ref("tree", tree[0]).get("$ref").asString()).isEqualTo("#/$defs/tree");
    }
}
