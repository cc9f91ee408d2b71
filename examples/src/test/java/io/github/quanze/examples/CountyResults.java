package io.github.quanze.examples;

import static io.github.quanze.examples.Digest.list;
import static io.github.quanze.examples.Digest.opt;

import io.github.quanze.organization.Organization;
import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyMeasure;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.assessment.IndicatorValue;
import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.assessment.OfficerYear;
import io.github.quanze.assessment.RatingConsequence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legal results (法律结果) of {@code county --seed S} ({@link CountyExample}): each agency's cases and reviewed
 * files, its indicators, score, grade, rank and measures (国办发〔2005〕37号), every reviewed file's score, grade and
 * defects, and every officer's rating, card and certification once the cards take effect, sorted by officer id.
 */
final class CountyResults {

    /** The command's default seed. */
    static final long SEED = 2025;

    private CountyResults() {}

    static Digest digest(long seed) {
        County county = County.generate(seed);
        List<CountyYear.AgencyYear> years = CountyYear.generate(county, seed + 1);
        Digest d = new Digest().section("county");
        d.line("seed=" + seed, "year=" + CountyYear.YEAR, "agencies=" + years.size(), "officers="
                + county.organization().officers().size(), "reviewed=" + CountyYear.REVIEWED);
        d.section("county.agencies");
        for (CountyYear.AgencyYear y : years) {
            d.line("agency " + y.member().id().value(), "items=" + y.member().items(), "cases=" + y.cases().size(),
                    "files=" + y.reviews().size());
        }
        d.section("county.ranking");
        for (AgencyRanking.Place place : CountyExample.rank(years).places()) {
            d.line(placeLine(place));
            d.line(indicatorsLine(place.assessment()));
        }
        d.section("county.files");
        years.forEach(y -> y.reviews().forEach(r -> d.line(LegalLines.reviewLine(r))));
        d.section("county.officers");
        List<OfficerAppraisal> appraisals = CountyExample.appraise(county, years);
        Organization carded = CountyExample.withCards(county.organization(), appraisals);
        appraisals.stream().sorted(Comparator.comparing(OfficerAppraisal::officer))
                .forEach(a -> d.line(officerLine(a, county, carded)));
        return d;
    }

    static String placeLine(AgencyRanking.Place place) {
        AgencyAssessment a = place.assessment();
        return "place rank=" + place.rank() + " agency=" + place.agency().value() + " scored=" + a.isScored()
                + " total=" + decimal(a.total()) + " base=" + decimal(a.base()) + " bonus=" + decimal(a.bonus())
                + " grade=" + opt(a.grade()) + " trophy=" + place.trophy() + " tieBreak=" + opt(place.tieBreak())
                + " measures=" + place.measures().outcome().map(CountyResults::measures).orElse("-") + " rules="
                + list(LegalLines.ruleIds(place.measures().fired()));
    }

    private static String measures(Set<AgencyMeasure> measures) {
        return list(measures.stream().sorted().toList());
    }

    /** Points to the hundredth, as the assessment gives them: {@code 87.50}. */
    static String decimal(double points) {
        return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String indicatorsLine(AgencyAssessment assessment) {
        return "indicators agency=" + assessment.agency().value() + " " + Arrays.stream(Indicator.values())
                .map(i -> i + "=" + indicator(assessment.indicator(i))).collect(Collectors.joining(" "));
    }

    /** An indicator as {@code part/whole} for a ratio, the count for a count, {@code -} without data. */
    private static String indicator(IndicatorValue value) {
        if (!value.hasData()) {
            return "-";
        }
        return value.indicator().unit() == Indicator.Unit.COUNT ? String.valueOf(value.part())
                : value.part() + "/" + value.whole();
    }

    static String officerLine(OfficerAppraisal a, County county, Organization carded) {
        OfficerYear facts = a.facts();
        return "officer " + a.officer().value() + " rating=" + a.rating() + " card=" + a.card() + " ratingRules="
                + list(LegalLines.ruleIds(a.ratingDecision().fired())) + " cardRules="
                + list(LegalLines.ruleIds(a.cardDecision().fired())) + " files=" + facts.reviewedFiles() + "/"
                + facts.failedFiles() + " faults=" + facts.minorFaults() + "/" + facts.seriousFaults() + "/"
                + facts.graveFaults() + " consequences=" + list(a.consequences().stream()
                .map(RatingConsequence::code).toList()) + " certifiedAfterCards="
                + carded.isCertifiedFor(a.officer(), area(county, a), CountyExample.CARDS_GIVEN);
    }

    private static String area(County county, OfficerAppraisal a) {
        return county.members().stream().filter(m -> m.officers().contains(a.officer())).findFirst().orElseThrow()
                .area();
    }
}
