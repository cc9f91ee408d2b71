package io.github.quanze.jackson.codec;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A document being read (读取中的文档): the parser, the document's name, the context its references resolve against
 * and whether unknown fields are tolerated. Codecs read from it and report errors through it, so that every error
 * names the document, the pointer, the line and the column.
 */
public final class Input {

    private static final int VALUE_LIMIT = 40;

    private final JsonParser parser;
    private final String document;
    private final DocumentContext context;
    private final States state;
    private final boolean lenient;
    private final boolean yaml;
    private final String prefix;
    private final String outerField;

    /**
     * Creates an input over a parser.
     *
     * @param parser  the parser, not null
     * @param document  the name of the document for error messages, not null
     * @param context  what references resolve against, not null
     * @param lenient  whether unknown fields are skipped instead of refused
     */
    public Input(JsonParser parser, String document, DocumentContext context, boolean lenient) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.document = Objects.requireNonNull(document, "document");
        this.context = Objects.requireNonNull(context, "context");
        this.lenient = lenient;
        this.yaml = parser instanceof YAMLParser;
        this.state = new States();
        this.prefix = "";
        this.outerField = null;
    }

    /** An input that replays a buffered object of {@code outer}, which stands at {@code prefix}. */
    private Input(Input outer, JsonParser replay, String prefix, String outerField) {
        this.parser = replay;
        this.document = outer.document;
        this.context = outer.context;
        this.lenient = outer.lenient;
        this.yaml = false; // aliases were refused while the object was buffered
        this.state = outer.state;
        this.prefix = prefix;
        this.outerField = outerField;
    }

    /**
     * Returns an input that reads {@code replay}, the tokens of an object of this input buffered, such as a union
     * whose {@code type} comes late: its errors name the pointer in this document, its state is this input's.
     *
     * @param replay  the parser over the buffered object, not null
     * @param at  the position of the object in this document, not null
     * @param field  the field whose value the object is, null inside a list at the root or at the root
     * @return the input, not null
     */
    Input replay(JsonParser replay, Position at, String field) {
        return new Input(this, Objects.requireNonNull(replay, "replay"), at.pointer(), field);
    }

    /**
     * Returns the parser, positioned at the token being read.
     *
     * @return the parser, not null
     */
    public JsonParser parser() {
        return parser;
    }

    /**
     * Returns the name of the document.
     *
     * @return the name, not null
     */
    public String document() {
        return document;
    }

    /**
     * Returns whether unknown fields are skipped rather than refused.
     *
     * @return true in lenient mode
     */
    public boolean lenient() {
        return lenient;
    }

    /**
     * Returns the current token.
     *
     * @return the token, null at the end of input
     */
    public JsonToken token() {
        return parser.currentToken();
    }

    /**
     * Moves to the next token. A YAML alias ({@code *x}) is refused here, for every codec: the YAML parser does
     * not resolve aliases and would hand back the anchor's name as a string.
     *
     * @return the token, null at the end of input
     * @throws InvalidDocumentException at a YAML alias
     */
    public JsonToken next() {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.VALUE_STRING && yaml && ((YAMLParser) parser).isCurrentAlias()) {
            throw error(position(), currentField(), null, "YAML aliases (*" + escape(parser.getString())
                    + ") are not supported; write the value out", null);
        }
        return t;
    }

    /**
     * Returns the value held in the context under {@code type}, or fails naming what is missing.
     *
     * @param type  the key, not null
     * @param what  what the document must be given, such as "a basis catalogue", not null
     * @param <C>  the type of the value
     * @return the value, not null
     * @throws InvalidDocumentException if the context holds no such value
     */
    public <C> C require(Class<C> type, String what) {
        return context.get(type).orElseThrow(() -> error(position(), null, null,
                "this document refers to " + what + ", which was not given to the reader", null));
    }

    /**
     * Returns the value held in the context under {@code type}.
     *
     * @param type  the key, not null
     * @param <C>  the type of the value
     * @return the value, empty if none, not null
     */
    public <C> Optional<C> context(Class<C> type) {
        return context.get(type);
    }

    /**
     * Returns the place of the current token.
     *
     * @return the position, not null
     */
    public Position position() {
        TokenStreamLocation at = parser.currentTokenLocation();
        String pointer = pointer();
        return at == null ? new Position(pointer, 0, 0)
                : new Position(pointer, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }

    private String pointer() {
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        return prefix.isEmpty() ? pointer : prefix + pointer;
    }

    /**
     * Marks where the current token starts, cheaply: the pointer is worked out only if an error needs it, by
     * {@link #positionOf}.
     *
     * @return the mark, not null
     */
    public TokenStreamLocation mark() {
        return parser.currentTokenLocation();
    }

    /**
     * Returns the position of a value that started at {@code mark}, while the parser is still on one of the
     * value's tokens (its last token, for an object or a list).
     *
     * @param mark  where the value started, from {@link #mark()}, not null
     * @return the position, not null
     */
    public Position positionOf(TokenStreamLocation mark) {
        String pointer = pointer();
        return mark == null ? new Position(pointer, 0, 0)
                : new Position(pointer, Math.max(mark.getLineNr(), 0), Math.max(mark.getColumnNr(), 0));
    }

    /**
     * Returns the current token as a short value for an error message: a string quoted, a number or another
     * scalar as written, each cut to a short prefix, or {@code {…}} and {@code […]} for objects and arrays.
     *
     * @return the value text, not null
     */
    public String tokenText() {
        JsonToken t = parser.currentToken();
        if (t == null) {
            return "end of document";
        }
        return switch (t) {
            case START_OBJECT -> "{…}";
            case START_ARRAY -> "[…]";
            case VALUE_STRING -> quote(parser.getString());
            case PROPERTY_NAME -> quote(parser.currentName());
            default -> cut(parser.getText());
        };
    }

    /**
     * Returns a value quoted and cut to a short prefix for an error message, with line breaks and control
     * characters escaped so that the message stays on one line.
     *
     * @param value  the value, may be null
     * @return the quoted prefix, not null
     */
    public static String quote(Object value) {
        return "\"" + cut(String.valueOf(value)) + "\"";
    }

    /**
     * Returns a text cut to a short prefix, with line breaks and control characters escaped so that an error
     * message stays on one line.
     */
    private static String cut(String text) {
        if (text == null) {
            return "null";
        }
        int cut = text.offsetByCodePoints(0, Math.min(VALUE_LIMIT, text.codePointCount(0, text.length())));
        return escape(text.substring(0, cut)) + (cut < text.length() ? "…" : "");
    }

    /**
     * Returns a text with line breaks and other control characters written as {@code \n}, {@code \r},
     * {@code \t} or {@code \}{@code uXXXX}, so that it stays on one line.
     *
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String e = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04X", (int) c) : null;
            };
            if (e != null && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                if (e != null) {
                    b.append(e);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * Returns an error at the current token, naming the current field and value.
     *
     * @param rule  the rule broken, not null
     * @return the exception to throw, not null
     */
    public InvalidDocumentException error(String rule) {
        return error(position(), currentField(), tokenText(), rule, null);
    }

    /**
     * Returns an error at a given place.
     *
     * @param at  the place, not null
     * @param field  the field, null for the whole object
     * @param value  the quoted value, null if none
     * @param rule  the rule broken, not null
     * @param cause  the exception that refused the value, may be null
     * @return the exception to throw, not null
     */
    public InvalidDocumentException error(Position at, String field, String value, String rule, Throwable cause) {
        return new InvalidDocumentException(document, at, field, value, rule, cause);
    }

    /**
     * Returns the name of the field whose value is the current token, or null inside an array or at the root.
     *
     * @return the field name, may be null
     */
    public String currentField() {
        if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
            return parser.currentName();
        }
        var ctx = parser.streamReadContext();
        if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
            ctx = ctx.getParent();
        }
        while (ctx != null && ctx.inArray()) {
            ctx = ctx.getParent();
        }
        if (ctx == null || ctx.inRoot()) {
            return outerField;
        }
        return ctx.currentName();
    }

    /**
     * Returns the state this input keeps under {@code key}, making it with {@code create} the first time: a codec
     * whose values depend on fields read before them (a table's cells on its columns) hands them on here. The
     * state lives as long as this input: one document, or one file of JSON lines.
     *
     * @param key  the type of the state, not null
     * @param create  makes the state, not null
     * @param <S>  the type of the state
     * @return the state, not null
     */
    public <S> S state(Class<S> key, Supplier<S> create) {
        return state.get(key, create);
    }
}
