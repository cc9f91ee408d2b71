package io.github.quanze.examples;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.Instruments;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.DocumentWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
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
        return formatOf(readable(file)).reader(kind).with(context).read(file);
    }

    /**
     * Hands each document of a file to {@code action}: one document, or each line of a {@code .jsonl} file. JSON
     * lines are read twice, once to check every line and once to act, so that an invalid line stops the command
     * before anything is printed, and a file of any size is still read in constant memory.
     */
    static <T> void forEach(DocumentKind<T> kind, Path file, DocumentContext context, Consumer<T> action) {
        forEach(kind, file, context, value -> value, action);
    }

    /**
     * Works out the result of each document of a file and hands it to {@code print}: one document, or each line of a
     * {@code .jsonl} file. JSON lines are read and worked out twice, once to check every line, its document and its
     * result, and once to print, so that neither an invalid line nor a result that fails (a deadline outside the
     * calendar's years) stops the command after something was printed, and a file of any size is still read in
     * constant memory. A result that fails is reported naming the file and, in JSON lines, the number of its document.
     */
    static <T, R> void forEach(DocumentKind<T> kind, Path file, DocumentContext context, Function<T, R> result,
            Consumer<R> print) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".jsonl")) {
            print.accept(workOut(result, read(kind, file, context), file.toString()));
            return;
        }
        int[] n = {0};
        try (Stream<T> values = readLines(kind, file, context)) {
            values.forEach(value -> workOut(result, value, file + ": document " + ++n[0]));
        }
        try (Stream<T> values = readLines(kind, file, context)) {
            values.forEach(value -> print.accept(result.apply(value)));
        }
    }

    /** Returns the result of a document, or ends the command naming where the document is and why it failed. */
    private static <T, R> R workOut(Function<T, R> result, T value, String where) {
        try {
            return result.apply(value);
        } catch (DateTimeException | IllegalArgumentException | IllegalStateException e) {
            throw new Main.UsageException(where + ": " + e.getMessage());
        }
    }

    /** Returns the file if it is a regular file, or ends the command naming what it is instead. */
    private static Path readable(Path file) {
        if (Files.isDirectory(file)) {
            throw new Main.UsageException("Cannot read " + file + ": it is a directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new Main.UsageException("Cannot read " + file + ": no such file");
        }
        return file;
    }

    /**
     * Reads documents of {@code kind} from a JSON lines file lazily, one per line; closing the stream closes the
     * file.
     */
    static <T> Stream<T> readLines(DocumentKind<T> kind, Path file, DocumentContext context) {
        readable(file);
        try {
            // bytes, not characters: a byte that is not UTF-8 is then an error at its line, not a failure to read
            InputStream in = Files.newInputStream(file);
            Stream<T> values;
            try {
                values = QuanzeDocuments.json().reader(kind).with(context).readAll(file.toString(), in);
            } catch (RuntimeException e) {
                in.close();   // the reader failed on the first bytes and returned no stream to close it
                throw e;
            }
            return values.onClose(() -> {
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
        readable(file);
        JsonNode document;
        try {
            document = formatOf(file) == QuanzeDocuments.json() ? JSON.readTree(file) : YAML.readTree(file);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new Main.UsageException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + " /: not well-formed: " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""));
        }
        JsonNode kind = document == null ? null : document.get("kind");
        if (kind == null || !kind.isString()) {
            throw new Main.UsageException(file + " /kind: field \"kind\": a document must name its kind");
        }
        return kind.asString();
    }

    /**
     * Returns the context a command's documents resolve their citations against: the basis catalogue in
     * {@code basis}, or the national instruments when no file is given.
     */
    static DocumentContext basisContext(Path basis) {
        BasisCatalogue law = basis == null ? Instruments.catalogue()
                : read(BasisDocuments.BASIS_CATALOGUE, basis, DocumentContext.empty());
        return DocumentContext.empty().with(BasisCatalogue.class, law);
    }

    /** Writes one document as one line of JSON lines. */
    static <T> void printJson(DocumentKind<T> kind, T value, DocumentContext context, PrintWriter out) {
        DocumentWriter<T> writer = QuanzeDocuments.json().writer(kind).with(context);
        writer.writeLine(value, out);
        out.flush();
    }
}
