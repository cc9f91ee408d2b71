package io.github.quanze.jackson.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.jackson.Documents;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A definition's name means one definition across all published schemas. Within one schema {@link Schemas#ref}
 * refuses a clash; across kinds this test lists them.
 */
class SchemaNamesAcrossKindsTest {

    @Test
    void aDefinitionsNameMeansOneDefinitionAcrossKinds() {
        Map<String, Set<String>> byName = new TreeMap<>();
        for (DocumentKind<?> kind : Documents.all()) {
            JsonNode defs = kind.schema().get("$defs");
            if (defs != null) {
                defs.properties().forEach(e -> byName.computeIfAbsent(e.getKey(), k -> new TreeSet<>())
                        .add(e.getValue().toString()));
            }
        }
        Set<String> clashes = new TreeSet<>();
        byName.forEach((name, definitions) -> {
            if (definitions.size() > 1) {
                clashes.add(name);
            }
        });
        assertThat(clashes).as("names defined differently in two kinds").isEmpty();
        assertThat(byName).as("definitions shared by kinds").containsKeys("provision", "involvement");
    }
}
