package io.github.quanze.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import io.github.quanze.review.Grade;
import io.github.quanze.rule.Decision;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ranking of agencies assessed under one scheme for one period (评议考核排名), with the measures that follow each
 * assessment and the rotating trophy (流动奖杯) for the top three.
 * <p>
 * The order is total: scored agencies first, by total, higher first; equal totals are broken, in turn, by the
 * higher case-file pass rate, the lower reconsideration correction rate (an indicator without data comes after one
 * with data), and finally the agency id; the place records the rule that set it below the agency just above
 * ({@link Place#tieBreak()}), and the explanation says so. Agencies that were not scored come last. The ranking is
 * therefore the same whatever the order of its input. Interpretation: the tie-break rules, and putting an indicator
 * without data after one with data, are the library's defaults; the published measures rank by total only.
 * <p>
 * The trophy: a county report (seed 004) "对获得考核前三名的发给流动奖杯". The three best-placed scored agencies get it,
 * except one graded 不合格 or given any sanction measure (限期整改, 通报批评, 取消评比先进资格, 国办发〔2005〕37号),
 * whose trophy passes to the next; interpretation: the trophy is an award in the sense of 评比先进, which a sanctioned
 * agency does not earn for the same year.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AgencyRanking {

    /** The number of rotating trophies (流动奖杯), for the top three (seed 004). */
    public static final int TROPHIES = 3;

    /** A rule that breaks a tie in total (同分排序规则), in the order they apply. */
    public enum TieBreak implements Labelled {
        /** 案卷合格率高者居前. */
        CASE_FILE_PASS_RATE("案卷合格率较高", "higher case-file pass rate"),
        /** 复议纠错率低者居前. */
        RECONSIDERATION_CORRECTION_RATE("复议纠错率较低", "lower reconsideration correction rate"),
        /** 按单位代码排序. */
        AGENCY_ID("单位代码在前", "agency id first in order");

        private final BilingualText label;

        TieBreak(String zh, String en) {
            this.label = BilingualText.of(zh, en);
        }

        /** @return the rule in Chinese and English, not null */
        @Override
        public BilingualText label() {
            return label;
        }
    }

    /**
     * An agency's place in the ranking (名次).
     *
     * @param rank  the place, from 1, each agency its own
     * @param assessment  the assessment, not null
     * @param tieBreak  the rule that set it below the agency just above when their totals are equal; empty for the
     *        first place, a lower total, or the first agency not scored
     * @param measures  the measures that follow its assessment, not null
     * @param trophy  whether it gets a rotating trophy (流动奖杯)
     * @param trophyWithheld  whether a trophy passed over it: it was scored and placed while trophies remained, but
     *        failed or was sanctioned
     */
    public record Place(int rank, AgencyAssessment assessment, Optional<TieBreak> tieBreak,
            Decision<Set<AgencyMeasure>> measures, boolean trophy, boolean trophyWithheld) {

        /**
         * Creates a place.
         *
         * @param rank  the place, from 1, each agency its own
         * @param assessment  the assessment, not null
         * @param tieBreak  the rule that set it below the agency just above when their totals are equal; empty for the
         *         first place, a lower total, or the first agency not scored
         * @param measures  the measures that follow its assessment, not null
         * @param trophy  whether it gets a rotating trophy (流动奖杯)
         * @param trophyWithheld  whether a trophy passed over it: it was scored and placed while trophies remained, but
         *         failed or was sanctioned
         */
        public Place {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(tieBreak, "tieBreak");
            Objects.requireNonNull(measures, "measures");
            checkArgument(!(trophy && trophyWithheld), "Place %s of agency %s: a trophy cannot be both given and "
                    + "withheld", rank, assessment.agency());
        }

        /** @return the agency, not null */
        public AgencyId agency() {
            return assessment.agency();
        }
    }

    private static final Comparator<AgencyAssessment> ORDER = Comparator
            .comparing((AgencyAssessment a) -> !a.isScored())
            .thenComparing(Comparator.comparingDouble(AgencyAssessment::total).reversed())
            .thenComparing((a, b) -> compare(a, b, TieBreak.CASE_FILE_PASS_RATE))
            .thenComparing((a, b) -> compare(a, b, TieBreak.RECONSIDERATION_CORRECTION_RATE))
            .thenComparing(AgencyAssessment::agency);

    private final List<Place> places;

    private AgencyRanking(List<Place> places) {
        this.places = ImmutableList.copyOf(places);
    }

    /**
     * Ranks agencies, with the measures of the national policy.
     *
     * @param assessments  the assessments, in any order, not null
     * @return the ranking, not null
     * @throws IllegalArgumentException as {@link #of(Collection, AgencyMeasurePolicy)}
     */
    public static AgencyRanking of(Collection<AgencyAssessment> assessments) {
        return of(assessments, AgencyMeasurePolicy.national());
    }

    /**
     * Ranks agencies and decides the measures that follow each assessment.
     *
     * @param assessments  the assessments, in any order, not null
     * @param policy  the measures policy, not null
     * @return the ranking, not null
     * @throws IllegalArgumentException if two assessments are of one agency, or the assessments differ in scheme or
     *         period; the message names the agencies
     */
    public static AgencyRanking of(Collection<AgencyAssessment> assessments, AgencyMeasurePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<AgencyAssessment> sorted = new ArrayList<>(Lists.copyOf("assessments", assessments));
        Set<AgencyId> seen = new HashSet<>();
        for (AgencyAssessment a : sorted) {
            checkArgument(seen.add(a.agency()), "Ranking: agency %s is assessed twice", a.agency());
            AgencyAssessment first = sorted.get(0);
            checkArgument(a.scheme().equals(first.scheme()) && a.period().from().equals(first.period().from())
                            && a.period().to().equals(first.period().to()),
                    "Ranking: agencies must be assessed under one scheme for one period, but %s is under %s for %s "
                            + "to %s and %s under %s for %s to %s", first.agency(), Texts.quoted(first.scheme().name()),
                    first.period().from(), first.period().to(), a.agency(), Texts.quoted(a.scheme().name()),
                    a.period().from(), a.period().to());
        }
        sorted.sort(ORDER);
        List<Place> places = new ArrayList<>(sorted.size());
        int trophies = 0;
        for (int i = 0; i < sorted.size(); i++) {
            AgencyAssessment a = sorted.get(i);
            Optional<TieBreak> tie = Optional.empty();
            if (i > 0) {
                AgencyAssessment above = sorted.get(i - 1);
                if (a.isScored() && above.isScored() && above.total() == a.total()) {
                    tie = Optional.of(tieBreak(above, a));
                }
            }
            Decision<Set<AgencyMeasure>> measures = policy.decide(a);
            boolean trophy = trophies < TROPHIES && eligible(a, measures);
            boolean withheld = trophies < TROPHIES && a.isScored() && !trophy;
            trophies += trophy ? 1 : 0;
            places.add(new Place(i + 1, a, tie, measures, trophy, withheld));
        }
        return new AgencyRanking(places);
    }

    /**
     * Whether an agency may hold a trophy: scored, graded 合格 or better, and given no sanction (限期整改, 通报批评,
     * 取消评比先进资格). That a trophy passes over an agency under any sanction, not only one that lost award
     * eligibility, is an interpretation: an award and a sanction for the same year contradict each other.
     */
    private static boolean eligible(AgencyAssessment a, Decision<Set<AgencyMeasure>> measures) {
        return a.isScored() && a.grade().map(g -> g != Grade.FAIL).orElse(false)
                && measures.outcome().orElse(Set.of()).stream().noneMatch(AgencyMeasure::isSanction);
    }

    private static int compare(AgencyAssessment a, AgencyAssessment b, TieBreak rule) {
        Indicator indicator = rule == TieBreak.CASE_FILE_PASS_RATE ? Indicator.CASE_FILE_PASS_RATE
                : Indicator.RECONSIDERATION_CORRECTION_RATE;
        return a.indicator(indicator).compareBetterFirst(b.indicator(indicator));
    }

    private static TieBreak tieBreak(AgencyAssessment above, AgencyAssessment below) {
        if (compare(above, below, TieBreak.CASE_FILE_PASS_RATE) != 0) {
            return TieBreak.CASE_FILE_PASS_RATE;
        }
        if (compare(above, below, TieBreak.RECONSIDERATION_CORRECTION_RATE) != 0) {
            return TieBreak.RECONSIDERATION_CORRECTION_RATE;
        }
        return TieBreak.AGENCY_ID;
    }

    /** @return the places, best first, not null */
    public List<Place> places() {
        return places;
    }

    /**
     * Returns an agency's place.
     *
     * @param agency  the agency, not null
     * @return the place, not null
     * @throws IllegalArgumentException if the agency is not ranked
     */
    public Place place(AgencyId agency) {
        Objects.requireNonNull(agency, "agency");
        return places.stream().filter(p -> p.agency().equals(agency)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("Ranking has no agency " + agency));
    }

    /** @return the places that get a rotating trophy, best first, at most three, not null */
    public List<Place> trophyHolders() {
        return places.stream().filter(Place::trophy).toList();
    }

    /**
     * Explains the ranking, one line per agency: place, total and grade, the tie-break rule if any, the measures,
     * and the trophy.
     *
     * @return the explanation in Chinese and English, not null
     */
    public BilingualText explain() {
        return AssessmentMessages.explain(this);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AgencyRanking r && places.equals(r.places);
    }

    @Override
    public int hashCode() {
        return places.hashCode();
    }

    @Override
    public String toString() {
        return "AgencyRanking" + places.stream().map(p -> p.rank() + ":" + p.agency()).toList();
    }
}
