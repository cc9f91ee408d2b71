package io.github.quanze.basis;

import static io.github.quanze.testing.Fixtures.DATE_2023_07_19;
import static io.github.quanze.testing.Fixtures.DATE_2023_07_20;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2021;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import net.jqwik.api.Example;

class LegalInstrumentTest {

    @Example
    void isInForceOn_includesEffectiveDateAndExcludesRepealDate() {
        assertThat(TOBACCO_REGULATION_2021.isInForceOn(LocalDate.of(2021, 11, 9))).isFalse();
        assertThat(TOBACCO_REGULATION_2021.isInForceOn(LocalDate.of(2021, 11, 10))).isTrue();
        assertThat(TOBACCO_REGULATION_2021.isInForceOn(DATE_2023_07_19)).isTrue();
        assertThat(TOBACCO_REGULATION_2021.isInForceOn(DATE_2023_07_20)).isFalse();
    }

    @Example
    void criminalReferralProvisions_isTheEditionRevisedOn2020_08_07() {
        LegalInstrument provisions = Instruments.CRIMINAL_REFERRAL_PROVISIONS;
        assertThat(provisions.documentNumber()).contains("国务院令第310号");
        assertThat(provisions.isInForceOn(LocalDate.of(2020, 8, 6))).isFalse();
        assertThat(provisions.isInForceOn(LocalDate.of(2020, 8, 7))).isTrue();
        assertThat(provisions.repealDate()).isEmpty();
    }

    @Example
    void build_rejectsBlankTitle() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().title(" ").build())
                .withMessageContaining("Instrument title must not be blank");
    }

    @Example
    void build_rejectsBookTitleMarksInTitle() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().title("《某法》").build())
                .withMessage("Instrument title must have no book-title marks, but was '《某法》'");
    }

    @Example
    void build_requiresDocumentNumberOrAdoptionDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LegalInstrument.builder().title("某办法").level(InstrumentLevel.DEPARTMENTAL_RULE)
                        .effectiveDate(LocalDate.of(2020, 1, 1)).build())
                .withMessageContaining("Instrument 《某办法》 must have a document number (文号) or an adoption date");
    }

    @Example
    void build_rejectsRepealOnOrBeforeEffectiveDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().repealDate(LocalDate.of(2020, 1, 1)).build())
                .withMessageContaining("repeal date 2020-01-01 must be after effective date 2020-01-01");
    }

    @Example
    void build_rejectsAdoptionAfterEffectiveDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().adoptionDate(LocalDate.of(2020, 2, 1)).build())
                .withMessageContaining("adoption date 2020-02-01 must not be after effective date 2020-01-01");
    }

    @Example
    void citation_addsTheDocumentNumberOfANormativeDocumentOnly() {
        LegalInstrument rule = base().documentNumber("某部令第1号").build();
        assertThat(rule.citation()).isEqualTo("《某办法》");
        LegalInstrument notice = base().level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("某发〔2020〕1号")
                .build();
        assertThat(notice.citation()).isEqualTo("《某办法》（某发〔2020〕1号）");
    }

    @Example
    void build_rejectsControlCharactersAndSurroundingSpacesInTitleNumberAndEnglishTitle() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().title("某\u0000办法").build())
                .withMessage("Instrument title must not contain control character U+0000 (at index 1), but was "
                        + "'某\\u0000办法'");
        assertThatIllegalArgumentException().isThrownBy(() -> base().title("某办法\n").build())
                .withMessageContaining("Instrument title must not contain control character U+000A");
        assertThatIllegalArgumentException().isThrownBy(() -> base().title(" 某办法").build())
                .withMessage("Instrument title must not begin or end with a space, but was ' 某办法'");
        assertThatIllegalArgumentException().isThrownBy(() -> base().documentNumber("某部令\u0007第1号").build())
                .withMessageStartingWith("Instrument 《某办法》: document number must not contain control character U+0007");
        assertThatIllegalArgumentException().isThrownBy(() -> base().englishTitle("Measures\r").build())
                .withMessageStartingWith("Instrument 《某办法》: English title must not contain control character U+000D");
        assertThat(base().documentNumber("某部令第1号").englishTitle("Measures").build().documentNumber())
                .contains("某部令第1号");
    }

    @Example
    void build_acceptsPairedParenthesesInADocumentNumberAndItsCitationReadsBack() {
        LegalInstrument full = base().level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("京政发（2018）12号")
                .build();
        LegalInstrument half = base().level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("京政发(2018)12号(修订)")
                .build();

        assertThat(full.citation()).isEqualTo("《某办法》（京政发（2018）12号）");
        assertThat(Provision.parse(full.citation(), full)).isEqualTo(Provision.wholeOf(full));
        assertThat(Provision.parse(half.citation(), half)).isEqualTo(Provision.wholeOf(half));
        assertThat(Provision.parse(Provision.of(full, 3).toString(), full)).isEqualTo(Provision.of(full, 3));
    }

    @Example
    void build_rejectsAnUnpairedOrNestedParenthesisInADocumentNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().documentNumber("京政发（2018〕12号"))
                .withMessage("Instrument 《某办法》: document number must close the parenthesis opened at index 3: "
                        + "'京政发（2018〕12号'");
        assertThatIllegalArgumentException().isThrownBy(() -> base().documentNumber("京政发2018）12号"))
                .withMessage("Instrument 《某办法》: document number must close only the parentheses it opens, but "
                        + "has ） at index 7 with none open: '京政发2018）12号'");
        assertThatIllegalArgumentException().isThrownBy(() -> base().documentNumber("京政发（（2018））12号"))
                .withMessageContaining("document number must not nest parentheses, but has （ at index 4");
        assertThatIllegalArgumentException().isThrownBy(() -> LegalInstrument.builder().title("某办法")
                .level(InstrumentLevel.NORMATIVE_DOCUMENT).effectiveDate(LocalDate.of(2020, 1, 1))
                .documentNumber("）（")).withMessageContaining("must close only the parentheses it opens");
    }

    @Example
    void build_rejectsALineSeparatorInTitleAndDocumentNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().title("某\u2028办法").build())
                .withMessage("Instrument title must be one line, but has line break U+2028 (at index 1): '某\\u2028办法'");
        assertThatIllegalArgumentException().isThrownBy(() -> base().documentNumber("某发\u2029第1号"))
                .withMessageStartingWith("Instrument 《某办法》: document number must be one line, but has line break "
                        + "U+2029");
        assertThat(base().title("某 办法").build().title()).isEqualTo("某 办法");
    }

    /** A rule, as a builder on which each attribute can be set once more. */
    private static LegalInstrument.Builder base() {
        return LegalInstrument.builder().title("某办法").level(InstrumentLevel.DEPARTMENTAL_RULE)
                .adoptionDate(LocalDate.of(2019, 12, 1)).effectiveDate(LocalDate.of(2020, 1, 1)).build().toBuilder();
    }
}
