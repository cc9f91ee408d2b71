package io.github.quanze.text;

import java.util.Objects;

/**
 * Builds a text of several parts in Chinese and English at once (中英文文本拼接): how a rendering layer puts the
 * rendered lines of a report together, such as an explanation with one line per item. Each part is either the same
 * in both languages (a line break, an indent) or a rendered {@link BilingualText}.
 * <p>
 * This class is mutable and not thread-safe; the text it builds is immutable.
 */
public final class TextBuilder {

    private final StringBuilder zh = new StringBuilder();
    private final StringBuilder en = new StringBuilder();

    private TextBuilder() {
    }

    /**
     * Starts a text with its first part.
     *
     * @param first  the first part, not null
     * @return a new builder, not null
     */
    public static TextBuilder of(BilingualText first) {
        return new TextBuilder().append(first);
    }

    /**
     * Appends a part that is the same in both languages, such as a line break and an indent.
     *
     * @param same  the part, not null
     * @return this builder, not null
     */
    public TextBuilder append(String same) {
        Objects.requireNonNull(same, "same");
        zh.append(same);
        en.append(same);
        return this;
    }

    /**
     * Appends a part in both languages.
     *
     * @param part  the part, not null
     * @return this builder, not null
     */
    public TextBuilder append(BilingualText part) {
        Objects.requireNonNull(part, "part");
        zh.append(part.zh());
        en.append(part.en());
        return this;
    }

    /**
     * Appends a separator and a part: a line break before a line, a semicolon before a clause.
     *
     * @param separator  the separator, the same in both languages, not null
     * @param part  the part, not null
     * @return this builder, not null
     */
    public TextBuilder append(String separator, BilingualText part) {
        return append(separator).append(part);
    }

    /**
     * Appends a part whose lines are indented: each line break in it is followed by the indent.
     *
     * @param indent  the indent, such as two spaces, not null
     * @param part  the part, not null
     * @return this builder, not null
     */
    public TextBuilder appendIndented(String indent, BilingualText part) {
        Objects.requireNonNull(indent, "indent");
        Objects.requireNonNull(part, "part");
        zh.append(part.zh().replace("\n", "\n" + indent));
        en.append(part.en().replace("\n", "\n" + indent));
        return this;
    }

    /**
     * Returns the text built so far.
     *
     * @return the text, not null; not blank, as its first part was not
     */
    public BilingualText build() {
        return BilingualText.of(zh.toString(), en.toString());
    }

    /** Returns the Chinese text built so far. */
    @Override
    public String toString() {
        return zh.toString();
    }
}
