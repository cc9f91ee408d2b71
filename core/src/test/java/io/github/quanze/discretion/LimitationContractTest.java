package io.github.quanze.discretion;

import static io.github.quanze.discretion.LimitationTest.DATE_2024_03_10;
import static io.github.quanze.discretion.LimitationTest.TAX_LAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Example;

/** Limitations and their results as values (行政处罚法 Art 36). */
class LimitationContractTest {

    static final LegalBasis ART_86 = LegalBasis.of(Provision.of(TAX_LAW, 86));
    static final Limitation ART_36 = Limitation.ofPenaltyLaw();
    static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);

    @Example
    void ofPenaltyLaw_twoYears_fiveWithGraveHarm_onArt36() {
        assertThat(ART_36.period(false)).isEqualTo(Period.ofYears(2));
        assertThat(ART_36.period(true)).isEqualTo(Period.ofYears(5));
        assertThat(ART_36.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第三十六条第一款、第三十六条第二款");
        assertThat(ART_36).hasToString("Limitation[P2Y, P5Y, 《中华人民共和国行政处罚法》第三十六条第一款、第三十六条第二款]");
    }

    @Example
    void underOtherLaw_onePeriodWhateverTheHarm_citingTheLawBeforeArt36() {
        Limitation tax = Limitation.underOtherLaw(Period.ofYears(5), ART_86);
        assertThat(tax.period(false)).isEqualTo(Period.ofYears(5));
        assertThat(tax.period(true)).isEqualTo(Period.ofYears(5));
        assertThat(tax.basis().toString()).isEqualTo("《中华人民共和国税收征收管理法》第八十六条、《中华人民共和国行政处罚法》第三十六条"
                + "第一款、第三十六条第二款");
        assertThat(tax.check(DATE_2024_03_10, DATE_2025_01_01, true).isOtherLaw()).isTrue();
        assertThat(ART_36.check(DATE_2024_03_10, DATE_2025_01_01, true).isOtherLaw()).isFalse();
    }

    @Example
    void underOtherLaw_refusesANegativePeriod_acceptsOneDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> Limitation.underOtherLaw(Period.ofYears(-1), ART_86))
                .withMessageContaining("period must be positive, but was P-1Y");
        assertThat(Limitation.underOtherLaw(Period.ofDays(1), ART_86).check(DATE_2024_03_10,
                DATE_2024_03_10.plusDays(1), false).isBarred()).isFalse();
    }

    @Example
    void equals_readsThePeriodsAndTheBasis() {
        Limitation five = Limitation.underOtherLaw(Period.ofYears(5), ART_86);
        assertThat(five).isEqualTo(Limitation.underOtherLaw(Period.ofYears(5), ART_86))
                .hasSameHashCodeAs(Limitation.underOtherLaw(Period.ofYears(5), ART_86));
        assertThat(five).isNotEqualTo(Limitation.underOtherLaw(Period.ofYears(3), ART_86))
                .isNotEqualTo(Limitation.underOtherLaw(Period.ofYears(5), LegalBasis.of(Provision.of(TAX_LAW, 87))))
                .isNotEqualTo(ART_36).isNotEqualTo(Period.ofYears(5));
        // Art 36's own basis and general period, but two years with grave harm too
        assertThat(Limitation.underOtherLaw(Period.ofYears(2), ART_36.basis())).isNotEqualTo(ART_36);
        assertThat(ART_36).isEqualTo(Limitation.ofPenaltyLaw());
        assertThat(ART_36.hashCode()).isNotEqualTo(five.hashCode());
    }

    @Example
    void result_isAValueOfEveryField() {
        LimitationResult base = ART_36.check(DATE_2024_03_10, DATE_2025_01_01, false);
        assertThat(base).isEqualTo(ART_36.check(DATE_2024_03_10, DATE_2025_01_01, false))
                .hasSameHashCodeAs(ART_36.check(DATE_2024_03_10, DATE_2025_01_01, false));
        assertThat(base.start()).isEqualTo(DATE_2024_03_10);
        assertThat(base.discovered()).isEqualTo(DATE_2025_01_01);
        assertThat(base.isGraveHarm()).isFalse();
        assertThat(base.isContinuing()).isFalse();
        assertThat(base.isOtherLaw()).isFalse();
        assertThat(base).hasToString(base.text().zh());
        List<LimitationResult> others = List.of(
                ART_36.check(DATE_2024_03_10.plusDays(1), DATE_2025_01_01, false),
                ART_36.check(DATE_2024_03_10, DATE_2025_01_01.plusDays(1), false),
                ART_36.check(DATE_2024_03_10, DATE_2025_01_01, true),
                ART_36.checkContinuing(DATE_2024_03_10, DATE_2024_03_10, DATE_2025_01_01, false),
                ART_36.checkContinuing(LocalDate.of(2024, 1, 1), DATE_2024_03_10, DATE_2025_01_01, false),
                Limitation.underOtherLaw(Period.ofYears(2), ART_86).check(DATE_2024_03_10, DATE_2025_01_01, false),
                Limitation.underOtherLaw(Period.ofYears(3), ART_86).check(DATE_2024_03_10, DATE_2025_01_01, false));
        for (LimitationResult other : others) {
            assertThat(base).isNotEqualTo(other);
        }
        assertThat(base).isNotEqualTo(base.text());
        assertThat(base.hashCode()).isNotEqualTo(others.get(2).hashCode());
        // a continuing act that ended on its first day is counted from that day, as a single act
        LimitationResult oneDay = ART_36.checkContinuing(DATE_2024_03_10, DATE_2024_03_10, DATE_2025_01_01, false);
        assertThat(oneDay.isContinuing()).isTrue();
        assertThat(oneDay.lastDay()).isEqualTo(base.lastDay());
    }
}
