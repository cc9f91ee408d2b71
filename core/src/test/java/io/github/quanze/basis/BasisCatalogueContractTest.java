package io.github.quanze.basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.internal.ChineseNumerals;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Catalogues built afresh in each test: editions of one title must follow each other, and equality, look-ups and
 * the order of provisions are asked both ways.
 */
class BasisCatalogueContractTest {

    private static final LegalInstrument EDITION_2021 = LegalInstrument.builder().title("某某条例")
            .level(InstrumentLevel.ADMINISTRATIVE_REGULATION).adoptionDate(LocalDate.of(2021, 1, 1))
            .effectiveDate(LocalDate.of(2021, 3, 1)).repealDate(LocalDate.of(2023, 7, 20)).build();
    private static final LegalInstrument EDITION_2023 = LegalInstrument.builder().title("某某条例")
            .level(InstrumentLevel.ADMINISTRATIVE_REGULATION).adoptionDate(LocalDate.of(2023, 6, 1))
            .effectiveDate(LocalDate.of(2023, 7, 20)).build();
    private static final LegalInstrument LAW = LegalInstrument.builder().title("某某法").level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2000, 1, 1)).effectiveDate(LocalDate.of(2000, 6, 1)).build();

    @Example
    void editions_mustFollowEachOther() {
        BasisCatalogue catalogue = BasisCatalogue.builder("目录").addAll(List.of(EDITION_2023, LAW, EDITION_2021))
                .build();
        assertThat(catalogue.instruments()).containsExactly(LAW, EDITION_2021, EDITION_2023);
        assertThat(catalogue.editions("某某条例")).containsExactly(EDITION_2021, EDITION_2023);
        LegalInstrument repealedLate = LegalInstrument.builder().title("某某条例")
                .level(InstrumentLevel.ADMINISTRATIVE_REGULATION).adoptionDate(LocalDate.of(2021, 1, 1))
                .effectiveDate(LocalDate.of(2021, 3, 1)).build();
        assertThatIllegalArgumentException().isThrownBy(() -> BasisCatalogue.builder("目录")
                .addAll(List.of(repealedLate, EDITION_2023)).build())
                .withMessageContaining("must be repealed on or before 2023-07-20");
        LegalInstrument repealedEarly = LegalInstrument.builder().title("某某条例")
                .level(InstrumentLevel.ADMINISTRATIVE_REGULATION).adoptionDate(LocalDate.of(2021, 1, 1))
                .effectiveDate(LocalDate.of(2021, 3, 1)).repealDate(LocalDate.of(2023, 7, 19)).build();
        assertThat(BasisCatalogue.builder("目录").addAll(List.of(repealedEarly, EDITION_2023)).build()
                .editions("某某条例")).hasSize(2);
        LegalInstrument repealedAfter = LegalInstrument.builder().title("某某条例")
                .level(InstrumentLevel.ADMINISTRATIVE_REGULATION).adoptionDate(LocalDate.of(2021, 1, 1))
                .effectiveDate(LocalDate.of(2021, 3, 1)).repealDate(LocalDate.of(2023, 7, 21)).build();
        assertThatIllegalArgumentException().isThrownBy(() -> BasisCatalogue.builder("目录")
                .addAll(List.of(repealedAfter, EDITION_2023)).build())
                .withMessageContaining("must be repealed on or before 2023-07-20");
    }

    @Example
    void equalsAndLookUps_answerBothWays() {
        BasisCatalogue catalogue = BasisCatalogue.builder("目录").addAll(List.of(LAW, EDITION_2021, EDITION_2023))
                .build();
        BasisCatalogue same = catalogue.toBuilder().build();
        assertThat(catalogue).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(catalogue).isNotEqualTo(BasisCatalogue.builder("另一目录").addAll(catalogue.instruments()).build());
        assertThat(catalogue).isNotEqualTo(BasisCatalogue.builder("目录").addAll(List.of(LAW)).build());
        assertThat(catalogue).isNotEqualTo(catalogue.toString()).isNotEqualTo(null);
        assertThat(catalogue.hashCode()).isNotEqualTo(BasisCatalogue.builder("目录").addAll(List.of(LAW)).build()
                .hashCode());
        assertThat(catalogue.name()).isEqualTo("目录");
        assertThat(catalogue.toString()).contains("目录");
        assertThat(catalogue.inForceOn(LocalDate.of(2022, 1, 1))).containsExactly(LAW, EDITION_2021);
        assertThat(catalogue.inForceOn(LocalDate.of(1999, 1, 1))).isEmpty();
        assertThat(catalogue.byLevel(InstrumentLevel.LAW)).containsExactly(LAW);
        assertThat(catalogue.byLevel(InstrumentLevel.DEPARTMENTAL_RULE)).isEmpty();
    }

    @Example
    void instrument_reportsItsDatesAndNamesMissingAttributes() {
        assertThat(EDITION_2021.repealDate()).contains(LocalDate.of(2023, 7, 20));
        assertThat(EDITION_2023.repealDate()).isEmpty();
        assertThat(LAW.adoptionDate()).contains(LocalDate.of(2000, 1, 1));
        assertThat(LAW.hashCode()).isNotEqualTo(EDITION_2023.hashCode());
        assertThat(InstrumentLevel.LAW.label().zh()).isEqualTo("法律");
        assertThatIllegalStateException().isThrownBy(() -> LegalInstrument.builder().title("某某法")
                .level(InstrumentLevel.LAW).build()).withMessageContaining("effectiveDate");
    }

    @Example
    void provision_numbersUpToTheLargestNumeral_ordersByTitleBeforeDate() {
        assertThat(Provision.of(LAW, ChineseNumerals.MAX).article()).hasValue(ChineseNumerals.MAX);
        assertThatIllegalArgumentException().isThrownBy(() -> Provision.of(LAW, ChineseNumerals.MAX + 1))
                .withMessageContaining("must be at most 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> Provision.of(LAW, 1, ChineseNumerals.MAX + 1))
                .withMessageContaining("must be at most 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> Provision.of(LAW, 1, 1, ChineseNumerals.MAX + 1))
                .withMessageContaining("must be at most 9999");
        assertThat(Provision.of(LAW, 1, ChineseNumerals.MAX, ChineseNumerals.MAX).item()).hasValue(9999);
        // 乙 (U+4E59) sorts before 甲 (U+7532): the title decides before the date
        LegalInstrument yi = LegalInstrument.builder().title("乙法").level(InstrumentLevel.LAW)
                .adoptionDate(LocalDate.of(2024, 1, 1)).effectiveDate(LocalDate.of(2024, 6, 1)).build();
        LegalInstrument jia = LegalInstrument.builder().title("甲法").level(InstrumentLevel.LAW)
                .adoptionDate(LocalDate.of(2000, 1, 1)).effectiveDate(LocalDate.of(2000, 6, 1)).build();
        assertThat(Provision.of(yi, 1).compareTo(Provision.of(jia, 1))).isNegative();
        assertThat(Provision.of(jia, 1).compareTo(Provision.of(yi, 1))).isPositive();
        assertThat(Provision.of(LAW, 2).hashCode()).isNotEqualTo(Provision.of(LAW, 3).hashCode());
    }
}
