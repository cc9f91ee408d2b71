package io.github.quanze.assessment;

import static io.github.quanze.assessment.AssessmentFixtures.CLEAN_100;
import static io.github.quanze.assessment.AssessmentFixtures.LATE_95;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.VETOED_0;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.StepKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each indicator, computed from the counts of a period, with and without data. */
class IndicatorTest {

    @Test
    void caseFilePassRateAndAverageScore_comeFromTheReports() {
        AgencyPeriod p = period(TOBACCO).addReports(List.of(CLEAN_100, LATE_95, VETOED_0, CLEAN_100)).toPeriod();
        assertThat(p.filesReviewed()).isEqualTo(4);
        assertThat(p.filesPassed()).isEqualTo(3);
        IndicatorValue pass = p.indicator(Indicator.CASE_FILE_PASS_RATE);
        assertThat(pass.value()).hasValue(75.0);
        assertThat(pass.describe().zh()).isEqualTo("75%（3/4）");
        IndicatorValue average = p.indicator(Indicator.CASE_FILE_AVERAGE_SCORE);
        assertThat(average.value()).hasValue(73.75);
        assertThat(average.describe().zh()).isEqualTo("73.75分（295/400）");
    }

    @Test
    void caseFiles_countedElsewhere_addToTheReports() {
        AgencyPeriod p = period(TOBACCO).addReport(VETOED_0).caseFiles(99, 99, 9900, 9900).toPeriod();
        assertThat(p.indicator(Indicator.CASE_FILE_PASS_RATE).value()).hasValue(99.0);
        assertThat(p.indicator(Indicator.CASE_FILE_AVERAGE_SCORE).value()).hasValue(99.0);
    }

    @Test
    void periodsFoldedApart_addUpToTheSamePeriod() {
        AgencyPeriod whole = period(TOBACCO).addReports(List.of(CLEAN_100, LATE_95, VETOED_0)).cases(10, 2)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 2).reconsiderations(ReconsiderationOutcome.VARIED, 1)
                .survey(30, 20).bonus("COMMENDED", 2).perfunctory(true).toPeriod();
        AgencyPeriod first = period(TOBACCO).addReports(List.of(CLEAN_100, LATE_95)).cases(4, 1)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 2).survey(10, 5).bonus("COMMENDED", 1).toPeriod();
        AgencyPeriod second = period(TOBACCO).addReport(VETOED_0).cases(6, 1)
                .reconsiderations(ReconsiderationOutcome.VARIED, 1).survey(20, 15).bonus("COMMENDED", 1)
                .perfunctory(true).toPeriod();
        assertThat(AgencyTally.from(first).combine(AgencyTally.from(second)).toPeriod()).isEqualTo(whole);
        assertThat(AgencyTally.from(second).combine(AgencyTally.from(first)).toPeriod()).isEqualTo(whole);
        assertThatIllegalArgumentException().isThrownBy(() -> period(TOBACCO).combine(period(AssessmentFixtures.MARKET)))
                .withMessage("Agency period TOBACCO 'TOBACCO局' (2026-01-01 to 2026-12-31) cannot add the period of "
                        + "MARKET 'MARKET局' (2026-01-01 to 2026-12-31)");
    }

    @Test
    void overdueRate_fromCountsOrFromReplayedCases() {
        CaseRecord onTime = Cases.penaltyCase(Cases.PENALTY_CASE);
        CaseRecord late = Cases.penaltyCase(Cases.replace(Cases.PENALTY_CASE, StepKind.HEARING_NOTICE,
                Cases.step(StepKind.HEARING_NOTICE, "2026-09-30", Cases.WANG)));
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        AgencyPeriod p = period(TOBACCO).addCase(onTime.replay(asOf)).addCase(late.replay(asOf)).cases(18, 1).toPeriod();
        assertThat(p.cases()).isEqualTo(20);
        assertThat(p.overdueCases()).isEqualTo(2);
        assertThat(p.indicator(Indicator.OVERDUE_RATE).value()).hasValue(10.0);
    }

    @Test
    void legalityReviewCoverage_citesPenaltyLawArticle58() {
        AgencyPeriod p = period(TOBACCO).legalityReviews(8, 6).toPeriod();
        assertThat(p.indicator(Indicator.LEGALITY_REVIEW_COVERAGE).value()).hasValue(75.0);
        assertThat(Indicator.LEGALITY_REVIEW_COVERAGE.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第五十八条");
    }

    @Test
    void correctionRate_countsArticles63To67OverDecisions_notMediationOrTermination() {
        AgencyPeriod p = period(TOBACCO)
                .reconsiderations(ReconsiderationOutcome.VARIED, 1)
                .reconsiderations(ReconsiderationOutcome.ANNULLED, 1)
                .reconsiderations(ReconsiderationOutcome.CONFIRMED_ILLEGAL, 1)
                .reconsiderations(ReconsiderationOutcome.PERFORMANCE_ORDERED, 1)
                .reconsiderations(ReconsiderationOutcome.CONFIRMED_VOID, 1)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 4)
                .reconsiderations(ReconsiderationOutcome.CLAIM_REJECTED, 1)
                .reconsiderations(ReconsiderationOutcome.MEDIATED, 3)
                .reconsiderations(ReconsiderationOutcome.TERMINATED, 2)
                .toPeriod();
        IndicatorValue rate = p.indicator(Indicator.RECONSIDERATION_CORRECTION_RATE);
        assertThat(rate.part()).isEqualTo(5);
        assertThat(rate.whole()).isEqualTo(10);
        assertThat(rate.value()).hasValue(50.0);
        assertThat(Arrays.stream(ReconsiderationOutcome.values()).filter(ReconsiderationOutcome::corrects))
                .containsExactly(ReconsiderationOutcome.VARIED, ReconsiderationOutcome.ANNULLED,
                        ReconsiderationOutcome.CONFIRMED_ILLEGAL, ReconsiderationOutcome.PERFORMANCE_ORDERED,
                        ReconsiderationOutcome.CONFIRMED_VOID);
        assertThat(ReconsiderationOutcome.CONFIRMED_VOID.basis().toString())
                .isEqualTo("《中华人民共和国行政复议法》第六十七条");
        assertThat(Indicator.RECONSIDERATION_CORRECTION_RATE.basis().cites(Instruments.ADMINISTRATIVE_RECONSIDERATION_LAW))
                .isTrue();
    }

    @Test
    void lossRate_countsAnnulmentIllegalityVoidVariationAndOrdersToPerform() {
        AgencyPeriod p = period(TOBACCO)
                .lawsuits(LitigationOutcome.ANNULLED, 1)
                .lawsuits(LitigationOutcome.PERFORMANCE_ORDERED, 1)
                .lawsuits(LitigationOutcome.CLAIM_DISMISSED, 6)
                .lawsuits(LitigationOutcome.WITHDRAWN, 5)
                .toPeriod();
        assertThat(p.indicator(Indicator.LITIGATION_LOSS_RATE).value()).hasValue(25.0);
        assertThat(Arrays.stream(LitigationOutcome.values()).filter(LitigationOutcome::isLoss)
                .map(o -> o.basis().toString()))
                .containsExactly("《中华人民共和国行政诉讼法》第七十条", "《中华人民共和国行政诉讼法》第七十二条",
                        "《中华人民共和国行政诉讼法》第七十三条", "《中华人民共和国行政诉讼法》第七十四条",
                        "《中华人民共和国行政诉讼法》第七十五条", "《中华人民共和国行政诉讼法》第七十七条");
        assertThat(LitigationOutcome.WITHDRAWN.isJudgment()).isFalse();
    }

    @Test
    void complaints_countAndPer100Cases() {
        AgencyPeriod p = period(TOBACCO).cases(40, 0).complaints(3).toPeriod();
        assertThat(p.indicator(Indicator.COMPLAINT_COUNT).value()).hasValue(3.0);
        assertThat(p.indicator(Indicator.COMPLAINT_COUNT).describe().zh()).isEqualTo("3件");
        assertThat(p.indicator(Indicator.COMPLAINTS_PER_100_CASES).value()).hasValue(7.5);
        assertThat(p.indicator(Indicator.COMPLAINTS_PER_100_CASES).describe().en()).isEqualTo("7.5 per 100 cases (3/40)");
    }

    @Test
    void satisfaction_fromSurveyResponses() {
        AgencyPeriod p = period(TOBACCO).survey(120, 102).toPeriod();
        assertThat(p.indicator(Indicator.SATISFACTION_RATE).value()).hasValue(85.0);
    }

    @Test
    void anAgencyWithNothing_hasNoDataForEveryRate_andZeroComplaints() {
        AgencyPeriod p = period(TOBACCO).toPeriod();
        for (Indicator indicator : Indicator.values()) {
            IndicatorValue value = p.indicator(indicator);
            if (indicator == Indicator.COMPLAINT_COUNT) {
                assertThat(value.value()).hasValue(0.0);
            } else {
                assertThat(value.hasData()).as(indicator.name()).isFalse();
                assertThat(value.value()).isEmpty();
                assertThat(value.describe().zh()).isEqualTo("无数据");
                assertThat(value).isEqualTo(IndicatorValue.noData(indicator));
            }
        }
    }

    @Test
    void onlyMediatedOrWithdrawnCases_giveNoData_notZeroPercent() {
        AgencyPeriod p = period(TOBACCO).reconsiderations(ReconsiderationOutcome.MEDIATED, 2)
                .lawsuits(LitigationOutcome.WITHDRAWN, 1).toPeriod();
        assertThat(p.indicator(Indicator.RECONSIDERATION_CORRECTION_RATE).hasData()).isFalse();
        assertThat(p.indicator(Indicator.LITIGATION_LOSS_RATE).hasData()).isFalse();
    }

    @Test
    void ratio_withZeroDenominator_isAnErrorNamingTheIndicator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IndicatorValue.ratio(Indicator.RECONSIDERATION_CORRECTION_RATE, 0, 0))
                .withMessage("Indicator RECONSIDERATION_CORRECTION_RATE (复议纠错率): the denominator must be positive, "
                        + "but was 0; an agency without cases has no data (IndicatorValue.noData), not a rate");
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorValue.ratio(Indicator.COMPLAINT_COUNT, 1, 2))
                .withMessage("Indicator COMPLAINT_COUNT (投诉举报件数) is a count, not a ratio; use IndicatorValue.count");
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorValue.count(Indicator.OVERDUE_RATE, 1))
                .withMessage("Indicator OVERDUE_RATE (案件超期率) is a ratio, not a count; use IndicatorValue.ratio");
        assertThat(IndicatorValue.ratioOrNoData(Indicator.OVERDUE_RATE, 0, 0))
                .isEqualTo(IndicatorValue.noData(Indicator.OVERDUE_RATE));
    }

    @Test
    void compareBetterFirst_isExactAndFollowsTheDirection() {
        IndicatorValue third = IndicatorValue.ratio(Indicator.CASE_FILE_PASS_RATE, 1, 3);
        IndicatorValue twoSixths = IndicatorValue.ratio(Indicator.CASE_FILE_PASS_RATE, 2, 6);
        IndicatorValue half = IndicatorValue.ratio(Indicator.CASE_FILE_PASS_RATE, 1, 2);
        assertThat(third.compareBetterFirst(twoSixths)).isZero();
        assertThat(half.compareBetterFirst(third)).isNegative();
        assertThat(IndicatorValue.noData(Indicator.CASE_FILE_PASS_RATE).compareBetterFirst(third)).isPositive();
        IndicatorValue fewCorrections = IndicatorValue.ratio(Indicator.RECONSIDERATION_CORRECTION_RATE, 1, 10);
        IndicatorValue many = IndicatorValue.ratio(Indicator.RECONSIDERATION_CORRECTION_RATE, 5, 10);
        assertThat(fewCorrections.compareBetterFirst(many)).isNegative();
        // large counts: exact cross products beyond 2^63
        IndicatorValue big = IndicatorValue.ratio(Indicator.CASE_FILE_PASS_RATE, 4_000_000_000L, 4_000_000_001L);
        IndicatorValue bigger = IndicatorValue.ratio(Indicator.CASE_FILE_PASS_RATE, 4_000_000_001L, 4_000_000_002L);
        assertThat(bigger.compareBetterFirst(big)).isNegative();
        assertThatIllegalArgumentException().isThrownBy(() -> third.compareBetterFirst(many))
                .withMessage("Cannot compare indicator CASE_FILE_PASS_RATE with RECONSIDERATION_CORRECTION_RATE");
    }

    @Test
    void everyIndicator_hasALabelADirectionAndABasis() {
        assertThat(Indicator.RECONSIDERATION_CORRECTION_RATE.label().zh()).isEqualTo("复议纠错率");
        assertThat(Indicator.RECONSIDERATION_CORRECTION_RATE.direction()).isEqualTo(Indicator.Direction.LOWER_IS_BETTER);
        assertThat(Indicator.SATISFACTION_RATE.direction()).isEqualTo(Indicator.Direction.HIGHER_IS_BETTER);
        for (Indicator indicator : Indicator.values()) {
            assertThat(indicator.basis().provisions()).as(indicator.name()).isNotEmpty();
        }
    }

    @Test
    void badCounts_areRejectedNamingFieldValueAndRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> period(TOBACCO).cases(10, 11))
                .withMessage("Agency period TOBACCO: overdueCases must be 0 to 10, but was 11");
        assertThatIllegalArgumentException().isThrownBy(() -> period(TOBACCO).survey(-1, 0))
                .withMessage("Agency period TOBACCO: surveyResponses must be at least 0, but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> period(TOBACCO).legalityReviews(3, 4))
                .withMessage("Agency period TOBACCO: legalityReviewsDone must be 0 to 3, but was 4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> period(TOBACCO).reconsiderations(ReconsiderationOutcome.UPHELD, -2))
                .withMessage("Agency period TOBACCO: reconsiderations UPHELD must be at least 0, but was -2");
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyTally.of(TOBACCO, "烟草局",
                        LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1)))
                .withMessage("Agency period TOBACCO: the period must not end (2026-01-01) before it starts (2026-12-31)");
        assertThatIllegalArgumentException().isThrownBy(() -> period(TOBACCO).bonus("COMMENDED", 0))
                .withMessage("Agency period TOBACCO: bonus 'COMMENDED' must be at least 1, but was 0");
    }
}
