package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a tier of a discretion standard (裁量格次): its level, the kinds of penalty it imposes and, with a
 * fine, the range of the fine, written in the statute's own form (a fixed range or a multiple of the same base).
 * The conditions under which a tier applies are the rows of the item's {@link io.github.quanze.rule.TableSpec}.
 * <pre>{@code
 * Tier ordinary = Tier.of(TierLevel.ORDINARY, FineRange.multiple(FineBase.BUSINESS_VOLUME, new BigDecimal("0.3"),
 *         new BigDecimal("0.4")), PenaltyKind.CONFISCATION_OF_GAINS);
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param level  the level, not null
 * @param kinds  the kinds imposed: none exactly for {@link TierLevel#NO_PENALTY}, not null
 * @param fine  the range of the fine, present exactly when the kinds include {@link PenaltyKind#FINE}, not null
 */
public record Tier(TierLevel level, Set<PenaltyKind> kinds, Optional<FineRange> fine) {

    /**
     * Orders tiers from the lightest to the gravest: by level; then by the fine: a tier without one before a tier
     * with one, then by the fine's form (a fixed range before multiples, multiples in the order of
     * {@link FineBase}), then, within one form, by the most and then the least fine; then by the number of kinds.
     * The order between two forms is a convention for a total order, not a finding that one fine is graver.
     */
    public static final Comparator<Tier> SEVERITY = Comparator.comparing(Tier::level)
            .thenComparing((a, b) -> Ranges.compare(a.fine, b.fine))
            .thenComparingInt(t -> t.kinds.size());

    /**
     * Creates a tier.
     *
     * @param level  the level, not null
     * @param kinds  the kinds imposed: none exactly for {@link TierLevel#NO_PENALTY}, not null
     * @param fine  the range of the fine, present exactly when the kinds include {@link PenaltyKind#FINE}, not null
     * @throws IllegalArgumentException if a 不予处罚 tier imposes a kind, another tier none, or the fine range is
     *         given without {@link PenaltyKind#FINE} or missing with it
     */
    public Tier {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kinds, "kinds");
        Objects.requireNonNull(fine, "fine");
        kinds = Sets.immutableEnumSet(kinds);
        checkArgument(kinds.isEmpty() == (level == TierLevel.NO_PENALTY), "Tier %s: %s", level,
                level == TierLevel.NO_PENALTY ? "a tier of no penalty imposes no kind, but has " + kinds
                        : "a tier must impose at least one kind");
        checkArgument(fine.isPresent() == kinds.contains(PenaltyKind.FINE), "Tier %s: a fine range must be given "
                + "exactly when the kinds include FINE, but kinds were %s and the range %s", level, kinds,
                fine.map(f -> f.text().zh()).orElse("none"));
    }

    /**
     * Returns the tier of no penalty (不予处罚).
     *
     * @return the tier, not null
     */
    public static Tier noPenalty() {
        return new Tier(TierLevel.NO_PENALTY, Set.of(), Optional.empty());
    }

    /**
     * Obtains a tier with a fine, alone or with other kinds.
     *
     * @param level  the level, not {@link TierLevel#NO_PENALTY}, not null
     * @param fine  the range of the fine, not null
     * @param others  other kinds imposed with it, such as 没收违法所得, not null
     * @return the tier, not null
     */
    public static Tier of(TierLevel level, FineRange fine, PenaltyKind... others) {
        return new Tier(level, EnumSet.of(PenaltyKind.FINE, others), Optional.of(Objects.requireNonNull(fine,
                "fine")));
    }

    /**
     * Obtains a tier without a fine, such as a warning.
     *
     * @param level  the level, not {@link TierLevel#NO_PENALTY}, not null
     * @param first  a kind other than a fine, not null
     * @param more  further kinds, not null
     * @return the tier, not null
     */
    public static Tier without(TierLevel level, PenaltyKind first, PenaltyKind... more) {
        return new Tier(level, EnumSet.of(first, more), Optional.empty());
    }

    /**
     * Computes the concrete fine of this tier for a base, as {@link FineRange#boundsFor}.
     *
     * @param base  the base in yuan, empty if none was found, not null
     * @return the bounds, empty if the tier has no fine or none for this base, not null
     */
    public Optional<FineBounds> boundsFor(Optional<BigDecimal> base) {
        return fine.flatMap(f -> f.boundsFor(base));
    }

    /**
     * Returns the tier in Chinese and English: 一般处罚：没收违法所得，违法经营总额0.3倍以上0.4倍以下罚款.
     *
     * @return the text, not null
     */
    public BilingualText text() {
        return DiscretionMessages.tier(this);
    }
}
