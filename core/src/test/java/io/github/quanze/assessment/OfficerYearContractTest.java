package io.github.quanze.assessment;

import static io.github.quanze.assessment.Officers.ACT_2026;
import static io.github.quanze.assessment.Officers.EXCELLENT_FILE;
import static io.github.quanze.assessment.Officers.FAILED_FILE;
import static io.github.quanze.assessment.Officers.YEAR_2026;
import static io.github.quanze.assessment.Officers.builder;
import static io.github.quanze.assessment.Officers.fault;
import static io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION;
import static io.github.quanze.procedure.Cases.WANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.fault.Fault;
import io.github.quanze.fault.Gravity;
import io.github.quanze.organization.Officer;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/** An officer's year as a value: its faults in their documented order, equality, and text; count indicators. */
class OfficerYearContractTest {

    private static final Officer WANG_OFFICER = BUREAU_ORGANIZATION.officer(WANG);

    private static OfficerYear year(List<Fault> faults, Optional<OfficerRating> previous) {
        return OfficerYear.of(WANG_OFFICER, YEAR_2026, List.of(EXCELLENT_FILE, FAILED_FILE), faults, previous);
    }

    @Example
    void faults_ofOneDayAndType_areInTheOrderOfTheirDescriptions() {
        // the later description has the smaller count of the year, which Fault's text puts first
        Fault b = builder(WANG, Gravity.MINOR, ACT_2026).description("B 未告知").faultsThisYear(1).build();
        Fault a = builder(WANG, Gravity.MINOR, ACT_2026).description("A 未送达").faultsThisYear(2).build();
        assertThat(year(List.of(b, a), Optional.empty()).faults()).containsExactly(a, b);
        assertThat(year(List.of(a, b), Optional.empty()).faults()).containsExactly(a, b);
    }

    @Example
    void equals_tellsYearsApartByEveryPart() {
        Fault minor = fault(WANG, Gravity.MINOR, ACT_2026);
        OfficerYear one = year(List.of(minor), Optional.empty());
        assertThat(one).isEqualTo(year(List.of(minor), Optional.empty()))
                .hasSameHashCodeAs(year(List.of(minor), Optional.empty()))
                .isNotEqualTo(year(List.of(), Optional.empty()))
                .isNotEqualTo(year(List.of(minor), Optional.of(OfficerRating.BASIC)))
                .isNotEqualTo(OfficerYear.of(WANG_OFFICER, YEAR_2026, List.of(EXCELLENT_FILE), List.of(minor),
                        Optional.empty()))
                .isNotEqualTo(OfficerYear.of(WANG_OFFICER, Officers.YEAR_2027, List.of(), List.of(),
                        Optional.empty()))
                .isNotEqualTo(null);
        assertThat(one.hashCode()).isNotEqualTo(year(List.of(), Optional.empty()).hashCode());
        assertThat(one.faults()).containsExactly(minor);
    }

    @Example
    void toString_countsFilesAndFaults() {
        OfficerYear y = year(List.of(fault(WANG, Gravity.SERIOUS, ACT_2026)), Optional.empty());
        assertThat(y).hasToString("OfficerYear[H-01 2026: 2 files (1 failed), 0/1/0 minor/serious/grave faults]");
    }

    @Example
    void aCountIndicator_mustNotBeNegative() {
        assertThat(IndicatorValue.count(Indicator.COMPLAINT_COUNT, 0).value()).hasValue(0.0);
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorValue.count(Indicator.COMPLAINT_COUNT, -1))
                .withMessage("Indicator COMPLAINT_COUNT (投诉举报件数): the count must not be negative, but was -1");
    }

    @Example
    void aRatio_mustNotHaveANegativeNumerator() {
        assertThat(IndicatorValue.ratio(Indicator.OVERDUE_RATE, 0, 4).value()).hasValue(0.0);
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorValue.ratio(Indicator.OVERDUE_RATE, -1, 4))
                .withMessage("Indicator OVERDUE_RATE (案件超期率): the numerator must not be negative, but was -1");
    }

    @Example
    void indicatorValuesAreValues() {
        IndicatorValue quarter = IndicatorValue.ratio(Indicator.OVERDUE_RATE, 1, 4);
        assertThat(quarter).isEqualTo(IndicatorValue.ratio(Indicator.OVERDUE_RATE, 1, 4))
                .hasSameHashCodeAs(IndicatorValue.ratio(Indicator.OVERDUE_RATE, 1, 4))
                .isNotEqualTo(IndicatorValue.ratio(Indicator.OVERDUE_RATE, 2, 8))
                .isNotEqualTo(IndicatorValue.ratio(Indicator.OVERDUE_RATE, 2, 4))
                .isNotEqualTo(IndicatorValue.ratio(Indicator.SATISFACTION_RATE, 1, 4))
                .isNotEqualTo(IndicatorValue.noData(Indicator.OVERDUE_RATE))
                .isNotEqualTo(null);
        assertThat(quarter.hashCode()).isNotEqualTo(IndicatorValue.ratio(Indicator.OVERDUE_RATE, 2, 4).hashCode());
        assertThat(IndicatorValue.noData(Indicator.OVERDUE_RATE))
                .isEqualTo(IndicatorValue.noData(Indicator.OVERDUE_RATE))
                .isNotEqualTo(IndicatorValue.noData(Indicator.SATISFACTION_RATE));
    }
}
