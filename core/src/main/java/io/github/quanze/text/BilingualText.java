package io.github.quanze.text;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A user-facing text in Chinese and English (中英文文本).
 * <p>
 * Every explanation and finding of the library carries one, so an agency system can show the Chinese text to
 * officers and parties and the English text to foreign parties or auditors. The Chinese text is authoritative.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param zh  the Chinese text, not blank
 * @param en  the English text, not blank
 */
public record BilingualText(String zh, String en) {

    /**
     * Creates a text, checking both languages are present.
     *
     * @param zh  the Chinese text, not blank
     * @param en  the English text, not blank
     * @throws IllegalArgumentException if either text is null or blank
     */
    public BilingualText {
        checkArgument(zh != null && !zh.isBlank(), "Chinese text must not be blank, but was %s", Texts.quoted(zh));
        checkArgument(en != null && !en.isBlank(), "English text must not be blank, but was %s (Chinese: %s)",
                Texts.quoted(en), Texts.quoted(zh));
    }

    /**
     * Obtains a text from its Chinese and English versions.
     *
     * @param zh  the Chinese text, not blank
     * @param en  the English text, not blank
     * @return the text, not null
     * @throws IllegalArgumentException if either text is null or blank
     */
    public static BilingualText of(String zh, String en) {
        return new BilingualText(zh, en);
    }

    /**
     * Returns the text in the language of {@code locale}: Chinese for any {@code zh} locale, English otherwise.
     *
     * @param locale  the reader's locale, not null
     * @return the text, not null
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh : en;
    }

    /**
     * Joins this text and {@code other} with a separator in each language.
     *
     * @param zhSeparator  the Chinese separator, such as {@code "；"}, not null
     * @param enSeparator  the English separator, such as {@code "; "}, not null
     * @param other  the text to append, not null
     * @return the joined text, not null
     */
    public BilingualText join(String zhSeparator, String enSeparator, BilingualText other) {
        Objects.requireNonNull(zhSeparator, "zhSeparator");
        Objects.requireNonNull(enSeparator, "enSeparator");
        Objects.requireNonNull(other, "other");
        return new BilingualText(zh + zhSeparator + other.zh, en + enSeparator + other.en);
    }

    /**
     * Joins texts with a separator in each language: the Chinese texts with {@code zhSeparator}, the English texts
     * with {@code enSeparator}.
     *
     * @param zhSeparator  the Chinese separator, such as {@code "\n"} or {@code "；"}, not null
     * @param enSeparator  the English separator, not null
     * @param texts  the texts, at least one, not null
     * @return the joined text, not null
     * @throws IllegalArgumentException if there is no text
     */
    public static BilingualText joinAll(String zhSeparator, String enSeparator, Iterable<BilingualText> texts) {
        Objects.requireNonNull(zhSeparator, "zhSeparator");
        Objects.requireNonNull(enSeparator, "enSeparator");
        Objects.requireNonNull(texts, "texts");
        StringJoiner zh = new StringJoiner(zhSeparator);
        StringJoiner en = new StringJoiner(enSeparator);
        for (BilingualText text : texts) {
            Objects.requireNonNull(text, "texts must not hold null");
            zh.add(text.zh);
            en.add(text.en);
        }
        checkArgument(zh.length() > 0 || en.length() > 0, "Texts to join must not be empty");
        return new BilingualText(zh.toString(), en.toString());
    }

    /** Returns the Chinese text. */
    @Override
    public String toString() {
        return zh;
    }
}
