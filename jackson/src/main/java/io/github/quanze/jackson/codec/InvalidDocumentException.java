package io.github.quanze.jackson.codec;

import java.util.Objects;
import java.util.Optional;

/**
 * A document that cannot be read (无效文档): one error, naming the document, the place in it, the field, the value
 * and the rule it breaks.
 * <p>
 * The message reads {@code organization.yaml:223:13 /credentials/9/statusChanges/0/status: field "status" value
 * "SUSPENDD": unknown value; expected one of VALID, SUSPENDED, REVOKED, CANCELLED}. The rule is the library's own
 * validation message where a builder refused the value. The message is one line: line breaks and control
 * characters are escaped, and a very long pointer is cut in the middle with "…" (the {@link #pointer()} itself is
 * whole). Nothing is returned from a document that fails: readers build values only when the whole document is
 * valid.
 */
public final class InvalidDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int POINTER_LIMIT = 120;

    /** The name of the document: its file name, or the name the caller gave. */
    private final String document;
    /** The JSON pointer of the offending value; empty for the document itself. */
    private final String pointer;
    /** The line of the offending value, from 1; 0 where the source gives none. */
    private final int line;
    /** The column of the offending value, from 1; 0 where the source gives none. */
    private final int column;
    /** The field at fault; empty where the fault is in the object as a whole or in the syntax. */
    private final String field;
    /** A short quoted prefix of the offending value; empty where there is none. */
    private final String value;
    /** The rule the value breaks, in the words of the validation that refused it. */
    private final String rule;

    InvalidDocumentException(String document, Position position, String field, String value, String rule,
            Throwable cause) {
        super(message(document, position, field, value, rule), cause);
        this.document = Objects.requireNonNull(document, "document");
        this.pointer = position.pointer();
        this.line = position.line();
        this.column = position.column();
        this.field = field;
        this.value = value;
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    private static String message(String document, Position position, String field, String value, String rule) {
        StringBuilder m = new StringBuilder(document);
        if (position.line() > 0) {
            m.append(':').append(position.line()).append(':').append(position.column());
        }
        m.append(' ').append(position.pointer().isEmpty() ? "/" : shorten(Input.escape(position.pointer())))
                .append(": ");
        if (field != null) {
            m.append("field \"").append(Input.escape(field)).append(value == null ? "\": " : "\" ");
        }
        if (value != null) {
            m.append("value ").append(Input.escape(value)).append(": ");
        }
        return m.append(Input.escape(rule)).toString();
    }

    /** Cuts a long pointer in the message to its start and its end; {@link #pointer()} keeps it whole. */
    private static String shorten(String pointer) {
        if (pointer.length() <= POINTER_LIMIT) {
            return pointer;
        }
        int head = POINTER_LIMIT / 3;
        int tail = pointer.length() - (POINTER_LIMIT - head - 1);
        if (Character.isLowSurrogate(pointer.charAt(head))) {
            head--;
        }
        if (Character.isLowSurrogate(pointer.charAt(tail))) {
            tail++;
        }
        return pointer.substring(0, head) + "…" + pointer.substring(tail);
    }

    /**
     * Returns the name of the document: its file name, or the name the caller gave.
     *
     * @return the document name, not null
     */
    public String document() {
        return document;
    }

    /**
     * Returns the JSON pointer of the offending value, such as {@code /officers/3/certificates/0/status}; empty
     * for the document itself.
     *
     * @return the pointer, not null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the line of the offending value, counted from 1; 0 where the source gives no line.
     *
     * @return the line number
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the offending value, counted from 1; 0 where the source gives no column.
     *
     * @return the column number
     */
    public int column() {
        return column;
    }

    /**
     * Returns the name of the field at fault; empty where the fault is in the object as a whole or in the syntax.
     *
     * @return the field, not null
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * Returns a short quoted prefix of the offending value; empty where there is none (a missing field).
     *
     * @return the value, not null
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the rule the value breaks, in the words of the validation that refused it.
     *
     * @return the rule, not null
     */
    public String rule() {
        return rule;
    }
}
