package io.github.quanze.testkit.documents;

import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import java.util.Objects;

/**
 * A generated document (文档): its kind, its text as quanze's writer wrote it, and the context a reader needs to read
 * it back (the organization a case record names its officers from, for instance).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  the document kind, not null
 * @param text  the document, JSON or YAML, not null
 * @param context  what a reader of this kind needs, not null
 */
public record Document(DocumentKind<?> kind, String text, DocumentContext context) {

    /**
     * Creates a document.
     *
     * @param kind  the document kind, not null
     * @param text  the document, JSON or YAML, not null
     * @param context  what a reader of this kind needs, not null
     */
    public Document {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
    }

    @Override
    public String toString() {
        return kind.name() + ":\n" + text;
    }
}
