package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The wording of the discretion package (裁量消息): one template per sentence, rendered from the values' data. The
 * values build no sentence themselves.
 */
final class DiscretionMessages {

    static final Template FIXED = Template.of("{min}元以上{max}元以下罚款", "a fine of {min} to {max} yuan");
    static final Template FIXED_AT_MOST = Template.of("{max}元以下罚款", "a fine of at most {max} yuan");
    static final Template MULTIPLE = Template.of("{base}{min}倍以上{max}倍以下罚款",
            "a fine of {min} to {max} times the {base}");
    static final Template MULTIPLE_AT_MOST = Template.of("{base}{max}倍以下罚款",
            "a fine of at most {max} times the {base}");
    static final Template WITHOUT_BASE = Template.of("{multiple}；没有{base}的，处{range}",
            "{multiple}; without {base}, {range}");
    static final Template BELOW_THRESHOLD = Template.of("{multiple}；没有{base}或者{base}不足{threshold}元的，处{range}",
            "{multiple}; without {base}, or with {base} below {threshold} yuan, {range}");
    static final Template MANDATORY_FINE = Template.of("处{range}", "{range}");
    static final Template OPTIONAL_FINE = Template.of("可以处{range}", "optionally {range}");
    static final Template MANDATORY = Template.of("{kind}", "{kind}");
    static final Template OPTIONAL = Template.of("可以{kind}", "optionally {kind}");
    static final Template BOUNDS = Template.of("应处{min}元以上{max}元以下罚款", "a fine of {min} to {max} yuan");
    static final Template BOUNDS_MULTIPLE = Template.of("应处{min}元以上{max}元以下罚款（解释：按倍数算得的金额向幅度以内取整到分）",
            "a fine of {min} to {max} yuan (interpretation: amounts from a multiple are rounded to the fen inward)");
    static final Template LIMITATION = Template.of(
            "违法行为{start}{startDay}，追责时效{period}{why}，最后一日为{lastDay}；{discovered}发现，{outcome}。"
                    + "依据：{basis}。（解释：期间按照民法典第二百零一条、第二百零二条计算，起算日不计入，最后一日不因节假日顺延）",
            "The act {start} on {startDay}; the limitation is {period}{why}, its last day {lastDay}; discovered on "
                    + "{discovered}, {outcome}. Basis: {basis}. (Interpretation: the period is counted as Civil Code "
                    + "Arts 201-202 count periods, the start day excluded, the last day not moved off a holiday)");
    static final Template SINGLE_FINE = Template.of(
            "同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚：适用{item}（{bounds}），"
                    + "不适用{others}。依据：{basis}。（解释：法条未规定如何比较罚款数额，此处先比较上限，再比较下限，"
                    + "上下限均相同的，适用最先列出的规定）",
            "One act breaching several norms that call for a fine is fined under the norm with the higher fine: "
                    + "{item} ({bounds}) applies, not {others}. Basis: {basis}. (Interpretation: the article does not "
                    + "say how fines compare; the most allowed is compared first, then the least, and where both are "
                    + "equal the first listed applies)");
    static final Template CANDIDATE = Template.of("{code}「{name}」", "{code} ({name})");
    static final Template CANDIDATE_WITH_BOUNDS = Template.of("{candidate}（{bounds}）", "{candidate} ({bounds})");

    static final Template TIER = Template.of("{level}：{kinds}", "{level}: {kinds}");

    private static final BilingualText NO_OTHER = BilingualText.of("其他规定", "any other norm");

    private DiscretionMessages() {}

    static BilingualText fixed(FineRange.Fixed range) {
        Parameters.Builder p = Parameters.builder().put("max", range.max());
        return range.min().isEmpty() ? FIXED_AT_MOST.render(p.build()) : FIXED.render(p.put("min", range.min().get())
                .build());
    }

    static BilingualText multiple(FineRange.Multiple range) {
        Parameters.Builder p = Parameters.builder().put("base", range.base()).put("max", range.maxFactor());
        BilingualText multiple = range.minFactor().isEmpty() ? MULTIPLE_AT_MOST.render(p.build())
                : MULTIPLE.render(p.put("min", range.minFactor().get()).build());
        if (range.withoutBase().isEmpty()) {
            return multiple;
        }
        FineRange.WithoutBase fallback = range.withoutBase().get();
        Parameters.Builder q = Parameters.builder().put("multiple", multiple).put("base", range.base())
                .put("range", fallback.range().text());
        return fallback.threshold().isEmpty() ? WITHOUT_BASE.render(q.build())
                : BELOW_THRESHOLD.render(q.put("threshold", fallback.threshold().get()).build());
    }

    static BilingualText tier(Tier tier) {
        return TIER.render(Parameters.builder().put("level", tier.level()).put("kinds", kinds(tier.kinds(),
                tier.fine())).build());
    }

    /** The kinds in order, the fine as its range: 没收违法所得，违法经营总额0.2倍以上0.5倍以下罚款. */
    static BilingualText kinds(java.util.Set<PenaltyKind> kinds, java.util.Optional<FineRange> fine) {
        if (kinds.isEmpty()) {
            return TierLevel.NO_PENALTY.label();
        }
        List<BilingualText> parts = new ArrayList<>();
        for (PenaltyKind kind : kinds) {
            parts.add(kind == PenaltyKind.FINE && fine.isPresent() ? fine.get().text() : kind.label());
        }
        return BilingualText.joinAll("，", ", ", parts);
    }

    static BilingualText clause(PenaltyClause clause) {
        if (clause.fine().isPresent()) {
            Parameters p = Parameters.builder().put("range", clause.fine().get().text()).build();
            return (clause.mandatory() ? MANDATORY_FINE : OPTIONAL_FINE).render(p);
        }
        Parameters p = Parameters.builder().put("kind", clause.kind()).build();
        return (clause.mandatory() ? MANDATORY : OPTIONAL).render(p);
    }

    static BilingualText bounds(FineBounds bounds) {
        Template template = bounds.source() == FineBounds.Source.MULTIPLE ? BOUNDS_MULTIPLE : BOUNDS;
        return template.render(Parameters.builder().put("min", bounds.min()).put("max", bounds.max()).build());
    }

    static BilingualText limitation(LimitationResult r) {
        BilingualText start = r.isContinuing() ? BilingualText.of("终了之日为", "ended")
                : BilingualText.of("发生之日为", "occurred");
        BilingualText why = r.isOtherLaw() ? BilingualText.of("（法律另有规定）", " (as another law provides)")
                : r.isGraveHarm() ? BilingualText.of("（涉及公民生命健康安全、金融安全且有危害后果）",
                        " (the act concerns life, health or financial safety with harmful consequences)")
                : BilingualText.of("（一般情形）", " (the general case)");
        BilingualText outcome = r.isBarred() ? BilingualText.of("已超过追责时效，不再给予行政处罚",
                "the limitation has run and no penalty may be given")
                : BilingualText.of("未超过追责时效", "within the limitation");
        return LIMITATION.render(Parameters.builder().put("start", start).put("startDay", r.start())
                .put("period", period(r.period())).put("why", why).put("lastDay", r.lastDay())
                .put("discovered", r.discovered()).put("outcome", outcome).put("basis", r.basis()).build());
    }

    static BilingualText singleFine(SingleFine choice) {
        List<BilingualText> others = new ArrayList<>();
        for (ApplicableFine fine : choice.setAside()) {
            others.add(candidate(fine));
        }
        return SINGLE_FINE.render(Parameters.builder().put("item", candidateName(choice.applied()))
                .put("bounds", choice.applied().bounds().text())
                .put("others", others.isEmpty() ? NO_OTHER : BilingualText.joinAll("、", ", ", others))
                .put("basis", choice.basis()).build());
    }

    private static BilingualText candidateName(ApplicableFine fine) {
        return CANDIDATE.render(Parameters.builder().put("code", fine.item().code()).put("name", fine.item().name())
                .build());
    }

    private static BilingualText candidate(ApplicableFine fine) {
        return CANDIDATE_WITH_BOUNDS.render(Parameters.builder().put("candidate", candidateName(fine))
                .put("bounds", fine.bounds().text()).build());
    }

    /** A period in years, months and days: 2年 / 2 years; 1年6个月 / 1 year 6 months. */
    private static BilingualText period(Period period) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (period.getYears() != 0) {
            zh.add(period.getYears() + "年");
            en.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() != 0) {
            zh.add(period.getMonths() + "个月");
            en.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() != 0) {
            zh.add(period.getDays() + "日");
            en.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return BilingualText.of(String.join("", zh), String.join(" ", en));
    }
}
