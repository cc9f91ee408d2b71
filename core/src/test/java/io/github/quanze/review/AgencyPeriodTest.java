package io.github.quanze.review;

import static io.github.quanze.review.AssessmentFixtures.CLEAN_100;
import static io.github.quanze.review.AssessmentFixtures.TOBACCO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyPeriodTest {

    @Test
    void aFileReviewedOutsideThePeriodIsRejectedAndChangesNothing() {
        AgencyPeriod.Builder firstHalf = AgencyPeriod.builder(TOBACCO, "TOBACCO局", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30));
        assertThatIllegalArgumentException().isThrownBy(() -> firstHalf.addReport(CLEAN_100))
                .withMessage("Agency TOBACCO: the review of case 烟罚〔2026〕1号 on 2026-11-30 is outside the period "
                        + "2026-01-01 to 2026-06-30");
        assertThatIllegalArgumentException().isThrownBy(() -> firstHalf.addReports(List.of(CLEAN_100, CLEAN_100)));
        assertThat(firstHalf.build().filesReviewed()).isZero();
    }
}
