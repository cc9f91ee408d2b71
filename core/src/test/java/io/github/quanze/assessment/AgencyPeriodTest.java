package io.github.quanze.assessment;

import static io.github.quanze.assessment.AssessmentFixtures.BUREAU_CLEAN_100;
import static io.github.quanze.assessment.AssessmentFixtures.CLEAN_100;
import static io.github.quanze.assessment.AssessmentFixtures.MARKET;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.procedure.Cases;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;

class AgencyPeriodTest {

    @Example
    void aFileReviewedOutsideThePeriodIsRejectedAndChangesNothing() {
        AgencyPeriod.Builder firstHalf = AgencyPeriod.builder(TOBACCO, "TOBACCO局", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30));
        assertThatIllegalArgumentException().isThrownBy(() -> firstHalf.addReport(CLEAN_100))
                .withMessage("Agency TOBACCO: the review of case '烟罚〔2026〕1号' on 2026-11-30 is outside the period "
                        + "2026-01-01 to 2026-06-30");
        assertThatIllegalArgumentException().isThrownBy(() -> firstHalf.addReports(List.of(CLEAN_100, CLEAN_100)));
        assertThat(firstHalf.build().filesReviewed()).isZero();
    }

    @Example
    void theReportOfACaseNamesTheAgencyOfItsHandlers() {
        assertThat(BUREAU_CLEAN_100.agency()).isEqualTo(Cases.BUREAU);
        assertThat(period(Cases.BUREAU).addReport(BUREAU_CLEAN_100).build().filesReviewed()).isEqualTo(1);
    }

    @Example
    void anotherAgencysFileIsRejectedNamingBothAgenciesAndChangesNothing() {
        AgencyPeriod.Builder tobacco = period(TOBACCO).addReport(CLEAN_100);
        assertThatIllegalArgumentException().isThrownBy(() -> tobacco.addReport(BUREAU_CLEAN_100))
                .withMessage("Agency period of TOBACCO cannot take the review of case '烟罚〔2026〕1号', a case file of "
                        + "agency BUREAU");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tobacco.addReports(List.of(CLEAN_100, AssessmentFixtures.of(MARKET, CLEAN_100))))
                .withMessageContaining("a case file of agency MARKET");
        assertThat(tobacco.build().filesReviewed()).as("neither call added a file").isEqualTo(1);
    }

    @Example
    void aNullReportIsRejectedByNameAndChangesNothing() {
        AgencyPeriod.Builder tobacco = period(TOBACCO);
        assertThatNullPointerException().isThrownBy(() -> tobacco.addReport(null)).withMessage("report");
        assertThatNullPointerException().isThrownBy(() -> tobacco.addReports(Arrays.asList(CLEAN_100, null)))
                .withMessage("report");
        assertThatNullPointerException().isThrownBy(() -> tobacco.addReports(null)).withMessage("reports");
        assertThat(tobacco.build().filesReviewed()).isZero();
    }
}
