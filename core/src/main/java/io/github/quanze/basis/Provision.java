package io.github.quanze.basis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.github.quanze.internal.ChineseNumerals;
import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Citation;
import io.github.quanze.text.BilingualText;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provision (条款项) of a legal instrument: an article, optionally narrowed to a paragraph and an item.
 * <p>
 * Provisions render the way Chinese legal documents cite them: 《中华人民共和国行政处罚法》第六十四条第一款第（二）项,
 * and {@link #parse(String, LegalInstrument)} reads that form back. An item may be cited without a paragraph,
 * as is usual for an article with a single paragraph (第五十二条第（二）项; {@link #ofItem}). A normative document
 * divided into parts rather than articles is cited as a whole ({@link #wholeOf(LegalInstrument)}), with its
 * document number:
 * 《国务院办公厅关于推行行政执法责任制的若干意见》（国办发〔2005〕37号）.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Provision implements Comparable<Provision>, Citation {

    // 万 and 亿 are read so that ChineseNumerals can say such a number is too large rather than malformed
    private static final String NUMERAL = "([零〇一二三四五六七八九十百千万亿0-9]+)";
    private static final Pattern CITATION = Pattern.compile(
            "《(.+)》(?:[（(](?:[^（()）]|[（(][^（()）]*[)）])+[)）])?"
                    + "(?:第" + NUMERAL + "条"
                    + "(?:第" + NUMERAL + "款)?"
                    + "(?:第(?:[（(]" + NUMERAL + "[)）]|" + NUMERAL + ")项)?)?");
    private static final Comparator<Provision> ORDER = Comparator
            .comparing((Provision p) -> p.instrument.title())
            .thenComparing(p -> p.instrument.effectiveDate())
            .thenComparingInt(p -> p.article)
            .thenComparingInt(p -> p.paragraph)
            .thenComparingInt(p -> p.item);

    private final LegalInstrument instrument;
    private final int article;
    private final int paragraph;
    private final int item;

    private Provision(LegalInstrument instrument, int article, int paragraph, int item) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        checkArgument(article >= 0, "Article number of %s must be at least 1, but was %s",
                Texts.quotedTitle(instrument.title()), article);
        checkArgument(paragraph >= 0, "Paragraph number of %s article %s must be at least 1, but was %s",
                Texts.quotedTitle(instrument.title()), article, paragraph);
        checkArgument(item >= 0, "Item number of %s article %s must be at least 1, but was %s",
                Texts.quotedTitle(instrument.title()), article, item);
        checkArgument(article <= ChineseNumerals.MAX && paragraph <= ChineseNumerals.MAX
                        && item <= ChineseNumerals.MAX,
                "Provision numbers of %s must be at most %s, but were article %s, paragraph %s, item %s",
                Texts.quotedTitle(instrument.title()), ChineseNumerals.MAX, article, paragraph, item);
        this.article = article;
        this.paragraph = paragraph;
        this.item = item;
    }

    /**
     * Obtains an article of an instrument.
     *
     * @param instrument  the instrument, not null
     * @param article  the article number, at least 1
     * @return the provision, not null
     * @throws IllegalArgumentException if the article number is less than 1
     */
    public static Provision of(LegalInstrument instrument, int article) {
        checkArgument(article >= 1, "Article number of %s must be at least 1, but was %s",
                Texts.quoteTitle(Objects.requireNonNull(instrument, "instrument").title()), article);
        return new Provision(instrument, article, 0, 0);
    }

    /**
     * Obtains a paragraph of an article.
     *
     * @param instrument  the instrument, not null
     * @param article  the article number, at least 1
     * @param paragraph  the paragraph number, at least 1
     * @return the provision, not null
     * @throws IllegalArgumentException if a number is less than 1
     */
    public static Provision of(LegalInstrument instrument, int article, int paragraph) {
        return of(instrument, article).withParagraph(paragraph);
    }

    /**
     * Obtains an item of a paragraph of an article.
     *
     * @param instrument  the instrument, not null
     * @param article  the article number, at least 1
     * @param paragraph  the paragraph number, at least 1
     * @param item  the item number, at least 1
     * @return the provision, not null
     * @throws IllegalArgumentException if a number is less than 1
     */
    public static Provision of(LegalInstrument instrument, int article, int paragraph, int item) {
        return of(instrument, article).withParagraph(paragraph).withItem(item);
    }

    /**
     * Obtains an item of an article cited without a paragraph, as is usual for an article with a single paragraph:
     * 《中华人民共和国行政强制法》第十八条第（一）项. Equivalent to {@code of(instrument, article).withItem(item)}.
     *
     * @param instrument  the instrument, not null
     * @param article  the article number, at least 1
     * @param item  the item number, at least 1
     * @return the provision, not null
     * @throws IllegalArgumentException if a number is less than 1
     */
    public static Provision ofItem(LegalInstrument instrument, int article, int item) {
        return of(instrument, article).withItem(item);
    }

    /**
     * Obtains a citation of a whole instrument, for normative documents that are not divided into articles.
     *
     * @param instrument  the instrument, not null
     * @return the provision, not null
     */
    public static Provision wholeOf(LegalInstrument instrument) {
        return new Provision(instrument, 0, 0, 0);
    }

    /**
     * Parses a citation in the Chinese form, such as 《中华人民共和国行政处罚法》第六十四条第一款第（二）项.
     * <p>
     * Numbers are read in the standard form of Chinese citations, the one {@link #toString()} writes (六十四, 一百零一,
     * 一千零一十, 一千一百), with 〇 for 零 or 一十 for a leading 十, or in Arabic digits without a leading zero; a
     * number written any other way (第零六十四条, 第一千零零一条) is refused. Full-width and half-width parentheses
     * are accepted, and a document number in parentheses after the title is skipped, parentheses paired inside it
     * included (（京政发（2018）12号）). The title must be the title of {@code instrument}. Every citation
     * {@link #toString()} writes reads back to an equal provision: the builder of {@link LegalInstrument} refuses a
     * title or document number that could not be read back.
     *
     * @param text  the citation, not null
     * @param instrument  the instrument the citation names, not null
     * @return the provision, not null
     * @throws IllegalArgumentException if the text is not a citation, names another instrument, or has a number
     *         above {@value ChineseNumerals#MAX} or not in an accepted form; the message quotes at most a short prefix
     *         of the text
     */
    public static Provision parse(String text, LegalInstrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        Matcher m = matcher(text);
        if (!m.group(1).equals(instrument.title())) { // the message is made only on failure
            throw new IllegalArgumentException(String.format("Citation %s names %s, not the given instrument %s",
                    Texts.quote(text), Texts.quoteTitle(m.group(1)), Texts.quoteTitle(instrument.title())));
        }
        if (m.group(2) == null) {
            return wholeOf(instrument);
        }
        Provision provision = of(instrument, number(text, m.group(2)));
        if (m.group(3) != null) {
            provision = provision.withParagraph(number(text, m.group(3)));
        }
        String item = m.group(4) != null ? m.group(4) : m.group(5);
        return item == null ? provision : provision.withItem(number(text, item));
    }

    /**
     * Returns the title a citation names (书名), so that a caller can find the instrument, or the edition, before
     * parsing the citation against it with {@link #parse}.
     *
     * @param text  the citation, such as 《中华人民共和国行政处罚法》第六十四条, not null
     * @return the title inside the book-title marks, not null
     * @throws IllegalArgumentException if the text is not a citation; the message quotes at most a short prefix of it
     */
    public static String titleOf(String text) {
        return matcher(text).group(1);
    }

    private static Matcher matcher(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = CITATION.matcher(text.strip());
        checkArgument(m.matches(), "Citation %s must have the form 《title》第N条[第N款][第（N）项]", Texts.quoted(text));
        return m;
    }

    private static int number(String text, String numeral) {
        try {
            return ChineseNumerals.parse(numeral);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Citation " + Texts.quoted(text) + " has a bad number: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Returns a copy of this article narrowed to one of its paragraphs.
     *
     * @param paragraph  the paragraph number, at least 1
     * @return the provision, not null
     * @throws IllegalArgumentException if the number is less than 1
     * @throws IllegalStateException if this provision is a whole instrument or already names a paragraph or item
     */
    public Provision withParagraph(int paragraph) {
        checkState(article > 0 && this.paragraph == 0 && item == 0,
                "Cannot add paragraph %s to %s: only an article can be narrowed to a paragraph", paragraph,
                Texts.quoted(this));
        checkArgument(paragraph >= 1, "Paragraph number of %s must be at least 1, but was %s", Texts.quoted(this),
                paragraph);
        return new Provision(instrument, article, paragraph, 0);
    }

    /**
     * Returns a copy of this article or paragraph narrowed to one of its items.
     *
     * @param item  the item number, at least 1
     * @return the provision, not null
     * @throws IllegalArgumentException if the number is less than 1
     * @throws IllegalStateException if this provision is a whole instrument or already names an item
     */
    public Provision withItem(int item) {
        checkState(article > 0 && this.item == 0,
                "Cannot add item %s to %s: only an article or paragraph can be narrowed to an item", item,
                Texts.quoted(this));
        checkArgument(item >= 1, "Item number of %s must be at least 1, but was %s", Texts.quoted(this), item);
        return new Provision(instrument, article, paragraph, item);
    }

    /**
     * Returns the instrument this provision belongs to.
     *
     * @return the instrument, not null
     */
    public LegalInstrument instrument() {
        return instrument;
    }

    /**
     * Returns the article number, or empty for a citation of the whole instrument.
     *
     * @return the article number, not null
     */
    public OptionalInt article() {
        return article == 0 ? OptionalInt.empty() : OptionalInt.of(article);
    }

    /**
     * Returns the paragraph number, if the provision names one.
     *
     * @return the paragraph number, not null
     */
    public OptionalInt paragraph() {
        return paragraph == 0 ? OptionalInt.empty() : OptionalInt.of(paragraph);
    }

    /**
     * Returns the item number, if the provision names one.
     *
     * @return the item number, not null
     */
    public OptionalInt item() {
        return item == 0 ? OptionalInt.empty() : OptionalInt.of(item);
    }

    /**
     * Returns the part after the title, such as 第六十四条第一款第（二）项, or an empty string for a whole instrument.
     *
     * @return the Chinese article reference, not null
     */
    public String articleReference() {
        StringBuilder out = new StringBuilder();
        if (article > 0) {
            out.append('第').append(ChineseNumerals.format(article)).append('条');
        }
        if (paragraph > 0) {
            out.append('第').append(ChineseNumerals.format(paragraph)).append('款');
        }
        if (item > 0) {
            out.append("第（").append(ChineseNumerals.format(item)).append("）项");
        }
        return out.toString();
    }

    /**
     * Returns the part of the English citation after "Art", such as {@code 64(1)(2)} or {@code 52 item (1)}, or an
     * empty string for a whole instrument.
     *
     * @return the English article reference, not null
     */
    public String englishReference() {
        if (article == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder().append(article);
        if (paragraph > 0) {
            out.append('(').append(paragraph).append(')');
        }
        if (item > 0) {
            out.append(paragraph > 0 ? "(" : " item (").append(item).append(')');
        }
        return out.toString();
    }

    /**
     * Returns the citation in Chinese and English, as a {@link Citation} of one provision.
     *
     * @return the citation, not null
     */
    @Override
    public BilingualText citation() {
        return BilingualText.of(toString(), toEnglish());
    }

    /**
     * Returns the citation in English, such as Art 64(1)(2), Administrative Penalty Law of the People's Republic of
     * China; the Chinese citation stands in for an instrument with no English title.
     *
     * @return the English citation, not null
     */
    public String toEnglish() {
        return article == 0 ? instrument.englishName() : "Art " + englishReference() + ", " + instrument.englishName();
    }

    /**
     * Returns the citation in both languages, as a message template renders a provision among its parameters.
     *
     * @return the bilingual citation, not null
     */
    @Override
    public BilingualText label() {
        return BilingualText.of(toString(), toEnglish());
    }

    /**
     * Returns the citation in Chinese, such as 《中华人民共和国行政处罚法》第六十四条第一款第（二）项.
     *
     * @return the Chinese citation, not null
     */
    @Override
    public String toString() {
        return (article == 0 ? instrument.citation() : "《" + instrument.title() + "》") + articleReference();
    }

    /**
     * Orders provisions by instrument title and edition, then by article, paragraph and item.
     */
    @Override
    public int compareTo(Provision other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Provision other
                && article == other.article
                && paragraph == other.paragraph
                && item == other.item
                && instrument.equals(other.instrument);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, article, paragraph, item);
    }
}
