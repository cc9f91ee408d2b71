package io.github.quanze.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The catalogue of malformed documents: each file under {@code src/test/resources/malformed} is a YAML document
 * with one fault, and its header says which kind reads it, what it is read with, and the one error it must give:
 * <pre>
 * # reads: organization
 * # with: fixtures/basis.yaml fixtures/powers.yaml
 * # error: 12:7 /officers/3/certificates/0/status
 * # rule: unknown value; expected one of
 * </pre>
 * An error about the whole document, such as a rule its builder refuses, has no pointer: {@code # error: 4:1}.
 * The error must name the file, the line and column, the pointer and (where the header gives one) the field, and
 * its rule must contain the text given.
 */
class MalformedDocumentsTest {

    private static final Path ROOT = Path.of("src/test/resources");
    private static final Pattern HEADER = Pattern.compile("^# (reads|with|error|field|rule): (.*)$",
            Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyMalformedDocumentGivesItsOneError() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT.resolve("malformed"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @Test
    void theCatalogueCoversTheKindsOfFault() throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("malformed"))) {
            assertThat(s.count()).as("malformed documents").isGreaterThanOrEqualTo(30);
        }
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file);
        Map<String, String> header = headerOf(text);
        assertThat(header).as("header of %s", file).containsKeys("reads", "error", "rule");
        DocumentKind<?> kind = Documents.named(header.get("reads")).orElseThrow();
        DocumentContext context = DocumentContext.empty();
        for (String with : header.getOrDefault("with", "").split("\\s+")) {
            if (!with.isBlank()) {
                context = withFixture(context, ROOT.resolve(with));
            }
        }
        String name = file.getFileName().toString();
        DocumentContext given = context;
        Matcher at = Pattern.compile("(\\d+):(\\d+)(?: (\\S+))?").matcher(header.get("error"));
        assertThat(at.matches()).as("error header of %s", file).isTrue();
        assertThatThrownBy(() -> QuanzeDocuments.yaml().reader(kind).with(given).readString(name, text))
                .as(name)
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.document()).isEqualTo(name);
                    assertThat(e.line() + ":" + e.column()).as("line:column of %s", e.getMessage())
                            .isEqualTo(at.group(1) + ":" + at.group(2));
                    // the root is written "/", as the message writes it, or left out
                    String pointer = at.group(3) == null ? "/" : at.group(3);
                    assertThat(e.pointer().isEmpty() ? "/" : e.pointer()).as("pointer of %s", e.getMessage())
                            .isEqualTo(pointer);
                    if (header.containsKey("field")) {
                        assertThat(e.field()).as("field of %s", e.getMessage()).contains(header.get("field"));
                    }
                    assertThat(e.rule()).as("rule of %s", e.getMessage()).contains(header.get("rule"));
                    assertThat(e.getMessage()).startsWith(name + ":" + e.line() + ":" + e.column() + " ");
                });
    }

    private static Map<String, String> headerOf(String text) {
        Matcher m = HEADER.matcher(text);
        Map<String, String> header = new java.util.HashMap<>();
        while (m.find()) {
            header.put(m.group(1), m.group(2).strip());
        }
        return header;
    }

    /** Reads a fixture document, of whatever kind it says it is, into the context under its value type. */
    static DocumentContext withFixture(DocumentContext context, Path fixture) throws IOException {
        String text = Files.readString(fixture);
        String kindName = YAMLMapper.builder().build().readTree(text).get("kind").asString();
        DocumentKind<?> kind = Documents.named(kindName).orElseThrow(() -> new AssertionError(kindName));
        return add(context, kind, QuanzeDocuments.yaml().reader(kind).with(context)
                .readString(fixture.toString(), text));
    }

    private static <T> DocumentContext add(DocumentContext context, DocumentKind<T> kind, Object value) {
        return context.with(kind.type(), kind.type().cast(value));
    }
}
