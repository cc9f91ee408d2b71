package io.github.quanze.internal;

/**
 * The format shared by the identifiers of agencies, units, posts and officers.
 */
public final class Identifiers {

    /** The most characters (code points) an identifier has. */
    private static final int MAX_LENGTH = 64;

    private Identifiers() {}

    /**
     * Checks an identifier: 1 to 64 letters or digits (Chinese allowed), optionally joined by {@code -}, {@code _}
     * or {@code .}, with no spaces.
     *
     * @param kind  what the identifier names, for the message, such as "Post id"
     * @param value  the identifier
     * @return the identifier
     * @throws IllegalArgumentException if the identifier is null or malformed; the message quotes at most a short
     *         prefix of it
     */
    public static String check(String kind, String value) {
        if (!isWellFormed(value, false)) { // the message is made only on failure
            throw new IllegalArgumentException(String.format(
                    "%s must be 1-64 letters or digits, optionally joined by '-', '_' or '.', but was %s", kind,
                    Texts.quote(value)));
        }
        return value;
    }

    /**
     * Checks the format of an identifier without a regular expression (this check runs for every id read): 1 to 64
     * characters, counted as code points, each a letter or digit, or {@code -}, {@code _} or {@code .} between two
     * of them; the same as matching {@code [\p{L}\p{N}](?:[\p{L}\p{N}._-]{0,62}[\p{L}\p{N}])?}, or with
     * {@code asciiOnly} {@code [A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?}.
     *
     * @param value  the identifier, may be null
     * @param asciiOnly  whether only ASCII letters and digits are letters and digits
     * @return true if well formed; false for null
     */
    public static boolean isWellFormed(String value, boolean asciiOnly) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        int count = 0;
        int last = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (++count > MAX_LENGTH) {
                return false;
            }
            if (!isLetterOrDigit(c, asciiOnly) && (count == 1 || (c != '-' && c != '_' && c != '.'))) {
                return false;
            }
            last = c;
            i += Character.charCount(c);
        }
        return isLetterOrDigit(last, asciiOnly);
    }

    /** Whether a code point is in {@code \p{L}} or {@code \p{N}}, or with {@code asciiOnly} in [A-Za-z0-9]. */
    private static boolean isLetterOrDigit(int c, boolean asciiOnly) {
        if (c < 0x80 || asciiOnly) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
