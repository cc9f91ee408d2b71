package io.github.quanze.disparity;

import static io.github.quanze.disparity.Decided.FIRST;
import static io.github.quanze.disparity.Decided.REPEATED;
import static io.github.quanze.disparity.Decided.analyse;
import static io.github.quanze.disparity.Decided.bounds;
import static io.github.quanze.disparity.Decided.decided;
import static io.github.quanze.disparity.Decided.report;
import static io.github.quanze.disparity.Decided.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.rule.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;

/** The analysis of like cases, case by case: groups, tiers, spreads, outliers, counts and refused input. */
class DisparityAnalysisTest {

    private static final DisparitySettings RATIO_2 = DisparitySettings.defaults();

    @Example
    void anEmptyAnalysis_reportsNothing() {
        DisparityReport report = DisparityAnalysis.create().report();

        assertThat(report.cases()).isZero();
        assertThat(report.groups()).isEmpty();
        assertThat(report.findings()).isEmpty();
        assertThat(report.agencies()).isEmpty();
        assertThat(report.officers()).isEmpty();
        assertThat(report.settings()).isEqualTo(RATIO_2);
        assertThat(report).isEqualTo(DisparityAnalysis.create().report()).isNotEqualTo(report(decided("A1").build()));
        assertThat(report.toString()).isEqualTo("DisparityReport[cases=0, groups=0, findings=0, agencies=0, "
                + "officers=0]");
    }

    @Example
    void aGroupWithTwoTiers_givesOneTiersFindingNamingBoth() {
        DisparityReport report = report(
                decided("A1").build(),
                decided("A2").level(TierLevel.LIGHTER).agency("某区烟草专卖局").officers("王五").build(),
                decided("A3").build(),
                decided("B1").profile(REPEATED).level(TierLevel.HEAVIER).build(),
                decided("C1").item("YC-058").level(TierLevel.LIGHTER).build());

        assertThat(report.groups()).extracting(DisparityGroup::item, DisparityGroup::profile, DisparityGroup::cases)
                .containsExactly(tuple("YC-057", FIRST, 3L),
                        tuple("YC-057", REPEATED, 1L),
                        tuple("YC-058", FIRST, 1L));
        assertThat(report.groups().get(0).levels()).containsExactly(Map.entry(TierLevel.LIGHTER, 1L),
                Map.entry(TierLevel.ORDINARY, 2L));
        assertThat(report.groups().get(0).casesAt(TierLevel.HEAVIER)).isZero();

        assertThat(report.findings()).hasSize(1);
        DisparityFinding tiers = report.findings().get(0);
        assertThat(tiers.kind()).isEqualTo(DisparityFinding.Kind.TIERS);
        assertThat(tiers.code()).isEqualTo("DISPARITY.TIERS");
        assertThat(tiers.severity()).isEqualTo(Severity.WARNING);
        assertThat(tiers.item()).isEqualTo("YC-057");
        assertThat(tiers.profile()).isEqualTo(FIRST);
        assertThat(tiers.parameters().list("levels")).isEqualTo(List.of(TierLevel.LIGHTER, TierLevel.ORDINARY));
        assertThat(tiers.parameters().list("levelCases")).isEqualTo(List.of(1L, 2L));
        assertThat(tiers.parameters().list("examples")).isEqualTo(List.of("A2", "A1"));
        assertThat(tiers.parameters().number("groupCases")).isEqualTo(3);
        assertThat(tiers.cases()).containsExactly("A1", "A2");
        assertThat(tiers.agencies()).containsExactly("某区烟草专卖局", "某县烟草专卖局");
        assertThat(tiers.officers()).containsExactly("张三", "李四", "王五");
        assertThat(tiers.message().zh()).startsWith("违法行为YC-057情节相同（amount=30000，repeated=否）的3件案件适用了不同的裁量阶次："
                + "从轻处罚1件、一般处罚2件；各阶次案号最小的案件为A2、A1。").contains("（解释：");
        assertThat(tiers.message().en()).startsWith("3 cases of violation YC-057 with the same circumstances "
                + "(amount=30000, repeated=no) were decided at different levels: lighter penalty: 1, ordinary "
                + "penalty: 2; the case with the smallest number at each level: A2, A1;").contains("(interpretation:");
        assertThat(tiers.basis().citation().zh()).contains("第五条第二款").doesNotContain("第三十四条");
    }

    @Example
    void oneLevelInAGroup_isNoFinding() {
        DisparityReport report = report(decided("A1").build(), decided("A2").build(),
                decided("B1").profile(REPEATED).level(TierLevel.HEAVIER).build());

        assertThat(report.findings()).isEmpty();
        assertThat(report.groups()).hasSize(2);
    }

    @Example
    void aSpreadOfExactlyTheRatio_isNoFinding_justAboveIs() {
        DisparityReport exactly = report(decided("A1").fine("1000").build(), decided("A2").fine("2000").build());
        DisparityReport above = report(decided("A1").fine("1000").build(), decided("A2").fine("2000.01").build());

        assertThat(exactly.findings()).isEmpty();
        assertThat(exactly.groups().get(0).amounts()).contains(new FineSpread(FineMeasure.AMOUNT, 2, yuan("1000.00"),
                "A1", yuan("2000.00"), "A2", yuan("1500.00")));
        assertThat(above.findings()).hasSize(1);
        DisparityFinding spread = above.findings().get(0);
        assertThat(spread.kind()).isEqualTo(DisparityFinding.Kind.SPREAD);
        assertThat(spread.parameters().constant("measure", FineMeasure.class)).isEqualTo(FineMeasure.AMOUNT);
        assertThat(spread.parameters().amount("min")).isEqualTo("1000.00");
        assertThat(spread.parameters().text("minCase")).isEqualTo("A1");
        assertThat(spread.parameters().amount("max")).isEqualTo("2000.01");
        assertThat(spread.parameters().text("maxCase")).isEqualTo("A2");
        assertThat(spread.parameters().amount("ratio")).isEqualTo("2");
        assertThat(spread.cases()).containsExactly("A1", "A2");
        assertThat(spread.message().zh()).isEqualTo("违法行为YC-057情节相同（amount=30000，repeated=否）的2件罚款案件罚款悬殊："
                + "最高2000.01元（案件A2）超过最低1000.00元（案件A1）的2倍（解释：2倍为分析设置的比值，法律未规定类案罚款可以相差多少）");
        assertThat(spread.message().en()).startsWith("The fines of 2 cases of violation YC-057 with the same "
                + "circumstances (amount=30000, repeated=no) lie far apart: the highest, 2000.01 yuan (case A2), is "
                + "more than 2 times the lowest, 1000.00 yuan (case A1) (interpretation: the ratio 2 is a setting");
        assertThat(analyse(decided("A1").fine("1000").build(), decided("A2").fine("2000").build())
                .report(RATIO_2.withSpreadRatio(new BigDecimal("1.99"))).findings()).hasSize(1);
    }

    @Example
    void theRatioIsASetting() {
        DisparityAnalysis analysis = analyse(decided("A1").fine("1000").build(), decided("A2").fine("2500").build());

        assertThat(analysis.report(RATIO_2.withSpreadRatio(new BigDecimal("2.50"))).findings()).isEmpty();
        assertThat(analysis.report(RATIO_2.withSpreadRatio(new BigDecimal("2.49"))).findings()).hasSize(1);
        assertThat(analysis.report(RATIO_2).findings()).hasSize(1);
    }

    @Example
    void ratesInMessages_areRoundedToFourPlaces_theParametersKeepThemExact() {
        DisparityFinding spread = report(decided("A1").fine("100").base("700").build(),
                decided("A2").fine("1000").base("3000").build()).findings().get(0);

        assertThat(spread.parameters().amount("min")).isEqualTo("0.1428571428571429");
        assertThat(spread.parameters().amount("max")).isEqualTo("0.3333333333333333");
        assertThat(spread.message().zh()).contains("最高0.3333（案件A2）超过最低0.1429（案件A1）的2倍");
        assertThat(spread.message().en()).contains("the highest, 0.3333 (case A2), is more than 2 times the lowest, "
                + "0.1429 (case A1)");
        // a rate that rounds to 0 at four places is shown to four significant digits, never as 0
        DisparityFinding tiny = report(decided("A1").fine("0.01").base("300000").build(),
                decided("A2").fine("0.05").base("100000").build()).findings().get(0);
        assertThat(tiny.message().zh()).contains("最高0.0000005（案件A2）超过最低0.00000003333（案件A1）");
        assertThat(DisparityMessages.shown(new BigDecimal("0.4966026200873362"))).isEqualTo("0.4966");
        assertThat(DisparityMessages.shown(new BigDecimal("2.00005"))).isEqualTo("2");
        assertThat(DisparityMessages.shown(new BigDecimal("2.00015"))).isEqualTo("2.0002");
    }

    @Example
    void theSmallestFines_areComparedByTheRatio() {
        assertThat(report(decided("A1").fine("0.01").build(), decided("A2").fine("0.03").build()).findings())
                .extracting(DisparityFinding::kind).containsExactly(DisparityFinding.Kind.SPREAD);
        assertThat(report(decided("A1").fine("0.01").build(), decided("A2").fine("0.02").build()).findings())
                .isEmpty();
    }

    @Example
    void ratesOfFineToBase_areComparedApartFromAmounts() {
        DisparityReport report = report(
                decided("A1").fine("1000").base("5000").build(), // 0.2
                decided("A2").fine("2000").base("4000").build(), // 0.5
                decided("A3").fine("9000").build(),
                decided("A4").build());

        DisparityGroup group = report.groups().get(0);
        assertThat(group.cases()).isEqualTo(4);
        assertThat(group.amounts().orElseThrow().cases()).isEqualTo(1);
        FineSpread rates = group.rates().orElseThrow();
        assertThat(rates.cases()).isEqualTo(2);
        assertThat(rates.min()).isEqualByComparingTo("0.2");
        assertThat(rates.max()).isEqualByComparingTo("0.5");
        // the mean of rates is the total fines over the total bases: 3000 / 9000
        assertThat(rates.mean()).isEqualTo(new BigDecimal("0.3333333333333333"));
        assertThat(report.findings()).hasSize(1);
        DisparityFinding spread = report.findings().get(0);
        assertThat(spread.parameters().constant("measure", FineMeasure.class)).isEqualTo(FineMeasure.RATE);
        assertThat(spread.cases()).containsExactly("A1", "A2");
        assertThat(spread.message().zh()).contains("罚款与罚款基数之比悬殊：最高0.5（案件A2）超过最低0.2（案件A1）的2倍");
        assertThat(spread.message().en()).contains("The rates of fine to base of 2 cases");

        // 1000 yuan and 9000 yuan by amount would be 9 times apart; by rate the first is not an amount
        assertThat(report(decided("A1").fine("1000").base("5000").build(), decided("A3").fine("9000").build())
                .findings()).isEmpty();
    }

    @Example
    void ratesCompareExactly_notAsRoundedDecimals() {
        // 1/3 and 2/3 are exactly twice apart; rounded to 16 digits, 0.6666666666666667 is more than twice
        // 0.3333333333333333
        DisparityReport exactly = report(decided("A1").fine("100").base("300").build(),
                decided("A2").fine("200").base("300").build());
        DisparityReport above = report(decided("A1").fine("100").base("300").build(),
                decided("A2").fine("200.01").base("300").build());

        assertThat(exactly.findings()).isEmpty();
        FineSpread rates = exactly.groups().get(0).rates().orElseThrow();
        assertThat(rates.min()).isEqualTo(new BigDecimal("0.3333333333333333"));
        assertThat(rates.max()).isEqualTo(new BigDecimal("0.6666666666666667"));
        assertThat(above.findings()).extracting(DisparityFinding::kind).containsExactly(DisparityFinding.Kind.SPREAD);
    }

    @Example
    void equalExtremes_nameTheSmallestCaseNumber_whateverTheOrder() {
        DecidedPenalty b = decided("B").fine("1000").build();
        DecidedPenalty a = decided("A").fine("1000").build();
        DecidedPenalty c = decided("C").fine("3000").build();
        DecidedPenalty d = decided("D").fine("3000").build();

        for (List<DecidedPenalty> order : List.of(List.of(a, b, c, d), List.of(d, c, b, a), List.of(b, d, a, c))) {
            DisparityReport report = DisparityAnalysis.create().addAll(order).report();
            FineSpread spread = report.groups().get(0).amounts().orElseThrow();
            assertThat(spread.minCase()).as("order %s", order).isEqualTo("A");
            assertThat(spread.maxCase()).as("order %s", order).isEqualTo("C");
            assertThat(report.findings().get(0).cases()).containsExactly("A", "C");
        }
    }

    @Example
    void aFineAtTheExpectedBound_isNoOutlier_oneFenOutsideIs() {
        Expectation ordinary = Expectation.of(TierLevel.ORDINARY, bounds("2000", "5000"));
        DisparityReport report = report(
                decided("A1").fine("2000").expected(ordinary).build(),
                decided("A2").fine("5000").expected(ordinary).build(),
                decided("A3").fine("1999.99").expected(ordinary).build(),
                decided("A4").fine("5000.01").expected(ordinary).build());

        List<DisparityFinding> outliers = report.findings(DisparityFinding.Kind.OUTLIER_FINE);
        assertThat(outliers).extracting(f -> f.cases().get(0)).containsExactly("A3", "A4");
        assertThat(outliers).extracting(f -> f.parameters().constant("deviation", Deviation.class))
                .containsExactly(Deviation.LIGHTER, Deviation.GRAVER);
        DisparityFinding low = outliers.get(0);
        assertThat(low.parameters().amount("fine")).isEqualTo("1999.99");
        assertThat(low.parameters().amount("min")).isEqualTo("2000.00");
        assertThat(low.parameters().amount("max")).isEqualTo("5000.00");
        assertThat(low.agencies()).containsExactly("某县烟草专卖局");
        assertThat(low.officers()).containsExactly("张三", "李四");
        assertThat(low.message().zh()).isEqualTo("案件A3（某县烟草专卖局，违法行为YC-057，情节：amount=30000，repeated=否）罚款"
                + "1999.99元，不在裁量基准对其情节规定的2000.00元至5000.00元之内，处罚畸轻（解释：凡与裁量基准不一致的均列为畸轻或者"
                + "畸重，供监督复核；是否有正当理由，以案卷载明的理由为准）");
        assertThat(outliers.get(1).message().zh()).contains("处罚畸重");
        assertThat(outliers.get(1).message().en()).contains("was fined 5000.01 yuan, outside the range of 2000.00 to "
                + "5000.00 yuan").contains("the penalty is too severe");
        assertThat(low.basis().citation().zh()).contains("第五条第二款").contains("第三十四条");
        assertThat(report.findings(DisparityFinding.Kind.OUTLIER_LEVEL)).isEmpty();
    }

    @Example
    void aLighterLevel_isTooLenient_aGraverOneTooSevere() {
        Expectation ordinary = Expectation.of(TierLevel.ORDINARY);
        DisparityReport report = report(
                decided("A1").level(TierLevel.LIGHTER).expected(ordinary).build(),
                decided("A2").level(TierLevel.HEAVIER).expected(ordinary).build(),
                decided("A3").expected(ordinary).build(),
                decided("A4").level(TierLevel.NO_PENALTY).expected(Expectation.of(TierLevel.MITIGATED)).build());

        List<DisparityFinding> outliers = report.findings(DisparityFinding.Kind.OUTLIER_LEVEL);
        assertThat(outliers).extracting(f -> f.cases().get(0)).containsExactly("A1", "A2", "A4");
        assertThat(outliers).extracting(f -> f.parameters().constant("deviation", Deviation.class))
                .containsExactly(Deviation.LIGHTER, Deviation.GRAVER, Deviation.LIGHTER);
        assertThat(outliers.get(0).parameters().constant("level", TierLevel.class)).isEqualTo(TierLevel.LIGHTER);
        assertThat(outliers.get(0).parameters().constant("expected", TierLevel.class)).isEqualTo(TierLevel.ORDINARY);
        assertThat(outliers.get(0).message().zh()).startsWith("案件A1（某县烟草专卖局，违法行为YC-057，情节：amount=30000，"
                + "repeated=否）适用从轻处罚，裁量基准对其情节规定的是一般处罚，处罚畸轻（解释：");
        assertThat(outliers.get(1).message().zh()).contains("适用从重处罚，裁量基准对其情节规定的是一般处罚，处罚畸重");
        assertThat(outliers.get(1).message().en()).contains("was decided at the level of heavier penalty, where the "
                + "discretion standard gives ordinary penalty for its circumstances: the penalty is too severe");
        // the group has three levels: one TIERS finding besides the outliers, listed first
        assertThat(report.findings().get(0).kind()).isEqualTo(DisparityFinding.Kind.TIERS);
    }

    @Example
    void oneCase_canBeAnOutlierByLevelAndByFine_andCountsOnce() {
        DisparityReport report = report(decided("A1").level(TierLevel.LIGHTER).fine("100")
                .expected(Expectation.of(TierLevel.ORDINARY, bounds("2000", "5000"))).build());

        assertThat(report.findings()).extracting(DisparityFinding::kind).containsExactly(
                DisparityFinding.Kind.OUTLIER_LEVEL, DisparityFinding.Kind.OUTLIER_FINE);
        assertThat(report.agencies()).containsExactly(new DisparityCounts("某县烟草专卖局", 1, 1, 0));
        assertThat(report.officers()).containsExactly(new DisparityCounts("张三", 1, 1, 0),
                new DisparityCounts("李四", 1, 1, 0));
    }

    @Example
    void aCaseWithoutAnExpectationOrFine_isNoOutlier() {
        DisparityReport report = report(
                decided("A1").fine("100").build(),
                decided("A2").expected(Expectation.of(TierLevel.ORDINARY, bounds("2000", "5000"))).build());

        assertThat(report.findings()).isEmpty();
    }

    @Example
    void agenciesAndOfficers_countCasesOutliersAndCasesInDisparateGroups() {
        DisparityReport report = report(
                decided("A1").agency("甲局").officers("张三", "李四").build(),
                decided("A2").agency("甲局").officers("张三").level(TierLevel.LIGHTER).build(),
                decided("A3").agency("乙局").officers("王五").build(),
                decided("B1").agency("乙局").officers("王五", "张三").profile(REPEATED)
                        .expected(Expectation.of(TierLevel.HEAVIER)).build(),
                decided("B2").agency("乙局").officers("王五").profile(REPEATED).build());

        assertThat(report.agencies()).containsExactly(new DisparityCounts("乙局", 3, 1, 1),
                new DisparityCounts("甲局", 2, 0, 2));
        assertThat(report.officers()).containsExactly(new DisparityCounts("张三", 3, 1, 2),
                new DisparityCounts("李四", 1, 0, 1), new DisparityCounts("王五", 3, 1, 1));
        assertThat(report.cases()).isEqualTo(5);
    }

    @Example
    void theMinimumGroupSize_limitsTheComparison_notTheGroups() {
        DisparityAnalysis analysis = analyse(decided("A1").fine("100").build(),
                decided("A2").level(TierLevel.HEAVIER).fine("900").build());

        assertThat(analysis.report().findings()).extracting(DisparityFinding::kind)
                .containsExactly(DisparityFinding.Kind.TIERS, DisparityFinding.Kind.SPREAD);
        DisparityReport three = analysis.report(RATIO_2.withMinimumGroupSize(3));
        assertThat(three.findings()).isEmpty();
        assertThat(three.groups()).hasSize(1);
        assertThat(three.agencies()).containsExactly(new DisparityCounts("某县烟草专卖局", 2, 0, 0));
        assertThat(analysis.report()).isNotEqualTo(three);
    }

    @Example
    void aProfileWithoutCircumstances_readsAsNoneDeclared() {
        DisparityReport report = report(decided("A1").profile(Circumstances.none()).build(),
                decided("A2").profile(Circumstances.none()).level(TierLevel.LIGHTER).build());

        assertThat(report.findings().get(0).message().zh()).startsWith("违法行为YC-057情节相同（未申报情节）的2件案件");
        assertThat(report.findings().get(0).message().en()).contains("with the same circumstances (none declared)");
    }

    @Example
    void groups_areSortedByItemThenProfile() {
        Circumstances small = Circumstances.builder().set("amount", 9).build();
        Circumstances large = Circumstances.builder().set("amount", 10).build();
        Circumstances flag = Circumstances.builder().set("amount", true).build();
        Circumstances text = Circumstances.builder().set("amount", "school").build();
        Circumstances longer = Circumstances.builder().set("amount", 9).set("b", 1).build();
        DisparityReport report = report(decided("1").item("B").build(), decided("2").profile(text).build(),
                decided("3").profile(large).build(), decided("4").profile(longer).build(),
                decided("5").profile(small).build(), decided("6").profile(flag).build(),
                decided("7").profile(Circumstances.none()).build());

        assertThat(report.groups()).extracting(DisparityGroup::item).containsExactly("B", "YC-057", "YC-057",
                "YC-057", "YC-057", "YC-057", "YC-057");
        assertThat(report.groups().subList(1, 7)).extracting(DisparityGroup::profile)
                .containsExactly(Circumstances.none(), flag, small, longer, large, text);
    }

    @Example
    void profilesWithEqualHashes_areDifferentGroups() {
        Circumstances aa = Circumstances.builder().set("place", "Aa").build();
        Circumstances bb = Circumstances.builder().set("place", "BB").build();
        assertThat(aa.hashCode()).isEqualTo(bb.hashCode());
        DisparityReport report = report(decided("1").profile(aa).build(), decided("2").profile(bb).build(),
                decided("3").profile(aa).level(TierLevel.LIGHTER).build(),
                decided("4").profile(Circumstances.builder().set("place", "Aa").build()).build());

        assertThat(report.groups()).extracting(DisparityGroup::profile, DisparityGroup::cases)
                .containsExactly(tuple(aa, 3L), tuple(bb, 1L));
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.profile()).isEqualTo(aa));
    }

    @Example
    void aCaseAddedTwice_isRefused_andTheAnalysisIsUnchanged() {
        DisparityAnalysis analysis = analyse(decided("A1").fine("100").build());
        DisparityReport before = analysis.report();

        assertThatIllegalArgumentException().isThrownBy(() -> analysis.add(decided("A1").fine("900").build()))
                .withMessage("Disparity analysis: case 'A1' is already added; each case is analysed once");
        assertThatIllegalArgumentException().isThrownBy(() -> analysis.addAll(List.of(decided("A2").build(),
                decided("A2").build()))).withMessageContaining("case 'A2' is already added or given twice");
        assertThatIllegalArgumentException().isThrownBy(() -> analysis.addAll(List.of(decided("A3").build(),
                decided("A1").build()))).withMessageContaining("case 'A1'");
        assertThatNullPointerException().isThrownBy(() -> analysis.addAll(Arrays.asList(decided("A4").build(),
                null)));
        assertThatNullPointerException().isThrownBy(() -> analysis.add(null)).withMessage("decided");
        assertThat(analysis.report()).isEqualTo(before);
        assertThat(analysis.cases()).isEqualTo(1);
    }

    @Example
    void mergingAnalysesThatShareACase_isRefused_andNothingChanges() {
        DisparityAnalysis first = analyse(decided("A1").build(), decided("A2").build());
        DisparityAnalysis second = analyse(decided("B1").build(), decided("A2").level(TierLevel.LIGHTER).build());
        DisparityReport before = first.report();

        assertThatIllegalArgumentException().isThrownBy(() -> first.merge(second))
                .withMessage("Disparity analysis: case 'A2' is in both analyses; each case is analysed once");
        assertThatIllegalArgumentException().isThrownBy(() -> first.merge(first))
                .withMessageContaining("cannot be merged into itself");
        assertThat(first.report()).isEqualTo(before);
    }

    @Example
    void merging_leavesTheOtherAnalysisAsItWas_andIndependentOfIt() {
        DisparityAnalysis first = analyse(decided("A1").fine("100").build());
        DisparityAnalysis second = analyse(decided("A2").fine("150").agency("乙局").build());
        DisparityReport secondBefore = second.report();

        first.merge(second);
        DisparityReport merged = first.report();
        second.add(decided("A3").fine("9000").agency("乙局").build());

        assertThat(second.report()).isNotEqualTo(secondBefore);
        assertThat(first.report()).isEqualTo(merged);
        assertThat(merged).isEqualTo(report(decided("A1").fine("100").build(),
                decided("A2").fine("150").agency("乙局").build()));
        assertThat(merged.agencies()).extracting(DisparityCounts::name).containsExactly("乙局", "某县烟草专卖局");
    }

    @Example
    void aReport_leavesTheAnalysisOpenForMoreCases() {
        DisparityAnalysis analysis = analyse(decided("A1").build());
        DisparityReport one = analysis.report();
        analysis.add(decided("A2").level(TierLevel.LIGHTER).build());

        assertThat(one.findings()).isEmpty();
        assertThat(analysis.report().findings()).hasSize(1);
        assertThat(analysis.cases()).isEqualTo(2);
    }

    @Example
    void findingsOfAKind_keepTheOrderOfTheReport() {
        DisparityReport report = report(decided("Z").build(), decided("Y").level(TierLevel.LIGHTER)
                .expected(Expectation.of(TierLevel.ORDINARY)).build(), decided("X").level(TierLevel.HEAVIER)
                .expected(Expectation.of(TierLevel.ORDINARY)).build());

        assertThat(report.findings(DisparityFinding.Kind.OUTLIER_LEVEL)).extracting(f -> f.cases().get(0))
                .containsExactly("X", "Y");
        List<DisparityFinding.Kind> kinds = new ArrayList<>();
        report.findings().forEach(f -> kinds.add(f.kind()));
        assertThat(kinds).containsExactly(DisparityFinding.Kind.TIERS, DisparityFinding.Kind.OUTLIER_LEVEL,
                DisparityFinding.Kind.OUTLIER_LEVEL);
        assertThat(report.groups().get(0).amounts()).isEqualTo(Optional.empty());
    }
}
