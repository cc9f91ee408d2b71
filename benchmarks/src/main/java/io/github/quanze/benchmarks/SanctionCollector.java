package io.github.quanze.benchmarks;

import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Collects the measures of every rule a rule engine fires for one fault, and combines them as the table's
 * {@link io.github.quanze.rule.HitPolicy#COLLECT} aggregation {@link Sanction#combine} does: every measure once, and
 * of the governmental sanctions only the heaviest. Used by {@link DroolsSanctions} (as a DRL global),
 * {@link EasyRulesSanctions} (as a fact) and {@link DmnSanctions}; one collector per decision, or one cleared before
 * each decision ({@link DroolsReusedSanctions}); not thread-safe.
 */
public final class SanctionCollector {

    private final EnumSet<SanctionKind> kinds = EnumSet.noneOf(SanctionKind.class);
    private int fired;

    /** Creates an empty collector. */
    public SanctionCollector() {}

    /**
     * Records a fired rule whose outcome is the given measures.
     *
     * @param measures  the measures of the rule's sanction, none for {@link Sanction#none()}, not null
     */
    public void add(SanctionKind... measures) {
        fired++;
        for (SanctionKind measure : measures) {
            kinds.add(measure);
        }
    }

    /** Empties the collector, for a collector reused across decisions ({@link DroolsReusedSanctions}). */
    public void clear() {
        kinds.clear();
        fired = 0;
    }

    /**
     * Returns how many rules fired.
     *
     * @return the count
     */
    public int fired() {
        return fired;
    }

    /**
     * Returns the combined sanction.
     *
     * @return the sanction, empty if no rule fired, not null
     */
    public Optional<Sanction> sanction() {
        if (fired == 0) {
            return Optional.empty();
        }
        if (kinds.isEmpty()) {
            return Optional.of(Sanction.none());
        }
        SanctionKind[] all = kinds.toArray(new SanctionKind[0]);
        // Sanction.of keeps the heaviest governmental sanction, as Sanction.combine does
        return Optional.of(Sanction.of(all[0], Arrays.copyOfRange(all, 1, all.length)));
    }
}
