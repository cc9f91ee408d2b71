package io.github.quanze.jackson.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.jackson.Documents;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The malformed case records, in {@code src/test/resources/malformed-cases}, with the headers of the malformed
 * catalogue ({@code reads}, {@code error}, {@code field}, {@code rule}), read with the {@link Bureau}'s organization:
 * there is no organization document yet to give as a fixture.
 */
class MalformedCasesTest {

    private static final Path ROOT = Path.of("src/test/resources/malformed-cases");
    private static final Pattern HEADER = Pattern.compile("^# (reads|error|field|rule): (.*)$", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyMalformedCaseGivesItsOneError() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @Test
    void theCatalogueCoversTheKindsOfFault() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            assertThat(s.count()).isGreaterThanOrEqualTo(10);
        }
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file);
        Map<String, String> header = new HashMap<>();
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            header.put(m.group(1), m.group(2).strip());
        }
        DocumentKind<?> kind = Documents.named(header.get("reads")).orElseThrow();
        Matcher at = Pattern.compile("(\\d+):(\\d+) (\\S*)").matcher(header.get("error"));
        assertThat(at.matches()).as("error header of %s", file).isTrue();
        String name = file.getFileName().toString();
        assertThatThrownBy(() -> QuanzeDocuments.yaml().reader(kind).with(CaseRecordDocumentsTest.BUREAU)
                .readString(name, text))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.line() + ":" + e.column() + " " + e.pointer()).as(e.getMessage())
                            .isEqualTo(at.group(1) + ":" + at.group(2) + " " + at.group(3));
                    if (header.containsKey("field")) {
                        assertThat(e.field()).as(e.getMessage()).contains(header.get("field"));
                    }
                    assertThat(e.rule()).as(e.getMessage()).contains(header.get("rule"));
                    assertThat(e.getMessage()).startsWith(name + ":" + e.line() + ":" + e.column() + " ");
                });
    }
}
