package io.github.quanze.assessment;

import io.github.quanze.fault.Fault;
import io.github.quanze.review.Grade;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import io.github.quanze.text.TextBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wording of agency assessment and officers' appraisal (评议考核消息): the templates every explanation of the
 * package is rendered with, in Chinese and English, from the data of assessments, rankings, measures, appraisals,
 * consequences and cards. The assessment and the appraisal build data only.
 */
final class AssessmentMessages {

    // ---- indicator values
    static final Map<Indicator.Unit, Template> UNITS = units();
    static final Template NO_DATA = Template.of("无数据", "no data");
    static final Template RATIO = Template.of("{value}（{part}/{whole}）", "{value} ({part}/{whole})");

    // ---- agency assessment
    static final Template ASSESSMENT = Template.of("{name}（{agency}，{from}至{to}）评议考核结果：",
            "{name} ({agency}, {from} to {to}): ");
    static final Template NOT_SCORED = Template.of("有数据的考核项目合计不足{coverage}分，不计分、不评定等次（{scheme}）",
            "the items with data carry less than {coverage} {coverage|point|points}: not scored, no grade ({scheme})");
    static final Template SCORED = Template.of("{total}分，{grade}（{scheme}；项目得分{base}分，加分{bonus}分）",
            "{total} {total|point|points}, {grade} ({scheme}; items {base}, bonus {bonus})");
    static final Template SECTION = Template.of("{section}（权重{weight}）", "{section} (weight {weight})");
    static final Template SECTION_UNSCORED = Template.of("：", ":");
    static final Template SECTION_POINTS = Template.of("：{points}分", ": {points} {points|point|points}");
    static final Template SECTION_NO_DATA = Template.of("：本部分无数据，其权重按其他部分权重比例分配",
            ": no data; its weight is spread over the other sections");
    static final Template ITEM = Template.of("{indicator} {value}", "{indicator} {value}");
    static final Template ITEM_POINTS = Template.of("：得{earned}/{of}分", ": {earned}/{of} {of|point|points}");
    static final Template ITEM_NO_DATA = Template.of("：不计分，其分值按本部分有数据项目的分值比例分配",
            ": not scored; its points are spread over the section's items with data");
    static final Template BONUS = Template.of("加分：{bonus} {times}次，{points}分", "Bonus: {bonus} ×{times}, {points} {points|point|points}");
    static final Template BONUS_CAP = Template.of("加分以{cap}分为限", "Bonus capped at {cap} {cap|point|points}");

    // ---- ranking and measures
    static final Template RANKING = Template.of("评议考核排名", "Assessment ranking");
    static final Template RANKING_OF = Template.of("（{scheme}，{from}至{to}）", " ({scheme}, {from} to {to})");
    static final Template PLACE = Template.of("第{rank}名 {name}（{agency}）", "{rank}. {name} ({agency})");
    static final Template PLACE_SCORED = Template.of(" {total}分 {grade}", " {total} {total|point|points}, {grade}");
    static final Template PLACE_NOT_SCORED = Template.of(" 无数据，不计分", " no data, not scored");
    static final Template TIE_BREAK = Template.of("（与第{above}名同分，按{rule}者居前的规则排在其后）",
            " (same total as place {above}; placed after it by rule: {rule})");
    static final Template PLACE_MEASURES = Template.of("；{measures}", "; {measures}");
    static final Template TROPHY = Template.of("；获流动奖杯", "; rotating trophy");
    static final Template TROPHY_WITHHELD = Template.of("；不合格或者受到处理，不授予流动奖杯",
            "; no rotating trophy: failed or sanctioned");
    static final Template NO_MEASURE = Template.of("无", "none");

    // ---- officers' appraisal
    static final Template APPRAISAL = Template.of("执法人员{officer}「{name}」{year}年度执法考核：{rating}；{card}",
            "Officer {officer} ({name}), {year} appraisal: {rating}; {card}");
    static final Template CARD_EFFECT = Template.of("（{effect}）", " ({effect})");
    static final Template YEAR_FACTS = Template.of(
            "评查案卷{reviewed}件，其中不合格{failed}件、未达优秀{below}件；执法过错：一般{minor}次、严重{serious}次、特别严重{grave}次",
            "{reviewed} {reviewed|file|files} reviewed, {failed} failed, {below} below excellent; faults: {minor} "
                    + "minor, {serious} serious, {grave} grave");
    static final Template PREVIOUS_RATING = Template.of("；上一年度：{previous}", "; the year before: {previous}");
    static final Template FAULT = Template.of("{date} {fault}", "{date} {fault}");
    static final Template FILE = Template.of("案卷{caseId}：{total}分，{grade}", "case file {caseId}: {total} {total|point|points}, {grade}");
    static final Template CONSEQUENCE = Template.of("后果：{consequence}", "Consequence: {consequence}");
    static final Map<RatingConsequence.Kind, Template> CONSEQUENCES = consequences();
    static final Template WITH_BASIS = Template.of("{text}（依据：{basis}）", "{text} (basis: {basis})");

    // ---- cards
    static final Template CARD_GIVEN = Template.of("{given} {card}（{effect}）：{reason}；决定人：{givenBy}",
            "{given} {card} ({effect}): {reason}; decided by {givenBy}");
    static final Template CARD_LIFTED = Template.of("；{lifted} 培训合格后解除（决定人：{liftedBy}）",
            "; lifted after retraining on {lifted} (decided by {liftedBy})");
    static final Template CARDS = Template.of("执法人员{officer}红黄绿卡记录：", "Cards of officer {officer}:");
    static final Template NO_CARD = Template.of("绿卡，无发卡记录", " green card, none given");
    /** The reason of a card given for an appraisal, as the card records it (in Chinese, as entered reasons are). */
    static final Template APPRAISAL_CARD_REASON = Template.of("{year}年度执法考核{rating}（规则 {rules}）",
            "{year} appraisal: {rating} (rules {rules})");
    /** The reason a certificate's status changes under a card, as the certificate records it. */
    static final Template CARD_SUSPENDS = Template.of("{card}：{effect}（{reason}；决定人：{givenBy}）",
            "{card}: {effect} ({reason}; decided by {givenBy})");
    static final Template CARD_LIFT_RESTORES = Template.of("{card}解除：培训合格，恢复执法（决定人：{liftedBy}）",
            "{card} lifted after retraining: enforcement restored (decided by {liftedBy})");

    private AssessmentMessages() {}

    private static Map<Indicator.Unit, Template> units() {
        Map<Indicator.Unit, Template> units = new EnumMap<>(Indicator.Unit.class);
        units.put(Indicator.Unit.PERCENT, Template.of("{value}%", "{value}%"));
        units.put(Indicator.Unit.POINTS, Template.of("{value}分", "{value} {value|point|points}"));
        units.put(Indicator.Unit.COUNT, Template.of("{value}件", "{value}"));
        units.put(Indicator.Unit.PER_100_CASES, Template.of("{value}件/百案", "{value} per 100 cases"));
        return units;
    }

    private static Map<RatingConsequence.Kind, Template> consequences() {
        Map<RatingConsequence.Kind, Template> texts = new EnumMap<>(RatingConsequence.Kind.class);
        texts.put(RatingConsequence.Kind.NO_EXCELLENT_CIVIL_SERVICE_RATING, Template.of(
                "年度评议考核被定为基本合格或者不合格，不得在公务员考核中评定为优秀"
                        + "（出自地方推行行政执法责任制的实施意见，原文未经核实；国办发〔2005〕37号确立考核结果与奖惩挂钩，属解释）",
                "rated basically competent or incompetent: may not be rated excellent in the civil-service "
                        + "appraisal of the year (from a local implementing opinion of the responsibility system, "
                        + "text not verified; Guo Ban Fa [2005] No. 37 ties appraisal results to rewards and "
                        + "sanctions: interpretation)"));
        texts.put(RatingConsequence.Kind.SECOND_INCOMPETENT_YEAR, Template.of(
                "连续2年确定为不合格，取消执法资格或者调离执法岗位（出自地方推行行政执法责任制的实施意见，原文未经核实，属解释）",
                "incompetent two years in a row: enforcement qualification revoked or removal from the enforcement "
                        + "post (from a local implementing opinion of the responsibility system, text not verified: "
                        + "interpretation)"));
        return texts;
    }

    // ---- indicator values

    /** A value in its unit, with at most two decimals: 12.5%, 3件. */
    static BilingualText format(Indicator.Unit unit, double value) {
        return UNITS.get(unit).render(Parameters.builder().put("value", points(value)).build());
    }

    /** 12.5%（3/24）, or 无数据. */
    static BilingualText describe(IndicatorValue value) {
        if (!value.hasData()) {
            return NO_DATA.render(Parameters.empty());
        }
        BilingualText number = format(value.indicator().unit(), value.value().getAsDouble());
        if (value.indicator().unit() == Indicator.Unit.COUNT) {
            return number;
        }
        return RATIO.render(Parameters.builder().put("value", number).put("part", value.part())
                .put("whole", value.whole()).build());
    }

    /** A number with at most two decimals, half up: 12.5, 33.33, 100. */
    static BigDecimal points(double points) {
        BigDecimal rounded = BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    // ---- agency assessment

    /** Total and grade, each section and item with its indicator, what had no data, and the bonus. */
    static BilingualText explain(AgencyAssessment a) {
        AgencyPeriod period = a.period();
        AssessmentScheme scheme = a.scheme();
        TextBuilder text = TextBuilder.of(ASSESSMENT.render(Parameters.builder().put("name", period.agencyName())
                .put("agency", period.agency().value()).put("from", period.from()).put("to", period.to()).build()));
        boolean scored = a.grade().isPresent();
        if (scored) {
            text.append(SCORED.render(Parameters.builder().put("total", points(a.total()))
                    .put("grade", a.grade().get()).put("scheme", scheme.name()).put("base", points(a.base()))
                    .put("bonus", points(a.bonus())).build()));
        } else {
            text.append(NOT_SCORED.render(Parameters.builder().put("coverage", scheme.minimumCoverage())
                    .put("scheme", scheme.name()).build()));
        }
        for (AgencyAssessment.SectionScore s : a.sections()) {
            text.append("\n  ", SECTION.render(Parameters.builder().put("section", s.section().name())
                    .put("weight", s.section().weight()).build()));
            text.append(!scored ? SECTION_UNSCORED.render(Parameters.empty())
                    : s.counted() ? SECTION_POINTS.render(Parameters.builder().put("points", points(s.points())).build())
                    : SECTION_NO_DATA.render(Parameters.empty()));
            for (AgencyAssessment.ItemScore i : a.items()) {
                if (!i.item().section().equals(s.section().code())) {
                    continue;
                }
                text.append("\n    ", ITEM.render(Parameters.builder().put("indicator", i.item().indicator())
                        .put("value", describe(i.value())).build()));
                if (scored && i.counted()) {
                    text.append(ITEM_POINTS.render(Parameters.builder().put("earned", points(i.earned()))
                            .put("of", i.item().points()).build()));
                } else if (scored && s.counted()) {
                    text.append(ITEM_NO_DATA.render(Parameters.empty()));
                }
            }
        }
        for (AgencyAssessment.BonusScore b : a.bonuses()) {
            text.append("\n  ", BONUS.render(Parameters.builder().put("bonus", b.item().name()).put("times", b.times())
                    .put("points", points(b.points())).build()));
        }
        if (scored && a.bonuses().stream().mapToDouble(AgencyAssessment.BonusScore::points).sum() > a.bonus() + 0.005) {
            text.append("\n  ", BONUS_CAP.render(Parameters.builder().put("cap", points(scheme.bonusCap())).build()));
        }
        return text.build();
    }

    // ---- ranking and measures

    /** One line per agency: place, total and grade, the tie-break, the measures, and the trophy. */
    static BilingualText explain(AgencyRanking ranking) {
        List<AgencyRanking.Place> places = ranking.places();
        TextBuilder text = TextBuilder.of(RANKING.render(Parameters.empty()));
        if (!places.isEmpty()) {
            AgencyAssessment first = places.get(0).assessment();
            text.append(RANKING_OF.render(Parameters.builder().put("scheme", first.scheme().name())
                    .put("from", first.period().from()).put("to", first.period().to()).build()));
        }
        for (AgencyRanking.Place place : places) {
            AgencyAssessment a = place.assessment();
            text.append("\n", PLACE.render(Parameters.builder().put("rank", place.rank())
                    .put("name", a.period().agencyName()).put("agency", a.agency().value()).build()));
            text.append(a.grade().isPresent() ? PLACE_SCORED.render(Parameters.builder().put("total", points(a.total()))
                    .put("grade", a.grade().get()).build()) : PLACE_NOT_SCORED.render(Parameters.empty()));
            place.tieBreak().ifPresent(rule -> text.append(TIE_BREAK.render(Parameters.builder()
                    .put("above", place.rank() - 1).put("rule", rule).build())));
            Set<AgencyMeasure> measures = place.measures().outcome().orElse(Set.of());
            if (!measures.isEmpty()) {
                text.append(PLACE_MEASURES.render(Parameters.builder().put("measures", measures(measures)).build()));
            }
            if (place.trophy()) {
                text.append(TROPHY.render(Parameters.empty()));
            } else if (place.trophyWithheld()) {
                text.append(TROPHY_WITHHELD.render(Parameters.empty()));
            }
        }
        return text.build();
    }

    /** Measures heaviest first: 通报批评、限期整改, or 无. */
    static BilingualText measures(Set<AgencyMeasure> measures) {
        if (measures.isEmpty()) {
            return NO_MEASURE.render(Parameters.empty());
        }
        BilingualText text = null;
        AgencyMeasure[] all = AgencyMeasure.values();
        for (int i = all.length - 1; i >= 0; i--) {
            if (measures.contains(all[i])) {
                text = text == null ? all[i].label() : text.join("、", ", ", all[i].label());
            }
        }
        return text;
    }

    // ---- officers' appraisal

    /** The facts of the year, the rating and its rules, the consequences, and the card. */
    static BilingualText explain(OfficerAppraisal appraisal) {
        OfficerYear facts = appraisal.facts();
        OfficerCard card = appraisal.card();
        TextBuilder text = TextBuilder.of(APPRAISAL.render(Parameters.builder().put("officer", facts.officer().value())
                .put("name", facts.name()).put("year", facts.year().getValue())
                .put("rating", appraisal.rating()).put("card", card).build()));
        if (card != OfficerCard.GREEN) {
            text.append(CARD_EFFECT.render(Parameters.builder().put("effect", card.effect()).build()));
        }
        text.append("\n  ", YEAR_FACTS.render(Parameters.builder().put("reviewed", facts.reviewedFiles())
                .put("failed", facts.failedFiles()).put("below", facts.filesBelowExcellent())
                .put("minor", facts.minorFaults()).put("serious", facts.seriousFaults())
                .put("grave", facts.graveFaults()).build()));
        facts.previousRating().ifPresent(p -> text.append(PREVIOUS_RATING.render(Parameters.builder()
                .put("previous", p).build())));
        for (Fault fault : facts.faults()) {
            text.append("\n  - ", FAULT.render(Parameters.builder().put("date", fault.actDate())
                    .put("fault", fault.summary()).build()));
        }
        for (ReviewReport report : facts.reports()) {
            if (report.grade() != Grade.EXCELLENT) {
                text.append("\n  - ", FILE.render(Parameters.builder().put("caseId", report.caseId())
                        .put("total", report.total()).put("grade", report.grade()).build()));
            }
        }
        text.append("\n  ").appendIndented("  ", appraisal.ratingDecision().explain());
        for (RatingConsequence c : appraisal.consequences()) {
            text.append("\n  ", CONSEQUENCE.render(Parameters.builder().put("consequence", describe(c)).build()));
        }
        return text.append("\n  ").appendIndented("  ", appraisal.cardDecision().explain()).build();
    }

    /** What the consequence is, with the interpretation it rests on. */
    static BilingualText text(RatingConsequence consequence) {
        return CONSEQUENCES.get(consequence.kind()).render(Parameters.empty());
    }

    /** 不得在公务员考核中评定为优秀（依据：…）. */
    static BilingualText describe(RatingConsequence consequence) {
        return WITH_BASIS.render(Parameters.builder().put("text", text(consequence))
                .put("basis", consequence.basis()).build());
    }

    // ---- cards

    /** 2026-01-15 黄卡（暂停执法、暂扣执法证件、离岗培训）：理由；决定人：张科长；2026-03-01 培训合格后解除（决定人：…）. */
    static BilingualText describe(CardEntry entry) {
        TextBuilder text = TextBuilder.of(CARD_GIVEN.render(Parameters.builder().put("given", entry.given())
                .put("card", entry.card()).put("effect", entry.card().effect()).put("reason", entry.reason())
                .put("givenBy", entry.givenBy()).build()));
        entry.lifted().ifPresent(d -> text.append(CARD_LIFTED.render(Parameters.builder().put("lifted", d)
                .put("liftedBy", entry.liftedBy().orElseThrow()).build())));
        return text.build();
    }

    /** One line per card, or the green card with none given. */
    static BilingualText explain(CardHistory history) {
        TextBuilder text = TextBuilder.of(CARDS.render(Parameters.builder().put("officer", history.officer().value())
                .build()));
        if (history.entries().isEmpty()) {
            text.append(NO_CARD.render(Parameters.empty()));
        }
        history.entries().forEach(entry -> text.append("\n  - ", describe(entry)));
        return text.build();
    }

    /** The reason a card given for an appraisal records: 2025年度执法考核不合格（规则 CARD.RED.GRAVE_FAULT）. */
    static BilingualText cardReason(OfficerAppraisal appraisal) {
        List<String> rules = appraisal.cardDecision().fired().stream().map(RuleRef::id).map(id -> id.value()).toList();
        return APPRAISAL_CARD_REASON.render(Parameters.builder().put("year", appraisal.year().getValue())
                .put("rating", appraisal.rating()).put("rules", rules).build());
    }

    /** The reason a certificate records for a card that stands: 黄卡：暂停执法…（理由；决定人：…）. */
    static BilingualText suspends(CardEntry cause) {
        return CARD_SUSPENDS.render(Parameters.builder().put("card", cause.card())
                .put("effect", cause.card().effect()).put("reason", cause.reason()).put("givenBy", cause.givenBy())
                .build());
    }

    /** The reason a certificate records for a card lifted: 黄卡解除：培训合格，恢复执法（决定人：…）. */
    static BilingualText restores(CardEntry cause) {
        return CARD_LIFT_RESTORES.render(Parameters.builder().put("card", cause.card())
                .put("liftedBy", cause.liftedBy().orElseThrow()).build());
    }
}
