package io.github.quanze.basis;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal instrument (法律文件): a law, regulation, rule or normative document, in one edition.
 * <p>
 * An instrument is identified by its full title as published (中华人民共和国行政处罚法) and carries its level, its
 * document number (文号, such as 国务院令第223号 or 国办发〔2005〕37号) or adoption date, and the period in which
 * it is in force: from its effective date (施行日期) up to, not including, its repeal date. A revised instrument
 * whose revision took effect on a later day is a new edition, held as a second instrument with the same title;
 * the first edition's repeal date is the day the revision took effect.
 * <p>
 * The title, English title and document number are one line each: no control character (NUL, BEL, line breaks) and
 * no surrounding spaces.
 * <p>
 * This class is immutable and thread-safe. It cannot be extended outside this package, so every instance has passed
 * the checks of its builder.
 */
@Value.Immutable
public abstract class LegalInstrument {

    /** Only the generated implementation extends this class: build instances with {@link Builder}. */
    LegalInstrument() {}

    /**
     * Returns the full title without book-title marks, such as 中华人民共和国烟草专卖法.
     *
     * @return the title, not blank
     */
    public abstract String title();

    /**
     * Returns the English title, where one is published or agreed, such as Administrative Penalty Law of the
     * People's Republic of China.
     *
     * @return the English title, not null
     */
    public abstract Optional<String> englishTitle();

    /**
     * Returns the level of the instrument.
     *
     * @return the level, not null
     */
    public abstract InstrumentLevel level();

    /**
     * Returns the document number (文号), such as 国办发〔2005〕37号.
     *
     * @return the document number, not null
     */
    public abstract Optional<String> documentNumber();

    /**
     * Returns the day the instrument, or this edition of it, was adopted or issued (通过/公布日期).
     *
     * @return the adoption date, not null
     */
    public abstract Optional<LocalDate> adoptionDate();

    /**
     * Returns the first day the instrument is in force (施行日期).
     *
     * @return the effective date, not null
     */
    public abstract LocalDate effectiveDate();

    /**
     * Returns the first day the instrument is no longer in force (废止或者被修订), if it has been repealed or
     * replaced by a later edition.
     *
     * @return the repeal date, exclusive, not null
     */
    public abstract Optional<LocalDate> repealDate();

    /**
     * Checks whether the instrument is in force on {@code date}: on or after its effective date and before its
     * repeal date.
     *
     * @param date  the day to check, not null
     * @return true if the instrument is in force on that day
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveDate()) && repealDate().map(date::isBefore).orElse(true);
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

    @Value.Check
    protected void check() {
        Texts.checkLine("Instrument title", title());
        checkArgument(title().chars().noneMatch(c -> c == '《' || c == '》'),
                "Instrument title must have no book-title marks, but was %s",
                Texts.quoted(title()));
        String instrument = "Instrument " + Texts.quoteTitle(title());
        englishTitle().ifPresent(en -> Texts.checkLine(instrument + ": English title", en));
        documentNumber().ifPresent(number -> Texts.checkLine(instrument + ": document number", number));
        checkArgument(documentNumber().isPresent() || adoptionDate().isPresent(),
                "%s must have a document number (文号) or an adoption date", instrument);
        adoptionDate().ifPresent(adopted -> checkArgument(!adopted.isAfter(effectiveDate()),
                "%s: adoption date %s must not be after effective date %s", instrument, adopted, effectiveDate()));
        repealDate().ifPresent(repealed -> checkArgument(repealed.isAfter(effectiveDate()),
                "%s: repeal date %s must be after effective date %s", instrument, repealed, effectiveDate()));
    }

    @Override
    public String toString() {
        return citation() + "（" + effectiveDate() + "施行）";
    }

    /** Builds a {@link LegalInstrument}. */
    public static final class Builder extends ImmutableLegalInstrument.Builder {}
}
