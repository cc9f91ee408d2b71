package io.github.quanze.testkit.discretion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.testkit.QuanzeArbitraries;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Provide
    Arbitrary<DiscretionStandard> standards() {
        return QuanzeArbitraries.discretionStandards();
    }

    @Provide
    Arbitrary<PenaltyRuling> penalties() {
        return QuanzeArbitraries.decidedPenalties();
    }
}
