package io.github.quanze.disparity;

import static io.github.quanze.disparity.Decided.FIRST;
import static io.github.quanze.disparity.Decided.REPEATED;
import static io.github.quanze.disparity.Decided.bounds;
import static io.github.quanze.disparity.Decided.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.TierLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of the analysis of like cases, on cases drawn from a small world (two items, three profiles, a few
 * fines, agencies and officers) so that groups, ties, spreads and outliers are common: the report does not depend on
 * the order of the cases or how they are split and merged, its counts add up, and its findings are those a direct
 * computation over the whole list gives.
 */
class DisparityPropertiesTest {

    /** The fines and bases a case may have: none, fines without a base, and fines with one. */
    private static final String[][] FINES = {{}, {"0.01"}, {"100"}, {"200"}, {"200.01"}, {"1000"}, {"100", "500"},
        {"200", "500"}, {"100", "1000"}, {"300", "1000"}};
    private static final List<Expectation> EXPECTATIONS = List.of(Expectation.of(TierLevel.ORDINARY),
            Expectation.of(TierLevel.LIGHTER), Expectation.of(TierLevel.NO_PENALTY),
            Expectation.of(TierLevel.ORDINARY, bounds("100", "200")),
            Expectation.of(TierLevel.HEAVIER, bounds("200", "1000")));

    @Property
    void shufflingTheCases_givesAnEqualReport(@ForAll("cases") List<DecidedPenalty> cases,
            @ForAll("settings") DisparitySettings settings, @ForAll Random random) {
        List<DecidedPenalty> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, random);

        DisparityReport once = DisparityAnalysis.create().addAll(cases).report(settings);
        DisparityReport again = DisparityAnalysis.create().addAll(shuffled).report(settings);
        assertThat(again).isEqualTo(once).hasSameHashCodeAs(once);
        assertThat(again.findings()).extracting(DisparityFinding::message).isEqualTo(once.findings().stream()
                .map(DisparityFinding::message).toList());
        Statistics.label("findings").collect(Math.min(once.findings().size(), 5));
    }

    @Property
    void splittingTheCasesAnywhere_andMergingInAnyOrder_givesTheReportOfOnePass(
            @ForAll("cases") List<DecidedPenalty> cases, @ForAll @Size(max = 6) List<@IntRange(max = 40) Integer> at,
            @ForAll("settings") DisparitySettings settings, @ForAll Random random) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        at.stream().map(i -> Math.min(i, cases.size())).sorted().forEach(cuts::add);
        cuts.add(cases.size());
        List<DisparityAnalysis> parts = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            DisparityAnalysis part = DisparityAnalysis.create();
            cases.subList(cuts.get(i), cuts.get(i + 1)).forEach(part::add);
            parts.add(part);
        }
        Collections.shuffle(parts, random);
        // merge pairwise in a random order until one is left, as a parallel reduction would
        while (parts.size() > 1) {
            int i = random.nextInt(parts.size() - 1);
            DisparityAnalysis right = parts.remove(i + 1);
            parts.set(i, parts.get(i).merge(right));
        }

        DisparityReport onePass = DisparityAnalysis.create().addAll(cases).report(settings);
        assertThat(parts.get(0).report(settings)).isEqualTo(onePass);
        assertThat(parts.get(0).cases()).isEqualTo(cases.size());
    }

    @Property
    void theCountsAddUp(@ForAll("cases") List<DecidedPenalty> cases, @ForAll("settings") DisparitySettings settings) {
        DisparityReport report = DisparityAnalysis.create().addAll(cases).report(settings);

        assertThat(report.cases()).isEqualTo(cases.size());
        assertThat(report.groups().stream().mapToLong(DisparityGroup::cases).sum()).isEqualTo(cases.size());
        assertThat(report.agencies().stream().mapToLong(DisparityCounts::cases).sum()).isEqualTo(cases.size());
        assertThat(report.officers().stream().mapToLong(DisparityCounts::cases).sum())
                .isEqualTo(cases.stream().mapToLong(d -> d.officers().size()).sum());
        Set<String> outliers = report.findings().stream().filter(f -> f.kind().isOutlier())
                .map(f -> f.cases().get(0)).collect(Collectors.toSet());
        assertThat(report.agencies().stream().mapToLong(DisparityCounts::outlierCases).sum())
                .isEqualTo(outliers.size());
        Set<List<Object>> disparate = report.findings().stream().filter(f -> !f.kind().isOutlier())
                .map(f -> List.<Object>of(f.item(), f.profile())).collect(Collectors.toSet());
        long inDisparateGroups = report.groups().stream().filter(g -> disparate.contains(List.of(g.item(),
                g.profile()))).mapToLong(DisparityGroup::cases).sum();
        assertThat(report.agencies().stream().mapToLong(DisparityCounts::disparateCases).sum())
                .isEqualTo(inDisparateGroups);
        for (DisparityGroup group : report.groups()) {
            long fined = group.amounts().map(FineSpread::cases).orElse(0L)
                    + group.rates().map(FineSpread::cases).orElse(0L);
            assertThat(fined).isLessThanOrEqualTo(group.cases());
        }
    }

    @Property
    void theFindings_areThoseOfADirectComputation(@ForAll("cases") List<DecidedPenalty> cases,
            @ForAll("settings") DisparitySettings settings) {
        DisparityReport report = DisparityAnalysis.create().addAll(cases).report(settings);

        Map<List<Object>, List<DecidedPenalty>> groups = cases.stream().collect(Collectors.groupingBy(
                d -> List.of(d.item(), d.profile())));
        Set<List<Object>> tiers = new HashSet<>();
        Set<List<Object>> spreads = new HashSet<>();
        groups.forEach((key, members) -> {
            if (members.size() < settings.minimumGroupSize()) {
                return;
            }
            if (members.stream().map(DecidedPenalty::level).distinct().count() > 1) {
                tiers.add(key);
            }
            for (boolean rated : new boolean[] {false, true}) {
                // a fine and its base (1 for an amount); rates compare exactly, a/b against c/d as a·d against c·b
                List<BigDecimal[]> values = members.stream().filter(d -> d.fine().isPresent()
                        && d.base().isPresent() == rated).map(d -> new BigDecimal[] {d.fine().get(),
                        d.base().orElse(BigDecimal.ONE)}).toList();
                Comparator<BigDecimal[]> order = (x, y) -> x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
                if (!values.isEmpty()) {
                    BigDecimal[] min = Collections.min(values, order);
                    BigDecimal[] max = Collections.max(values, order);
                    if (max[0].multiply(min[1]).compareTo(settings.spreadRatio().multiply(min[0]).multiply(max[1]))
                            > 0) {
                        spreads.add(List.of(key.get(0), key.get(1), rated));
                    }
                }
            }
        });
        Set<String> levelOutliers = new HashSet<>();
        Set<String> fineOutliers = new HashSet<>();
        for (DecidedPenalty d : cases) {
            d.expected().ifPresent(e -> {
                if (e.level() != d.level()) {
                    levelOutliers.add(d.caseId());
                }
                if (d.fine().isPresent() && e.bounds().isPresent() && !e.bounds().get().contains(d.fine().get())) {
                    fineOutliers.add(d.caseId());
                }
            });
        }

        assertThat(keys(report, DisparityFinding.Kind.TIERS)).isEqualTo(tiers);
        assertThat(report.findings(DisparityFinding.Kind.SPREAD).stream().map(f -> List.<Object>of(f.item(),
                f.profile(), f.parameters().constant("measure", FineMeasure.class) == FineMeasure.RATE))
                .collect(Collectors.toSet())).isEqualTo(spreads);
        assertThat(report.findings(DisparityFinding.Kind.OUTLIER_LEVEL)).extracting(f -> f.cases().get(0))
                .containsExactlyElementsOf(levelOutliers.stream().sorted().toList());
        assertThat(report.findings(DisparityFinding.Kind.OUTLIER_FINE)).extracting(f -> f.cases().get(0))
                .containsExactlyElementsOf(fineOutliers.stream().sorted().toList());
        Statistics.label("tiers").collect(!tiers.isEmpty());
        Statistics.label("spreads").collect(!spreads.isEmpty());
    }

    private static Set<List<Object>> keys(DisparityReport report, DisparityFinding.Kind kind) {
        return report.findings(kind).stream().map(f -> List.<Object>of(f.item(), f.profile()))
                .collect(Collectors.toSet());
    }

    @Provide
    Arbitrary<DisparitySettings> settings() {
        return Combinators.combine(Arbitraries.of("1", "1.5", "2", "3"), Arbitraries.integers().between(2, 4))
                .as((ratio, size) -> new DisparitySettings(new BigDecimal(ratio), size));
    }

    @Provide
    Arbitrary<List<DecidedPenalty>> cases() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('A', 'E').ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> agencies = Arbitraries.of("甲局", "乙局", "丙局");
        Arbitrary<List<String>> officers = Arbitraries.of("张三", "李四", "王五", "赵六").list().ofMinSize(1)
                .ofMaxSize(2).uniqueElements();
        Arbitrary<String> items = Arbitraries.of("YC-057", "YC-058");
        Arbitrary<Circumstances> profiles = Arbitraries.of(FIRST, REPEATED, Circumstances.none());
        Arbitrary<TierLevel> levels = Arbitraries.of(TierLevel.class);
        Arbitrary<Integer> fines = Arbitraries.integers().between(0, FINES.length - 1);
        Arbitrary<Integer> expectations = Arbitraries.integers().between(-1, EXPECTATIONS.size() - 1);
        return Combinators.combine(ids, agencies, officers, items, profiles, levels, fines, expectations)
                .as(DisparityPropertiesTest::decided).list().ofMaxSize(40).uniqueElements(DecidedPenalty::caseId);
    }

    private static DecidedPenalty decided(String id, String agency, List<String> officers, String item,
            Circumstances profile, TierLevel level, int fine, int expectation) {
        DecidedPenalty.Builder b = DecidedPenalty.builder().caseId(id).agency(agency).officers(officers).item(item)
                .profile(profile).level(level);
        String[] amounts = FINES[fine];
        if (level != TierLevel.NO_PENALTY && amounts.length > 0) {
            b.fine(yuan(amounts[0]));
            if (amounts.length > 1) {
                b.base(yuan(amounts[1]));
            }
        }
        if (expectation >= 0) {
            b.expected(EXPECTATIONS.get(expectation));
        }
        return b.build();
    }
}
