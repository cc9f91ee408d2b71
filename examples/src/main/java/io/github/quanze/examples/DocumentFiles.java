package io.github.quanze.examples;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.DocumentWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the command line's document files (文档文件): the format follows the file name, {@code .json} and
 * {@code .jsonl} for JSON, {@code .yaml} and {@code .yml} for YAML. An invalid document ends the command with exit
 * status 2 and its one-line error.
 */
final class DocumentFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private DocumentFiles() {}

    /** Returns the documents in the format of the file's extension. */
    static QuanzeDocuments formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            return QuanzeDocuments.json();
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return QuanzeDocuments.yaml();
        }
        throw new Main.UsageException("Cannot tell the format of " + file + ": name a .json, .jsonl, .yaml or .yml file");
    }

    /** Reads one document of {@code kind} from a file, resolving its references against {@code context}. */
    static <T> T read(DocumentKind<T> kind, Path file, DocumentContext context) {
        if (!Files.isRegularFile(file)) {
            throw new Main.UsageException("Cannot read " + file + ": no such file");
        }
        return formatOf(file).reader(kind).with(context).read(file);
    }

    /**
     * Reads documents of {@code kind} from a JSON lines file lazily, one per line; closing the stream closes the
     * file.
     */
    static <T> Stream<T> readLines(DocumentKind<T> kind, Path file, DocumentContext context) {
        if (!Files.isRegularFile(file)) {
            throw new Main.UsageException("Cannot read " + file + ": no such file");
        }
        try {
            BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return QuanzeDocuments.json().reader(kind).with(context).readAll(file.toString(), in).onClose(() -> {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new Main.UsageException("Cannot read " + file + ": " + e);
        }
    }

    /** Returns the {@code kind} field of a document file, to tell which of two kinds it holds. */
    static String kindOf(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Main.UsageException("Cannot read " + file + ": no such file");
        }
        JsonNode kind = formatOf(file) == QuanzeDocuments.json() ? JSON.readTree(file).get("kind")
                : YAML.readTree(file).get("kind");
        return kind == null ? "" : kind.asString();
    }

    /** Writes one document as one line of JSON lines. */
    static <T> void printJson(DocumentKind<T> kind, T value, DocumentContext context, PrintWriter out) {
        DocumentWriter<T> writer = QuanzeDocuments.json().writer(kind).with(context);
        writer.writeLine(value, out);
        out.flush();
    }
}
