package io.github.quanze.jackson.assessment;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyMeasure;
import io.github.quanze.assessment.AgencyMeasurePolicy;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.assessment.IndicatorValue;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.rule.FindingDocuments;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.review.Grade;
import io.github.quanze.rule.Citation;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.text.BilingualText;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The codecs of the results of agency assessment: indicator values, scores, measures and places. */
final class ResultCodecs {

    static final ObjectCodec<IndicatorValue> INDICATOR = ObjectCodec.<IndicatorValue>writer("indicatorValue")
            .description("指标值 The value of an indicator for the agency and period: a ratio scaled to 100, a "
                    + "count, or no data")
            .field("indicator", Codecs.enumOf(Indicator.class), IndicatorValue::indicator)
            .field("unit", Codecs.enumOf(Indicator.Unit.class), v -> v.indicator().unit())
            .about("The value; left out when there is no data (无数据), which is not 0")
            .optionalField("value", SchemeCodecs.NUMBER, v -> v.hasData()
                    ? Optional.of(v.value().getAsDouble()) : Optional.empty())
            .about("The numerator, or the count; left out without data")
            .optionalField("part", Codecs.LONG, v -> v.hasData() ? Optional.of(v.part()) : Optional.empty())
            .about("The denominator, 1 for a count; left out without data")
            .optionalField("whole", Codecs.LONG, v -> v.hasData() ? Optional.of(v.whole()) : Optional.empty())
            .field("description", TextDocuments.BILINGUAL, IndicatorValue::describe)
            .build();

    static final ObjectCodec<AgencyAssessment.ItemScore> ITEM = ObjectCodec
            .<AgencyAssessment.ItemScore>writer("itemScore")
            .description("项目得分 The score of one item of the scheme")
            .field("item", Codecs.STRING, s -> s.item().code())
            .field("section", Codecs.STRING, s -> s.item().section())
            .field("indicator", Codecs.enumOf(Indicator.class), s -> s.item().indicator())
            .about("Whether its indicator had data")
            .field("counted", Codecs.BOOLEAN, AgencyAssessment.ItemScore::counted)
            .about("The points earned on the item's own scale; 0 without data")
            .field("earned", SchemeCodecs.NUMBER, AgencyAssessment.ItemScore::earned)
            .about("What the item adds to the total, after spreading the points of items without data")
            .field("points", SchemeCodecs.NUMBER, AgencyAssessment.ItemScore::points)
            .build();

    static final ObjectCodec<AgencyAssessment.SectionScore> SECTION = ObjectCodec
            .<AgencyAssessment.SectionScore>writer("sectionScore")
            .description("部分得分 The score of one section of the scheme")
            .field("section", Codecs.STRING, s -> s.section().code())
            .about("Whether any of its items had data")
            .field("counted", Codecs.BOOLEAN, AgencyAssessment.SectionScore::counted)
            .field("points", SchemeCodecs.NUMBER, AgencyAssessment.SectionScore::points)
            .build();

    static final ObjectCodec<AgencyAssessment.BonusScore> BONUS = ObjectCodec
            .<AgencyAssessment.BonusScore>writer("bonusScore")
            .description("加分 The points of one bonus claim, within the item's cap")
            .field("item", Codecs.STRING, s -> s.item().code())
            .field("times", Codecs.LONG, AgencyAssessment.BonusScore::times)
            .field("points", SchemeCodecs.NUMBER, AgencyAssessment.BonusScore::points)
            .build();

    static final ObjectCodec<RuleRef> RULE = ObjectCodec.<RuleRef>writer("ruleReference")
            .description("规则 A rule that fired")
            .field("id", Codecs.STRING, r -> r.id().value())
            .field("title", TextDocuments.BILINGUAL, RuleRef::title)
            .build();

    static final ObjectCodec<Decision<Set<AgencyMeasure>>> MEASURES = ObjectCodec
            .<Decision<Set<AgencyMeasure>>>writer("agencyMeasures")
            .description("考核结果运用 The measures that follow an assessment, as decided by the measures policy")
            .about("The measures, lightest first; none when empty")
            .listField("measures", Codecs.enumOf(AgencyMeasure.class), ResultCodecs::measures)
            .field("ruleSet", Codecs.STRING, Decision::ruleSet)
            .about("The rules whose outcomes make up the decision")
            .listField("rules", RULE, Decision::fired)
            .field("cites", FindingDocuments.CITATION, ResultCodecs::cites)
            .about("The outcome in words")
            .field("text", TextDocuments.BILINGUAL, Decision::outcomeText)
            .field("explanation", TextDocuments.BILINGUAL, Decision::explain)
            .build();

    /** The measures of an assessment, decided by the policy in the writer's context or the national one. */
    static final Codec<AgencyAssessment> DECIDED_MEASURES = Codec.writeOnly("an assessment's measures",
            (value, out) -> MEASURES.write(out.context(AgencyMeasurePolicy.class)
                    .orElse(AgencyMeasurePolicy.national()).decide(value), out), MEASURES::schema);

    /** An assessment without the measures, as a place of a ranking holds it. */
    static final ObjectCodec<AgencyAssessment> ASSESSMENT = assessmentFields(
            ObjectCodec.<AgencyAssessment>writer("agencyAssessment")).build();

    static final ObjectCodec<AgencyRanking.Place> PLACE = ObjectCodec.<AgencyRanking.Place>writer("rankingPlace")
            .description("名次 An agency's place in the ranking")
            .field("rank", Codecs.INT, AgencyRanking.Place::rank)
            .field("agency", Codecs.STRING, p -> p.agency().value())
            .about("The rule that set it below the agency just above, when their totals are equal")
            .optionalField("tieBreak", Codecs.enumOf(AgencyRanking.TieBreak.class), AgencyRanking.Place::tieBreak)
            .about("Whether it gets a rotating trophy (流动奖杯)")
            .field("trophy", Codecs.BOOLEAN, AgencyRanking.Place::trophy)
            .about("Whether a trophy passed over it: placed while trophies remained, but failed or sanctioned")
            .field("trophyWithheld", Codecs.BOOLEAN, AgencyRanking.Place::trophyWithheld)
            .field("measures", MEASURES, AgencyRanking.Place::measures)
            .field("assessment", ASSESSMENT, AgencyRanking.Place::assessment)
            .build();

    static final ObjectCodec<AgencyRanking> RANKING = ObjectCodec.<AgencyRanking>writer("agencyRanking")
            .description("评议考核排名 The ranking of agencies assessed under one scheme for one period")
            .about("The places, best first")
            .listField("places", PLACE, AgencyRanking::places)
            .field("explanation", TextDocuments.BILINGUAL, AgencyRanking::explain)
            .build();

    private ResultCodecs() {
    }

    /**
     * Adds the fields of an assessment: the period with its counts, the scheme, total and grade, indicators and
     * scores, and the explanation.
     */
    static ObjectCodec.Builder<AgencyAssessment, Void> assessmentFields(ObjectCodec.Builder<AgencyAssessment, Void> b) {
        return b.description("评议考核结果 The assessment of one agency for one period")
                .about("The period assessed, with the counts behind the indicators")
                .field("period", PeriodCodecs.PERIOD, AgencyAssessment::period)
                .about("The name of the scheme applied")
                .field("scheme", Codecs.STRING, a -> a.scheme().name())
                .about("Whether the items with data carry the scheme's minimum coverage; if not, no total or grade")
                .field("scored", Codecs.BOOLEAN, AgencyAssessment::isScored)
                .about("The points of the sections, to 0.01")
                .field("base", SchemeCodecs.NUMBER, AgencyAssessment::base)
                .about("The bonus points, within the scheme's cap")
                .field("bonus", SchemeCodecs.NUMBER, AgencyAssessment::bonus)
                .about("Base plus bonus, to 0.01; 0 if not scored")
                .field("total", SchemeCodecs.NUMBER, AgencyAssessment::total)
                .about("考核等次; left out if not scored")
                .optionalField("grade", Codecs.enumOf(Grade.class), AgencyAssessment::grade)
                .about("Every indicator's value, in order")
                .listField("indicators", INDICATOR, a -> a.indicators().values())
                .listField("items", ITEM, AgencyAssessment::items)
                .listField("sections", SECTION, AgencyAssessment::sections)
                .listField("bonuses", BONUS, AgencyAssessment::bonuses)
                .field("explanation", TextDocuments.BILINGUAL, AgencyAssessment::explain);
    }

    private static List<AgencyMeasure> measures(Decision<Set<AgencyMeasure>> decision) {
        Set<AgencyMeasure> set = decision.outcome().orElse(Set.of());
        return set.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(set));
    }

    private static Citation cites(Decision<Set<AgencyMeasure>> decision) {
        List<Citation> parts = decision.citations();
        return new Citation() {
            @Override
            public BilingualText citation() {
                return BilingualText.of("引用", "cited");
            }

            @Override
            public List<? extends Citation> parts() {
                return parts;
            }
        };
    }
}
