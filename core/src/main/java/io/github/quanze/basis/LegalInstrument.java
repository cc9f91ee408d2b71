package io.github.quanze.basis;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal instrument (法律文件): a law, regulation, rule or normative document, in one edition.
 * <p>
 * An instrument is identified by its full title as published (中华人民共和国行政处罚法) and carries its level, its
 * document number (文号, such as 国务院令第223号 or 国办发〔2005〕37号) or adoption date, and the period in which
 * it is in force: from its effective date (施行日期) up to, not including, its repeal date. A revised instrument
 * whose revision took effect on a later day is a new edition, held as a second instrument with the same title;
 * the first edition's repeal date is the day the revision took effect.
 * <p>
 * The title, English title and document number are one line each: no control character (NUL, BEL, line breaks), no
 * line separator (U+2028, U+2029) and no surrounding spaces. The title has no book-title marks, and the parentheses
 * of a document number come in pairs, not nested (京政发（2018）12号), so that every citation of an instrument reads
 * back with {@link Provision#parse}.
 * <pre>{@code
 * LegalInstrument law = LegalInstrument.builder()
 *     .title("中华人民共和国行政处罚法")
 *     .level(InstrumentLevel.LAW)
 *     .adoptionDate(LocalDate.of(2021, 1, 22))
 *     .effectiveDate(LocalDate.of(2021, 7, 15))
 *     .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe. It is final and built only by its {@link Builder}, so every instance has
 * passed the checks of its builder.
 */
public final class LegalInstrument {

    private final String title;
    private final String englishTitle;
    private final InstrumentLevel level;
    private final String documentNumber;
    private final LocalDate adoptionDate;
    private final LocalDate effectiveDate;
    private final LocalDate repealDate;

    private static void checkTitle(String title) {
        Texts.checkLine("Instrument title", title);
        checkArgument(title.chars().noneMatch(c -> c == '《' || c == '》'),
                "Instrument title must have no book-title marks, but was %s", Texts.quoted(title));
    }

    /**
     * Checks a document number: one line whose parentheses, full-width or half-width, come in pairs and are not
     * nested (京政发（2018）12号), so that a citation 《title》（文号） is read back as written.
     */
    private static void checkDocumentNumber(String field, String number) {
        Texts.checkLine(field, number);
        int open = -1;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '（' || c == '(') {
                checkArgument(open < 0, "%s must not nest parentheses, but has %s at index %s inside the one opened "
                        + "at index %s: %s", field, c, i, open, Texts.quoted(number));
                open = i;
            } else if (c == '）' || c == ')') {
                checkArgument(open >= 0, "%s must close only the parentheses it opens, but has %s at index %s with "
                        + "none open: %s", field, c, i, Texts.quoted(number));
                open = -1;
            }
        }
        checkArgument(open < 0, "%s must close the parenthesis opened at index %s: %s", field, open,
                Texts.quoted(number));
    }

    private LegalInstrument(Builder b) {
        checkTitle(b.title);
        String instrument = "Instrument " + Texts.quoteTitle(b.title);
        if (b.englishTitle != null) {
            Texts.checkLine(instrument + ": English title", b.englishTitle);
        }
        if (b.documentNumber != null) {
            checkDocumentNumber(instrument + ": document number", b.documentNumber);
        }
        checkArgument(b.documentNumber != null || b.adoptionDate != null,
                "%s must have a document number (文号) or an adoption date", instrument);
        checkArgument(b.adoptionDate == null || !b.adoptionDate.isAfter(b.effectiveDate),
                "%s: adoption date %s must not be after effective date %s", instrument, b.adoptionDate,
                b.effectiveDate);
        checkArgument(b.repealDate == null || b.repealDate.isAfter(b.effectiveDate),
                "%s: repeal date %s must be after effective date %s", instrument, b.repealDate, b.effectiveDate);
        this.title = b.title;
        this.englishTitle = b.englishTitle;
        this.level = b.level;
        this.documentNumber = b.documentNumber;
        this.adoptionDate = b.adoptionDate;
        this.effectiveDate = b.effectiveDate;
        this.repealDate = b.repealDate;
    }

    /**
     * Starts building an instrument: set its title, level and effective date, and a document number or an adoption
     * date.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this instrument's attributes, to build a changed copy, such as the same edition with
     * its repeal date: {@code instrument.toBuilder().repealDate(day).build()}. Each attribute can be set once on it.
     *
     * @return a builder filled from this instrument, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.englishTitle = englishTitle;
        b.level = level;
        b.documentNumber = documentNumber;
        b.adoptionDate = adoptionDate;
        b.effectiveDate = effectiveDate;
        b.repealDate = repealDate;
        return b;
    }

    /**
     * Returns the full title without book-title marks, such as 中华人民共和国烟草专卖法.
     *
     * @return the title, not blank
     */
    public String title() {
        return title;
    }

    /**
     * Returns the English title, where one is published or agreed, such as Administrative Penalty Law of the
     * People's Republic of China.
     *
     * @return the English title, not null
     */
    public Optional<String> englishTitle() {
        return Optional.ofNullable(englishTitle);
    }

    /**
     * Returns the level of the instrument.
     *
     * @return the level, not null
     */
    public InstrumentLevel level() {
        return level;
    }

    /**
     * Returns the document number (文号), such as 国办发〔2005〕37号.
     *
     * @return the document number, not null
     */
    public Optional<String> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    /**
     * Returns the day the instrument, or this edition of it, was adopted or issued (通过/公布日期).
     *
     * @return the adoption date, not null
     */
    public Optional<LocalDate> adoptionDate() {
        return Optional.ofNullable(adoptionDate);
    }

    /**
     * Returns the first day the instrument is in force (施行日期).
     *
     * @return the effective date, not null
     */
    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    /**
     * Returns the first day the instrument is no longer in force (废止或者被修订), if it has been repealed or
     * replaced by a later edition.
     *
     * @return the repeal date, exclusive, not null
     */
    public Optional<LocalDate> repealDate() {
        return Optional.ofNullable(repealDate);
    }

    /**
     * Checks whether the instrument is in force on {@code date}: on or after its effective date and before its
     * repeal date.
     *
     * @param date  the day to check, not null
     * @return true if the instrument is in force on that day
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveDate()) && (repealDate == null || date.isBefore(repealDate));
    }

    /**
     * Returns the title in book-title marks, followed by the document number of a normative document:
     * 《国务院办公厅关于推行行政执法责任制的若干意见》（国办发〔2005〕37号）.
     *
     * @return the citation of the whole instrument, not null
     */
    public String citation() {
        String cited = "《" + title() + "》";
        return level() == InstrumentLevel.NORMATIVE_DOCUMENT && documentNumber().isPresent()
                ? cited + "（" + documentNumber().get() + "）"
                : cited;
    }

    /**
     * Returns the English title, or the Chinese citation where there is none.
     *
     * @return the name to use in English text, not null
     */
    public String englishName() {
        return englishTitle().orElseGet(this::citation);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LegalInstrument i && title.equals(i.title) && Objects.equals(englishTitle, i.englishTitle)
                && level == i.level && Objects.equals(documentNumber, i.documentNumber)
                && Objects.equals(adoptionDate, i.adoptionDate) && effectiveDate.equals(i.effectiveDate)
                && Objects.equals(repealDate, i.repealDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, englishTitle, level, documentNumber, adoptionDate, effectiveDate, repealDate);
    }

    @Override
    public String toString() {
        return citation() + "（" + effectiveDate() + "施行）";
    }

    /**
     * Builds a {@link LegalInstrument} (法律文件). Title, level and effective date are required, and a document number
     * or an adoption date; {@link #build()} names every required attribute still missing. Each attribute is set
     * once. A builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("LegalInstrument");
        private String title;
        private String englishTitle;
        private InstrumentLevel level;
        private String documentNumber;
        private LocalDate adoptionDate;
        private LocalDate effectiveDate;
        private LocalDate repealDate;

        private Builder() {}

        /**
         * Sets the full title as published (标题), without book-title marks, such as 中华人民共和国烟草专卖法; required.
         *
         * @param title  the title, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the title is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if the title is already set
         */
        public Builder title(String title) {
            this.title = required.once("title", title, LegalInstrument::checkTitle);
            return this;
        }

        /**
         * Sets the English title, where one is published or agreed (英文名称); optional.
         *
         * @param englishTitle  the English title, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the English title is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if the English title is already set
         */
        public Builder englishTitle(String englishTitle) {
            this.englishTitle = required.once("englishTitle", englishTitle,
                    v -> Texts.checkLine(instrument() + ": English title", v));
            return this;
        }

        /**
         * Sets the level of the instrument (效力层级): law, administrative regulation, rule or normative document;
         * required.
         *
         * @param level  the level, not null
         * @return this builder, not null
         * @throws NullPointerException if the level is null
         * @throws IllegalStateException if the level is already set
         */
        public Builder level(InstrumentLevel level) {
            this.level = required.once("level", level);
            return this;
        }

        /**
         * Sets the document number (文号), such as 国办发〔2005〕37号; required unless the adoption date is set.
         * Parentheses in it, full-width or half-width, come in pairs and are not nested (京政发（2018）12号), so that
         * the citation 《title》（文号） reads back as written.
         *
         * @param documentNumber  the document number, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the document number is null
         * @throws IllegalArgumentException if the value is blank, has a control character, a line separator,
         *         surrounding spaces, an unpaired or nested parenthesis (or is otherwise malformed, as
         *         {@code build()} would say); nothing is set
         * @throws IllegalStateException if the document number is already set
         */
        public Builder documentNumber(String documentNumber) {
            this.documentNumber = required.once("documentNumber", documentNumber,
                    v -> checkDocumentNumber(instrument() + ": document number", v));
            return this;
        }

        /**
         * Sets the day the instrument, or this edition of it, was adopted or issued (通过/公布日期); required unless
         * the document number is set; not after the effective date.
         *
         * @param adoptionDate  the adoption date, not null
         * @return this builder, not null
         * @throws NullPointerException if the date is null
         * @throws IllegalStateException if the adoption date is already set
         */
        public Builder adoptionDate(LocalDate adoptionDate) {
            this.adoptionDate = required.once("adoptionDate", adoptionDate);
            return this;
        }

        /**
         * Sets the first day the instrument is in force (施行日期); required.
         *
         * @param effectiveDate  the effective date, not null
         * @return this builder, not null
         * @throws NullPointerException if the date is null
         * @throws IllegalStateException if the effective date is already set
         */
        public Builder effectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = required.once("effectiveDate", effectiveDate);
            return this;
        }

        /**
         * Sets the first day the instrument is no longer in force (废止或者被修订之日), after the effective date;
         * optional, for an instrument repealed or replaced by a later edition.
         *
         * @param repealDate  the repeal date, exclusive, not null
         * @return this builder, not null
         * @throws NullPointerException if the date is null
         * @throws IllegalStateException if the repeal date is already set
         */
        public Builder repealDate(LocalDate repealDate) {
            this.repealDate = required.once("repealDate", repealDate);
            return this;
        }

        private String instrument() {
            return title == null ? "Instrument" : "Instrument " + Texts.quoteTitle(title);
        }

        /**
         * Builds the instrument.
         *
         * @return the instrument, not null
         * @throws IllegalStateException if a required attribute is missing; the message names all that are
         * @throws IllegalArgumentException if a text is not one line, the title has book-title marks, the document
         *         number has an unpaired or nested parenthesis, there is neither a document number nor an adoption
         *         date, or the dates are out of order
         */
        public LegalInstrument build() {
            required.present("title", title, "level", level, "effectiveDate", effectiveDate);
            return new LegalInstrument(this);
        }
    }
}
