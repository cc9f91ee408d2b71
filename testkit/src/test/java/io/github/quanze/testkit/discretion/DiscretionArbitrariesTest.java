package io.github.quanze.testkit.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.rule.Row;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Samples;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

class DiscretionArbitrariesTest {

    @Property(tries = 200)
    void aGeneratedStandardVerifiesClean(@ForAll("standards") DiscretionStandard standard) {
        assertThat(StandardVerifier.standard().verify(standard).findings()).isEmpty();
        assertThat(standard.item(DiscretionArbitraries.ITEM)).isPresent();
    }

    @Property(tries = 300)
    void aDecidedPenaltyFinesWithinItsTierAndTheStatutoryRange(@ForAll("penalties") PenaltyRuling ruling) {
        TierLevel level = ruling.tier().orElseThrow().level();
        Statistics.label("tier").collect(level).coverage(c -> {
            c.check(TierLevel.LIGHTER).count(n -> n > 0);
            c.check(TierLevel.ORDINARY).count(n -> n > 0);
            c.check(TierLevel.HEAVIER).count(n -> n > 0);
        });
        FineBounds bounds = ruling.bounds().orElseThrow();
        BigDecimal statutoryMax = new BigDecimal(100 * (50 + 200));

        assertThat(ruling.isPenalty()).isTrue();
        assertThat(bounds.min()).isLessThanOrEqualTo(bounds.max());
        assertThat(bounds.max()).isLessThanOrEqualTo(statutoryMax);
        assertThat(ruling.allows(bounds.min())).isTrue();
        assertThat(ruling.allows(bounds.max().add(BigDecimal.ONE))).isFalse();
    }

    @Property(tries = 300)
    void aPlantedFlawIsFoundExactlyOnce(@ForAll("flawed") Tuple2<StandardFinding.Kind, DiscretionStandard> flawed) {
        Statistics.label("flaw").collect(flawed.get1()).coverage(c -> DiscretionStandardArbitrary.plantableFlaws()
                .forEach(k -> c.check(k).count(n -> n > 0)));
        assertThat(StandardVerifier.standard().verify(flawed.get2()).findings())
                .extracting(StandardFinding::kind).containsExactly(flawed.get1());
    }

    @Example
    void theTiersSplitAWholeHundredsRangeAtTwoCutsStrictlyInside() {
        List<DiscretionStandard> drawn = Samples.draw(QuanzeArbitraries.discretionStandards(), 300, 1);

        List<Double> lighterShares = new ArrayList<>();
        List<Double> ordinaryShares = new ArrayList<>();
        List<Double> heavierShares = new ArrayList<>();
        for (DiscretionStandard standard : drawn) {
            List<Tier> tiers = standard.item(DiscretionArbitraries.ITEM).orElseThrow().tiers().rows().stream()
                    .map(Row::output).distinct().toList();
            assertThat(tiers).extracting(Tier::level).containsExactly(TierLevel.LIGHTER, TierLevel.ORDINARY,
                    TierLevel.HEAVIER);
            long min = min(tiers.get(0));
            long a = max(tiers.get(0));
            long b = max(tiers.get(1));
            long max = max(tiers.get(2));
            assertThat(min % 100).isZero();
            assertThat(min).isBetween(100L, 5000L);
            assertThat(max - min).isBetween(300L, 20_000L);
            assertThat((max - min) % 100).isZero();
            assertThat(min(tiers.get(1))).isEqualTo(a);
            assertThat(min(tiers.get(2))).isEqualTo(b);
            assertThat(min).isLessThan(a);
            assertThat(a).isLessThan(b);
            assertThat(b).isLessThan(max);
            lighterShares.add((a - min) / (double) (max - min));
            ordinaryShares.add((b - a) / (double) (max - min));
            heavierShares.add((max - b) / (double) (max - min));
        }
        // the cuts fall anywhere from 1 % to 99 % of the range
        assertThat(lighterShares).anyMatch(x -> x < 0.1).anyMatch(x -> x > 0.5);
        assertThat(ordinaryShares).anyMatch(x -> x < 0.1).anyMatch(x -> x > 0.5);
        assertThat(heavierShares).anyMatch(x -> x < 0.1).anyMatch(x -> x > 0.5);
    }

    private static long min(Tier tier) {
        return ((FineRange.Fixed) tier.fine().orElseThrow()).min().orElseThrow().longValueExact();
    }

    private static long max(Tier tier) {
        return ((FineRange.Fixed) tier.fine().orElseThrow()).max().longValueExact();
    }

    @Example
    void aFlawThatCannotBePlantedAloneIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QuanzeArbitraries.discretionStandards().withFlaw(StandardFinding.Kind.OVERLAP))
                .withMessageContaining("Cannot plant a flaw of kind OVERLAP").withMessageContaining("GAP");
        assertThat(DiscretionStandardArbitrary.plantableFlaws()).containsExactlyInAnyOrder(
                StandardFinding.Kind.ABOVE_MAXIMUM, StandardFinding.Kind.KIND_NOT_ALLOWED,
                StandardFinding.Kind.LEVEL_ORDER, StandardFinding.Kind.GAP, StandardFinding.Kind.SHADOWED);
    }

    @Example
    void aFlawedStandardShrinksToTheNarrowestRange() {
        DiscretionStandard smallest = io.github.quanze.testkit.Shrinking.shrink(
                QuanzeArbitraries.discretionStandards().withFlaw(StandardFinding.Kind.GAP), s -> true, 3);
        assertThat(smallest.frame().item(DiscretionArbitraries.ITEM).orElseThrow().fine().orElseThrow())
                .isEqualTo(io.github.quanze.discretion.FineRange.between(new BigDecimal(100), new BigDecimal(400)));
        assertThat(StandardVerifier.standard().verify(smallest).findings()).extracting(StandardFinding::kind)
                .containsExactly(StandardFinding.Kind.GAP);
    }

    @Provide
    Arbitrary<Tuple2<StandardFinding.Kind, DiscretionStandard>> flawed() {
        return Arbitraries.of(DiscretionStandardArbitrary.plantableFlaws()).flatMap(kind -> QuanzeArbitraries
                .discretionStandards().withFlaw(kind).map(s -> Tuple.of(kind, s)));
    }

    @Provide
    Arbitrary<DiscretionStandard> standards() {
        return QuanzeArbitraries.discretionStandards();
    }

    @Provide
    Arbitrary<PenaltyRuling> penalties() {
        return QuanzeArbitraries.decidedPenalties();
    }
}
