package io.github.quanze.internal;

import java.util.regex.Pattern;

/**
 * The format shared by the identifiers of agencies, units, posts and officers.
 */
public final class Identifiers {

    private static final Pattern FORMAT = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._-]{0,62}[\\p{L}\\p{N}])?");

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
        if (value == null || !FORMAT.matcher(value).matches()) { // the message is made only on failure
            throw new IllegalArgumentException(String.format(
                    "%s must be 1-64 letters or digits, optionally joined by '-', '_' or '.', but was %s", kind,
                    Texts.quote(value)));
        }
        return value;
    }
}
