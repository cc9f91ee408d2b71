package io.github.quanze.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.jackson.codec.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas shipped in the module's resources are the schemas the codecs describe. Run with
 * {@code -Dquanze.schemas.write=true} to write them after changing a codec.
 */
class PublishedSchemasTest {

    private static final Path SOURCE = Path.of("src/main/resources/io/github/quanze/jackson/schemas");

    @Test
    void everyKindShipsTheSchemaItsCodecDescribes() throws IOException {
        boolean write = Boolean.getBoolean("quanze.schemas.write");
        for (DocumentKind<?> kind : Documents.all()) {
            String generated = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(kind.schema()) + "\n";
            if (write) {
                Files.createDirectories(SOURCE);
                Files.writeString(SOURCE.resolve(kind.schemaFileName()), generated);
                continue;
            }
            try (InputStream in = QuanzeDocuments.class.getResourceAsStream("schemas/" + kind.schemaFileName())) {
                assertThat(in).as("schema %s is shipped", kind.schemaFileName()).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as("%s is up to date; run with -Dquanze.schemas.write=true", kind.schemaFileName())
                        .isEqualTo(generated);
            }
        }
    }

    @Test
    void kindsHaveDistinctNames() {
        assertThat(Documents.all()).extracting(DocumentKind::name).doesNotHaveDuplicates();
    }

    @Test
    void everyFixtureDocumentIsValidAgainstItsSchema() throws IOException {
        java.util.List<Path> fixtures;
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures"))) {
            fixtures = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(fixtures).isNotEmpty();
        for (Path fixture : fixtures) {
            tools.jackson.databind.JsonNode document = tools.jackson.dataformat.yaml.YAMLMapper.builder().build()
                    .readTree(fixture);
            DocumentKind<?> kind = Documents.named(document.get("kind").asString()).orElseThrow();
            assertThat(io.github.quanze.jackson.testing.DocumentAssertions.schema(kind).validate(document))
                    .as(fixture.toString()).isEmpty();
        }
    }
}
