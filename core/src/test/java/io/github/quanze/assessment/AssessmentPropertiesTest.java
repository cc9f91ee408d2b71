package io.github.quanze.assessment;

import static io.github.quanze.assessment.AssessmentFixtures.CLEAN_100;
import static io.github.quanze.assessment.AssessmentFixtures.LATE_95;
import static io.github.quanze.assessment.AssessmentFixtures.VETOED_0;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.assessment.AgencyRanking.Place;
import io.github.quanze.power.AgencyId;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.testing.Rendering;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Invariants of agency assessment on the default scheme and policy, with periods drawn at random. */
class AssessmentPropertiesTest {

    static final AssessmentScheme SCHEME = AssessmentScheme.DEFAULT;
    static final AgencyMeasurePolicy POLICY = AgencyMeasurePolicy.national();

    /**
     * The counts of a period: files passed of reviewed (each 100 or 0 points), overdue of cases, legality reviews
     * done of required, reconsiderations upheld and corrected, lawsuits won and lost, complaints, satisfied of
     * responses.
     */
    record Counts(int files, int passed, int cases, int overdue, int required, int done, int upheld, int corrected,
            int won, int lost, int complaints, int responses, int satisfied) {

        AgencyPeriod toPeriod(AgencyId agency) {
            return period(agency).caseFiles(files, passed, passed * 100L, files * 100L).cases(cases, overdue)
                    .legalityReviews(required, done).reconsiderations(ReconsiderationOutcome.UPHELD, upheld)
                    .reconsiderations(ReconsiderationOutcome.ANNULLED, corrected)
                    .lawsuits(LitigationOutcome.CLAIM_DISMISSED, won).lawsuits(LitigationOutcome.VARIED, lost)
                    .complaints(complaints).survey(responses, satisfied).toPeriod();
        }

        /** The same period with one indicator worse and every denominator unchanged, or itself if none can be. */
        Counts worse(int which) {
            switch (which) {
                case 0:
                    return passed > 0 ? new Counts(files, passed - 1, cases, overdue, required, done, upheld,
                            corrected, won, lost, complaints, responses, satisfied) : this;
                case 1:
                    return overdue < cases ? new Counts(files, passed, cases, overdue + 1, required, done, upheld,
                            corrected, won, lost, complaints, responses, satisfied) : this;
                case 2:
                    return done > 0 ? new Counts(files, passed, cases, overdue, required, done - 1, upheld, corrected,
                            won, lost, complaints, responses, satisfied) : this;
                case 3:
                    return upheld > 0 ? new Counts(files, passed, cases, overdue, required, done, upheld - 1,
                            corrected + 1, won, lost, complaints, responses, satisfied) : this;
                case 4:
                    return won > 0 ? new Counts(files, passed, cases, overdue, required, done, upheld, corrected,
                            won - 1, lost + 1, complaints, responses, satisfied) : this;
                case 5:
                    return new Counts(files, passed, cases, overdue, required, done, upheld, corrected, won, lost,
                            complaints + 1, responses, satisfied);
                default:
                    return satisfied > 0 ? new Counts(files, passed, cases, overdue, required, done, upheld,
                            corrected, won, lost, complaints, responses, satisfied - 1) : this;
            }
        }
    }

    @Property
    void aWorseIndicator_neverGivesABetterTotalGradeOrLighterMeasures(@ForAll("counts") Counts counts,
            @ForAll("worsenings") List<Integer> worsenings) {
        Counts worse = counts;
        for (int which : worsenings) {
            worse = worse.worse(which);
        }
        AgencyAssessment before = SCHEME.assess(counts.toPeriod(AssessmentFixtures.TOBACCO));
        AgencyAssessment after = SCHEME.assess(worse.toPeriod(AssessmentFixtures.TOBACCO));
        Statistics.label("grade before").collect(before.grade().map(g -> g.label().zh()).orElse("未评分"));
        assertThat(after.isScored()).isEqualTo(before.isScored());
        assertThat(after.total()).isLessThanOrEqualTo(before.total());
        if (before.isScored()) {
            assertThat(after.grade().orElseThrow().isBetterThan(before.grade().orElseThrow())).isFalse();
        }
        assertThat(AgencyMeasure.HEAVIER.compare(POLICY.decide(after).outcome().orElseThrow(),
                POLICY.decide(before).outcome().orElseThrow())).isGreaterThanOrEqualTo(0);
    }

    @Property
    void theOrderOfReportsAndOutcomes_doesNotMatter(@ForAll("reports") List<ReviewReport> reports,
            @ForAll("outcomes") List<ReconsiderationOutcome> outcomes, @ForAll long seed) {
        List<ReviewReport> shuffledReports = new ArrayList<>(reports);
        List<ReconsiderationOutcome> shuffledOutcomes = new ArrayList<>(outcomes);
        Random random = new Random(seed);
        Collections.shuffle(shuffledReports, random);
        Collections.shuffle(shuffledOutcomes, random);
        AgencyPeriod a = build(reports, outcomes);
        AgencyPeriod b = build(shuffledReports, shuffledOutcomes);
        assertThat(b).isEqualTo(a);
        assertThat(SCHEME.assess(b)).isEqualTo(SCHEME.assess(a));
        assertThat(SCHEME.assess(b).explain()).isEqualTo(SCHEME.assess(a).explain());
    }

    @Property
    void ranking_isATotalOrderThatShufflingCannotChange(@ForAll("fields") List<Counts> field, @ForAll long seed) {
        List<AgencyAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < field.size(); i++) {
            assessments.add(SCHEME.assess(field.get(i).toPeriod(AgencyId.of("A" + (char) ('A' + i)))));
        }
        AgencyRanking ranking = AgencyRanking.of(assessments);
        List<AgencyAssessment> shuffled = new ArrayList<>(assessments);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(AgencyRanking.of(shuffled).places()).isEqualTo(ranking.places());
        List<Place> places = ranking.places();
        Set<AgencyId> agencies = new HashSet<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            assertThat(place.rank()).isEqualTo(i + 1);
            assertThat(agencies.add(place.agency())).isTrue();
            if (i > 0) {
                AgencyAssessment above = places.get(i - 1).assessment();
                AgencyAssessment here = place.assessment();
                assertThat(!above.isScored() && here.isScored()).as("scored first").isFalse();
                if (above.isScored() && here.isScored()) {
                    assertThat(here.total()).isLessThanOrEqualTo(above.total());
                }
                boolean tie = above.isScored() == here.isScored() && above.total() == here.total();
                assertThat(place.tieBreak().isPresent()).isEqualTo(tie);
                if (tie) {
                    Statistics.label("tie broken by").collect(place.tieBreak().get());
                }
            }
        }
        assertThat(ranking.trophyHolders()).hasSizeLessThanOrEqualTo(AgencyRanking.TROPHIES);
    }

    /** Sizes up to a few dozen and few bad outcomes, so that every grade is drawn. */
    @Property
    void anyAssessmentAndRanking_rendersInBothLanguages(@ForAll("fields") List<Counts> field) {
        List<AgencyAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < field.size(); i++) {
            AgencyAssessment a = SCHEME.assess(field.get(i).toPeriod(AgencyId.of("A" + (char) ('A' + i))));
            Rendering.assertRendered(a.explain());
            a.indicators().values().forEach(v -> Rendering.assertRendered(v.describe()));
            assessments.add(a);
        }
        AgencyRanking ranking = AgencyRanking.of(assessments);
        Rendering.assertRendered(ranking.explain());
        assertThat(ranking.explain().zh().lines()).hasSize(1 + ranking.places().size());
        for (Place place : ranking.places()) {
            assertThat(place.trophy() && place.trophyWithheld()).isFalse();
            assertThat(ranking.explain().zh()).contains("第" + place.rank() + "名 ");
        }
    }

    @Provide
    Arbitrary<Counts> counts() {
        return Arbitraries.integers().between(0, 40).list().ofSize(13).map(n -> {
            int files = n.get(0) % 13;
            int cases = n.get(2);
            int required = n.get(4) % 11;
            int responses = n.get(11);
            return new Counts(files, Math.max(0, files - n.get(1) % 3), cases, Math.min(cases, n.get(3) % 3),
                    required, Math.max(0, required - n.get(5) % 3), n.get(6) % 11, n.get(7) % 3, n.get(8) % 6,
                    n.get(9) % 2, n.get(10) % 4, responses, Math.max(0, responses - n.get(12) % 9));
        });
    }

    /** Few distinct values, so that equal totals are common. */
    @Provide
    Arbitrary<List<Counts>> fields() {
        Arbitrary<Counts> coarse = Arbitraries.integers().between(0, 2).list().ofSize(13).map(n -> new Counts(
                2, Math.min(n.get(1), 2), 2, Math.min(n.get(3), 2), 2, Math.min(n.get(5), 2), n.get(6), n.get(7),
                n.get(8), n.get(9), n.get(10), 2, Math.min(n.get(12), 2)));
        return coarse.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> worsenings() {
        return Arbitraries.integers().between(0, 6).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<ReviewReport>> reports() {
        return Arbitraries.of(CLEAN_100, LATE_95, VETOED_0).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<ReconsiderationOutcome>> outcomes() {
        return Arbitraries.of(ReconsiderationOutcome.class).list().ofMaxSize(12);
    }

    private static AgencyPeriod build(List<ReviewReport> reports, List<ReconsiderationOutcome> outcomes) {
        AgencyTally b = period(AssessmentFixtures.TOBACCO).cases(10, 1).survey(20, 18).addReports(reports);
        outcomes.forEach(o -> b.reconsiderations(o, 1));
        return b.toPeriod();
    }
}
