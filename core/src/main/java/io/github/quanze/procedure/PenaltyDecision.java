package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.internal.Amounts;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The penalty decided (行政处罚决定内容): on whom, of which kinds (行政处罚法 Art 9), and the fine in yuan.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param party  the kind of party, not null
 * @param kinds  the kinds of penalty, at least one, not null
 * @param fine  the fine in yuan, present exactly when the kinds include {@link PenaltyKind#FINE}, not null
 */
public record PenaltyDecision(PartyType party, Set<PenaltyKind> kinds, Optional<BigDecimal> fine)
        implements StepContent {

    /**
     * Creates the content of a penalty decision.
     *
     * @throws IllegalArgumentException if no kind is given, a fine is given without {@link PenaltyKind#FINE} or
     *         missing with it, or the fine is not a positive amount of whole fen up to {@link Amounts#MAX_YUAN}
     */
    public PenaltyDecision {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(kinds, "kinds");
        checkArgument(!kinds.isEmpty(), "Penalty decision: kinds must name at least one penalty");
        kinds = Sets.immutableEnumSet(kinds);
        Objects.requireNonNull(fine, "fine");
        fine = fine.map(f -> Amounts.yuan("Penalty decision: fine", f));
        checkArgument(fine.isPresent() == kinds.contains(PenaltyKind.FINE), "Penalty decision: a fine amount must be "
                + "given exactly when the kinds include FINE, but kinds were %s and fine was %s", kinds, fine);
        checkArgument(fine.map(f -> f.signum() > 0).orElse(true), "Penalty decision: a fine must be more than 0 yuan");
    }

    /**
     * Obtains a decision of a fine, alone or with other penalties.
     *
     * @param party  the kind of party, not null
     * @param yuan  the fine in yuan, such as {@code new BigDecimal("200")}, not null
     * @param others  further kinds of penalty imposed with it, not null
     * @return the content, not null
     * @throws IllegalArgumentException if the fine is not a positive amount of whole fen
     */
    public static PenaltyDecision fine(PartyType party, BigDecimal yuan, PenaltyKind... others) {
        EnumSet<PenaltyKind> kinds = EnumSet.of(PenaltyKind.FINE, others);
        return new PenaltyDecision(party, kinds, Optional.of(yuan));
    }

    /**
     * Obtains a decision of penalties without a fine.
     *
     * @param party  the kind of party, not null
     * @param first  a kind of penalty other than a fine, not null
     * @param more  further kinds, not null
     * @return the content, not null
     * @throws IllegalArgumentException if a kind is {@link PenaltyKind#FINE}
     */
    public static PenaltyDecision of(PartyType party, PenaltyKind first, PenaltyKind... more) {
        return new PenaltyDecision(party, EnumSet.of(first, more), Optional.empty());
    }
}
