package io.github.quanze.disparity;

import static io.github.quanze.disparity.Decided.FIRST;
import static io.github.quanze.disparity.Decided.bounds;
import static io.github.quanze.disparity.Decided.decided;
import static io.github.quanze.disparity.Decided.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.TierLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;

/** The value types of the analysis accept their bounds and refuse one step beyond, on both sides. */
class DisparityContractTest {

    private static final FineSpread AMOUNTS_2 = new FineSpread(FineMeasure.AMOUNT, 2, BigDecimal.ONE, "A1",
            BigDecimal.TEN, "A2", new BigDecimal("5.50"));
    private static final FineSpread RATES_1 = new FineSpread(FineMeasure.RATE, 1, BigDecimal.ONE, "A3",
            BigDecimal.ONE, "A3", BigDecimal.ONE);

    @Example
    void aGroup_acceptsCountsThatAddUp_andAnswersTheCountPerLevel() {
        DisparityGroup group = new DisparityGroup("YC-057", FIRST, 3,
                Map.of(TierLevel.ORDINARY, 2L, TierLevel.LIGHTER, 1L), Optional.of(AMOUNTS_2), Optional.of(RATES_1));

        assertThat(group.casesAt(TierLevel.ORDINARY)).isEqualTo(2);
        assertThat(group.casesAt(TierLevel.LIGHTER)).isEqualTo(1);
        assertThat(group.casesAt(TierLevel.HEAVIER)).isZero();
        assertThat(new DisparityGroup("YC-057", FIRST, 1, Map.of(TierLevel.ORDINARY, 1L), Optional.empty(),
                Optional.empty()).cases()).isEqualTo(1);
    }

    @Example
    void aGroup_refusesNoCase_aZeroLevel_andLevelsBeyondItsCases() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityGroup("YC-057", FIRST, 0, Map.of(),
                Optional.empty(), Optional.empty())).withMessageContaining("cases must be at least 1, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityGroup("YC-057", FIRST, 1,
                Map.of(TierLevel.ORDINARY, 0L, TierLevel.LIGHTER, 1L), Optional.empty(), Optional.empty()))
                .withMessageContaining("a level count must be at least 1, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityGroup("YC-057", FIRST, 3,
                Map.of(TierLevel.ORDINARY, 2L, TierLevel.LIGHTER, 2L), Optional.empty(), Optional.empty()))
                .withMessageContaining("add up to more than the cases 3");
    }

    @Example
    void aGroup_refusesSpreadsOfTheWrongMeasure_orOfMoreCasesThanItHas() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityGroup("YC-057", FIRST, 3,
                Map.of(TierLevel.ORDINARY, 3L), Optional.empty(), Optional.of(AMOUNTS_2)))
                .withMessageContaining("amounts must be of the measure AMOUNT and rates of RATE");
        FineSpread rates2 = new FineSpread(FineMeasure.RATE, 2, BigDecimal.ONE, "A3", BigDecimal.ONE, "A4",
                BigDecimal.ONE);
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityGroup("YC-057", FIRST, 3,
                Map.of(TierLevel.ORDINARY, 3L), Optional.of(AMOUNTS_2), Optional.of(rates2)))
                .withMessageContaining("2 cases fined by amount and 2 by rate, more than its 3 cases");
        assertThat(new DisparityGroup("YC-057", FIRST, 4, Map.of(TierLevel.ORDINARY, 4L), Optional.of(AMOUNTS_2),
                Optional.of(rates2)).rates()).contains(rates2);
    }

    @Example
    void aSpread_needsACase_andMayHaveItsLowestEqualToItsHighest() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FineSpread(FineMeasure.AMOUNT, 0, BigDecimal.ONE,
                "A1", BigDecimal.ONE, "A1", BigDecimal.ONE)).withMessage("Fine spread: cases must be at least 1, but "
                + "was 0");
        assertThat(RATES_1.min()).isEqualTo(RATES_1.max());
    }

    @Example
    void counts_areFromZeroToTheCases_onBothSides() {
        assertThat(new DisparityCounts("甲局", 2, 2, 2)).isEqualTo(new DisparityCounts("甲局", 2, 2, 2));
        assertThat(new DisparityCounts("甲局", 1, 0, 0).disparateCases()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityCounts("甲局", 2, -1, 0))
                .withMessage("Disparity counts of 甲局: outlierCases must be 0 to 2, but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityCounts("甲局", 2, 0, -1))
                .withMessage("Disparity counts of 甲局: disparateCases must be 0 to 2, but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityCounts("甲局", 2, 0, 3))
                .withMessage("Disparity counts of 甲局: disparateCases must be 0 to 2, but was 3");
    }

    @Example
    void settings_acceptARatioOfExactlyOne_andRefuseLess() {
        assertThat(new DisparitySettings(BigDecimal.ONE, 2).spreadRatio()).isEqualTo(BigDecimal.ONE);
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparitySettings(new BigDecimal("0.99"), 2))
                .withMessageContaining("spreadRatio must be at least 1");
    }

    @Example
    void anExpectationOfNoPenalty_refusesBounds_namingThem() {
        FineBounds b = bounds("1000", "2500");
        assertThatIllegalArgumentException().isThrownBy(() -> new Expectation(TierLevel.NO_PENALTY, Optional.of(b)))
                .withMessage("Expectation: level NO_PENALTY (不予处罚) cannot have fine bounds, but was given "
                        + b.min() + "-" + b.max());
        assertThat(Expectation.of(TierLevel.NO_PENALTY).bounds()).isEmpty();
    }

    @Example
    void measures_haveTheirLabels() {
        assertThat(FineMeasure.AMOUNT.label().zh()).isEqualTo("罚款金额");
        assertThat(FineMeasure.AMOUNT.label().en()).isEqualTo("fine amount");
        assertThat(FineMeasure.RATE.label().en()).isEqualTo("rate of fine to base");
    }

    @Example
    void decidedCasesAndReports_hashAsTheyCompare() {
        DecidedPenalty a = decided("A1").fine("1500").build();
        DecidedPenalty b = decided("A2").fine("1500").build();
        assertThat(a.hashCode()).isEqualTo(a.toBuilder().build().hashCode()).isNotEqualTo(b.hashCode());

        DisparityReport one = report(a);
        assertThat(one).isEqualTo(report(a)).hasSameHashCodeAs(report(a)).isNotEqualTo(report(b));
        assertThat(one.hashCode()).isNotEqualTo(report(b).hashCode());
    }

    @Example
    void builderAndAnalysis_returnThemselves_forChaining() {
        DecidedPenalty.Builder builder = decided("A1").build().toBuilder();
        DecidedPenalty.Builder unset = DecidedPenalty.builder();
        assertThat(unset.expected(Expectation.of(TierLevel.ORDINARY))).isSameAs(unset);
        assertThat(builder.caseId("A9")).isNotNull();

        DisparityAnalysis analysis = DisparityAnalysis.create();
        assertThat(analysis.add(decided("A1").build())).isSameAs(analysis);
        assertThat(analysis.add(decided("A2").build()).add(decided("A3").build()).report().cases()).isEqualTo(3);
    }

    @Example
    void itemsOfEqualHash_areStillTwoGroups() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        DisparityReport r = report(decided("A1").item("Aa").build(), decided("A2").item("BB").build(),
                decided("A3").item("Aa").build());

        assertThat(r.groups()).extracting(DisparityGroup::item).containsExactly("Aa", "BB");
        assertThat(r.groups()).extracting(DisparityGroup::cases).containsExactly(2L, 1L);
        assertThat(new GroupKey("YC-057", FIRST)).hasToString("YC-057 " + FIRST);
    }

    @Example
    void findingLists_areSortedAndEachNameOnce() {
        DisparityFinding f = new DisparityFinding(DisparityFinding.Kind.OUTLIER_LEVEL, "YC-057", FIRST,
                List.of("A1"), List.of("甲局"), List.of("b", "a"), io.github.quanze.text.Parameters.builder()
                .put("level", TierLevel.LIGHTER).put("expected", TierLevel.ORDINARY)
                .put("deviation", Deviation.LIGHTER).build());
        assertThat(f.officers()).containsExactly("a", "b");
        assertThat(new DisparityFinding(f.kind(), f.item(), f.profile(), f.cases(), f.agencies(), List.of("a", "a"),
                f.parameters()).officers()).containsExactly("a");
        assertThat(new DisparityFinding(f.kind(), f.item(), f.profile(), f.cases(), f.agencies(), List.of("a", "b"),
                f.parameters()).officers()).containsExactly("a", "b");
    }
}
