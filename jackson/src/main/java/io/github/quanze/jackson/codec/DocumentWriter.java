package io.github.quanze.jackson.codec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes documents of one kind (文档写出器). Immutable and thread-safe; {@link #with} and {@link #compact()} return
 * configured copies. Documents are written indented unless compact; JSON lines are always compact.
 *
 * @param <T>  the type of value written
 */
public final class DocumentWriter<T> {

    private final ObjectMapper mapper;
    private final DocumentKind<T> kind;
    private final DocumentContext context;
    private final boolean indent;

    private DocumentWriter(ObjectMapper mapper, DocumentKind<T> kind, DocumentContext context, boolean indent) {
        this.mapper = mapper;
        this.kind = kind;
        this.context = context;
        this.indent = indent;
    }

    /**
     * Returns a writer of {@code kind} in the format of {@code mapper}.
     *
     * @param mapper  the mapper whose generators are used: JSON or YAML, not null
     * @param kind  the document kind, not null
     * @param <T>  the type of value
     * @return the writer, not null
     */
    public static <T> DocumentWriter<T> of(ObjectMapper mapper, DocumentKind<T> kind) {
        return new DocumentWriter<>(Objects.requireNonNull(mapper, "mapper"), Objects.requireNonNull(kind, "kind"),
                DocumentContext.empty(), true);
    }

    /**
     * Returns a copy that writes references against {@code value} as well, such as the basis catalogue that
     * decides whether a citation must name its edition.
     *
     * @param type  the key, not null
     * @param value  the value, not null
     * @param <C>  the type of the value
     * @return the writer, not null
     */
    public <C> DocumentWriter<T> with(Class<C> type, C value) {
        return new DocumentWriter<>(mapper, kind, context.with(type, value), indent);
    }

    /**
     * Returns a copy that writes references against {@code context}.
     *
     * @param context  the context, not null
     * @return the writer, not null
     */
    public DocumentWriter<T> with(DocumentContext context) {
        return new DocumentWriter<>(mapper, kind, Objects.requireNonNull(context, "context"), indent);
    }

    /**
     * Returns a copy that writes without indentation.
     *
     * @return the writer, not null
     */
    public DocumentWriter<T> compact() {
        return new DocumentWriter<>(mapper, kind, context, false);
    }

    /**
     * Writes a document to a file, replacing it.
     *
     * @param value  the value, not null
     * @param file  the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(T value, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * Writes a document as UTF-8 bytes. The stream is flushed, not closed.
     *
     * @param value  the value, not null
     * @param out  the stream, not null
     */
    public void write(T value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        try (JsonGenerator g = writer().createGenerator(out, JsonEncoding.UTF8)) {
            kind.codec().write(value, new Output(g, context));
        }
    }

    /**
     * Writes a document as characters. The writer is flushed, not closed.
     *
     * @param value  the value, not null
     * @param out  the writer, not null
     */
    public void write(T value, Writer out) {
        Objects.requireNonNull(value, "value");
        try (JsonGenerator g = writer().createGenerator(out)) {
            kind.codec().write(value, new Output(g, context));
        }
    }

    /**
     * Returns a document as a string.
     *
     * @param value  the value, not null
     * @return the document, not null
     */
    public String writeString(T value) {
        StringWriter out = new StringWriter();
        write(value, out);
        return out.toString();
    }

    /**
     * Writes one document as one line of JSON lines, ending with a line break; the writer is not flushed.
     *
     * @param value  the value, not null
     * @param out  the writer, not null
     */
    public void writeLine(T value, Writer out) {
        Objects.requireNonNull(value, "value");
        try {
            out.write(compact().writeString(value).strip());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectWriter writer() {
        return indent ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    }
}
