package io.github.quanze.disparity;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The wording of the analysis of like cases (类案分析消息): one template per kind of finding (two for a spread, by
 * measure), the parameters each kind carries, and the rendering of a {@link DisparityFinding} in Chinese and English.
 * The analysis builds data only.
 */
final class DisparityMessages {

    private static final String SAME_LEVEL = "依据过罚相当原则，情节相同的类案应当适用同一裁量阶次（解释：类案同罚是本库对过罚相当原则"
            + "的理解，法律未明文规定）";
    private static final String SAME_LEVEL_EN = "under the principle that a penalty fits the facts, like cases take "
            + "the same level (interpretation: this library's reading of that principle; no law says so in terms)";
    private static final String RATIO = "（解释：{ratio}倍为分析设置的比值，法律未规定类案罚款可以相差多少）";
    private static final String RATIO_EN = " (interpretation: the ratio {ratio} is a setting of the analysis; no law "
            + "says how far the fines of like cases may differ)";
    private static final String DEPARTURE = "（解释：凡与裁量基准不一致的均列为畸轻或者畸重，供监督复核；是否有正当理由，以案卷载明的理由为准）";
    private static final String DEPARTURE_EN = " (interpretation: every departure from the standard is listed as too "
            + "lenient or too severe for review; whether it was justified, the reasons in the case file show)";

    static final Template TIERS = Template.of(
            "违法行为{item}情节相同（{profile}）的{groupCases}件案件适用了不同的裁量阶次：{tiers}；各阶次案号最小的案件为"
                    + "{examples}。" + SAME_LEVEL,
            "{groupCases} cases of violation {item} with the same circumstances ({profile}) were decided at "
                    + "different levels: {tiers}; the case with the smallest number at each level: {examples}; "
                    + SAME_LEVEL_EN);
    static final Template TIER = Template.of("{level}{count}件", "{level}: {count}");
    static final Template SPREAD_AMOUNT = Template.of(
            "违法行为{item}情节相同（{profile}）的{count}件罚款案件罚款悬殊：最高{max}元（案件{maxCase}）超过最低{min}元"
                    + "（案件{minCase}）的{ratio}倍" + RATIO,
            "The fines of {count} cases of violation {item} with the same circumstances ({profile}) lie far apart: "
                    + "the highest, {max} yuan (case {maxCase}), is more than {ratio} times the lowest, {min} yuan "
                    + "(case {minCase})" + RATIO_EN);
    static final Template SPREAD_RATE = Template.of(
            "违法行为{item}情节相同（{profile}）的{count}件按罚款基数倍数罚款的案件，罚款与罚款基数之比悬殊：最高{maxRate}"
                    + "（案件{maxCase}）超过最低{minRate}（案件{minCase}）的{ratio}倍" + RATIO,
            "The rates of fine to base of {count} cases of violation {item} with the same circumstances "
                    + "({profile}) lie far apart: the highest, {maxRate} (case {maxCase}), is more than {ratio} "
                    + "times the lowest, {minRate} (case {minCase})" + RATIO_EN);
    static final Template OUTLIER_LEVEL = Template.of(
            "案件{case}（{agency}，违法行为{item}，情节：{profile}）适用{level}，裁量基准对其情节规定的是{expected}，"
                    + "处罚{deviation}" + DEPARTURE,
            "Case {case} ({agency}, violation {item}, circumstances: {profile}) was decided at the level of "
                    + "{level}, where the discretion standard gives {expected} for its circumstances: the penalty "
                    + "is {deviation}" + DEPARTURE_EN);
    static final Template OUTLIER_FINE = Template.of(
            "案件{case}（{agency}，违法行为{item}，情节：{profile}）罚款{fine}元，不在裁量基准对其情节规定的{min}元至"
                    + "{max}元之内，处罚{deviation}" + DEPARTURE,
            "Case {case} ({agency}, violation {item}, circumstances: {profile}) was fined {fine} yuan, outside the "
                    + "range of {min} to {max} yuan the discretion standard gives for its circumstances: the penalty "
                    + "is {deviation}" + DEPARTURE_EN);

    /** The decimal places of a rate in a message. */
    static final int RATE_PLACES = 4;

    private static final BilingualText NO_CIRCUMSTANCES = BilingualText.of("未申报情节", "none declared");

    private static final Map<DisparityFinding.Kind, ParameterSchema> SCHEMAS =
            new EnumMap<>(DisparityFinding.Kind.class);

    static {
        SCHEMAS.put(DisparityFinding.Kind.TIERS, ParameterSchema.none().require("groupCases", Long.class)
                .requireList("levels", TierLevel.class).requireList("levelCases", Long.class)
                .requireList("examples", String.class));
        SCHEMAS.put(DisparityFinding.Kind.SPREAD, ParameterSchema.none().require("measure", FineMeasure.class)
                .require("count", Long.class).require("min", BigDecimal.class).require("minCase", String.class)
                .require("max", BigDecimal.class).require("maxCase", String.class)
                .require("ratio", BigDecimal.class));
        SCHEMAS.put(DisparityFinding.Kind.OUTLIER_LEVEL, ParameterSchema.none().require("level", TierLevel.class)
                .require("expected", TierLevel.class).require("deviation", Deviation.class));
        SCHEMAS.put(DisparityFinding.Kind.OUTLIER_FINE, ParameterSchema.none().require("fine", BigDecimal.class)
                .require("min", BigDecimal.class).require("max", BigDecimal.class)
                .require("deviation", Deviation.class));
    }

    private DisparityMessages() {}

    /**
     * Checks the parameters of a finding against its kind: the schema, and for the tiers three lists of one length,
     * at least two.
     */
    static void check(DisparityFinding.Kind kind, Parameters parameters) {
        SCHEMAS.get(kind).check(kind.code(), parameters);
        if (kind == DisparityFinding.Kind.TIERS) {
            int levels = parameters.list("levels").size();
            checkArgument(levels >= 2 && parameters.list("levelCases").size() == levels
                    && parameters.list("examples").size() == levels, "%s: levels, levelCases and examples must be "
                    + "lists of one length, at least 2, but were %s", kind.code(), parameters);
        }
    }

    static BilingualText message(DisparityFinding f) {
        Parameters p = f.parameters();
        Parameters.Builder values = Parameters.builder().put("item", f.item()).put("profile", profile(f.profile()));
        return switch (f.kind()) {
            case TIERS -> TIERS.render(values.putAll(p).put("tiers", tiers(p)).build());
            case SPREAD -> p.constant("measure", FineMeasure.class) == FineMeasure.AMOUNT
                    ? SPREAD_AMOUNT.render(values.putAll(p).build())
                    : SPREAD_RATE.render(values.putAll(p).put("minRate", shown(p.amount("min")))
                            .put("maxRate", shown(p.amount("max"))).build());
            case OUTLIER_LEVEL -> OUTLIER_LEVEL.render(outlier(f, values).build());
            case OUTLIER_FINE -> OUTLIER_FINE.render(outlier(f, values).build());
        };
    }

    private static Parameters.Builder outlier(DisparityFinding f, Parameters.Builder values) {
        return values.putAll(f.parameters()).put("case", f.cases().get(0)).put("agency", f.agencies().get(0));
    }

    private static BilingualText tiers(Parameters p) {
        List<?> levels = p.list("levels");
        List<?> counts = p.list("levelCases");
        List<BilingualText> tiers = new ArrayList<>(levels.size());
        for (int i = 0; i < levels.size(); i++) {
            tiers.add(TIER.render(Parameters.builder().put("level", (TierLevel) levels.get(i))
                    .put("count", (Long) counts.get(i)).build()));
        }
        return BilingualText.joinAll("、", ", ", tiers);
    }

    /**
     * A rate as the message shows it: rounded half-even to {@value #RATE_PLACES} decimal places without trailing
     * zeros (0.4966026200873362 as 0.4966, 0.5 as 0.5); a rate that would round to 0 to {@value #RATE_PLACES}
     * significant digits instead, so that no rate of a fine is shown as 0. The parameters keep the rate exact.
     */
    static BigDecimal shown(BigDecimal rate) {
        BigDecimal rounded = rate.setScale(RATE_PLACES, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0 && rate.signum() != 0) {
            rounded = rate.round(new MathContext(RATE_PLACES, RoundingMode.HALF_EVEN));
        }
        return rounded.stripTrailingZeros();
    }

    /** A circumstance profile as name=value pairs: amount=30000，repeated=否 / amount=30000, repeated=no. */
    static BilingualText profile(Circumstances profile) {
        if (profile.values().isEmpty()) {
            return NO_CIRCUMSTANCES;
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        profile.values().forEach((name, value) -> {
            BilingualText text = Template.format(value);
            zh.add(name + "=" + text.zh());
            en.add(name + "=" + text.en());
        });
        return BilingualText.of(String.join("，", zh), String.join(", ", en));
    }
}
