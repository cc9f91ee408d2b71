package io.github.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/** Items, scores, defects and standards: each bound accepted and one step beyond refused, on both sides. */
class ReviewContractTest {

    private static final LegalBasis ART_47 = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 47));
    private static final BilingualText NAME = BilingualText.of("文书", "documents");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final ReviewItem A = new ReviewItem("A", NAME, ReviewPart.CONTENT, 60);
    private static final ReviewItem B = new ReviewItem("B", NAME, ReviewPart.FORM, 40);

    private static ReviewStandard.Builder standard() {
        return ReviewStandard.builder("评查标准", "某市司法局", FROM).item(A).item(B);
    }

    private static ReviewCriterion deduct(String code, String item, int points) {
        return ReviewCriterion.deduction(code, item, NAME, points, null, ART_47);
    }

    @Example
    void anItem_carriesAtLeastOnePoint() {
        assertThat(new ReviewItem("X", NAME, ReviewPart.FORM, 1).points()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewItem("X", NAME, ReviewPart.FORM, 0))
                .withMessage("Review item 'X': points must be at least 1, but were 0");
    }

    @Example
    void aScore_isFromZeroToTheItemsPoints_andDeductsNothingNegative() {
        assertThat(new Score(A, 0, 60).points()).isZero();
        assertThat(new Score(A, 60, 0).deducted()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> new Score(A, -1, 0))
                .withMessage("Score of item A: points must be 0 to 60, but were -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Score(A, 61, 0))
                .withMessage("Score of item A: points must be 0 to 60, but were 61");
        assertThatIllegalArgumentException().isThrownBy(() -> new Score(A, 60, -1))
                .withMessage("Score of item A: deducted must not be negative, but was -1");
    }

    @Example
    void aDefect_isOfAViolationOrOfAReviewersNote_neverBothNorHalf() {
        ReviewCriterion c = deduct("A.1", "A", 5);
        ReviewDefect noted = new ReviewDefect(c, 1, FROM, List.of(), ART_47, Optional.empty(), Optional.of("赵评查"),
                Optional.of("缺少送达回证"));
        assertThat(noted.source()).isEqualTo(DefectSource.REVIEWER_FINDING);
        assertThat(noted.parameters().text("reviewer")).isEqualTo("赵评查");
        assertThat(noted.parameters().text("note")).isEqualTo("缺少送达回证");
        assertThat(noted.parameters().get("violation")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewDefect(c, 0, FROM, List.of(), ART_47,
                Optional.empty(), Optional.of("赵评查"), Optional.of("缺少送达回证")))
                .withMessage("Review defect 'A.1': occurrences must be at least 1, but were 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewDefect(c, 1, FROM, List.of(), ART_47,
                Optional.empty(), Optional.of("赵评查"), Optional.empty()))
                .withMessage("Review defect 'A.1': give either the violation or the reviewer and the note, but "
                        + "violation is empty, reviewer present and note empty");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewDefect(c, 1, FROM, List.of(), ART_47,
                Optional.empty(), Optional.empty(), Optional.empty()))
                .withMessageContaining("violation is empty, reviewer empty and note empty");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewDefect(c, 1, FROM, List.of(), ART_47,
                Optional.empty(), Optional.of("赵\n评查"), Optional.of("缺少送达回证")))
                .withMessageContaining("Review defect 'A.1': reviewer");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewDefect(c, 1, FROM, List.of(), ART_47,
                Optional.empty(), Optional.of("赵评查"), Optional.of(" ")))
                .withMessageContaining("Review defect 'A.1': note");
        assertThat(DefectSource.REVIEWER_FINDING.label().zh()).isEqualTo("评查发现");
        assertThat(DefectSource.VIOLATION.label().en()).isEqualTo("procedural violation");
    }

    @Example
    void aVetoCriterion_deductsNothing_andVetoes() {
        ReviewCriterion veto = ReviewCriterion.veto("A.V", "A", NAME, DefectKind.ULTRA_VIRES, ART_47);
        assertThat(veto.isVeto()).isTrue();
        assertThat(veto.deduction()).isZero();
        assertThat(veto.defectKind()).contains(DefectKind.ULTRA_VIRES);
    }

    @Example
    void grade_atEachThreshold_andOneBelow() {
        ReviewStandard s = standard().thresholds(90, 60).build();
        assertThat(s.grade(0, false)).isEqualTo(Grade.FAIL);
        assertThat(s.grade(59, false)).isEqualTo(Grade.FAIL);
        assertThat(s.grade(60, false)).isEqualTo(Grade.PASS);
        assertThat(s.grade(89, false)).isEqualTo(Grade.PASS);
        assertThat(s.grade(90, false)).isEqualTo(Grade.EXCELLENT);
        assertThat(s.grade(100, false)).isEqualTo(Grade.EXCELLENT);
        assertThat(s.grade(100, true)).isEqualTo(Grade.FAIL);
        assertThatIllegalArgumentException().isThrownBy(() -> s.grade(-1, false))
                .withMessage("Review standard '评查标准': a score must be 0 to 100, but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> s.grade(101, false))
                .withMessageContaining("but was 101");
    }

    @Example
    void thresholds_mayMeetEachOtherAndTheTotal_butNotCross() {
        assertThat(standard().thresholds(100, 100).build().grade(100, false)).isEqualTo(Grade.EXCELLENT);
        assertThat(standard().thresholds(1, 1).build().grade(1, false)).isEqualTo(Grade.EXCELLENT);
        assertThat(standard().thresholds(1, 1).build().grade(0, false)).isEqualTo(Grade.FAIL);
        for (int[] bad : new int[][] {{90, 0}, {59, 60}, {101, 60}}) {
            assertThatIllegalArgumentException().isThrownBy(() -> standard().thresholds(bad[0], bad[1]).build())
                    .withMessageContaining("thresholds must satisfy 0 < pass <= excellent <= total 100, but were "
                            + "pass " + bad[1] + ", excellent " + bad[0]);
        }
    }

    @Example
    void aStandard_needsAnItem_andCriteriaWithinTheirItems() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReviewStandard.builder("评查标准", "某市司法局", FROM)
                .total(0).thresholds(0, 0).build()).withMessage("Review standard '评查标准' has no item");
        assertThat(standard().criterion(deduct("A.1", "A", 60)).build().criterion("A.1").deduction()).isEqualTo(60);
        assertThatIllegalArgumentException().isThrownBy(() -> standard().criterion(deduct("A.1", "A", 61)).build())
                .withMessage("Review standard '评查标准': criterion 'A.1' deducts 61 points, more than its item 'A' "
                        + "carries (60)");
    }

    @Example
    void problems_areListedUpToFive_andTheRestCounted() {
        ReviewStandard.Builder five = standard();
        ReviewStandard.Builder six = standard();
        for (int i = 1; i <= 6; i++) {
            if (i <= 5) {
                five.criterion(deduct("Z." + i, "Z", 1));
            }
            six.criterion(deduct("Z." + i, "Z", 1));
        }
        assertThatIllegalArgumentException().isThrownBy(five::build).withMessageEndingWith(
                "criterion 'Z.5' belongs to unknown item 'Z'");
        assertThatIllegalArgumentException().isThrownBy(six::build).withMessageEndingWith(
                "criterion 'Z.5' belongs to unknown item 'Z'; and 1 more").withMessageNotContaining("Z.6");
    }

    @Example
    void item_answersByCode_andNamesAnUnknownOne() {
        ReviewStandard s = standard().build();
        assertThat(s.item("B")).isEqualTo(B);
        assertThatIllegalArgumentException().isThrownBy(() -> s.item("C"))
                .withMessage("Review standard '评查标准' has no item 'C'");
    }

    @Example
    void toBuilder_keepsTheEndOfThePeriod_andEqualStandardsHashAlike() {
        ReviewStandard bounded = standard().effectiveUntil(LocalDate.of(2027, 1, 1)).build();
        ReviewStandard copy = bounded.toBuilder().build();
        assertThat(copy.effectiveUntil()).contains(LocalDate.of(2027, 1, 1));
        assertThat(copy).isEqualTo(bounded).hasSameHashCodeAs(bounded);
        ReviewStandard other = ReviewStandard.builder("另一标准", "某市司法局", FROM).item(A).item(B).build();
        assertThat(other).isNotEqualTo(bounded);
        assertThat(other.hashCode()).isNotEqualTo(standard().build().hashCode());
        assertThat(bounded).hasToString(bounded.citation()).hasToString("评查标准（2026-01-01起，2027-01-01止）");
    }

    @Example
    void theHandlers_areThoseOfTheEarliestHandlingStep_notTheLast() {
        CaseRecord closedByLi = Cases.penaltyCase(Cases.replace(Cases.replace(Cases.PENALTY_CASE,
                StepKind.EXECUTION, Cases.step(StepKind.EXECUTION, "2026-11-05", Cases.LI)), StepKind.CLOSING,
                Cases.step(StepKind.CLOSING, "2026-11-10", Cases.LI)));
        ReviewReport report = CaseFileReview.review(CaseFile.of(closedByLi), ReviewStandards.DEFAULT,
                LocalDate.of(2026, 11, 30));
        assertThat(report.handlers()).extracting(Involvement::officer).containsExactly(Cases.WANG);
        assertThat(CaseFile.of(closedByLi)).hasToString("CaseFile[" + closedByLi.id() + ", 0 reviewer findings]");
    }

    @Example
    void versions_compareByNameAndVersions() {
        ReviewStandard first = standard().effectiveUntil(LocalDate.of(2027, 1, 1)).build();
        ReviewStandard second = ReviewStandard.builder("评查标准", "某市司法局", LocalDate.of(2027, 1, 1)).item(A)
                .item(B).build();
        ReviewStandards both = ReviewStandards.of(second, first);
        assertThat(both).isEqualTo(ReviewStandards.of(first, second)).hasSameHashCodeAs(ReviewStandards.of(first,
                second)).isNotEqualTo(ReviewStandards.of(first)).isNotEqualTo("评查标准");
        assertThat(both.hashCode()).isNotEqualTo(ReviewStandards.of(first).hashCode());
        assertThat(ReviewStandards.of(standard().build())).isNotEqualTo(ReviewStandards.of(
                ReviewStandard.builder("另一标准", "某市司法局", FROM).item(A).item(B).build()));
        assertThat(both).hasToString("ReviewStandards[评查标准, 2 versions]");
    }
}
