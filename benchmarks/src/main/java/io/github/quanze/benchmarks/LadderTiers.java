package io.github.quanze.benchmarks;

import static io.github.quanze.sanction.SanctionKind.DISMISSAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.MAJOR_DEMERIT;

import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.sanction.SanctionKind;
import java.util.Arrays;

/**
 * 公职人员政务处分法 Art 39's ladder as the national officer table of the 2020 edition applies it, written again for the
 * peers of {@link AccountabilityBenchmark}: the tier of the ladder a fault's facts reach (the table's
 * {@code ladderTier} column), the tier of a governmental sanction, and a row's measures capped at a lower tier.
 * <p>
 * The table reads the tiers on the fault's consequence: no harm reaches tier 0 (no governmental sanction) for the
 * kinds of fault that need harm ({@link io.github.quanze.fault.FaultType#needsHarmForSanction()}) and tier 1 for the
 * others, minor harm tier 1 (警告、记过、记大过), serious harm tier 2 (降级、撤职), grave harm tier 3 (开除). A row whose
 * governmental sanction is above the tier the facts reach has a twin for each tier below (suffixes {@code .TIER2},
 * {@code .TIER1}, {@code .NO_HARM}) that caps it: 撤职 at tier 2, 记大过 at tier 1, and at tier 0 no governmental
 * sanction, only the row's other measures or, where it has none, a fallback.
 */
final class LadderTiers {

    /** The highest tier: 情节严重, 开除. */
    static final int TOP = 3;

    private LadderTiers() {}

    /**
     * Returns the highest tier of the ladder a fault's facts reach.
     *
     * @param fault  the fault, not null
     * @return the tier, 0 to {@value #TOP}
     */
    static int of(Fault fault) {
        Consequence consequence = fault.consequence();
        if (consequence == Consequence.NONE) {
            return fault.type().needsHarmForSanction() ? 0 : 1;
        }
        return consequence == Consequence.MINOR ? 1 : consequence == Consequence.SERIOUS ? 2 : 3;
    }

    /**
     * Returns the tier of the governmental sanction among a row's measures.
     *
     * @param measures  the measures, not null
     * @return 1 for 警告、记过、记大过, 2 for 降级、撤职, 3 for 开除, 0 if none of the measures is a governmental sanction
     */
    static int of(SanctionKind... measures) {
        int tier = 0;
        for (SanctionKind measure : measures) {
            if (measure.group() == SanctionKind.Group.GOVERNMENTAL_SANCTION) {
                tier = Math.max(tier, switch (measure) {
                    case DEMOTION, DISMISSAL_FROM_POST -> 2;
                    case EXPULSION -> 3;
                    default -> 1;
                });
            }
        }
        return tier;
    }

    /**
     * Returns a row's measures capped at a tier below that of its governmental sanction.
     *
     * @param tier  the tier, 0 to 2
     * @param fallback  the measure at tier 0 of a row whose only measure is a governmental sanction, not null
     * @param measures  the row's measures, not null
     * @return the measures, not null
     */
    static SanctionKind[] capped(int tier, SanctionKind fallback, SanctionKind... measures) {
        SanctionKind[] others = Arrays.stream(measures)
                .filter(m -> m.group() != SanctionKind.Group.GOVERNMENTAL_SANCTION).toArray(SanctionKind[]::new);
        if (tier > 0) {
            SanctionKind[] capped = Arrays.copyOf(others, others.length + 1);
            capped[others.length] = tier == 1 ? MAJOR_DEMERIT : DISMISSAL_FROM_POST;
            return capped;
        }
        return others.length == 0 ? new SanctionKind[] {fallback} : others;
    }

    /**
     * Returns the suffix the table gives the twin of a row at a tier below its own.
     *
     * @param tier  the tier, 0 to 2
     * @return {@code .NO_HARM}, {@code .TIER1} or {@code .TIER2}, not null
     */
    static String suffix(int tier) {
        return tier == 0 ? ".NO_HARM" : ".TIER" + tier;
    }
}
