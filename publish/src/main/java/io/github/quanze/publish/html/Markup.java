package io.github.quanze.publish.html;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.github.quanze.text.BilingualText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A fragment of HTML or inline SVG being written (网页标记), well formed by construction: every text and attribute
 * value is escaped, element and attribute names are checked, and each element is closed in the order it was opened.
 * <p>
 * Every page and chart of the publication is written with this class, so no text from a document (a power's name, an
 * officer's name, a party's facts) can ever be read by a browser as markup. A bilingual text is written as two spans,
 * {@code <span lang="zh-CN">} and {@code <span lang="en">}, of which the page's stylesheet shows one (see
 * {@link Page}).
 * <p>
 * A writer is a mutable, single-threaded accumulator: create one per fragment, and call {@link #toString()} when every
 * element is closed. A finished fragment is inserted into another with {@link #fragment(Markup)}.
 */
public final class Markup {

    private static final Pattern TAG = Pattern.compile("[a-z][a-zA-Z0-9]{0,30}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]{0,40}");
    /** Names already found well formed: a chart writes the same few names thousands of times. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final int MAX_CHECKED = 512;
    /** The language tag of Chinese text in every page. */
    public static final String ZH = "zh-CN";
    /** The language tag of English text in every page. */
    public static final String EN = "en";

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    private Markup() {}

    /**
     * Starts an empty fragment.
     *
     * @return a new writer, not null
     */
    public static Markup create() {
        return new Markup();
    }

    /**
     * Opens an element.
     *
     * @param tag  the element's name, lower-case letters and digits (SVG's camel case allowed), not null
     * @param attributes  names and values in turn; a null value leaves that attribute out
     * @return this writer
     * @throws IllegalArgumentException if the name or an attribute name is malformed, or the attributes are not pairs
     */
    public Markup open(String tag, String... attributes) {
        start(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /**
     * Closes the element opened last.
     *
     * @param tag  that element's name, not null
     * @return this writer
     * @throws IllegalStateException if {@code tag} is not the element opened last
     */
    public Markup close(String tag) {
        checkState(!open.isEmpty() && open.peek().equals(tag), "cannot close <%s>: the element open is %s", tag,
                open.isEmpty() ? "none" : "<" + open.peek() + ">");
        open.pop();
        out.append("</").append(tag).append('>');
        return this;
    }

    /**
     * Writes an element without content, such as {@code <meta>}, {@code <input>} or an SVG {@code <rect/>}.
     *
     * @param tag  the element's name, not null
     * @param attributes  names and values in turn; a null value leaves that attribute out
     * @return this writer
     * @throws IllegalArgumentException as {@link #open}
     */
    public Markup empty(String tag, String... attributes) {
        start(tag, attributes);
        out.append("/>");
        return this;
    }

    /**
     * Writes an element holding one text.
     *
     * @param tag  the element's name, not null
     * @param text  its text, escaped, not null
     * @param attributes  names and values in turn; a null value leaves that attribute out
     * @return this writer
     * @throws IllegalArgumentException as {@link #open}
     */
    public Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * Writes an element holding a text in both languages.
     *
     * @param tag  the element's name, not null
     * @param text  its text, escaped, not null
     * @param attributes  names and values in turn; a null value leaves that attribute out
     * @return this writer
     * @throws IllegalArgumentException as {@link #open}
     */
    public Markup element(String tag, BilingualText text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * Writes a text, escaped.
     *
     * @param text  the text, not null
     * @return this writer
     */
    public Markup text(String text) {
        Objects.requireNonNull(text, "text");
        escape(text, false);
        return this;
    }

    /**
     * Writes a text in both languages: a Chinese and an English span, of which the page shows one.
     *
     * @param text  the text, not null
     * @return this writer
     */
    public Markup text(BilingualText text) {
        Objects.requireNonNull(text, "text");
        return element("span", text.zh(), "lang", ZH).element("span", text.en(), "lang", EN);
    }

    /**
     * Inserts a finished fragment.
     *
     * @param fragment  a fragment whose elements are all closed, not null
     * @return this writer
     * @throws IllegalStateException if the fragment has an element still open
     * @throws IllegalArgumentException if the fragment is this writer
     */
    public Markup fragment(Markup fragment) {
        Objects.requireNonNull(fragment, "fragment");
        checkArgument(fragment != this, "a fragment cannot be inserted into itself");
        out.append(fragment);
        return this;
    }

    /**
     * Inserts markup this package wrote itself (a finished page body, the page's own stylesheet and script).
     *
     * @param markup  well-formed markup, not null
     * @return this writer
     */
    Markup trusted(String markup) {
        out.append(Objects.requireNonNull(markup, "markup"));
        return this;
    }

    /**
     * Tells whether every element opened has been closed.
     *
     * @return true when the fragment is well formed
     */
    public boolean isClosed() {
        return open.isEmpty();
    }

    /**
     * Returns the fragment written so far.
     *
     * @return the markup, not null
     * @throws IllegalStateException if an element is still open
     */
    @Override
    public String toString() {
        checkState(open.isEmpty(), "element <%s> is still open", open.peek());
        return out.toString();
    }

    private void start(String tag, String... attributes) {
        Objects.requireNonNull(tag, "tag");
        checkArgument(isName(TAG, tag), "element name must be letters and digits, but was %s", prefix(tag));
        checkArgument(attributes.length % 2 == 0, "attributes of <%s> must be name and value pairs, but %s were given",
                tag, attributes.length);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            checkArgument(name != null && isName(ATTRIBUTE, name),
                    "attribute name of <%s> must be letters, digits, ':' or '-', but was %s", tag, prefix(name));
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    /** Checks a name against its pattern, remembering up to {@value #MAX_CHECKED} names found well formed. */
    private static boolean isName(Pattern pattern, String name) {
        String key = (pattern == TAG ? "<" : "@") + name;
        if (CHECKED.contains(key)) {
            return true;
        }
        boolean ok = pattern.matcher(name).matches();
        if (ok && CHECKED.size() < MAX_CHECKED) {
            CHECKED.add(key);
        }
        return ok;
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> out.append(c);
            }
        }
    }

    private static String prefix(String value) {
        if (value == null) {
            return "null";
        }
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
    }
}
