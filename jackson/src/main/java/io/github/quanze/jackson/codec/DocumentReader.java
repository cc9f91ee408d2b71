package io.github.quanze.jackson.codec;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads documents of one kind (文档读取器). Immutable and thread-safe; {@link #with} and {@link #lenient()} return
 * configured copies.
 * <p>
 * A document is read whole or not at all: any error, in the syntax or in a value, is one
 * {@link InvalidDocumentException}, and so is, as a last resort, any other exception a codec lets escape (at the
 * parser's place, with the exception's message as the rule); a failure of the source to deliver its bytes is an
 * {@link UncheckedIOException}, never reported as a document that is not well-formed. Unknown fields are errors
 * unless the reader is lenient.
 *
 * @param <T>  the type of value read
 */
public final class DocumentReader<T> {

    private final ObjectMapper mapper;
    private final DocumentKind<T> kind;
    private final DocumentContext context;
    private final boolean lenient;

    private DocumentReader(ObjectMapper mapper, DocumentKind<T> kind, DocumentContext context, boolean lenient) {
        this.mapper = mapper;
        this.kind = kind;
        this.context = context;
        this.lenient = lenient;
    }

    /**
     * Returns a reader of {@code kind} in the format of {@code mapper}.
     *
     * @param mapper  the mapper whose parsers are used: JSON or YAML, not null
     * @param kind  the document kind, not null
     * @param <T>  the type of value
     * @return the reader, not null
     * @throws IllegalArgumentException if the kind is an output, which is only written
     */
    public static <T> DocumentReader<T> of(ObjectMapper mapper, DocumentKind<T> kind) {
        Objects.requireNonNull(mapper, "mapper");
        if (!kind.readable()) {
            throw new IllegalArgumentException("Document kind " + kind.name() + " is an output and is not read");
        }
        return new DocumentReader<>(mapper, kind, DocumentContext.empty(), false);
    }

    /**
     * Returns a copy that resolves references against {@code value} as well, such as the basis catalogue that a
     * power catalogue's citations name.
     *
     * @param type  the key, not null
     * @param value  the value, not null
     * @param <C>  the type of the value
     * @return the reader, not null
     */
    public <C> DocumentReader<T> with(Class<C> type, C value) {
        return new DocumentReader<>(mapper, kind, context.with(type, value), lenient);
    }

    /**
     * Returns a copy that resolves references against {@code context}.
     *
     * @param context  the context, not null
     * @return the reader, not null
     */
    public DocumentReader<T> with(DocumentContext context) {
        return new DocumentReader<>(mapper, kind, Objects.requireNonNull(context, "context"), lenient);
    }

    /**
     * Returns a copy that skips unknown fields instead of refusing them. Use it only for documents written by a
     * newer version; a misspelt field is then silently lost.
     *
     * @return the lenient reader, not null
     */
    public DocumentReader<T> lenient() {
        return new DocumentReader<>(mapper, kind, context, true);
    }

    /**
     * Returns the kind read.
     *
     * @return the kind, not null
     */
    public DocumentKind<T> kind() {
        return kind;
    }

    /**
     * Reads the document in a file; the file name names the document in errors.
     *
     * @param file  the file, not null
     * @return the value, not null
     * @throws InvalidDocumentException if the document is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public T read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Reads a document from a stream of UTF-8 bytes. The stream is not closed.
     *
     * @param document  the name of the document in errors, not null
     * @param in  the bytes, not null
     * @return the value, not null
     * @throws InvalidDocumentException if the document is not valid
     * @throws UncheckedIOException if the stream cannot be read
     */
    public T read(String document, InputStream in) {
        return readOne(document, () -> mapper.createParser(in));
    }

    /**
     * Reads a document from characters. The reader is not closed.
     *
     * @param document  the name of the document in errors, not null
     * @param in  the characters, not null
     * @return the value, not null
     * @throws InvalidDocumentException if the document is not valid
     * @throws UncheckedIOException if the characters cannot be read
     */
    public T read(String document, Reader in) {
        return readOne(document, () -> mapper.createParser(in));
    }

    /**
     * Reads a document held in a string.
     *
     * @param document  the name of the document in errors, not null
     * @param text  the document, not null
     * @return the value, not null
     * @throws InvalidDocumentException if the document is not valid
     */
    public T readString(String document, String text) {
        return read(document, new StringReader(Objects.requireNonNull(text, "text")));
    }

    /**
     * Reads a sequence of documents, such as JSON lines (one document per line), lazily: each value is read when
     * the stream reaches it, so that a file of any size is read in constant memory. An invalid document ends the
     * stream with an {@link InvalidDocumentException} naming its line; the values before it were already
     * returned, and nothing after it is read: the stream has no more values and the parser is closed. A failure
     * to read {@code in} is an {@link UncheckedIOException}, which ends the stream alike. Closing the stream
     * closes {@code in}.
     *
     * @param document  the name of the file in errors, not null
     * @param in  the characters, not null
     * @return the values, in order, not null
     */
    public Stream<T> readAll(String document, Reader in) {
        Objects.requireNonNull(in, "in");
        return readAll(document, () -> mapper.createParser(in), in);
    }

    /**
     * Reads a sequence of documents from a stream of UTF-8 bytes, such as a file of JSON lines, lazily, as
     * {@link #readAll(String, Reader)} does. Bytes that are not UTF-8 are an {@link InvalidDocumentException} naming
     * their line, as in a single document read from bytes, not a failure to read. Closing the stream closes
     * {@code in}.
     *
     * @param document  the name of the file in errors, not null
     * @param in  the bytes, not null
     * @return the values, in order, not null
     */
    public Stream<T> readAll(String document, InputStream in) {
        Objects.requireNonNull(in, "in");
        return readAll(document, () -> mapper.createParser(in), in);
    }

    private Stream<T> readAll(String document, java.util.function.Supplier<JsonParser> open, Closeable in) {
        Objects.requireNonNull(document, "document");
        JsonParser parser = parse(document, open);
        Input input = new Input(parser, document, context, lenient);
        Iterator<T> values = new Iterator<>() {
            private JsonToken next;
            private boolean advanced;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (ended) {
                    return false;
                }
                if (!advanced) {
                    next = step(input::next);
                    advanced = true;
                    if (next == null) {
                        ended = true;
                    }
                }
                return !ended;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T value = step(() -> kind.codec().read(input));
                advanced = false;
                return value;
            }

            /** Runs a step; an error ends the sequence and closes the parser, so nothing is read mid-document. */
            private <V> V step(java.util.function.Supplier<V> s) {
                try {
                    return guard(document, parser, s);
                } catch (RuntimeException e) {
                    ended = true;
                    next = null;
                    try {
                        parser.close();
                    } catch (RuntimeException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                    throw e;
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(values,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> close(parser, in));
    }

    /** Closes the parser, then its source: the mappers do not close a source they are given (AUTO_CLOSE_SOURCE). */
    private static void close(JsonParser parser, Closeable in) {
        try (in) {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the documents read", e);
        }
    }

    private T readOne(String document, java.util.function.Supplier<JsonParser> open) {
        Objects.requireNonNull(document, "document");
        try (JsonParser parser = parse(document, open)) {
            Input input = new Input(parser, document, context, lenient);
            return guard(document, parser, () -> {
                if (input.next() == null) {
                    throw input.error(input.position(), null, null, "the document is empty", null);
                }
                T value = kind.codec().read(input);
                if (input.next() != null) {
                    throw input.error("content after the end of the document; give one document");
                }
                return value;
            });
        }
    }

    private static JsonParser parse(String document, java.util.function.Supplier<JsonParser> open) {
        try {
            return open.get();
        } catch (JacksonIOException e) {
            throw io(document, e);
        } catch (JacksonException e) {
            throw syntax(document, null, e);
        }
    }

    private static <V> V guard(String document, JsonParser parser, java.util.function.Supplier<V> step) {
        try {
            return step.get();
        } catch (InvalidDocumentException e) {
            throw e;
        } catch (JacksonIOException e) {
            throw io(document, e);
        } catch (JacksonException e) {
            throw syntax(document, parser, e);
        } catch (RuntimeException e) {
            // the last resort: a codec let an exception of its own escape; no raw exception leaves a reader
            throw new InvalidDocumentException(document, place(parser, parser.currentTokenLocation()), null, null,
                    Codecs.messageOf(e), e);
        }
    }

    private static UncheckedIOException io(String document, JacksonIOException e) {
        IOException cause = e.getCause();
        return new UncheckedIOException("Cannot read " + document + ": " + Codecs.messageOf(cause), cause);
    }

    private static Position place(JsonParser parser, TokenStreamLocation at) {
        String pointer = "";
        if (parser != null) {
            try {
                pointer = parser.streamReadContext().pathAsPointer().toString();
            } catch (RuntimeException ignored) {
                pointer = "";
            }
        }
        return at == null ? new Position(pointer, 0, 0)
                : new Position(pointer, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }

    private static InvalidDocumentException syntax(String document, JsonParser parser, JacksonException e) {
        Position position = place(parser, e.getLocation());
        String rule = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return new InvalidDocumentException(document, position, null, null, "not well-formed: "
                + rule.lines().findFirst().orElse(rule), e);
    }
}
