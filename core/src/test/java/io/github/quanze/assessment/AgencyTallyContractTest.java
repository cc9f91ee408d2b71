package io.github.quanze.assessment;

import static io.github.quanze.assessment.AssessmentFixtures.MARKET;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.StepKind;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Example;

/** The tally's documented contract, case by case: what each adder checks, and what equality and text show. */
class AgencyTallyContractTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Example
    void addCase_isOverdueOnlyWhenTheReplayFoundAMissedDeadline() {
        CaseRecord onTime = Cases.penaltyCase(Cases.PENALTY_CASE);
        CaseRecord late = Cases.penaltyCase(Cases.replace(Cases.PENALTY_CASE, StepKind.HEARING_NOTICE,
                Cases.step(StepKind.HEARING_NOTICE, "2026-09-30", Cases.WANG)));

        AgencyPeriod clean = period(TOBACCO).addCase(onTime.replay(AS_OF)).toPeriod();
        assertThat(clean.cases()).isEqualTo(1);
        assertThat(clean.overdueCases()).isZero();

        AgencyPeriod overdue = period(TOBACCO).addCase(late.replay(AS_OF)).toPeriod();
        assertThat(overdue.cases()).isEqualTo(1);
        assertThat(overdue.overdueCases()).isEqualTo(1);
    }

    @Example
    void caseFiles_rejectsEachCountOutOfItsRange_andLeavesTheTallyUnchanged() {
        AgencyTally tally = period(TOBACCO).caseFiles(2, 1, 150, 200);
        assertThatIllegalArgumentException().isThrownBy(() -> tally.caseFiles(-1, 0, 0, 0))
                .withMessage("Agency period TOBACCO: filesReviewed must be at least 0, but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> tally.caseFiles(3, 4, 0, 300))
                .withMessage("Agency period TOBACCO: filesPassed must be 0 to 3, but was 4");
        assertThatIllegalArgumentException().isThrownBy(() -> tally.caseFiles(3, 3, 301, 300))
                .withMessage("Agency period TOBACCO: filePoints must be 0 to 300, but was 301");
        assertThatIllegalArgumentException().isThrownBy(() -> tally.caseFiles(3, 3, -1, 300))
                .withMessage("Agency period TOBACCO: filePoints must be 0 to 300, but was -1");
        assertThat(tally.toPeriod()).isEqualTo(period(TOBACCO).caseFiles(2, 1, 150, 200).toPeriod());

        // the bounds themselves are accepted
        AgencyPeriod full = tally.caseFiles(3, 3, 300, 300).caseFiles(0, 0, 0, 0).toPeriod();
        assertThat(full.filesReviewed()).isEqualTo(5);
        assertThat(full.filesPassed()).isEqualTo(4);
        assertThat(full.filePoints()).isEqualTo(450);
        assertThat(full.fileMaxPoints()).isEqualTo(500);
    }

    @Example
    void complaints_mustNotBeNegative() {
        AgencyTally tally = period(TOBACCO).complaints(2);
        assertThatIllegalArgumentException().isThrownBy(() -> tally.complaints(-1))
                .withMessage("Agency period TOBACCO: complaints must be at least 0, but was -1");
        assertThat(tally.complaints(0).toPeriod().complaints()).isEqualTo(2);
    }

    @Example
    void combine_keepsAFindingThisTallyHeld_evenWhenTheOtherHasNone() {
        AgencyPeriod p = period(TOBACCO).perfunctory(true).falsified(true).severe(true).combine(period(TOBACCO))
                .toPeriod();
        assertThat(p.perfunctory()).isTrue();
        assertThat(p.falsified()).isTrue();
        assertThat(p.severe()).isTrue();
        AgencyPeriod none = period(TOBACCO).combine(period(TOBACCO)).toPeriod();
        assertThat(none.perfunctory()).isFalse();
        assertThat(none.falsified()).isFalse();
        assertThat(none.severe()).isFalse();
    }

    @Example
    void from_carriesEveryKeyedCount() {
        AgencyPeriod stored = period(TOBACCO).reconsiderations(ReconsiderationOutcome.ANNULLED, 2)
                .lawsuits(LitigationOutcome.CLAIM_DISMISSED, 3).bonus("COMMENDED", 1).toPeriod();
        AgencyPeriod again = AgencyTally.from(stored).toPeriod();
        assertThat(again.reconsiderations()).isEqualTo(Map.of(ReconsiderationOutcome.ANNULLED, 2L));
        assertThat(again.lawsuits()).isEqualTo(Map.of(LitigationOutcome.CLAIM_DISMISSED, 3L));
        assertThat(again.bonusClaims()).isEqualTo(Map.of("COMMENDED", 1L));
    }

    @Example
    void equals_tellsTalliesApartByEveryPart() {
        AgencyTally base = period(TOBACCO).cases(4, 1);
        assertThat(base).isEqualTo(period(TOBACCO).cases(4, 1)).hasSameHashCodeAs(period(TOBACCO).cases(4, 1));
        assertThat(base).isNotEqualTo(period(TOBACCO).cases(4, 2))
                .isNotEqualTo(period(MARKET).cases(4, 1))
                .isNotEqualTo(period(TOBACCO).cases(4, 1).perfunctory(true))
                .isNotEqualTo(period(TOBACCO).cases(4, 1).falsified(true))
                .isNotEqualTo(period(TOBACCO).cases(4, 1).severe(true))
                .isNotEqualTo(period(TOBACCO).cases(4, 1).bonus("COMMENDED", 1))
                .isNotEqualTo(period(TOBACCO).cases(4, 1).lawsuits(LitigationOutcome.CLAIM_DISMISSED, 1))
                .isNotEqualTo(period(TOBACCO).cases(4, 1).reconsiderations(ReconsiderationOutcome.UPHELD, 1))
                .isNotEqualTo(AgencyTally.of(TOBACCO, "烟草局", AssessmentFixtures.FROM_2026,
                        AssessmentFixtures.TO_2026).cases(4, 1))
                .isNotEqualTo(AgencyTally.of(TOBACCO, "TOBACCO局", LocalDate.of(2026, 1, 2),
                        AssessmentFixtures.TO_2026).cases(4, 1))
                .isNotEqualTo(AgencyTally.of(TOBACCO, "TOBACCO局", AssessmentFixtures.FROM_2026,
                        LocalDate.of(2026, 12, 30)).cases(4, 1))
                .isNotEqualTo(base.toPeriod())
                .isNotEqualTo(null);
        assertThat(base.hashCode()).isNotEqualTo(period(TOBACCO).cases(4, 2).hashCode());
    }

    @Example
    void toString_namesAgencyPeriodFilesAndCases() {
        assertThat(period(TOBACCO).caseFiles(3, 3, 300, 300).cases(7, 0))
                .hasToString("AgencyTally[TOBACCO, 2026-01-01..2026-12-31, 3 files, 7 cases]");
    }
}
