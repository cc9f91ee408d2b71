package io.github.quanze.internal;

/**
 * Checks and quotes the texts callers give: names, titles, case numbers, reasons.
 * <p>
 * Exception messages quote a value with {@link #quote}, so a 100,000-character input yields a message of a line.
 */
public final class Texts {

    /** The most code points of a value an exception message quotes. */
    public static final int QUOTE_LIMIT = 40;

    private Texts() {}

    /**
     * Quotes a value for an exception message: {@code 'value'}, cut to {@value #QUOTE_LIMIT} code points with the
     * full length added when longer, control characters and the line and paragraph separators shown as
     * {@code \\uXXXX}, so that the message stays one line.
     *
     * @param value  the value, may be null
     * @return the quotation, {@code null} for a null value
     */
    public static String quote(Object value) {
        return value == null ? "null" : quote(value.toString(), '\'', '\'');
    }

    /**
     * Quotes the title of a legal instrument for an exception message in book-title marks, {@code 《title》}, cut as
     * {@link #quote} cuts a value.
     *
     * @param title  the title, may be null
     * @return the quotation, {@code null} for a null title
     */
    public static String quoteTitle(Object title) {
        return title == null ? "null" : quote(title.toString(), '《', '》');
    }

    private static String quote(String text, char open, char close) {
        int length = text.codePointCount(0, text.length());
        StringBuilder quoted = new StringBuilder().append(open);
        int shown = 0;
        for (int i = 0; i < text.length() && shown < QUOTE_LIMIT; shown++) {
            int c = text.codePointAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                quoted.append(String.format("\\u%04X", c));
            } else {
                quoted.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        quoted.append(close);
        if (length > QUOTE_LIMIT) {
            quoted.append("… (").append(length).append(" characters)");
        }
        return quoted.toString();
    }

    /**
     * Quotes a value for an exception message only when the message is made: the returned object's
     * {@code toString()} is {@link #quote}. Guava's {@code checkArgument} formats its arguments only on failure, so a
     * check that passes quotes nothing.
     *
     * @param value  the value, may be null
     * @return an object that renders as the quotation, not null
     */
    public static Object quoted(Object value) {
        return new Object() {
            @Override
            public String toString() {
                return quote(value);
            }
        };
    }

    /**
     * Quotes a title in 《》 for an exception message only when the message is made (see {@link #quoted}).
     *
     * @param title  the title, may be null
     * @return an object that renders as {@link #quoteTitle}, not null
     */
    public static Object quotedTitle(Object title) {
        return new Object() {
            @Override
            public String toString() {
                return quoteTitle(title);
            }
        };
    }

    /**
     * Checks a one-line text such as a name, title or case number: not blank, no control character (NUL, BEL, line
     * breaks, tabs), no Unicode line or paragraph separator (U+2028, U+2029), no space at either end.
     *
     * @param field  what the text is, for the message, such as "Officer O-1: name"
     * @param value  the text
     * @return the text
     * @throws IllegalArgumentException if the text is null, blank, has a control character, a line separator or
     *         surrounding spaces
     */
    public static String checkLine(String field, String value) {
        checkNotBlank(field, value);
        checkNoControl(field, value, false);
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
            throw invalid("%s must not begin or end with a space, but was %s", field, value);
        }
        return value;
    }

    /**
     * Tells whether a text passes {@link #checkLine(String, String, int)}, without building a message: for checks on
     * a hot path, which name the field only when the text fails.
     *
     * @param value  the text
     * @param maxLength  the most characters allowed
     * @return true if the text is a line {@code checkLine} accepts
     */
    public static boolean isLine(String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength
                || Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i)) || isSeparator(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a one-line text as {@link #checkLine(String, String)} does, and its length.
     *
     * @param field  what the text is, for the message
     * @param value  the text
     * @param maxLength  the most characters allowed
     * @return the text
     * @throws IllegalArgumentException if the text is null, blank, too long, has a control character or surrounding
     *         spaces
     */
    public static String checkLine(String field, String value, int maxLength) {
        checkLine(field, value);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(String.format("%s must be at most %s characters, but was %s", field,
                    maxLength, quote(value)));
        }
        return value;
    }

    /**
     * Checks a free text such as a description or a reviewer's note: not blank, and no control character other than
     * line breaks and tabs.
     *
     * @param field  what the text is, for the message
     * @param value  the text
     * @return the text
     * @throws IllegalArgumentException if the text is null, blank or has another control character
     */
    public static String checkText(String field, String value) {
        checkNotBlank(field, value);
        checkNoControl(field, value, true);
        return value;
    }

    /**
     * Checks a note that may be left empty, such as what a standard rests on: either empty, or a free text as
     * {@link #checkText} accepts it.
     *
     * @param field  what the text is, for the message
     * @param value  the text
     * @return the text
     * @throws IllegalArgumentException if the text is null, blank but not empty, or has a control character other
     *         than a line break or tab
     */
    public static String checkTextOrEmpty(String field, String value) {
        return value != null && value.isEmpty() ? value : checkText(field, value);
    }

    /**
     * Normalises a term of a vocabulary that is matched by equality, such as an enforcement area (执法领域): spaces
     * at either end (full-width ones too) are removed, so that "烟草专卖 " and "烟草专卖" are one area.
     *
     * @param field  what the term is, for the message
     * @param value  the term
     * @return the term without surrounding spaces
     * @throws IllegalArgumentException if the term is null, blank or has a control character
     */
    public static String normalizeTerm(String field, String value) {
        checkNotBlank(field, value);
        String term = value.strip();
        checkNoControl(field, term, false);
        return term;
    }

    /** Checks that a text is there; the value is quoted only for the message of a failure. */
    private static void checkNotBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid("%s must not be blank, but was %s", field, value);
        }
    }

    private static IllegalArgumentException invalid(String template, String field, String value) {
        return new IllegalArgumentException(String.format(template, field, quote(value)));
    }

    private static void checkNoControl(String field, String value, boolean breaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(breaksAllowed && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new IllegalArgumentException(String.format("%s must not contain control character U+%04X "
                        + "(at index %s), but was %s", field, (int) c, i, quote(value)));
            }
            if (isSeparator(c) && !breaksAllowed) {
                throw new IllegalArgumentException(String.format("%s must be one line, but has line break U+%04X "
                        + "(at index %s): %s", field, (int) c, i, quote(value)));
            }
        }
    }

    /** The Unicode line and paragraph separators: line breaks that are not control characters. */
    private static boolean isSeparator(char c) {
        return c == '\u2028' || c == '\u2029';
    }
}
