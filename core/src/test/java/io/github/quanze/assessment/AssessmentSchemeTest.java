package io.github.quanze.assessment;

import io.github.quanze.review.Grade;

import static io.github.quanze.assessment.AssessmentFixtures.CLEAN_100;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.VETOED_0;
import static io.github.quanze.assessment.AssessmentFixtures.exemplary;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.quanze.text.BilingualText;
import io.github.quanze.assessment.AssessmentScheme.BonusItem;
import io.github.quanze.assessment.AssessmentScheme.Item;
import io.github.quanze.assessment.AssessmentScheme.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default scheme, the arithmetic of an assessment, indicators without data, the bonus, and bad schemes. */
class AssessmentSchemeTest {

    static final AssessmentScheme DEFAULT = AssessmentScheme.DEFAULT;

    /**
     * Four files (three clean, one vetoed), 20 cases with one overdue, 9 of 10 legality reviews, one of four decided
     * reconsiderations annulled (two terminated), no lawsuit, 2 complaints, 170 of 200 satisfied.
     */
    static AgencyPeriod mixed() {
        return period(TOBACCO).addReports(List.of(CLEAN_100, CLEAN_100, CLEAN_100, VETOED_0)).cases(20, 1)
                .legalityReviews(10, 9).reconsiderations(ReconsiderationOutcome.UPHELD, 3)
                .reconsiderations(ReconsiderationOutcome.ANNULLED, 1)
                .reconsiderations(ReconsiderationOutcome.TERMINATED, 2).complaints(2).survey(200, 170).toPeriod();
    }

    @Test
    void defaultScheme_isThirtyFiftyTwentyWithTheDocumentedItems() {
        assertThat(DEFAULT.sections()).extracting(Section::code, Section::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GENERAL", 30),
                        org.assertj.core.groups.Tuple.tuple("SPECIFIC", 50),
                        org.assertj.core.groups.Tuple.tuple("EXTERNAL", 20));
        assertThat(DEFAULT.items()).extracting(Item::indicator).containsExactly(Indicator.OVERDUE_RATE,
                Indicator.LEGALITY_REVIEW_COVERAGE, Indicator.CASE_FILE_AVERAGE_SCORE, Indicator.CASE_FILE_PASS_RATE,
                Indicator.RECONSIDERATION_CORRECTION_RATE, Indicator.LITIGATION_LOSS_RATE,
                Indicator.SATISFACTION_RATE, Indicator.COMPLAINTS_PER_100_CASES);
        assertThat(DEFAULT.items().stream().mapToInt(Item::points).sum()).isEqualTo(100);
        assertThat(DEFAULT.excellentFrom()).isEqualTo(90);
        assertThat(DEFAULT.passFrom()).isEqualTo(60);
        assertThat(DEFAULT.bonusCap()).isEqualTo(5);
        assertThat(DEFAULT.minimumCoverage()).isEqualTo(50);
        assertThat(DEFAULT.note()).contains("解释性默认值");
    }

    @Test
    void item_scoresLinearlyAndClamps() {
        Item correction = DEFAULT.items().get(4);
        assertThat(correction.score(0)).isEqualTo(15);
        assertThat(correction.score(6)).isCloseTo(12, within(1e-9));
        assertThat(correction.score(30)).isZero();
        assertThat(correction.score(80)).isZero();
        Item satisfaction = DEFAULT.items().get(6);
        assertThat(satisfaction.score(100)).isEqualTo(12);
        assertThat(satisfaction.score(77.5)).isCloseTo(6, within(1e-9));
        assertThat(satisfaction.score(10)).isZero();
    }

    @Test
    void exemplaryAgency_scoresFullMarksAndExcellent() {
        AgencyAssessment a = DEFAULT.assess(exemplary(TOBACCO).toPeriod());
        assertThat(a.total()).isEqualTo(100);
        assertThat(a.grade()).contains(Grade.EXCELLENT);
        assertThat(a.sections()).extracting(AgencyAssessment.SectionScore::points).containsExactly(30.0, 50.0, 20.0);
        assertThat(a.explain().zh()).startsWith("TOBACCO局（TOBACCO，2026-01-01至2026-12-31）评议考核结果：100分，优秀");
    }

    @Test
    void mixedAgency_workedExample() {
        AgencyAssessment a = DEFAULT.assess(mixed());
        // general: overdue 5 % → 5/10, legality 90 % → 5/10, average 75 → 5/10: 15 of 30
        // specific: pass 75 % → 7.5/20, correction 25 % → 2.5/15, no lawsuit: 10 of 35 available, × 50/35
        // external: satisfaction 85 % → 60/7 of 12, complaints 10 per 100 → 0/8: 60/7 of 20
        assertThat(a.sections()).extracting(AgencyAssessment.SectionScore::points).satisfiesExactly(
                p -> assertThat(p).isCloseTo(15, within(1e-9)),
                p -> assertThat(p).isCloseTo(500.0 / 35, within(1e-9)),
                p -> assertThat(p).isCloseTo(60.0 / 7, within(1e-9)));
        assertThat(a.base()).isEqualTo(37.86);
        assertThat(a.total()).isEqualTo(37.86);
        assertThat(a.grade()).contains(Grade.FAIL);
        AgencyAssessment.ItemScore litigation = a.items().get(5);
        assertThat(litigation.counted()).isFalse();
        assertThat(litigation.points()).isZero();
        assertThat(a.items().get(3).points()).isCloseTo(7.5 * 50 / 35, within(1e-9));
        assertThat(a.explain().zh()).contains("通用指标（权重30）：15分", "案件超期率 5%（1/20）：得5/10分",
                "诉讼败诉率 无数据：不计分，其分值按本部分有数据项目的分值比例分配", "复议纠错率 25%（1/4）：得2.5/15分");
        assertThat(a.explain().en()).contains("litigation loss rate no data: not scored; its points are spread over "
                + "the section's items with data");
    }

    @Test
    void noData_isReweightedWithinTheSection_neitherFullNorZero() {
        AgencyTally base = exemplary(TOBACCO);
        AgencyPeriod withLoss = exemplary(TOBACCO).lawsuits(LitigationOutcome.ANNULLED, 2).toPeriod();
        AgencyPeriod noLawsuit = period(TOBACCO).cases(40, 0).legalityReviews(8, 8)
                .reconsiderations(ReconsiderationOutcome.ANNULLED, 1).reconsiderations(ReconsiderationOutcome.UPHELD, 9)
                .survey(100, 95).caseFiles(10, 10, 1000, 1000).toPeriod();
        // correction 10 % earns 10/15; the litigation item's 15 points follow the other specific items
        AgencyAssessment a = DEFAULT.assess(noLawsuit);
        assertThat(a.sections().get(1).points()).isCloseTo((20 + 10) * 50.0 / 35, within(1e-9));
        assertThat(a.total()).isEqualTo(92.86);
        // full marks for the missing item would give 95, zero 80
        assertThat(DEFAULT.assess(withLoss).total()).isLessThan(DEFAULT.assess(base.toPeriod()).total());
    }

    @Test
    void aSectionWithoutData_isSpreadOverTheOtherSections() {
        // no survey and no case: the external section has no data; general and specific carry 100
        AgencyPeriod p = period(TOBACCO).caseFiles(10, 10, 1000, 1000).legalityReviews(5, 5)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 2).lawsuits(LitigationOutcome.CLAIM_DISMISSED, 1)
                .toPeriod();
        AgencyAssessment a = DEFAULT.assess(p);
        assertThat(a.sections().get(2).counted()).isFalse();
        assertThat(a.sections().get(0).points()).isCloseTo(30 * 100.0 / 80, within(1e-9));
        assertThat(a.total()).isEqualTo(100);
        assertThat(a.explain().zh()).contains("外部评议（权重20）：本部分无数据，其权重按其他部分权重比例分配");
    }

    @Test
    void anAgencyWithLittleOrNoData_isNotScored_notFailed() {
        AgencyAssessment nothing = DEFAULT.assess(period(TOBACCO).toPeriod());
        assertThat(nothing.isScored()).isFalse();
        assertThat(nothing.grade()).isEmpty();
        assertThat(nothing.total()).isZero();
        assertThat(nothing.explain().zh()).contains("有数据的考核项目合计不足50分，不计分、不评定等次");
        // a good survey alone (12 points of 100) does not make an excellent agency
        AgencyAssessment surveyOnly = DEFAULT.assess(period(TOBACCO).survey(100, 100).bonus("COMMENDED", 1).toPeriod());
        assertThat(surveyOnly.isScored()).isFalse();
        assertThat(surveyOnly.bonus()).isZero();
        assertThat(surveyOnly.explain().zh()).contains("外部评议（权重20）：\n    群众满意率 100%（100/100）\n")
                .doesNotContain("得12/12分");
        AssessmentScheme lenient = DEFAULT.toBuilder("宽松方案").minimumCoverage(0).build();
        assertThat(lenient.assess(period(TOBACCO).survey(100, 100).toPeriod()).total()).isEqualTo(100);
    }

    @Test
    void bonus_isCappedPerItemAndInAll_andAddsToTheTotal() {
        AgencyAssessment a = DEFAULT.assess(exemplary(TOBACCO).bonus("COMMENDED", 3).bonus("MODEL_CASE", 2).toPeriod());
        assertThat(a.bonuses()).extracting(AgencyAssessment.BonusScore::points).containsExactly(4.0, 2.0);
        assertThat(a.bonus()).isEqualTo(5);
        assertThat(a.total()).isEqualTo(105);
        assertThat(a.explain().zh()).contains("加分：受到上级表彰 3次，4分", "加分以5分为限");
        // pass rate 91.25 % earns 15.625 of 20, 39.06 of the specific 50 with no reconsideration or lawsuit
        AgencyAssessment lifted = DEFAULT.assess(period(TOBACCO).caseFiles(80, 73, 7200, 8000).cases(10, 0)
                .legalityReviews(2, 2).survey(10, 10).bonus("COMMENDED", 1).toPeriod());
        assertThat(lifted.base()).isEqualTo(89.06);
        assertThat(lifted.total()).isEqualTo(91.06);
        assertThat(lifted.grade()).contains(Grade.EXCELLENT);
    }

    @Test
    void bonusClaim_theSchemeLacks_isAnError() {
        AgencyPeriod p = exemplary(TOBACCO).bonus("INNOVATION", 1).toPeriod();
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.assess(p))
                .withMessage("Agency period TOBACCO claims bonus item 'INNOVATION', which assessment scheme "
                        + "'行政执法评议考核默认方案' lacks; it has ['COMMENDED', 'MODEL_CASE']");
    }

    @Test
    void thresholds_areConfigurable() {
        AssessmentScheme strict = DEFAULT.toBuilder("严格方案").thresholds(95, 80).build();
        AgencyPeriod p = exemplary(TOBACCO).complaints(3).toPeriod();
        // 3 complaints on 40 cases: 7.5 per 100 earns 2 of 8
        AgencyAssessment a = DEFAULT.assess(p);
        assertThat(a.total()).isEqualTo(94);
        assertThat(a.grade()).contains(Grade.EXCELLENT);
        assertThat(strict.assess(p).grade()).contains(Grade.PASS);
        assertThat(strict.excellentFrom()).isEqualTo(95);
    }

    @Test
    void badSchemes_areRejectedNamingSchemeItemValueAndRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .section(new Section("GENERAL", BilingualText.of("通用", "general"), 120)).build())
                .withMessage("Assessment scheme 'T': section 'GENERAL' has weight 120, but a weight must be 0 to 100");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .section(new Section("GENERAL", BilingualText.of("通用", "general"), -5)).build())
                .withMessage("Assessment scheme 'T': section 'GENERAL' has weight -5, but a weight must be 0 to 100");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .section(new Section("GENERAL", BilingualText.of("通用", "general"), 20)).build())
                .withMessage("Assessment scheme 'T': sections add up to 90 points, but must add up to 100");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .item(new Item("OVERDUE", "PROCEDURE", Indicator.OVERDUE_RATE, 10, 0, 10)).build())
                .withMessage("Assessment scheme 'T': item 'OVERDUE' refers to section 'PROCEDURE', which the scheme "
                        + "lacks; it has ['GENERAL', 'SPECIFIC', 'EXTERNAL']");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .item(new Item("OVERDUE", "GENERAL", Indicator.OVERDUE_RATE, 101, 0, 10)).build())
                .withMessage("Assessment scheme 'T': item 'OVERDUE' has weight 101, but a weight must be 0 to 100");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .item(new Item("OVERDUE", "GENERAL", Indicator.OVERDUE_RATE, 5, 0, 10)).build())
                .withMessage("Assessment scheme 'T': items of section 'GENERAL' add up to 25 points, but must add up "
                        + "to the section's weight 30");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .item(new Item("OVERDUE", "GENERAL", Indicator.OVERDUE_RATE, 10, 10, 0)).build())
                .withMessage("Assessment scheme 'T': item 'OVERDUE' scores OVERDUE_RATE, where lower is better, from "
                        + "full marks at 10.0 to zero at 0.0, but the full-marks value must be better than the zero "
                        + "value");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T").removeItem("NOPE"))
                .withMessage("Assessment scheme 'T' has no item 'NOPE' to remove");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T")
                        .bonus(new BonusItem("X", BilingualText.of("某", "x"), 0, 2)).build())
                .withMessage("Assessment scheme 'T': bonus item 'X' has 0.0 points each and cap 2.0, but both must be "
                        + "positive and the cap at most 100");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T").bonusCap(-1).build())
                .withMessage("Assessment scheme 'T': bonus cap must be 0 to 100, but was -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T").thresholds(50, 60).build())
                .withMessage("Assessment scheme 'T': thresholds must satisfy 0 < pass <= excellent <= 100, but were "
                        + "pass 60.0, excellent 50.0");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.toBuilder("T").minimumCoverage(101).build())
                .withMessage("Assessment scheme 'T': minimum coverage must be 0 to 100 points, but was 101");
        assertThatIllegalArgumentException().isThrownBy(() -> AssessmentScheme.builder("T").build())
                .withMessage("Assessment scheme 'T' has no section");
        assertThatIllegalArgumentException().isThrownBy(() -> AssessmentScheme.builder(" "))
                .withMessage("Assessment scheme name must not be blank, but was ' '");
    }

    @Test
    void anAgencyOwnScheme_canReplaceItems() {
        AssessmentScheme own = DEFAULT.toBuilder("某县方案").removeItem("COMPLAINTS")
                .item(new Item("SATISFACTION", "EXTERNAL", Indicator.SATISFACTION_RATE, 20, 90, 50)).build();
        AgencyAssessment a = own.assess(exemplary(TOBACCO).toPeriod());
        assertThat(a.total()).isEqualTo(100);
        assertThat(own.items()).hasSize(7);
    }

    @org.junit.jupiter.api.Test
    void schemesAreValues() {
        AssessmentScheme copy = AssessmentScheme.DEFAULT.toBuilder(AssessmentScheme.DEFAULT.name()).build();
        assertThat(copy).isEqualTo(AssessmentScheme.DEFAULT).hasSameHashCodeAs(AssessmentScheme.DEFAULT);
        assertThat(AssessmentScheme.DEFAULT.toBuilder("另一方案").build()).isNotEqualTo(AssessmentScheme.DEFAULT);
    }
}
