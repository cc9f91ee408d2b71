package io.github.quanze.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.examples.reliability.BadInput.Trial;
import io.github.quanze.jackson.Documents;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Malformed documents of every kind, read through the documents module: four faults every kind must refuse (a
 * document of another kind, an unknown version, a list where the document belongs, JSON cut short), the documents
 * module's own catalogue of malformed documents (each file's header gives the kind, the context and the rule), and
 * files that cannot be read or written.
 * <p>
 * Nothing changed: each document is read on its way to being written to a file, and that file must not exist after
 * the refusal.
 */
final class DocumentRows {

    private static final Path JACKSON_RESOURCES = Path.of("../jackson/src/test/resources");
    private static final Pattern HEADER = Pattern.compile("^# (reads|with|error|field|rule): (.*)$",
            Pattern.MULTILINE);

    private DocumentRows() {}

    static List<BadInput> all() {
        List<BadInput> all = new ArrayList<>(everyKind());
        all.addAll(files());
        all.addAll(catalogue());
        return all;
    }

    /** Four faults for every document kind. */
    static List<BadInput> everyKind() {
        Rows rows = new Rows("document");
        for (DocumentKind<?> kind : Documents.all()) {
            String name = kind.name();
            if (!kind.readable()) {
                rows.call("reader of " + name + ", a document written and never read", () -> QuanzeDocuments.json()
                        .reader(kind), IllegalArgumentException.class, "Document kind " + name, "output",
                        "not read");
                continue;
            }
            String other = name.equals("fault") ? "power-catalogue" : "fault";
            // a discretion standard names its frame first: without one, that is what the reader says
            DocumentContext given = name.equals("discretion-standard") ? context(Map.of("with",
                    "fixtures/discretion-basis.yaml fixtures/discretion-frame.yaml")) : DocumentContext.empty();
            rows.add(name + " document that says it is a " + other, () -> pipeline(kind, given,
                    QuanzeDocuments.yaml(), name + ".yaml", "kind: " + other + "\nversion: 1\n"),
                    InvalidDocumentException.class, name + ".yaml:1:7 /kind", "\"" + other + "\"",
                    "wrong document kind");
            rows.add(name + " document of version 99", () -> pipeline(kind, given,
                    QuanzeDocuments.yaml(), name + ".yaml", "kind: " + name + "\nversion: 99\n"),
                    InvalidDocumentException.class, name + ".yaml:2:10 /version", "99",
                    "wrong format version");
            rows.add(name + " document that is a list", () -> pipeline(kind, given,
                    QuanzeDocuments.yaml(), name + ".yaml", "- kind: " + name + "\n- version: 1\n"),
                    InvalidDocumentException.class, name + ".yaml:1:1", "must be an object");
            rows.add(name + " JSON document cut short", () -> pipeline(kind, given,
                    QuanzeDocuments.json(), name + ".json", "{\"kind\": \"" + name + "\", \"version\": 1, "),
                    InvalidDocumentException.class, name + ".json:1:", "not well-formed");
        }
        return rows.rows();
    }

    /** Files that cannot be read, or a document that cannot be written. */
    static List<BadInput> files() {
        Rows rows = new Rows("document-file");
        DocumentKind<?> basis = Documents.named("basis-catalogue").orElseThrow();
        rows.add("reading a file that does not exist", () -> {
            Path directory = temporaryDirectory();
            Path out = directory.resolve("out.yaml");
            return Rows.trial(() -> write(basis, QuanzeDocuments.yaml().reader(basis)
                    .read(directory.resolve("none.yaml")), out), () -> assertThat(out).doesNotExist());
        }, UncheckedIOException.class, "Cannot read", "none.yaml");
        rows.add("reading a directory as a document", () -> {
            Path directory = temporaryDirectory();
            Path out = directory.resolve("out.yaml");
            return Rows.trial(() -> write(basis, QuanzeDocuments.yaml().reader(basis).read(directory), out),
                    () -> assertThat(out).doesNotExist());
        }, InvalidDocumentException.class, "not well-formed", "Is a directory");
        rows.add("JSON lines whose second line is not a document", () -> {
            Path directory = temporaryDirectory();
            Path out = directory.resolve("out.jsonl");
            String first = "{\"kind\":\"basis-catalogue\",\"version\":1,\"name\":\"目录\",\"instruments\":[]}";
            return Rows.trial(() -> {
                List<?> read = QuanzeDocuments.json().reader(basis).readAll("cases.jsonl",
                        new StringReader(first + "\n{\"kind\": \n")).toList();
                Files.writeString(out, read.toString());
            }, () -> assertThat(out).doesNotExist());
        }, InvalidDocumentException.class, "cases.jsonl:3:1", "not well-formed");
        return rows.rows();
    }

    /** The documents module's catalogue of malformed documents, one row per file. */
    static List<BadInput> catalogue() {
        Rows rows = new Rows("malformed");
        List<Path> files;
        try (Stream<Path> s = Files.list(JACKSON_RESOURCES.resolve("malformed"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String text = read(file);
            Map<String, String> header = header(text);
            DocumentKind<?> kind = Documents.named(header.get("reads")).orElseThrow(() -> new AssertionError(file));
            String name = file.getFileName().toString();
            List<String> words = new ArrayList<>();
            words.add(name + ":" + header.get("error").split(" ")[0] + " ");
            words.add(header.get("rule"));
            if (header.containsKey("field")) {
                words.add(header.get("field"));
            }
            rows.add(name.replace(".yaml", "").replace('-', ' '), () -> pipeline(kind, context(header),
                    QuanzeDocuments.yaml(), name, text), InvalidDocumentException.class, words.toArray(String[]::new));
        }
        return rows.rows();
    }

    /** Reads a document and writes it to a file; the refused read must leave no file behind. */
    private static <T> Trial pipeline(DocumentKind<T> kind, DocumentContext context, QuanzeDocuments format,
            String name, String text) {
        Path out = temporaryDirectory().resolve("out.yaml");
        return Rows.trial(() -> write(kind, format.reader(kind).with(context).readString(name, text), out),
                () -> assertThat(out).as("the document written after the refused read").doesNotExist());
    }

    @SuppressWarnings("unchecked")
    private static <T> void write(DocumentKind<T> kind, Object value, Path out) {
        QuanzeDocuments.yaml().writer(kind).write((T) value, out);
    }

    private static DocumentContext context(Map<String, String> header) {
        DocumentContext context = DocumentContext.empty();
        for (String with : header.getOrDefault("with", "").split("\\s+")) {
            if (!with.isBlank()) {
                context = withFixture(context, JACKSON_RESOURCES.resolve(with));
            }
        }
        return context;
    }

    /** Reads a fixture document, of whatever kind it says it is, into the context under its value type. */
    private static DocumentContext withFixture(DocumentContext context, Path fixture) {
        String text = read(fixture);
        String kindName = YAMLMapper.builder().build().readTree(text).get("kind").asString();
        DocumentKind<?> kind = Documents.named(kindName).orElseThrow(() -> new AssertionError(kindName));
        return add(context, kind, QuanzeDocuments.yaml().reader(kind).with(context).readString(fixture.toString(),
                text));
    }

    private static <T> DocumentContext add(DocumentContext context, DocumentKind<T> kind, Object value) {
        return context.with(kind.type(), kind.type().cast(value));
    }

    private static Map<String, String> header(String text) {
        Matcher m = HEADER.matcher(text);
        Map<String, String> header = new HashMap<>();
        while (m.find()) {
            header.put(m.group(1), m.group(2).strip());
        }
        return header;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh directory under the build's output, so that the rows leave nothing outside it. */
    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "bad-input")), "row");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
