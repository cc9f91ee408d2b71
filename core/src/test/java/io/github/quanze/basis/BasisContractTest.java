package io.github.quanze.basis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** Equality, order and in-force days of instruments, provisions and legal bases, each asked both ways. */
class BasisContractTest {

    private static final LegalInstrument LAW = LegalInstrument.builder().title("某某法").englishTitle("Some Law")
            .level(InstrumentLevel.LAW).adoptionDate(LocalDate.of(2020, 1, 2)).effectiveDate(LocalDate.of(2020, 3, 1))
            .build();
    private static final LegalInstrument OPINIONS = LegalInstrument.builder().title("某某意见")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("国办发〔2005〕37号")
            .effectiveDate(LocalDate.of(2005, 7, 9)).repealDate(LocalDate.of(2010, 1, 1)).build();

    @Example
    void instrument_equalsEveryAttribute() {
        assertThat(LAW).isEqualTo(LAW.toBuilder().build()).hasSameHashCodeAs(LAW.toBuilder().build());
        assertThat(LAW).isNotEqualTo(OPINIONS).isNotEqualTo("某某法").isNotEqualTo(null);
        LegalInstrument.Builder base = LegalInstrument.builder().title("某某法").level(InstrumentLevel.LAW)
                .adoptionDate(LocalDate.of(2020, 1, 2)).effectiveDate(LocalDate.of(2020, 3, 1));
        assertThat(LAW).isNotEqualTo(base.build());
        assertThat(LAW).isNotEqualTo(LAW.toBuilder().repealDate(LocalDate.of(2030, 1, 1)).build());
        LegalInstrument other = LegalInstrument.builder().title("某某法").englishTitle("Some Law")
                .level(InstrumentLevel.LAW).adoptionDate(LocalDate.of(2020, 1, 3))
                .effectiveDate(LocalDate.of(2020, 3, 1)).build();
        assertThat(LAW).isNotEqualTo(other);
        LegalInstrument later = LegalInstrument.builder().title("某某法").englishTitle("Some Law")
                .level(InstrumentLevel.LAW).adoptionDate(LocalDate.of(2020, 1, 2))
                .effectiveDate(LocalDate.of(2020, 3, 2)).build();
        assertThat(LAW).isNotEqualTo(later);
        LegalInstrument regulation = LegalInstrument.builder().title("某某法").englishTitle("Some Law")
                .level(InstrumentLevel.ADMINISTRATIVE_REGULATION).adoptionDate(LocalDate.of(2020, 1, 2))
                .effectiveDate(LocalDate.of(2020, 3, 1)).build();
        assertThat(LAW).isNotEqualTo(regulation);
        LegalInstrument numbered = LegalInstrument.builder().title("某某意见")
                .level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("国办发〔2005〕38号")
                .effectiveDate(LocalDate.of(2005, 7, 9)).repealDate(LocalDate.of(2010, 1, 1)).build();
        assertThat(OPINIONS).isNotEqualTo(numbered);
    }

    @Example
    void instrument_isInForceFromItsEffectiveDayUntilTheDayBeforeItsRepeal() {
        assertThat(OPINIONS.isInForceOn(LocalDate.of(2005, 7, 8))).isFalse();
        assertThat(OPINIONS.isInForceOn(LocalDate.of(2005, 7, 9))).isTrue();
        assertThat(OPINIONS.isInForceOn(LocalDate.of(2009, 12, 31))).isTrue();
        assertThat(OPINIONS.isInForceOn(LocalDate.of(2010, 1, 1))).isFalse();
        assertThat(LAW.isInForceOn(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Example
    void instrument_citesTheDocumentNumberOfANormativeDocumentOnly() {
        assertThat(OPINIONS.citation()).isEqualTo("《某某意见》（国办发〔2005〕37号）");
        assertThat(OPINIONS.englishName()).isEqualTo("《某某意见》（国办发〔2005〕37号）");
        assertThat(OPINIONS).hasToString("《某某意见》（国办发〔2005〕37号）（2005-07-09施行）");
        assertThat(LAW.citation()).isEqualTo("《某某法》");
        assertThat(LAW.englishName()).isEqualTo("Some Law");
        LegalInstrument numberedLaw = LegalInstrument.builder().title("某某规章").level(InstrumentLevel.DEPARTMENTAL_RULE)
                .documentNumber("某部令第1号").effectiveDate(LocalDate.of(2020, 3, 1)).build();
        assertThat(numberedLaw.citation()).isEqualTo("《某某规章》");
    }

    @Example
    void provision_equalsArticleParagraphItemAndInstrument() {
        Provision p = Provision.of(LAW, 3, 2, 1);
        assertThat(p).isEqualTo(Provision.of(LAW, 3, 2, 1)).hasSameHashCodeAs(Provision.of(LAW, 3, 2, 1));
        assertThat(p).isNotEqualTo(Provision.of(LAW, 4, 2, 1)).isNotEqualTo(Provision.of(LAW, 3, 3, 1))
                .isNotEqualTo(Provision.of(LAW, 3, 2, 2)).isNotEqualTo(Provision.of(OPINIONS, 3, 2, 1))
                .isNotEqualTo(Provision.of(LAW, 3, 2)).isNotEqualTo(p.toString()).isNotEqualTo(null);
        assertThat(Provision.of(LAW, 3)).isNotEqualTo(Provision.wholeOf(LAW));
    }

    @Example
    void provision_ordersByTitleDateArticleParagraphItem() {
        assertThat(Provision.of(LAW, 3).compareTo(Provision.of(LAW, 4))).isNegative();
        assertThat(Provision.of(LAW, 4).compareTo(Provision.of(LAW, 3))).isPositive();
        assertThat(Provision.of(LAW, 3, 1).compareTo(Provision.of(LAW, 3, 2))).isNegative();
        assertThat(Provision.of(LAW, 3, 1, 2).compareTo(Provision.of(LAW, 3, 1, 1))).isPositive();
        assertThat(Provision.of(LAW, 3).compareTo(Provision.of(LAW, 3))).isZero();
        assertThat(Provision.wholeOf(LAW).compareTo(Provision.of(LAW, 1))).isNegative();
        LegalInstrument revised = LAW.toBuilder().effectiveDate(LocalDate.of(2024, 1, 1)).build();
        assertThat(Provision.of(LAW, 9).compareTo(Provision.of(revised, 1))).isNegative();
        assertThat(Provision.of(OPINIONS, 9).compareTo(Provision.of(LAW, 1))).isNegative(); // 意 before 法
        assertThat(Provision.of(LAW, 1).compareTo(Provision.of(OPINIONS, 9))).isPositive();
    }

    @Example
    void provision_referencesInBothLanguages() {
        assertThat(Provision.of(LAW, 12, 2, 3).articleReference()).isEqualTo("第十二条第二款第（三）项");
        assertThat(Provision.of(LAW, 12, 2, 3).englishReference()).isEqualTo("12(2)(3)");
        assertThat(Provision.ofItem(LAW, 12, 3).englishReference()).isEqualTo("12 item (3)");
        assertThat(Provision.ofItem(LAW, 12, 3).articleReference()).isEqualTo("第十二条第（三）项");
        assertThat(Provision.of(LAW, 12).englishReference()).isEqualTo("12");
        assertThat(Provision.wholeOf(LAW).englishReference()).isEmpty();
        assertThat(Provision.wholeOf(LAW).articleReference()).isEmpty();
        assertThat(Provision.wholeOf(LAW).toEnglish()).isEqualTo("Some Law");
        assertThat(Provision.wholeOf(OPINIONS)).hasToString("《某某意见》（国办发〔2005〕37号）");
        assertThat(Provision.of(OPINIONS, 2)).hasToString("《某某意见》第二条");
        assertThat(Provision.of(LAW, 12, 2).toEnglish()).isEqualTo("Art 12(2), Some Law");
        assertThat(Provision.of(LAW, 12, 2).label()).isEqualTo(Provision.of(LAW, 12, 2).citation());
        assertThat(Provision.of(LAW, 12, 2).article()).hasValue(12);
        assertThat(Provision.of(LAW, 12, 2).paragraph()).hasValue(2);
        assertThat(Provision.of(LAW, 12, 2).item()).isEmpty();
        assertThat(Provision.wholeOf(LAW).article()).isEmpty();
        assertThat(Provision.wholeOf(LAW).paragraph()).isEmpty();
    }

    @Example
    void legalBasis_groupsConsecutiveArticlesOfOneInstrument() {
        LegalBasis basis = LegalBasis.of(Provision.of(LAW, 3), Provision.of(LAW, 5, 2), Provision.of(OPINIONS, 1),
                Provision.of(LAW, 7));
        assertThat(basis).hasToString("《某某法》第三条、第五条第二款、《某某意见》第一条、《某某法》第七条");
        assertThat(basis.toEnglish()).isEqualTo("Arts 3 and 5(2), Some Law; Art 1, 《某某意见》（国办发〔2005〕37号）; "
                + "Art 7, Some Law");
        LegalBasis whole = LegalBasis.of(Provision.wholeOf(LAW), Provision.of(LAW, 2));
        assertThat(whole).hasToString("《某某法》、《某某法》第二条");
        assertThat(whole.toEnglish()).isEqualTo("Some Law; Art 2, Some Law");
        LegalBasis afterWhole = LegalBasis.of(Provision.of(LAW, 2), Provision.wholeOf(LAW));
        assertThat(afterWhole.toEnglish()).isEqualTo("Art 2, Some Law; Some Law");
        assertThat(basis.toText().zh()).isEqualTo(basis.toString());
        assertThat(basis.citation()).isEqualTo(basis.toText());
        assertThat(basis.label()).isEqualTo(basis.toText());
        assertThat(basis.parts()).isEqualTo(basis.provisions());
    }

    @Example
    void legalBasis_citesAndIsInForceAnsweredBothWays() {
        LegalBasis basis = LegalBasis.of(Provision.of(LAW, 3), Provision.of(OPINIONS, 1));
        assertThat(basis.cites(LAW)).isTrue();
        assertThat(basis.cites(OPINIONS)).isTrue();
        assertThat(LegalBasis.of(Provision.of(LAW, 3)).cites(OPINIONS)).isFalse();
        assertThat(basis.notInForceOn(LocalDate.of(2021, 1, 1))).containsExactly(Provision.of(OPINIONS, 1));
        assertThat(basis.notInForceOn(LocalDate.of(2006, 1, 1))).containsExactly(Provision.of(LAW, 3));
        assertThat(LegalBasis.of(Provision.of(LAW, 3)).notInForceOn(LocalDate.of(2021, 1, 1))).isEmpty();
    }

    @Example
    void legalBasis_andKeepsOrderAndDropsRepeats() {
        LegalBasis first = LegalBasis.of(Provision.of(LAW, 3), Provision.of(LAW, 4));
        LegalBasis joined = first.and(LegalBasis.of(Provision.of(LAW, 4), Provision.of(LAW, 1)));
        assertThat(joined.provisions()).containsExactly(Provision.of(LAW, 3), Provision.of(LAW, 4),
                Provision.of(LAW, 1));
        assertThat(first).isEqualTo(new LegalBasis(List.of(Provision.of(LAW, 3), Provision.of(LAW, 4))));
        assertThat(first).isNotEqualTo(LegalBasis.of(Provision.of(LAW, 4), Provision.of(LAW, 3)));
    }
}
