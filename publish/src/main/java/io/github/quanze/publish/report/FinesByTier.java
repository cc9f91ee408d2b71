package io.github.quanze.publish.report;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.disparity.Expectation;
import io.github.quanze.disparity.FineMeasure;
import io.github.quanze.publish.chart.StripPlot;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fines of one violation item by the tier they were decided at (某违法行为按裁量阶次的罚款分布), with the findings
 * of the analysis of like cases for the item.
 * <p>
 * The fines are compared by one {@link FineMeasure}, as the analysis compares them: the rate of fine to base (shown
 * as a percentage of the base) where at least as many of the item's fined cases have a base as have none, the amount
 * otherwise; the cases of the other measure are counted and left out. A strip's range is the span of the ranges the
 * standard gave (each case's {@link Expectation}) to the cases it placed at that level: our summary of the library's
 * per-case expectations, not a range the standard states as such. A point is marked when the analysis found its case
 * 畸轻畸重 ({@link DisparityFinding.Kind#isOutlier()}).
 * <p>
 * This class is immutable and thread-safe. Package-private.
 *
 * @param item  the violation item, not null
 * @param measure  the measure the fines are compared by, not null
 * @param cases  the item's cases, not null
 * @param fined  how many of them were fined in the measure
 * @param leftOut  how many were fined in the other measure
 * @param findings  the analysis' findings for the item, in the report's order, not null
 */
record FinesByTier(String item, FineMeasure measure, List<DecidedPenalty> cases, long fined, long leftOut,
        List<DisparityFinding> findings) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static FinesByTier of(DisparityReport report, String item, Collection<DecidedPenalty> all) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(item, "item");
        checkArgument(report.groups().stream().anyMatch(g -> g.item().equals(item)), "The disparity report has no "
                + "group of violation item '%s'; its items are %s", item,
                report.groups().stream().map(g -> g.item()).distinct().sorted().toList());
        List<DecidedPenalty> cases = all.stream().filter(c -> c.item().equals(item)).toList();
        long withBase = cases.stream().filter(c -> c.fine().isPresent() && c.base().isPresent()).count();
        long without = cases.stream().filter(c -> c.fine().isPresent() && c.base().isEmpty()).count();
        FineMeasure measure = withBase > 0 && withBase >= without ? FineMeasure.RATE : FineMeasure.AMOUNT;
        List<DisparityFinding> findings = report.findings().stream().filter(f -> f.item().equals(item)).toList();
        return new FinesByTier(item, measure, cases, measure == FineMeasure.RATE ? withBase : without,
                measure == FineMeasure.RATE ? without : withBase, findings);
    }

    /** The unit of the values plotted. */
    BilingualText unit() {
        return measure == FineMeasure.RATE ? BilingualText.of("罚款占罚款基数的百分比（%）", "fine as % of its base")
                : BilingualText.of("罚款金额（元）", "fine (yuan)");
    }

    /** The plot: one strip per level with a case, lightest first. */
    StripPlot plot(String id) {
        Set<String> outliers = new HashSet<>();
        for (DisparityFinding f : findings) {
            if (f.kind().isOutlier()) {
                outliers.addAll(f.cases());
            }
        }
        Map<TierLevel, List<StripPlot.Point>> points = new EnumMap<>(TierLevel.class);
        Map<TierLevel, long[]> unfined = new EnumMap<>(TierLevel.class);
        Map<TierLevel, double[]> ranges = new EnumMap<>(TierLevel.class);
        for (DecidedPenalty c : cases) {
            points.computeIfAbsent(c.level(), l -> new ArrayList<>());
            Optional<Double> value = value(c.fine(), c.base());
            if (value.isPresent()) {
                points.get(c.level()).add(new StripPlot.Point(value.get(), c.caseId(), outliers.contains(c.caseId())));
            } else {
                unfined.computeIfAbsent(c.level(), l -> new long[1])[0]++;
            }
            if (c.expected().isPresent() && c.expected().get().bounds().isPresent()) {
                Expectation e = c.expected().get();
                FineBounds b = e.bounds().get();
                Optional<Double> min = value(Optional.of(b.min()), c.base());
                Optional<Double> max = value(Optional.of(b.max()), c.base());
                if (min.isPresent() && max.isPresent()) {
                    double[] r = ranges.computeIfAbsent(e.level(), l -> new double[] {min.get(), max.get()});
                    r[0] = Math.min(r[0], min.get());
                    r[1] = Math.max(r[1], max.get());
                }
            }
        }
        StripPlot.Builder plot = StripPlot.builder(id, BilingualText.of(item + " 按裁量阶次的罚款",
                item + ": fines by tier")).unit(unit());
        for (TierLevel level : TierLevel.values()) {
            if (!points.containsKey(level) && !ranges.containsKey(level)) {
                continue;
            }
            long none = unfined.containsKey(level) ? unfined.get(level)[0] : 0;
            BilingualText label = none == 0 ? level.label() : level.label().join("", "", BilingualText.of(
                    "（" + none + "件未计入）", " (" + none + " not plotted)"));
            double[] r = ranges.get(level);
            plot.strip(new StripPlot.Strip(label, r == null ? Optional.empty()
                    : Optional.of(new StripPlot.Range(r[0], r[1])), points.getOrDefault(level, List.of())));
        }
        return plot.build();
    }

    /** A fine (or bound) in the measure: a percentage of the base, or yuan; empty if it is of the other measure. */
    private Optional<Double> value(Optional<BigDecimal> fine, Optional<BigDecimal> base) {
        if (fine.isEmpty() || base.isPresent() != (measure == FineMeasure.RATE)) {
            return Optional.empty();
        }
        if (measure == FineMeasure.AMOUNT) {
            return Optional.of(fine.get().doubleValue());
        }
        return Optional.of(fine.get().multiply(HUNDRED).divide(base.get(), MathContext.DECIMAL64).doubleValue());
    }
}
