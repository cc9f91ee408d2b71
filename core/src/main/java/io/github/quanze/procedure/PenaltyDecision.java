package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.internal.Amounts;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The penalty decided (行政处罚决定内容): on whom, of which kinds (行政处罚法 Art 9), the fine in yuan, and, where
 * the agency records it, the offence it punishes ({@link Offence}: the violation item, the days of the act, its
 * discovery and the decision, the fine base, the circumstances and the party's side), which a replay with the
 * agency's discretion standards checks the penalty against ({@link CaseRecord#replay(java.time.LocalDate,
 * io.github.quanze.discretion.PenaltyDiscretion)}).
 * <p>
 * The offence is decided on the day of the decision: a case record refuses a decision whose offence names another
 * day than the step that records it ({@link CaseRecord#append}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param party  the kind of party, not null
 * @param kinds  the kinds of penalty, at least one, not null
 * @param fine  the fine in yuan, present exactly when the kinds include {@link PenaltyKind#FINE}, not null
 * @param offence  the offence punished, empty if the decision does not record it, not null
 */
public record PenaltyDecision(PartyType party, Set<PenaltyKind> kinds, Optional<BigDecimal> fine,
        Optional<Offence> offence) implements StepContent {

    /**
     * Creates the content of a penalty decision.
     *
     * @param party  the kind of party, not null
     * @param kinds  the kinds of penalty, at least one, not null
     * @param fine  the fine in yuan, present exactly when the kinds include {@link PenaltyKind#FINE}, not null
     * @param offence  the offence punished, empty if the decision does not record it, not null
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
        Objects.requireNonNull(offence, "offence");
    }

    /**
     * Creates the content of a penalty decision that does not record its offence.
     *
     * @param party  the kind of party, not null
     * @param kinds  the kinds of penalty, at least one, not null
     * @param fine  the fine in yuan, present exactly when the kinds include {@link PenaltyKind#FINE}, not null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public PenaltyDecision(PartyType party, Set<PenaltyKind> kinds, Optional<BigDecimal> fine) {
        this(party, kinds, fine, Optional.empty());
    }

    /**
     * Obtains a decision of a fine, alone or with other penalties, without its offence.
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
     * Obtains a decision of penalties without a fine, and without its offence.
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

    /**
     * Returns a copy that records the offence punished, in place of any recorded before.
     * <pre>{@code
     * PenaltyDecision decided = PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("3000"))
     *         .withOffence(offence);
     * }</pre>
     *
     * @param offence  the offence, decided on the day of the step that records this decision, not null
     * @return the decision, not null
     */
    public PenaltyDecision withOffence(Offence offence) {
        return new PenaltyDecision(party, kinds, fine, Optional.of(Objects.requireNonNull(offence, "offence")));
    }
}
