package io.github.quanze.testkit.assessment;

import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AgencyTally;
import io.github.quanze.assessment.AssessmentScheme.BonusItem;
import io.github.quanze.assessment.AssessmentScheme.Item;
import io.github.quanze.assessment.AssessmentScheme.Section;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.assessment.LitigationOutcome;
import io.github.quanze.assessment.ReconsiderationOutcome;
import io.github.quanze.power.AgencyId;
import io.github.quanze.testkit.Choices;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated assessment schemes (评议考核方案) and agency periods (考核期数据): valid by construction, of several sizes.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AssessmentArbitraries {

    /** The first day of generated periods. */
    public static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    /** The last day of generated periods. */
    public static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private AssessmentArbitraries() {
    }

    /**
     * Schemes of 1 to 5 sections, each with up to 4 items, and up to 3 bonus items.
     *
     * @return the arbitrary of schemes
     */
    public static Arbitrary<AssessmentScheme> schemes() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Choices.of(64))
                .as(AssessmentArbitraries::scheme);
    }

    /**
     * Periods of one agency, {@code A-0} to {@code A-5}, with counts from none to a few thousand.
     *
     * @return the arbitrary of periods
     */
    public static Arbitrary<AgencyPeriod> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 3000),
                Choices.of(64)).as(AssessmentArbitraries::period);
    }

    private static AssessmentScheme scheme(int sections, Choices random) {
        AssessmentScheme.Builder b = AssessmentScheme.builder(random.nextBoolean() ? "某县2026年度行政执法评议考核方案"
                : "Scheme 2026");
        int left = 100;
        for (int s = 0; s < sections; s++) {
            int weight = s == sections - 1 ? left : random.nextInt(left + 1);
            left -= weight;
            String code = "S" + s;
            b.section(new Section(code, BilingualText.of("部分" + s, "section " + s), weight));
            int items = weight == 0 ? 0 : 1 + random.nextInt(4);
            int points = weight;
            for (int i = 0; i < items; i++) {
                int p = i == items - 1 ? points : random.nextInt(points + 1);
                points -= p;
                Indicator indicator = Indicator.values()[random.nextInt(Indicator.values().length)];
                double low = random.nextInt(400) / 4.0;
                double high = low + (1 + random.nextInt(400)) / 4.0;
                boolean higher = indicator.direction() == Indicator.Direction.HIGHER_IS_BETTER;
                b.item(new Item(code + ".I" + i, code, indicator, p, higher ? high : low, higher ? low : high));
            }
        }
        for (int k = random.nextInt(4); k > 0; k--) {
            b.bonus(new BonusItem("BONUS-" + k, BilingualText.of("加分" + k, "bonus " + k),
                    (1 + random.nextInt(20)) / 4.0, 1 + random.nextInt(100)));
        }
        if (random.nextBoolean()) {
            b.bonusCap(random.nextInt(41) / 4.0);
        }
        if (random.nextBoolean()) {
            double pass = (1 + random.nextInt(360)) / 4.0;
            b.thresholds(pass + random.nextInt((int) ((100 - pass) * 4) + 1) / 4.0, pass);
        }
        if (random.nextBoolean()) {
            b.minimumCoverage(random.nextInt(101));
        }
        if (random.nextBoolean()) {
            b.note("分值为解释性默认值。\nInterpretation.");
        }
        return b.build();
    }

    private static AgencyPeriod period(int agency, int size, Choices random) {
        long reviewed = size == 0 ? 0 : random.nextInt(size / 10 + 1);
        long maxPoints = reviewed * 100;
        long cases = random.nextInt(size + 1);
        long required = random.nextInt((int) cases + 1);
        long responses = random.nextInt(size + 1);
        Map<ReconsiderationOutcome, Long> reconsiderations = new EnumMap<>(ReconsiderationOutcome.class);
        for (ReconsiderationOutcome o : ReconsiderationOutcome.values()) {
            if (random.nextInt(3) == 0) {
                reconsiderations.put(o, 1L + random.nextInt(5));
            }
        }
        Map<LitigationOutcome, Long> lawsuits = new EnumMap<>(LitigationOutcome.class);
        for (LitigationOutcome o : LitigationOutcome.values()) {
            if (random.nextInt(4) == 0) {
                lawsuits.put(o, 1L + random.nextInt(3));
            }
        }
        Map<String, Long> bonus = new TreeMap<>();
        if (random.nextInt(3) == 0) {
            bonus.put("COMMENDED", 1L + random.nextInt(3));
        }
        if (random.nextInt(3) == 0) {
            bonus.put("MODEL_CASE", 1L + random.nextInt(3));
        }
        AgencyPeriod period = new AgencyPeriod(AgencyId.of("A-" + agency), "某县第" + agency + "局", FROM, TO,
                reviewed, reviewed == 0 ? 0 : random.nextInt((int) reviewed + 1), maxPoints == 0 ? 0
                        : (long) ((random.nextInt(1_000_001) / 1e6) * maxPoints), maxPoints, cases,
                random.nextInt((int) cases + 1), required, random.nextInt((int) required + 1), reconsiderations,
                lawsuits, random.nextInt(20), responses, random.nextInt((int) responses + 1), bonus,
                random.nextInt(10) == 0, random.nextInt(10) == 0, random.nextInt(10) == 0);
        // the counts of the three systems (118号): none for some agencies, so that both have no data at times
        long toPublish = random.nextInt(3) == 0 ? 0 : random.nextInt((int) cases + 1);
        long recorded = random.nextInt(3) == 0 ? 0 : 1L + random.nextInt(200);
        return AgencyTally.from(period).publications(toPublish, random.nextInt((int) toPublish + 1))
                .recordedSteps(recorded, random.nextInt((int) recorded + 1)).toPeriod();
    }
}
