package io.github.quanze.basis;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the contract between building an instrument and reading its citations back: an instrument whose citation
 * could not be read back must be refused when built. The input is UTF-8 text of the form
 * {@code title|document number|article|paragraph|item}, so the seeds in {@code CitationFuzzTestInputs/readsBack/}
 * are readable; a number that is not a decimal integer counts as 0.
 */
@Tag("fuzz")
class CitationFuzzTest {

    /**
     * The builder refuses the title or document number with an IllegalArgumentException naming the instrument,
     * {@link Provision} refuses a number with one naming it, or every citation of the provision, with and without
     * the document number, reads back to an equal provision of the same title.
     */
    @FuzzTest(maxDuration = "2m")
    void readsBack(byte[] input) {
        String[] field = new String(input, StandardCharsets.UTF_8).split("\\|", -1);
        Provision provision;
        try {
            LegalInstrument instrument = LegalInstrument.builder().title(field[0])
                    .level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber(field.length > 1 ? field[1] : "")
                    .effectiveDate(LocalDate.of(2020, 1, 1)).build();
            provision = provision(instrument, number(field, 2), number(field, 3), number(field, 4));
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).matches("(Instrument|Article|Paragraph|Item|Provision) .*")
                    .hasSizeLessThan(1000).doesNotContain("\n", "\r", "\u2028", "\u2029");
            return;
        }
        LegalInstrument instrument = provision.instrument();
        String citation = provision.toString();

        assertThat(Provision.titleOf(citation)).isEqualTo(field[0]);
        assertThat(Provision.parse(citation, instrument)).isEqualTo(provision);
        assertThat(Provision.parse(instrument.citation() + provision.articleReference(), instrument))
                .isEqualTo(provision);
        assertThat(BasisCatalogue.builder("fuzz").add(instrument).build().parseProvision(citation))
                .isEqualTo(provision);
    }

    /** An article, paragraph or item as asked, or the whole instrument for article 0. */
    private static Provision provision(LegalInstrument instrument, int article, int paragraph, int item) {
        if (article == 0) {
            return Provision.wholeOf(instrument);
        }
        Provision provision = Provision.of(instrument, article);
        provision = paragraph == 0 ? provision : provision.withParagraph(paragraph);
        return item == 0 ? provision : provision.withItem(item);
    }

    private static int number(String[] field, int index) {
        try {
            return index < field.length ? Integer.parseInt(field[index]) : 0;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
