package io.github.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;

import io.github.quanze.procedure.ViolationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReviewStandardTest {

    private static final ReviewStandard DEFAULT = ReviewStandards.DEFAULT;
    private static final LegalBasis ART_47 = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 47));

    @Test
    void defaultStandardHasTheSevenItemsOfSeed000WithTheirWeights() {
        assertThat(DEFAULT.items()).extracting(i -> i.name().zh(), ReviewItem::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("执法主体", 10), org.assertj.core.groups.Tuple.tuple("执法权限", 10),
                org.assertj.core.groups.Tuple.tuple("事实证据", 25), org.assertj.core.groups.Tuple.tuple("适用法律", 15),
                org.assertj.core.groups.Tuple.tuple("执法程序", 20), org.assertj.core.groups.Tuple.tuple("执法文书", 10),
                org.assertj.core.groups.Tuple.tuple("案卷归档", 10));
        assertThat(DEFAULT.items().stream().filter(i -> i.part() == ReviewPart.FORM).mapToInt(ReviewItem::points).sum())
                .isEqualTo(20);
        assertThat(DEFAULT.total()).isEqualTo(100);
        assertThat(DEFAULT.note()).contains("解释");
    }

    @Test
    void defaultVetoItemsAreThoseOfThePublishedStandardUnderTheFirstFiveItems() {
        List<ReviewCriterion> vetoes = DEFAULT.criteria().stream().filter(ReviewCriterion::isVeto).toList();
        assertThat(vetoes).extracting(c -> c.name().zh()).containsExactly("执法主体不合法", "执法人员不具备执法资格",
                "超越职权", "应当移送司法机关而未移送", "事实不清、主要证据不足", "适用法律错误或者定性不准",
                "违反法定程序（缺少必经环节或者顺序颠倒）", "执法人员少于两人");
        Set<String> contentItems = DEFAULT.items().stream().filter(i -> i.part() == ReviewPart.CONTENT)
                .map(ReviewItem::code).collect(Collectors.toSet());
        assertThat(vetoes).allSatisfy(v -> {
            assertThat(contentItems).contains(v.item());
            assertThat(v.defectKind()).isPresent();
            assertThat(v.deduction()).isZero();
        });
        assertThat(DEFAULT.criterion("EVIDENCE.INSUFFICIENT").basis().toString()).contains("第四十条", "第七十条第（一）项");
    }

    @Test
    void everyViolationKindCountsAsACriterion() {
        for (ViolationKind kind : ViolationKind.values()) {
            assertThat(DEFAULT.criterionFor(kind)).as(kind.name()).isPresent();
        }
        assertThat(DEFAULT.criterionFor(ViolationKind.UNCERTIFIED_OFFICER).orElseThrow().isVeto()).isTrue();
        assertThat(DEFAULT.criterionFor(ViolationKind.MISSED_DEADLINE).orElseThrow().deduction()).isEqualTo(5);
    }

    @Test
    void aPenaltyOnlyTheStandardExcludesIsADeductionForDiscretion_aPenaltyTheLawExcludesAVeto() {
        ReviewCriterion standards = DEFAULT.criterionFor(ViolationKind.PENALTY_AGAINST_STANDARD).orElseThrow();
        assertThat(standards.code()).isEqualTo("LAW.DISPROPORTIONATE");
        assertThat(standards.isVeto()).isFalse();
        ReviewCriterion law = DEFAULT.criterionFor(ViolationKind.PENALTY_NOT_ALLOWED).orElseThrow();
        assertThat(law.code()).isEqualTo("LAW.WRONG");
        assertThat(law.isVeto()).isTrue();
    }

    @Test
    void gradesByThresholdsAndVeto() {
        assertThat(DEFAULT.grade(100, false)).isEqualTo(Grade.EXCELLENT);
        assertThat(DEFAULT.grade(90, false)).isEqualTo(Grade.EXCELLENT);
        assertThat(DEFAULT.grade(89, false)).isEqualTo(Grade.PASS);
        assertThat(DEFAULT.grade(60, false)).isEqualTo(Grade.PASS);
        assertThat(DEFAULT.grade(59, false)).isEqualTo(Grade.FAIL);
        assertThat(DEFAULT.grade(100, true)).isEqualTo(Grade.FAIL);
        ReviewStandard strict = DEFAULT.toBuilder().thresholds(95, 80).build();
        assertThat(strict.grade(90, false)).isEqualTo(Grade.PASS);
        assertThat(strict.grade(79, false)).isEqualTo(Grade.FAIL);
    }

    @Test
    void itemsMustAddUpToTheDeclaredTotal() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReviewStandard.builder("某省案卷评查标准", "某省司法厅",
                        LocalDate.of(2025, 1, 1))
                        .item(new ReviewItem("A", text("甲"), ReviewPart.CONTENT, 60))
                        .item(new ReviewItem("B", text("乙"), ReviewPart.FORM, 30)).build())
                .withMessage("Review standard '某省案卷评查标准': items add up to 90 points, not the declared total 100");
    }

    @Test
    void aDeductionLargerThanItsItemIsRejected() {
        ReviewStandard.Builder b = DEFAULT.toBuilder().criterion(ReviewCriterion.deduction("FILING.LOST", "FILING",
                text("案卷遗失"), 12, null, ART_47));
        assertThatIllegalArgumentException().isThrownBy(b::build).withMessageContaining(
                "criterion 'FILING.LOST' deducts 12 points, more than its item 'FILING' carries (10)");
    }

    @Test
    void unknownItemsAndCriteriaAreRejectedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder().criterion(ReviewCriterion.deduction(
                        "X.Y", "NOWHERE", text("某问题"), 1, null, ART_47)).build())
                .withMessageContaining("criterion 'X.Y' belongs to unknown item 'NOWHERE'");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder()
                        .violation(ViolationKind.MISSED_DEADLINE, "PROCEDURE.LATE").build())
                .withMessageContaining("violation MISSED_DEADLINE counts as unknown criterion 'PROCEDURE.LATE'");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.criterion("NONE"))
                .withMessageContaining("has no criterion 'NONE'");
    }

    @Test
    void thresholdsAndPeriodMustMakeSense() {
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder().thresholds(50, 60).build())
                .withMessageContaining("thresholds must satisfy 0 < pass <= excellent <= total 100, but were pass 60, "
                        + "excellent 50");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder()
                        .effectiveUntil(LocalDate.of(2021, 7, 15)).build())
                .withMessageContaining("effectiveUntil 2021-07-15 must be after effectiveFrom 2021-07-15");
    }

    @Test
    void criteriaAndItemsRejectNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewCriterion("V", "SUBJECT", text("否决"), 5, true,
                        java.util.Optional.of(DefectKind.ULTRA_VIRES), ART_47))
                .withMessage("Review criterion 'V': deduction must be 0 for a veto item, but was 5");
        assertThatIllegalArgumentException().isThrownBy(() -> ReviewCriterion.deduction("D", "FILING", text("扣分"), 0,
                        null, ART_47))
                .withMessage("Review criterion 'D': deduction must be at least 1, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewItem("I", text("项"), ReviewPart.FORM, 0))
                .withMessage("Review item 'I': points must be at least 1, but were 0");
    }

    @Test
    void standardsAreValues() {
        assertThat(DEFAULT.toBuilder().build()).isEqualTo(DEFAULT).hasSameHashCodeAs(DEFAULT);
        assertThat(DEFAULT.toBuilder().thresholds(85, 60).build()).isNotEqualTo(DEFAULT);
    }

    @Test
    void aRevisionLeavesTheOriginalUnchanged() {
        ReviewStandard revised = DEFAULT.toBuilder().effectiveUntil(LocalDate.of(2030, 1, 1)).thresholds(85, 60).build();
        assertThat(revised.excellentFrom()).isEqualTo(85);
        assertThat(DEFAULT.excellentFrom()).isEqualTo(90);
        assertThat(DEFAULT.effectiveUntil()).isEmpty();
        assertThat(revised.criteria()).isEqualTo(DEFAULT.criteria());
        assertThat(revised.isInForceOn(LocalDate.of(2029, 12, 31))).isTrue();
        assertThat(revised.isInForceOn(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(revised.isInForceOn(LocalDate.of(2021, 7, 14))).isFalse();
    }

    private static BilingualText text(String zh) {
        return BilingualText.of(zh, zh);
    }
}
