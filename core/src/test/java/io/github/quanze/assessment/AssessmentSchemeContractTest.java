package io.github.quanze.assessment;

import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.exemplary;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.assessment.AssessmentScheme.BonusItem;
import io.github.quanze.assessment.AssessmentScheme.Item;
import io.github.quanze.assessment.AssessmentScheme.Section;
import io.github.quanze.review.Grade;
import io.github.quanze.text.BilingualText;
import net.jqwik.api.Example;

/** The scheme's bounds, each at its edge and one past it, and the grade and coverage lines of an assessment. */
class AssessmentSchemeContractTest {

    private static final AssessmentScheme DEFAULT = AssessmentScheme.DEFAULT;
    private static final Section ALL = new Section("ALL", BilingualText.of("全部", "all"), 100);

    private static AssessmentScheme.Builder oneSection() {
        return AssessmentScheme.builder("T").section(ALL);
    }

    @Example
    void grade_startsEachGradeAtItsThreshold() {
        assertThat(DEFAULT.grade(100)).isEqualTo(Grade.EXCELLENT);
        assertThat(DEFAULT.grade(90)).isEqualTo(Grade.EXCELLENT);
        assertThat(DEFAULT.grade(89.99)).isEqualTo(Grade.PASS);
        assertThat(DEFAULT.grade(60)).isEqualTo(Grade.PASS);
        assertThat(DEFAULT.grade(59.99)).isEqualTo(Grade.FAIL);
        assertThat(DEFAULT.grade(0)).isEqualTo(Grade.FAIL);
    }

    @Example
    void anAgencyIsScoredFromExactlyTheMinimumCoverage() {
        // case files alone give data to FILE_SCORE (10) and FILE_PASS (20): 30 points covered
        AgencyPeriod files = period(TOBACCO).caseFiles(10, 10, 1000, 1000).toPeriod();
        AssessmentScheme thirty = DEFAULT.toBuilder("三十分").minimumCoverage(30).build();
        AssessmentScheme thirtyOne = DEFAULT.toBuilder("三十一分").minimumCoverage(31).build();
        assertThat(thirty.assess(files).isScored()).isTrue();
        assertThat(thirty.assess(files).total()).isEqualTo(100);
        assertThat(thirtyOne.assess(files).isScored()).isFalse();
        assertThat(thirtyOne.assess(files).total()).isZero();
    }

    @Example
    void anAgencyWithoutAnyData_isNotScored_evenWithoutAMinimumCoverage() {
        AssessmentScheme lenient = DEFAULT.toBuilder("宽松方案").minimumCoverage(0).build();
        AgencyAssessment nothing = lenient.assess(period(TOBACCO).toPeriod());
        assertThat(nothing.isScored()).isFalse();
        assertThat(nothing.grade()).isEmpty();
    }

    @Example
    void eachItemIsScoredOnceInItsOwnSection() {
        AgencyAssessment a = DEFAULT.assess(AssessmentSchemeTest.mixed());
        assertThat(a.items()).extracting(s -> s.item().code()).containsExactly("OVERDUE", "LEGALITY_REVIEW",
                "FILE_SCORE", "FILE_PASS", "RECONSIDERATION", "LITIGATION", "SATISFACTION", "COMPLAINTS");
        assertThat(a.sections()).extracting(AgencyAssessment.SectionScore::counted).containsExactly(true, true, true);
    }

    @Example
    void bonusItems_areTheDocumentedTwo() {
        assertThat(DEFAULT.bonusItems()).extracting(BonusItem::code, BonusItem::pointsEach, BonusItem::cap)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COMMENDED", 2.0, 4.0),
                        org.assertj.core.groups.Tuple.tuple("MODEL_CASE", 1.0, 3.0));
    }

    @Example
    void weightsAndPoints_mayBeZeroOrAHundred_butNoFurther() {
        AssessmentScheme whole = oneSection().item(new Item("PASS", "ALL", Indicator.CASE_FILE_PASS_RATE, 100, 100, 0))
                .build();
        assertThat(whole.sections()).extracting(Section::weight).containsExactly(100);
        AssessmentScheme withEmpty = oneSection().section(new Section("NONE", BilingualText.of("空", "empty"), 0))
                .item(new Item("PASS", "ALL", Indicator.CASE_FILE_PASS_RATE, 100, 100, 0))
                .item(new Item("ZERO", "ALL", Indicator.OVERDUE_RATE, 0, 0, 10)).build();
        assertThat(withEmpty.items()).extracting(Item::points).containsExactly(100, 0);
        assertThatIllegalArgumentException().isThrownBy(() -> oneSection()
                        .item(new Item("PASS", "ALL", Indicator.CASE_FILE_PASS_RATE, 101, 100, 0)).build())
                .withMessage("Assessment scheme 'T': item 'PASS' has weight 101, but a weight must be 0 to 100");
        assertThatIllegalArgumentException().isThrownBy(() -> oneSection()
                        .item(new Item("PASS", "ALL", Indicator.CASE_FILE_PASS_RATE, 101, 100, 0))
                        .item(new Item("MINUS", "ALL", Indicator.OVERDUE_RATE, -1, 0, 10)).build())
                .withMessageContaining("weight must be 0 to 100");
        assertThatIllegalArgumentException().isThrownBy(() -> oneSection()
                        .item(new Item("PASS", "ALL", Indicator.CASE_FILE_PASS_RATE, 100, 100, 0))
                        .item(new Item("MINUS", "ALL", Indicator.OVERDUE_RATE, -1, 0, 10)).build())
                .withMessage("Assessment scheme 'T': item 'MINUS' has weight -1, but a weight must be 0 to 100");
    }

    @Example
    void bonusItem_capMayBeAHundred_butNotZeroNorMore() {
        AssessmentScheme hundred = DEFAULT.toBuilder("T")
                .bonus(new BonusItem("BIG", BilingualText.of("大", "big"), 0.01, 100)).build();
        assertThat(hundred.bonusItems()).extracting(BonusItem::cap).contains(100.0);
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .bonus(new BonusItem("X", BilingualText.of("某", "x"), 1, 0)).build())
                .withMessage("Assessment scheme 'T': bonus item 'X' has 1.0 points each and cap 0.0, but both must be "
                        + "positive and the cap at most 100");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .bonus(new BonusItem("X", BilingualText.of("某", "x"), 1, 100.01)).build())
                .withMessageContaining("cap 100.01");
    }

    @Example
    void schemeBounds_acceptTheirEdges() {
        assertThat(DEFAULT.toBuilder("T").bonusCap(0).build().bonusCap()).isZero();
        assertThat(DEFAULT.toBuilder("T").bonusCap(100).build().bonusCap()).isEqualTo(100);
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T").bonusCap(100.01))
                .withMessage("Assessment scheme 'T': bonus cap must be 0 to 100, but was 100.01");
        AssessmentScheme equal = DEFAULT.toBuilder("T").thresholds(100, 100).build();
        assertThat(equal.excellentFrom()).isEqualTo(100);
        assertThat(equal.passFrom()).isEqualTo(100);
        assertThat(equal.grade(100)).isEqualTo(Grade.EXCELLENT);
        assertThat(equal.grade(99.99)).isEqualTo(Grade.FAIL);
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T").thresholds(90, 0))
                .withMessage("Assessment scheme 'T': thresholds must satisfy 0 < pass <= excellent <= 100, but were "
                        + "pass 0.0, excellent 90.0");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T").thresholds(100.5, 60))
                .withMessageContaining("excellent 100.5");
        assertThat(DEFAULT.toBuilder("T").minimumCoverage(100).build().minimumCoverage()).isEqualTo(100);
        assertThat(DEFAULT.toBuilder("T").minimumCoverage(0).build().minimumCoverage()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T").minimumCoverage(-1))
                .withMessage("Assessment scheme 'T': minimum coverage must be 0 to 100 points, but was -1");
    }

    @Example
    void bonusBelowTheCap_saysNothingOfTheCap() {
        AgencyAssessment a = DEFAULT.assess(exemplary(TOBACCO).bonus("COMMENDED", 1).toPeriod());
        assertThat(a.bonus()).isEqualTo(2);
        assertThat(a.explain().zh()).contains("加分：受到上级表彰 1次，2分").doesNotContain("为限");
        AgencyAssessment atCap = DEFAULT.assess(exemplary(TOBACCO).bonus("COMMENDED", 2).bonus("MODEL_CASE", 1)
                .toPeriod());
        assertThat(atCap.bonus()).isEqualTo(5);
        assertThat(atCap.explain().zh()).doesNotContain("为限");
    }

    @Example
    void equalsHashCodeAndText() {
        AssessmentScheme other = DEFAULT.toBuilder("另一方案").build();
        assertThat(other.hashCode()).isNotEqualTo(DEFAULT.hashCode());
        assertThat(DEFAULT).hasToString("AssessmentScheme{行政执法评议考核默认方案, 3 sections, 8 items}");
    }
}
