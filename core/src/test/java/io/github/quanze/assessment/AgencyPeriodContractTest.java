package io.github.quanze.assessment;

import static io.github.quanze.assessment.AssessmentFixtures.FROM_2026;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.TO_2026;
import static io.github.quanze.assessment.AssessmentFixtures.exemplary;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Example;

/** A period built from stored values checks every count against its range; periods and assessments as values. */
class AgencyPeriodContractTest {

    /** filesReviewed, filesPassed, filePoints, fileMaxPoints, cases, overdue, legality required and done, complaints,
     *  responses, satisfied, to publish, published on time, recorded steps, completely recorded. */
    private static final long[] VALID = {2, 1, 150, 200, 4, 1, 3, 2, 1, 10, 8, 5, 4, 6, 5};
    private static final String[] NAMES = {"filesReviewed", "filesPassed", "filePoints", "fileMaxPoints", "cases",
        "overdueCases", "legalityReviewsRequired", "legalityReviewsDone", "complaints", "surveyResponses",
        "satisfiedResponses", "decisionsToPublish", "decisionsPublishedOnTime", "recordedSteps",
        "completelyRecordedSteps"};
    /** For each count that is part of another, the index of the other; -1 for a whole. */
    private static final int[] WHOLE = {-1, 0, 3, -1, -1, 4, -1, 6, -1, -1, 9, -1, 11, -1, 13};

    private static AgencyPeriod stored(long[] c, Map<String, Long> bonus) {
        return new AgencyPeriod(TOBACCO, "烟草局", FROM_2026, TO_2026, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                Map.of(), Map.of(), c[8], c[9], c[10], bonus, false, false, false, c[11], c[12], c[13], c[14]);
    }

    @Example
    void theValidValues_makeAPeriod() {
        AgencyPeriod p = stored(VALID, Map.of());
        assertThat(p.satisfiedResponses()).isEqualTo(8);
        assertThat(p.completelyRecordedSteps()).isEqualTo(5);
    }

    @Example
    void eachCount_isCheckedAgainstItsRange_namingTheField() {
        for (int i = 0; i < VALID.length; i++) {
            long[] negative = VALID.clone();
            negative[i] = -1;
            String range = WHOLE[i] < 0 ? "at least 0" : "0 to " + VALID[WHOLE[i]];
            assertThatIllegalArgumentException().as(NAMES[i]).isThrownBy(() -> stored(negative, Map.of()))
                    .withMessage("Agency period TOBACCO: %s must be %s, but was -1", NAMES[i], range);
            if (WHOLE[i] >= 0) {
                long[] more = VALID.clone();
                more[i] = VALID[WHOLE[i]] + 1;
                assertThatIllegalArgumentException().as(NAMES[i]).isThrownBy(() -> stored(more, Map.of()))
                        .withMessage("Agency period TOBACCO: %s must be %s, but was %s", NAMES[i], range, more[i]);
            }
        }
    }

    @Example
    void bonusCodes_areOneLineEach_andTheirCountsPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> stored(VALID, Map.of("A\nB", 1L)))
                .withMessageStartingWith("Agency period TOBACCO: bonus code");
        assertThatIllegalArgumentException().isThrownBy(() -> stored(VALID, Map.of("COMMENDED", 0L)))
                .withMessage("Agency period TOBACCO: bonusClaims COMMENDED must be at least 1, but was 0");
        assertThat(stored(VALID, Map.of("COMMENDED", 1L)).bonusClaims()).containsEntry("COMMENDED", 1L);
    }

    @Example
    void citationAndText_nameTheAgencyAndPeriod() {
        AgencyPeriod p = stored(VALID, Map.of());
        assertThat(p.citation()).isEqualTo("烟草局（TOBACCO，2026-01-01至2026-12-31）");
        assertThat(p.toString()).startsWith("AgencyPeriod[烟草局（TOBACCO，2026-01-01至2026-12-31）, [")
                .contains("CASE_FILE_PASS_RATE=", "OVERDUE_RATE=");
        assertThat(p.indicators()).hasSize(Indicator.values().length)
                .containsEntry(Indicator.OVERDUE_RATE, IndicatorValue.ratio(Indicator.OVERDUE_RATE, 1, 4));
    }

    @Example
    void theTablesBuiltAfresh_areTheDefaultTables() {
        assertThat(OfficerTables.ratings().spec()).isEqualTo(OfficerAppraisals.defaultRatingTable().spec());
        assertThat(OfficerTables.cards().spec()).isEqualTo(OfficerAppraisals.defaultCardTable().spec());
    }

    @Example
    void indicator_isBetter_isStrict() {
        assertThat(Indicator.SATISFACTION_RATE.isBetter(80, 80)).isFalse();
        assertThat(Indicator.SATISFACTION_RATE.isBetter(80.5, 80)).isTrue();
        assertThat(Indicator.SATISFACTION_RATE.isBetter(80, 80.5)).isFalse();
        assertThat(Indicator.OVERDUE_RATE.isBetter(5, 5)).isFalse();
        assertThat(Indicator.OVERDUE_RATE.isBetter(4.5, 5)).isTrue();
        assertThat(Indicator.OVERDUE_RATE.isBetter(5, 4.5)).isFalse();
    }

    @Example
    void assessmentsAreValues() {
        AgencyAssessment a = AssessmentScheme.DEFAULT.assess(exemplary(TOBACCO).toPeriod());
        AgencyAssessment same = AssessmentScheme.DEFAULT.assess(exemplary(TOBACCO).toPeriod());
        AgencyAssessment other = AssessmentScheme.DEFAULT.assess(exemplary(TOBACCO).complaints(3).toPeriod());
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo(null);
        assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(a.indicators()).isEqualTo(a.period().indicators()).hasSize(Indicator.values().length);
        assertThat(a).hasToString("AgencyAssessment[TOBACCO局（TOBACCO，2026-01-01至2026-12-31）, 100, excellent]");
        assertThat(other).hasToString("AgencyAssessment[TOBACCO局（TOBACCO，2026-01-01至2026-12-31）, 94, excellent]");
        assertThat(AssessmentScheme.DEFAULT.assess(period(TOBACCO).toPeriod()))
                .hasToString("AgencyAssessment[TOBACCO局（TOBACCO，2026-01-01至2026-12-31）, 0, not scored]");
    }

    @Example
    void cardEntries_checkCardLiftAndNames() {
        LocalDate given = LocalDate.of(2027, 1, 15);
        assertThatIllegalArgumentException().isThrownBy(() -> CardEntry.of(OfficerCard.GREEN, given, "表现良好", "陈局长"))
                .withMessage("Card entry of 2027-01-15: GREEN is the default and is never given");
        assertThatIllegalArgumentException().isThrownBy(() -> new CardEntry(OfficerCard.YELLOW, given, "严重过错",
                        "陈局长", java.util.Optional.of(given.plusDays(1)), java.util.Optional.of(" ")))
                .withMessageStartingWith("Card entry YELLOW of 2027-01-15: liftedBy");
        assertThatIllegalArgumentException().isThrownBy(() -> new CardEntry(OfficerCard.YELLOW, given, "严重过错",
                        "陈局长", java.util.Optional.of(given), java.util.Optional.of("徐科长")))
                .withMessage("Card entry YELLOW of 2027-01-15: lifted on 2027-01-15, which is not after the day it "
                        + "was given");
        assertThatIllegalArgumentException().isThrownBy(() -> new CardEntry(OfficerCard.RED, given, "特别严重过错",
                        "陈局长", java.util.Optional.of(given.plusDays(1)), java.util.Optional.of("徐科长")))
                .withMessage("Card entry RED of 2027-01-15: a red card revokes the qualification for good and cannot "
                        + "be lifted");
        assertThat(new CardEntry(OfficerCard.YELLOW, given, "严重过错", "陈局长", java.util.Optional.of(given.plusDays(1)),
                java.util.Optional.of("徐科长")).lifted()).contains(given.plusDays(1));
    }
}
