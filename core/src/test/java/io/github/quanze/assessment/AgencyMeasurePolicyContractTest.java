package io.github.quanze.assessment;

import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.exemplary;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.assessment.AgencyMeasurePolicy.Level;
import io.github.quanze.assessment.AgencyMeasurePolicy.Standing;
import net.jqwik.api.Example;

/**
 * The documented thresholds of the national policy, each at its edge and one step past it: a correction or loss rate
 * from 15 % concerning and from 30 % serious, satisfaction below 80 % concerning and below 60 % serious, read from 5
 * decided cases and 30 responses.
 */
class AgencyMeasurePolicyContractTest {

    private static final AgencyMeasurePolicy POLICY = AgencyMeasurePolicy.national();

    private static AgencyMeasurePolicy.Facts facts(AgencyTally tally) {
        return POLICY.facts(AssessmentScheme.DEFAULT.assess(tally.toPeriod()));
    }

    private static Level corrected(long annulled, long upheld) {
        return facts(period(TOBACCO).reconsiderations(ReconsiderationOutcome.ANNULLED, annulled)
                .reconsiderations(ReconsiderationOutcome.UPHELD, upheld)).correction();
    }

    private static Level lost(long lost, long dismissed) {
        return facts(period(TOBACCO).lawsuits(LitigationOutcome.ANNULLED, lost)
                .lawsuits(LitigationOutcome.CLAIM_DISMISSED, dismissed)).correction();
    }

    private static Level satisfaction(long responses, long satisfied) {
        return facts(period(TOBACCO).survey(responses, satisfied)).satisfaction();
    }

    @Example
    void correctionRate_isConcerningFrom15AndSeriousFrom30Percent() {
        assertThat(corrected(2, 18)).isEqualTo(Level.NORMAL);
        assertThat(corrected(3, 17)).isEqualTo(Level.CONCERNING);
        assertThat(corrected(5, 15)).isEqualTo(Level.CONCERNING);
        assertThat(corrected(6, 14)).isEqualTo(Level.SERIOUS);
    }

    @Example
    void lossRate_readsTheSameThresholds_andTheWorseOfTheTwoRatesCounts() {
        assertThat(lost(2, 18)).isEqualTo(Level.NORMAL);
        assertThat(lost(3, 17)).isEqualTo(Level.CONCERNING);
        assertThat(lost(6, 14)).isEqualTo(Level.SERIOUS);
        AgencyTally both = period(TOBACCO).reconsiderations(ReconsiderationOutcome.UPHELD, 20)
                .lawsuits(LitigationOutcome.ANNULLED, 6).lawsuits(LitigationOutcome.CLAIM_DISMISSED, 14);
        assertThat(facts(both).correction()).isEqualTo(Level.SERIOUS);
        AgencyTally other = period(TOBACCO).reconsiderations(ReconsiderationOutcome.ANNULLED, 3)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 17).lawsuits(LitigationOutcome.CLAIM_DISMISSED, 20);
        assertThat(facts(other).correction()).isEqualTo(Level.CONCERNING);
    }

    @Example
    void aRateIsReadFromFiveDecidedCases_notFewer() {
        assertThat(corrected(1, 4)).isEqualTo(Level.CONCERNING);
        assertThat(corrected(1, 3)).isEqualTo(Level.NORMAL);
        assertThat(lost(1, 4)).isEqualTo(Level.CONCERNING);
        assertThat(lost(1, 3)).isEqualTo(Level.NORMAL);
    }

    @Example
    void satisfaction_isConcerningBelow80AndSeriousBelow60Percent() {
        assertThat(satisfaction(100, 80)).isEqualTo(Level.NORMAL);
        assertThat(satisfaction(100, 79)).isEqualTo(Level.CONCERNING);
        assertThat(satisfaction(100, 60)).isEqualTo(Level.CONCERNING);
        assertThat(satisfaction(100, 59)).isEqualTo(Level.SERIOUS);
    }

    @Example
    void satisfaction_isReadFromThirtyResponses_notFewer() {
        assertThat(satisfaction(30, 0)).isEqualTo(Level.SERIOUS);
        assertThat(satisfaction(29, 0)).isEqualTo(Level.NORMAL);
    }

    @Example
    void standing_followsTheGrade() {
        assertThat(facts(exemplary(TOBACCO)).standing()).isEqualTo(Standing.OUTSTANDING);
        assertThat(facts(exemplary(TOBACCO).complaints(6).survey(100, 70)).standing()).isEqualTo(Standing.ORDINARY);
        assertThat(facts(period(TOBACCO)).standing()).as("not scored").isEqualTo(Standing.ORDINARY);
        assertThat(facts(period(TOBACCO).addReport(AssessmentFixtures.VETOED_0).cases(10, 5).legalityReviews(4, 2)
                .survey(10, 8)).standing()).isEqualTo(Standing.FAILED);
    }

    @Example
    void thresholds_mayMeetAndReachTheirBounds_butNotPassThem() {
        AgencyMeasurePolicy edge = AgencyMeasurePolicy.of(POLICY.table(), 100, 100, 100, 100);
        assertThat(edge).hasToString("AgencyMeasurePolicy{行政执法部门评议考核结果运用表, correction 100.0/100.0, "
                + "satisfaction 100.0/100.0}");
        assertThat(AgencyMeasurePolicy.of(POLICY.table(), 0.5, 0.5, 0.5, 0.5)).isNotNull();
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyMeasurePolicy.of(POLICY.table(), 0, 30, 80, 60))
                .withMessage("Agency measure policy: correction thresholds must satisfy 0 < concerning <= serious <= "
                        + "100, but were concerning 0.0, serious 30.0");
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyMeasurePolicy.of(POLICY.table(), 15, 100.5, 80, 60))
                .withMessageContaining("serious 100.5");
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyMeasurePolicy.of(POLICY.table(), 15, 30, 100.5, 60))
                .withMessageContaining("concerning 100.5");
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyMeasurePolicy.of(POLICY.table(), 15, 30, 80, 0))
                .withMessage("Agency measure policy: satisfaction thresholds must satisfy 100 >= concerning >= serious "
                        + "> 0, but were concerning 80.0, serious 0.0");
        assertThat(POLICY).hasToString("AgencyMeasurePolicy{行政执法部门评议考核结果运用表, correction 15.0/30.0, "
                + "satisfaction 80.0/60.0}");
    }

    @Example
    void minimums_areAtLeastOne() {
        assertThat(POLICY.withMinimums(1, 1)).isNotNull();
        assertThatIllegalArgumentException().isThrownBy(() -> POLICY.withMinimums(0, 1))
                .withMessage("Agency measure policy: minimum counts must be at least 1, but were decided 0, "
                        + "responses 1");
        assertThatIllegalArgumentException().isThrownBy(() -> POLICY.withMinimums(1, 0))
                .withMessage("Agency measure policy: minimum counts must be at least 1, but were decided 1, "
                        + "responses 0");
    }
}
