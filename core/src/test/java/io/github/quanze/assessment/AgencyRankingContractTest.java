package io.github.quanze.assessment;

import static io.github.quanze.assessment.AgencyRankingTest.BY_SATISFACTION;
import static io.github.quanze.assessment.AgencyRankingTest.FORESTRY;
import static io.github.quanze.assessment.AgencyRankingTest.agency;
import static io.github.quanze.assessment.AssessmentFixtures.ECOLOGY;
import static io.github.quanze.assessment.AssessmentFixtures.HEALTH;
import static io.github.quanze.assessment.AssessmentFixtures.MARKET;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.assessment.AgencyRanking.Place;
import io.github.quanze.assessment.AgencyRanking.TieBreak;
import io.github.quanze.review.Grade;
import io.github.quanze.rule.RuleId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;

/** Each tie-break rule decides against the agency ids' order; not-scored agencies come last; ranking as a value. */
class AgencyRankingContractTest {

    @Example
    void theTieBreakRules_comeBeforeTheAgencyId() {
        // TOBACCO's id comes after MARKET's, but its pass rate is higher;
        // HEALTH's comes after ECOLOGY's, with fewer corrected
        AgencyRanking ranking = AgencyRanking.of(List.of(agency(MARKET, 90, 9, 0), agency(TOBACCO, 90, 10, 0),
                agency(ECOLOGY, 80, 10, 1), agency(HEALTH, 80, 10, 0)));
        assertThat(ranking.places()).extracting(Place::agency).containsExactly(TOBACCO, MARKET, HEALTH, ECOLOGY);
        assertThat(ranking.places()).extracting(Place::tieBreak).containsExactly(Optional.empty(),
                Optional.of(TieBreak.CASE_FILE_PASS_RATE), Optional.empty(),
                Optional.of(TieBreak.RECONSIDERATION_CORRECTION_RATE));
    }

    @Example
    void anAgencyNotScored_comesAfterOneScoredAtZero() {
        // FORESTRY has the better pass rate and the earlier id, but no survey: not scored under a satisfaction scheme
        AgencyAssessment zero = BY_SATISFACTION.assess(period(TOBACCO).survey(100, 0).caseFiles(10, 9, 900, 1000)
                .toPeriod());
        AgencyAssessment unscored = BY_SATISFACTION.assess(period(FORESTRY).caseFiles(10, 10, 1000, 1000).toPeriod());
        assertThat(zero.isScored()).isTrue();
        assertThat(zero.total()).isZero();
        AgencyRanking ranking = AgencyRanking.of(List.of(unscored, zero));
        assertThat(ranking.places()).extracting(Place::agency).containsExactly(TOBACCO, FORESTRY);
        assertThat(ranking.places().get(1).tieBreak()).isEmpty();
    }

    @Example
    void aFailedAgency_getsNoTrophy_evenUnderAPolicyThatGivesItNoMeasure() {
        AgencyMeasurePolicy national = AgencyMeasurePolicy.national();
        AgencyMeasurePolicy lenient = AgencyMeasurePolicy.of(national.table().withSpec(national.table().spec()
                .toBuilder().remove(RuleId.of("MEASURE.FAILED")).build()), 15, 30, 80, 60).withMinimums(5, 1000);
        AgencyAssessment failed = agency(TOBACCO, 50, 10, 0);
        assertThat(failed.grade()).contains(Grade.FAIL);
        AgencyRanking ranking = AgencyRanking.of(List.of(failed), lenient);
        Place place = ranking.place(TOBACCO);
        assertThat(place.measures().outcome()).contains(Set.of());
        assertThat(place.trophy()).isFalse();
        assertThat(place.trophyWithheld()).isTrue();
        assertThat(ranking.trophyHolders()).isEmpty();
    }

    @Example
    void rankingsAreValues() {
        List<AgencyAssessment> field = List.of(agency(MARKET, 90, 9, 0), agency(TOBACCO, 90, 10, 0));
        AgencyRanking ranking = AgencyRanking.of(field);
        AgencyRanking same = AgencyRanking.of(List.of(field.get(1), field.get(0)));
        AgencyRanking other = AgencyRanking.of(List.of(agency(MARKET, 90, 9, 0)));
        assertThat(ranking).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo(null)
                .isNotEqualTo(ranking.places());
        assertThat(ranking.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(ranking).hasToString("AgencyRanking[1:TOBACCO, 2:MARKET]");
        Place first = ranking.places().get(0);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Place(1,
                first.assessment(), Optional.empty(), first.measures(), true, true))
                .withMessage("Place 1 of agency TOBACCO: a trophy cannot be both given and withheld");
    }
}
