package io.github.quanze.basis;

import static io.github.quanze.testing.Fixtures.DATE_2023_07_19;
import static io.github.quanze.testing.Fixtures.DATE_2024_01_01;
import static io.github.quanze.testing.Fixtures.LOCAL_NOTICE;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2021;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import net.jqwik.api.Example;

class BasisCatalogueTest {

    private static final BasisCatalogue CATALOGUE = BasisCatalogue.builder("某市烟草专卖局执法依据目录")
            .add(LOCAL_NOTICE, TOBACCO_REGULATION_2023, TOBACCO_LAW, TOBACCO_REGULATION_2021, Instruments.ADMINISTRATIVE_PENALTY_LAW)
            .build();

    @Example
    void instruments_areSortedByLevelThenTitleThenEdition() {
        assertThat(CATALOGUE.instruments()).containsExactly(TOBACCO_LAW, Instruments.ADMINISTRATIVE_PENALTY_LAW,
                TOBACCO_REGULATION_2021, TOBACCO_REGULATION_2023, LOCAL_NOTICE);
        assertThat(CATALOGUE.byLevel(InstrumentLevel.NORMATIVE_DOCUMENT)).containsExactly(LOCAL_NOTICE);
        assertThat(CATALOGUE.inForceOn(DATE_2024_01_01)).doesNotContain(TOBACCO_REGULATION_2021);
    }

    @Example
    void parseProvision_picksTheEditionInForceOnTheDay() {
        String citation = "《中华人民共和国烟草专卖法实施条例》第五十四条";
        assertThat(CATALOGUE.parseProvision(citation, DATE_2023_07_19).instrument()).isEqualTo(TOBACCO_REGULATION_2021);
        assertThat(CATALOGUE.parseProvision(citation, DATE_2024_01_01).instrument()).isEqualTo(TOBACCO_REGULATION_2023);
    }

    @Example
    void parseProvision_withoutDateNeedsASingleEdition() {
        assertThat(CATALOGUE.parseProvision("《中华人民共和国烟草专卖法》第三十一条"))
                .isEqualTo(Provision.of(TOBACCO_LAW, 31));
        assertThatExceptionOfType(UnknownInstrumentException.class)
                .isThrownBy(() -> CATALOGUE.parseProvision("《中华人民共和国烟草专卖法实施条例》第五十四条"))
                .withMessageContaining("holds 2 editions of 《中华人民共和国烟草专卖法实施条例》");
    }

    @Example
    void parseProvision_namesAnUnknownInstrument() {
        assertThatExceptionOfType(UnknownInstrumentException.class)
                .isThrownBy(() -> CATALOGUE.parseProvision("《中华人民共和国药品管理法》第一条"))
                .withMessageContaining("Unknown instrument 《中华人民共和国药品管理法》 in basis catalogue '某市烟草专卖局执法依据目录'")
                .satisfies(e -> assertThat(e.title()).isEqualTo("中华人民共和国药品管理法"));
        assertThatExceptionOfType(UnknownInstrumentException.class)
                .isThrownBy(() -> CATALOGUE.parseProvision("《中华人民共和国烟草专卖法》第三十一条", LocalDate.of(2000, 1, 1)))
                .withMessageContaining("No edition of 《中华人民共和国烟草专卖法》 in force on 2000-01-01");
    }

    @Example
    void build_rejectsOverlappingEditions() {
        LegalInstrument unrepealed = LegalInstrument.builder().title(TOBACCO_REGULATION_2021.title())
                .level(InstrumentLevel.ADMINISTRATIVE_REGULATION).adoptionDate(LocalDate.of(2021, 11, 10))
                .effectiveDate(LocalDate.of(2021, 11, 10)).build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BasisCatalogue.builder("目录").add(unrepealed, TOBACCO_REGULATION_2023).build())
                .withMessageContaining("the edition of 《中华人民共和国烟草专卖法实施条例》 effective 2021-11-10 must be "
                        + "repealed on or before 2023-07-20");
    }

    @Example
    void build_rejectsABlankName() {
        assertThatIllegalArgumentException().isThrownBy(() -> BasisCatalogue.builder(" ").build())
                .withMessage("Basis catalogue name must not be blank, but was ' '");
    }

    @Example
    void build_rejectsTheSameEditionTwice() {
        BasisCatalogue.Builder builder = CATALOGUE.toBuilder().add(TOBACCO_LAW);
        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessageContaining("holds two editions of 《中华人民共和国烟草专卖法》 effective 2015-04-24");
        assertThat(CATALOGUE.instruments()).hasSize(5);
    }
}
