package io.github.quanze.discretion;

import io.github.quanze.rule.RuleRef;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The discretion ruled for one offence (处罚裁量结果): whether the act is time-barred (行政处罚法 Art 36), whether
 * no penalty is given and why (Arts 30, 31, 33), which standard and edition applies and why (Art 37), the tier the
 * facts fall in, the kinds and the exact range of the fine, its middle where the standard makes that the default, and
 * the reasoning (说理) a 处罚决定书 can carry, rendered from these data by {@link #text()}.
 * <p>
 * Legal outcomes are values: facts no tier covers give the statutory range ({@link #isUncovered()}); a tier graver
 * than 从轻, or the statutory range, for a party the statute says must be treated lighter gives the lower half of that
 * range ({@link #isMitigatedWithinTier()}, our interpretation).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PenaltyRuling {

    private final Offence offence;
    private final Disposition disposition;
    private final List<RulingGround> grounds;
    private final LimitationResult limitation;
    private final ViolationItem item;
    private final Optional<DiscretionStandard> standard;
    private final VersionBasis version;
    private final Optional<DiscretionStandard> setAside;
    private final Optional<RuleRef> row;
    private final Optional<Tier> tier;
    private final boolean mitigatedWithinTier;
    private final boolean uncovered;
    private final Set<PenaltyKind> kinds;
    private final Optional<FineBounds> bounds;
    private final Optional<BigDecimal> midpoint;

    PenaltyRuling(Offence offence, Disposition disposition, List<RulingGround> grounds, LimitationResult limitation,
            ViolationItem item, Optional<DiscretionStandard> standard, VersionBasis version,
            Optional<DiscretionStandard> setAside, Optional<RuleRef> row, Optional<Tier> tier,
            boolean mitigatedWithinTier, boolean uncovered, Set<PenaltyKind> kinds, Optional<FineBounds> bounds,
            Optional<BigDecimal> midpoint) {
        this.offence = offence;
        this.disposition = disposition;
        this.grounds = List.copyOf(grounds);
        this.limitation = limitation;
        this.item = item;
        this.standard = standard;
        this.version = version;
        this.setAside = setAside;
        this.row = row;
        this.tier = tier;
        this.mitigatedWithinTier = mitigatedWithinTier;
        this.uncovered = uncovered;
        this.kinds = kinds;
        this.bounds = bounds;
        this.midpoint = midpoint;
    }

    /**
     * Returns the offence ruled on.
     *
     * @return the offence, not null
     */
    public Offence offence() {
        return offence;
    }

    /**
     * Returns what the ruling disposes.
     *
     * @return the disposition, not null
     */
    public Disposition disposition() {
        return disposition;
    }

    /**
     * Returns whether a penalty is given.
     *
     * @return true for {@link Disposition#PENALTY}
     */
    public boolean isPenalty() {
        return disposition == Disposition.PENALTY;
    }

    /**
     * Returns the statutory grounds of the ruling, in the order of 行政处罚法: no penalty, mitigation, edition.
     *
     * @return the grounds, not null
     */
    public List<RulingGround> grounds() {
        return grounds;
    }

    /**
     * Returns the limitation check (Art 36).
     *
     * @return the result, not null
     */
    public LimitationResult limitation() {
        return limitation;
    }

    /**
     * Returns the violation item applied, in the edition of the standard applied.
     *
     * @return the item, not null
     */
    public ViolationItem item() {
        return item;
    }

    /**
     * Returns the standard applied.
     *
     * @return the standard, empty if none grades the item on the day that counts, not null
     */
    public Optional<DiscretionStandard> standard() {
        return standard;
    }

    /**
     * Returns which rules apply and why (Art 37).
     *
     * @return the basis, not null
     */
    public VersionBasis version() {
        return version;
    }

    /**
     * Returns the standard compared and not applied under Art 37.
     *
     * @return the standard, empty if the rules did not change, not null
     */
    public Optional<DiscretionStandard> setAside() {
        return setAside;
    }

    /**
     * Returns the row of the standard the facts fall in.
     *
     * @return the row's reference, empty if no row applies or no tier was reached, not null
     */
    public Optional<RuleRef> row() {
        return row;
    }

    /**
     * Returns the tier the facts fall in.
     *
     * @return the tier, empty if no row applies or no tier was reached, not null
     */
    public Optional<Tier> tier() {
        return tier;
    }

    /**
     * Returns whether the statute's mandatory mitigation (Arts 30, 32) limited the fine to the lower half of a tier
     * graver than 从轻, or of the statutory range where no tier applies (our interpretation of 从轻 within a range; the
     * standard should have provided for it). False where the penalty has no fine bounds.
     *
     * @return true if so
     */
    public boolean isMitigatedWithinTier() {
        return mitigatedWithinTier;
    }

    /**
     * Returns whether a standard applies but none of its rows covers the facts, so the statutory range applies.
     *
     * @return true if so
     */
    public boolean isUncovered() {
        return uncovered;
    }

    /**
     * Returns the kinds of penalty to impose: the tier's, or, where no tier applies, every kind the statute's clauses
     * allow, the optional ones too, as the agency may impose them.
     *
     * @return the kinds, in the order of 行政处罚法 Art 9 ({@link PenaltyKind}'s order), empty without a penalty, not
     *         null
     */
    public Set<PenaltyKind> kinds() {
        return kinds;
    }

    /**
     * Returns the range of the fine for this offence.
     *
     * @return the bounds, empty without a fine or when the base found gives none, not null
     */
    public Optional<FineBounds> bounds() {
        return bounds;
    }

    /**
     * Returns the middle of the range, rounded half up to the fen, where the standard makes it the default fine.
     *
     * @return the amount in yuan, not null
     */
    public Optional<BigDecimal> midpoint() {
        return midpoint;
    }

    /**
     * Returns whether an amount is a fine this ruling allows.
     *
     * @param yuan  the amount, not null
     * @return true if a fine is given and the amount is within its bounds
     */
    public boolean allows(BigDecimal yuan) {
        return bounds.map(b -> b.contains(yuan)).orElse(false);
    }

    /**
     * Returns the reasoning (说理) in Chinese and English: the item and its provisions, the limitation, the grounds,
     * the standard, its edition and tier, and the penalty.
     *
     * @return the text, not null
     */
    public BilingualText text() {
        return RulingMessages.ruling(this);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PenaltyRuling r && offence.equals(r.offence) && disposition == r.disposition
                && grounds.equals(r.grounds) && limitation.equals(r.limitation) && item.equals(r.item)
                && standard.equals(r.standard) && version == r.version && setAside.equals(r.setAside)
                && row.equals(r.row) && tier.equals(r.tier) && mitigatedWithinTier == r.mitigatedWithinTier
                && uncovered == r.uncovered && kinds.equals(r.kinds) && bounds.equals(r.bounds)
                && midpoint.equals(r.midpoint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(offence, disposition, grounds, row, tier, kinds, bounds);
    }

    @Override
    public String toString() {
        return "PenaltyRuling[" + offence.item() + " " + disposition + grounds + ", " + row.map(r -> r.id().toString())
                .orElse("no row") + ", " + kinds + ", " + bounds.map(b -> b.min() + "–" + b.max()).orElse("no fine")
                + "]";
    }
}
