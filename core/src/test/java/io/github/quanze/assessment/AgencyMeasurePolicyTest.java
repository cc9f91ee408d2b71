package io.github.quanze.assessment;

import static io.github.quanze.assessment.AgencyMeasure.AWARD_INELIGIBILITY;
import static io.github.quanze.assessment.AgencyMeasure.COMMENDATION;
import static io.github.quanze.assessment.AgencyMeasure.RECTIFICATION;
import static io.github.quanze.assessment.AgencyMeasure.REPRIMAND;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.VETOED_0;
import static io.github.quanze.assessment.AssessmentFixtures.exemplary;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.assessment.AgencyMeasurePolicy.Facts;
import io.github.quanze.assessment.AgencyMeasurePolicy.Level;
import io.github.quanze.assessment.AgencyMeasurePolicy.Standing;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.review.Grade;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.TableVerification;
import io.github.quanze.sanction.SanctionKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The measures of 国办发〔2005〕37号 for agencies, one example each, and the table's verification. */
class AgencyMeasurePolicyTest {

    static final AgencyMeasurePolicy POLICY = AgencyMeasurePolicy.national();

    static Decision<Set<AgencyMeasure>> decide(AgencyTally period) {
        return POLICY.decide(AssessmentScheme.DEFAULT.assess(period.toPeriod()));
    }

    static Set<AgencyMeasure> measures(AgencyTally period) {
        return decide(period).outcome().orElseThrow();
    }

    @Test
    void shippedTable_passesVerificationIncludingProportionality() {
        TableVerification<Set<AgencyMeasure>> verification = POLICY.table().verify();
        assertThat(verification.gaps()).isEmpty();
        assertThat(verification.disproportions()).isEmpty();
        assertThat(verification.isClean()).isTrue();
        assertThat(POLICY.table().columns()).extracting(c -> c.name()).containsExactly("correction", "satisfaction",
                "perfunctory", "falsified", "severe", "standing");
    }

    @Test
    void outstandingAgency_isCommended() {
        Decision<Set<AgencyMeasure>> d = decide(exemplary(TOBACCO));
        assertThat(d.outcome()).contains(Set.of(COMMENDATION));
        assertThat(d.fired()).extracting(r -> r.id().toString()).contains("MEASURE.COMMENDATION");
        assertThat(d.explain().zh()).contains("处理结果：表彰", "国务院办公厅关于推行行政执法责任制的若干意见");
    }

    @Test
    void ordinaryAgency_getsNoMeasure() {
        AgencyTally ordinary = exemplary(TOBACCO).complaints(6).survey(100, 70);
        assertThat(AssessmentScheme.DEFAULT.assess(ordinary.toPeriod()).grade()).contains(Grade.PASS);
        assertThat(measures(ordinary)).isEmpty();
        assertThat(measures(period(TOBACCO))).as("not scored").isEmpty();
    }

    @Test
    void highCorrectionRate_isRectification_andSerious_isReprimandToo() {
        // 2 of 7 decided (28.6 %) is concerning, 3 of 8 (37.5 %) serious, by the default thresholds 15 and 30
        assertThat(measures(exemplary(TOBACCO).reconsiderations(ReconsiderationOutcome.ANNULLED, 2)))
                .containsExactly(RECTIFICATION);
        assertThat(measures(exemplary(TOBACCO).reconsiderations(ReconsiderationOutcome.VARIED, 3)))
                .containsExactly(RECTIFICATION, REPRIMAND);
        Decision<Set<AgencyMeasure>> d = decide(exemplary(TOBACCO).reconsiderations(ReconsiderationOutcome.VARIED, 3));
        assertThat(d.fired()).extracting(r -> r.id().toString())
                .containsExactly("MEASURE.CORRECTION", "MEASURE.CORRECTION.SERIOUS");
        assertThat(d.overridden()).extracting(o -> o.rule().id().toString()).containsOnly("MEASURE.NONE");
        assertThat(decide(exemplary(TOBACCO).complaints(6).survey(100, 70)).fired())
                .extracting(r -> r.id().toString()).containsExactly("MEASURE.NONE");
    }

    @Test
    void highLitigationLossRate_countsAsCorrection() {
        // 3 lost of 5 judged: 60 %
        assertThat(measures(exemplary(TOBACCO).lawsuits(LitigationOutcome.CONFIRMED_ILLEGAL, 3)))
                .containsExactly(RECTIFICATION, REPRIMAND);
    }

    @Test
    void ratesOfTinySamplesCountAsNormal() {
        // 2 lost of 4 judged and 9 unhappy of 10 cards: below the minimum samples, no measure follows from them
        assertThat(measures(exemplary(TOBACCO).lawsuits(LitigationOutcome.CONFIRMED_ILLEGAL, 2)))
                .doesNotContain(RECTIFICATION, REPRIMAND);
        assertThat(AgencyMeasurePolicy.national().facts(AssessmentScheme.DEFAULT.assess(exemplary(TOBACCO)
                .survey(10, 1).toPeriod())).satisfaction()).isEqualTo(AgencyMeasurePolicy.Level.NORMAL);
        // the embedding agency may read smaller samples
        AgencyMeasurePolicy strict = AgencyMeasurePolicy.national().withMinimums(1, 1);
        assertThat(strict.decide(AssessmentScheme.DEFAULT.assess(exemplary(TOBACCO)
                .lawsuits(LitigationOutcome.CONFIRMED_ILLEGAL, 2).toPeriod())).outcome().orElseThrow())
                .contains(RECTIFICATION, REPRIMAND);
    }

    @Test
    void lowSatisfaction_isRectification_andSeriouslyLow_isReprimandToo() {
        assertThat(measures(exemplary(TOBACCO).survey(100, 50))).containsExactly(RECTIFICATION);
        assertThat(measures(exemplary(TOBACCO).survey(200, 50))).containsExactly(RECTIFICATION, REPRIMAND);
    }

    @Test
    void perfunctoryOrFalsifying_isRectification_andOutweighsCommendation() {
        Decision<Set<AgencyMeasure>> perfunctory = decide(exemplary(TOBACCO).perfunctory(true));
        assertThat(perfunctory.outcome()).contains(Set.of(RECTIFICATION));
        assertThat(perfunctory.fired()).extracting(r -> r.id().toString()).contains("MEASURE.PERFUNCTORY",
                "MEASURE.COMMENDATION");
        assertThat(measures(exemplary(TOBACCO).falsified(true))).containsExactly(RECTIFICATION);
    }

    @Test
    void severeCase_isReprimandAndAwardIneligibility_citingHenanArticle44() {
        Decision<Set<AgencyMeasure>> d = decide(exemplary(TOBACCO).severe(true));
        assertThat(d.outcome()).contains(EnumSet.of(RECTIFICATION, REPRIMAND, AWARD_INELIGIBILITY));
        RuleRef severe = d.fired().stream().filter(r -> r.id().toString().equals("MEASURE.SEVERE")).findFirst()
                .orElseThrow();
        assertThat(((LegalBasis) severe.basis()).cites(Instruments.RESPONSIBILITY_SYSTEM_OPINIONS)).isTrue();
        assertThat(severe.basis().toString()).contains("《河南省行政执法条例》第四十四条");
        assertThat(d.outcomeText().zh()).isEqualTo("取消评比先进资格、通报批评、限期整改");
    }

    @Test
    void failedAssessment_isRectification() {
        AgencyTally failed = period(TOBACCO).addReport(VETOED_0).cases(10, 5).legalityReviews(4, 2)
                .survey(10, 8);
        assertThat(AssessmentScheme.DEFAULT.assess(failed.toPeriod()).grade()).contains(Grade.FAIL);
        assertThat(measures(failed)).containsExactly(RECTIFICATION);
    }

    @Test
    void measures_areTheAgencySanctionKinds() {
        assertThat(RECTIFICATION.sanctionKind()).contains(SanctionKind.RECTIFICATION);
        assertThat(REPRIMAND.sanctionKind()).contains(SanctionKind.AGENCY_REPRIMAND);
        assertThat(AWARD_INELIGIBILITY.sanctionKind()).contains(SanctionKind.AWARD_INELIGIBILITY);
        assertThat(COMMENDATION.sanctionKind()).isEmpty();
    }

    @Test
    void heavier_ordersCommendationBelowNothingBelowSanctions() {
        assertThat(AgencyMeasure.HEAVIER.compare(Set.of(COMMENDATION), Set.of())).isNegative();
        assertThat(AgencyMeasure.HEAVIER.compare(Set.of(), Set.of(RECTIFICATION))).isNegative();
        assertThat(AgencyMeasure.HEAVIER.compare(Set.of(RECTIFICATION), Set.of(RECTIFICATION, REPRIMAND)))
                .isNegative();
        assertThat(AgencyMeasure.HEAVIER.compare(Set.of(RECTIFICATION, REPRIMAND), Set.of(AWARD_INELIGIBILITY)))
                .isNegative();
        assertThat(AgencyMeasure.HEAVIER.compare(Set.of(REPRIMAND), Set.of(REPRIMAND))).isZero();
    }

    @Test
    void facts_readTheThresholds_andNoDataIsNormal() {
        AgencyAssessment nothing = AssessmentScheme.DEFAULT.assess(period(TOBACCO).toPeriod());
        assertThat(POLICY.facts(nothing)).isEqualTo(new Facts(Level.NORMAL, Level.NORMAL, false, false, false,
                Standing.ORDINARY));
        AgencyAssessment tenPercent = AssessmentScheme.DEFAULT.assess(exemplary(TOBACCO)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 4).reconsiderations(ReconsiderationOutcome.ANNULLED, 1)
                .toPeriod());
        assertThat(POLICY.facts(tenPercent).correction()).isEqualTo(Level.NORMAL);
        AgencyMeasurePolicy strict = AgencyMeasurePolicy.of(POLICY.table(), 10, 20, 90, 70);
        assertThat(strict.facts(tenPercent).correction()).isEqualTo(Level.CONCERNING);
        assertThat(strict.decide(tenPercent).outcome()).contains(Set.of(RECTIFICATION));
    }

    @Test
    void badThresholds_areRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyMeasurePolicy.of(POLICY.table(), 30, 15, 80, 60))
                .withMessage("Agency measure policy: correction thresholds must satisfy 0 < concerning <= serious <= "
                        + "100, but were concerning 30.0, serious 15.0");
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyMeasurePolicy.of(POLICY.table(), 15, 30, 60, 80))
                .withMessage("Agency measure policy: satisfaction thresholds must satisfy 100 >= concerning >= serious "
                        + "> 0, but were concerning 60.0, serious 80.0");
    }
}
