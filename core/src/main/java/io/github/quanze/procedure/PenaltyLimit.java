package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.internal.Amounts;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The penalties a procedure may decide (程序的适用范围): the kinds allowed and the largest fine per kind of party.
 * 行政处罚法 Art 51 limits the summary procedure to 警告 or a fine of at most 200 yuan for a citizen and 3,000 yuan for
 * a legal person or other organisation, "法律另有规定的，从其规定": a procedure under such a law declares its own limit.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kinds  the kinds of penalty allowed, at least one, not null
 * @param maxFine  the largest fine in yuan per kind of party, one for every kind of party when fines are allowed,
 *         not null
 * @param basis  the provision that sets the limit, not null
 */
public record PenaltyLimit(Set<PenaltyKind> kinds, Map<PartyType, BigDecimal> maxFine, LegalBasis basis) {

    /**
     * Creates a limit.
     *
     * @param kinds  the kinds of penalty allowed, at least one, not null
     * @param maxFine  the largest fine in yuan per kind of party, one for every kind of party when fines are allowed,
     *         not null
     * @param basis  the provision that sets the limit, not null
     * @throws IllegalArgumentException if no kind is allowed, fines are allowed without a cap for every kind of party
     *         or capped without being allowed, or a cap is not an amount of whole fen
     */
    public PenaltyLimit {
        Objects.requireNonNull(kinds, "kinds");
        checkArgument(!kinds.isEmpty(), "Penalty limit %s: kinds must allow at least one penalty", basis);
        kinds = Sets.immutableEnumSet(kinds);
        Objects.requireNonNull(maxFine, "maxFine");
        Map<PartyType, BigDecimal> caps = new EnumMap<>(PartyType.class);
        maxFine.forEach((party, cap) -> caps.put(Objects.requireNonNull(party, "party"),
                Amounts.yuan("Penalty limit: maxFine of " + party, cap)));
        maxFine = ImmutableMap.copyOf(caps);
        Objects.requireNonNull(basis, "basis");
        checkArgument(kinds.contains(PenaltyKind.FINE) ? maxFine.size() == PartyType.values().length
                : maxFine.isEmpty(), "Penalty limit %s: a cap must be given for every kind of party exactly when fines "
                + "are allowed, but kinds were %s and caps %s", basis, kinds, maxFine);
    }

    /**
     * Checks whether a decision stays within the limit: every kind allowed, and the fine, if any, at most the cap for
     * the party.
     *
     * @param decision  the penalty decided, not null
     * @return true if within the limit
     */
    public boolean allows(PenaltyDecision decision) {
        return kinds.containsAll(decision.kinds())
                && decision.fine().map(f -> f.compareTo(maxFine.get(decision.party())) <= 0).orElse(true);
    }
}
