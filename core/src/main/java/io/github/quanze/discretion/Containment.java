package io.github.quanze.discretion;

import io.github.quanze.rule.Row;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a lower standard's item within the higher standard it implements (下级基准不超出上级基准), an
 * interpretation ({@link VerificationPolicy.Interpretation#CONTAINMENT}): every pair of rows, one of each, that may
 * apply to the same circumstances must give the lower's tier within the higher's, range by range and kind by kind.
 */
final class Containment {

    private Containment() {}

    /** Adds the findings of a lower standard's item against the higher standard. */
    static void verify(ItemStandard lower, DiscretionStandard higher, ItemFindings found) {
        Optional<ItemStandard> same = higher.item(lower.item().code());
        if (same.isEmpty()) {
            found.addAgainst(StandardFinding.Kind.ITEM_NOT_IN_HIGHER, higher.number(), List.of(),
                    found.parameters());
            return;
        }
        Regions regions = Regions.of(List.of(lower.tiers(), same.get().tiers()));
        List<List<BitSet[]>> low = regions.fired(0);
        List<List<BitSet[]>> high = regions.fired(1);
        List<Row<Tier>> lowRows = lower.tiers().rows();
        List<Row<Tier>> highRows = same.get().tiers().rows();
        for (int l = 0; l < lowRows.size(); l++) {
            for (int h = 0; h < highRows.size(); h++) {
                Tier inner = lowRows.get(l).output();
                Tier outer = highRows.get(h).output();
                Ranges.Fit fit = fit(inner, outer);
                if (!fit.within() && Regions.intersect(low.get(l), high.get(h))) {
                    Row<Tier> a = lowRows.get(l);
                    Row<Tier> b = highRows.get(h);
                    found.addAgainst(StandardFinding.Kind.NOT_CONTAINED, higher.number(), List.of(a.id(), b.id()),
                            found.parameters().put("row", a.id().value()).put("tier", inner.text())
                                    .put("higherRow", b.id().value()).put("higherTier", outer.text())
                                    .put("comparable", fit.comparable()));
                }
            }
        }
    }

    /**
     * How one tier sits in another: within if both give no penalty, or the inner imposes only kinds the outer does
     * and its fine lies within the outer's; not comparable if their fines are of different forms.
     */
    static Ranges.Fit fit(Tier inner, Tier outer) {
        boolean none = inner.level() == TierLevel.NO_PENALTY;
        boolean outerNone = outer.level() == TierLevel.NO_PENALTY;
        if (none || outerNone) {
            return new Ranges.Fit(true, none && !outerNone, outerNone && !none);
        }
        if (!outer.kinds().containsAll(inner.kinds())) {
            return new Ranges.Fit(true, false, true);
        }
        return inner.fine().map(f -> Ranges.fit(f, outer.fine().orElseThrow()))
                .orElse(new Ranges.Fit(true, false, false));
    }
}
