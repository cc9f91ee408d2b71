package io.github.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.procedure.Cases;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewStandardsTest {

    private final ReviewStandard v2025 = ReviewStandard.builder("某省行政处罚案卷评查标准", "某省司法厅", LocalDate.of(2025, 1, 1))
            .effectiveUntil(LocalDate.of(2026, 1, 1)).total(100)
            .item(new ReviewItem("ALL", io.github.quanze.text.BilingualText.of("全部", "all"), ReviewPart.CONTENT, 100))
            .build();
    private final ReviewStandard v2026 = ReviewStandards.DEFAULT.toBuilder().build();

    @Test
    void theVersionInForceOnTheReviewDateIsUsed() {
        ReviewStandard renamed2026 = rename(v2026, "某省行政处罚案卷评查标准", LocalDate.of(2026, 1, 1));
        ReviewStandards standards = ReviewStandards.of(renamed2026, v2025);
        assertThat(standards.versions()).containsExactly(v2025, renamed2026);
        assertThat(standards.inForceOn(LocalDate.of(2025, 12, 31))).contains(v2025);
        assertThat(standards.inForceOn(LocalDate.of(2026, 1, 1))).contains(renamed2026);
        assertThat(standards.inForceOn(LocalDate.of(2024, 12, 31))).isEmpty();

        CaseFile file = CaseFile.of(Cases.penaltyCase(Cases.PENALTY_CASE));
        assertThat(CaseFileReview.review(file, standards, LocalDate.of(2026, 11, 30)).standard()).isEqualTo(renamed2026);
        assertThatIllegalArgumentException().isThrownBy(() -> CaseFileReview.review(file, standards,
                        LocalDate.of(2024, 6, 1)))
                .withMessage("Review standard '某省行政处罚案卷评查标准' has no version in force on the review date 2024-06-01");
    }

    @Test
    void overlappingVersionsAreRejected() {
        ReviewStandard from2025Open = rename(v2026, "某省行政处罚案卷评查标准", LocalDate.of(2025, 6, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> ReviewStandards.of(v2025, from2025Open))
                .withMessage("Review standard '某省行政处罚案卷评查标准': version '某省行政处罚案卷评查标准（2025-06-01起）' "
                        + "overlaps version '某省行政处罚案卷评查标准（2025-01-01起，2026-01-01止）'");
    }

    @Test
    void versionsShareOneName() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReviewStandards.of(v2025, v2026))
                .withMessageContaining("must share one name");
    }

    private static ReviewStandard rename(ReviewStandard s, String name, LocalDate from) {
        ReviewStandard.Builder b = ReviewStandard.builder(name, s.issuer(), from).thresholds(s.excellentFrom(),
                s.passFrom());
        s.items().forEach(b::item);
        s.criteria().forEach(b::criterion);
        return b.build();
    }
}
