package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.quanze.jackson.Documents;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every document shipped under {@code examples/documents} and every document the command line writes with
 * {@code --json} is valid against its kind's published schema (JSON Schema 2020-12), and an altered document is not.
 */
class DocumentSchemasTest {

    /** Kinds whose schema ships with quanze-publish, whose tests check the shipped documents against it. */
    private static final List<String> PUBLISH_KINDS = List.of("decision-notices");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema schemaOf(JsonNode document) {
        String kind = document.get("kind").asString();
        DocumentKind<?> documentKind = Documents.named(kind).orElseThrow(() -> new AssertionError("kind " + kind));
        try (InputStream in = QuanzeDocuments.class.getResourceAsStream("schemas/" + documentKind.schemaFileName())) {
            assertThat(in).as("schema of %s", kind).isNotNull();
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errors(JsonNode document) {
        List<String> errors = new ArrayList<>();
        schemaOf(document).validate(document).forEach(e -> errors.add(e.toString()));
        return errors;
    }

    @Test
    void everyShippedDocumentIsValidAgainstItsSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(TobaccoDocumentsTest.DIRECTORY.getParent())) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(13);
        for (Path file : files) {
            JsonNode document = YAMLMapper.builder().build().readTree(file);
            if (PUBLISH_KINDS.contains(document.get("kind").asString())) {
                continue;
            }
            assertThat(errors(document)).as(file.toString()).isEmpty();
        }
        List<Path> lines;
        try (Stream<Path> s = Files.walk(TobaccoDocumentsTest.DIRECTORY.getParent())) {
            lines = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(lines).isNotEmpty();
        for (Path file : lines) {
            List<String> documents = Files.readAllLines(file);
            assertThat(documents).as(file.toString()).isNotEmpty();
            for (int i = 0; i < documents.size(); i++) {
                assertThat(errors(JsonMapper.builder().build().readTree(documents.get(i))))
                        .as(file + ":" + (i + 1)).isEmpty();
            }
        }
    }

    @Test
    void everyDocumentTheCommandLineWritesIsValidAgainstItsSchema() {
        String dir = TobaccoDocumentsTest.DIRECTORY.toString() + "/";
        String[] cases = {dir + "case.yaml", "--basis", dir + "basis.yaml", "--organization", dir + "organization.yaml",
                "--procedures", dir + "procedures.yaml", "--date", "2026-11-24", "--json"};
        List<String[]> runs = List.of(
                new String[] {"audit", "--basis", dir + "basis.yaml", "--catalogue", dir + "powers.yaml",
                        "--organization", dir + "organization.yaml", "--allocation", dir + "allocation.yaml",
                        "--date", "2026-06-30", "--json"},
                concat("check", cases),
                concat("review", concat(cases, new String[] {"--findings", dir + "case-file.yaml"})),
                new String[] {"decide", "--table", dir + "sanction-rules.yaml", "--facts", dir + "fault.yaml",
                        "--date", "2026-11-24", "--json"},
                new String[] {"verify", dir + "sanction-rules.yaml", "--json"},
                with(DocumentCommandsTest.DISCRETION, "--json"),
                concat(concat("check", cases), DocumentCommandsTest.STANDARDS));
        List<String> kinds = new ArrayList<>();
        for (String[] run : runs) {
            Examples.Run result = Examples.run(run);
            assertThat(result.status()).as(String.join(" ", run)).isZero();
            for (String line : result.out().lines().toList()) {
                JsonNode document = JsonMapper.builder().build().readTree(line);
                kinds.add(document.get("kind").asString());
                assertThat(errors(document)).as(line.substring(0, Math.min(80, line.length()))).isEmpty();
            }
        }
        assertThat(kinds).contains("catalogue-findings", "allocation-report", "case-state", "review-report",
                "decision", "table-verification", "standard-verification", "penalty-ruling");
    }

    @Test
    void aDocumentThatBreaksItsSchemaIsCaught() throws IOException {
        JsonNode document = YAMLMapper.builder().build().readTree(Files.readString(
                TobaccoDocumentsTest.DIRECTORY.resolve("fault.yaml")).replace("type: NO_CREDENTIAL", "type: 7"));
        assertThat(errors(document)).isNotEmpty();
    }

    private static String[] with(String[] first, String... rest) {
        return concat(first, rest);
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String[] concat(String[] first, String[] rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
