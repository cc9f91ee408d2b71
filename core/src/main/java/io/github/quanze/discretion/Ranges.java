package io.github.quanze.discretion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Comparisons of fine ranges written in the same form: the order of {@link Tier#SEVERITY}, and containment. */
final class Ranges {

    /** How a range sits in another of the same form. */
    record Fit(boolean comparable, boolean belowMinimum, boolean aboveMaximum) {
        static final Fit INCOMPARABLE = new Fit(false, false, false);

        boolean within() {
            return comparable && !belowMinimum && !aboveMaximum;
        }
    }

    private static final BigDecimal FEN = new BigDecimal("0.01");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Ranges() {}

    /** Orders absent before present, then by form (fixed, then multiples by base), then by max, then by min. */
    static int compare(Optional<FineRange> a, Optional<FineRange> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isPresent(), b.isPresent());
        }
        int form = Integer.compare(rank(a.get()), rank(b.get()));
        if (form != 0) {
            return form;
        }
        int max = max(a.get()).compareTo(max(b.get()));
        return max != 0 ? max : min(a.get()).compareTo(min(b.get()));
    }

    private static int rank(FineRange range) {
        return range instanceof FineRange.Multiple m ? 1 + m.base().ordinal() : 0;
    }

    static BigDecimal max(FineRange range) {
        return range instanceof FineRange.Multiple m ? m.maxFactor() : ((FineRange.Fixed) range).max();
    }

    static BigDecimal min(FineRange range) {
        return (range instanceof FineRange.Multiple m ? m.minFactor() : ((FineRange.Fixed) range).min())
                .orElse(BigDecimal.ZERO);
    }

    /** True if both ranges are of the same form: fixed, or multiples of the same base. */
    static boolean sameForm(FineRange a, FineRange b) {
        return rank(a) == rank(b);
    }

    /**
     * How {@code inner} sits in {@code outer}, for every base amount: a multiple's factors, its range without a base
     * (when it has one), and the bases between the two thresholds, where one range applies its multiple and the other
     * its range without base, are compared. A base for which {@code inner} sets no fine is not compared.
     */
    static Fit fit(FineRange inner, FineRange outer) {
        if (!sameForm(inner, outer)) {
            return Fit.INCOMPARABLE;
        }
        boolean below = min(inner).compareTo(min(outer)) < 0;
        boolean above = max(inner).compareTo(max(outer)) > 0;
        if (inner instanceof FineRange.Multiple m) {
            FineRange.Multiple o = (FineRange.Multiple) outer;
            if (m.withoutBase().isPresent()) {
                if (o.withoutBase().isEmpty()) {
                    return new Fit(true, below, true);
                }
                Fit fallback = fit(m.withoutBase().get().range(), o.withoutBase().get().range());
                below |= fallback.belowMinimum();
                above |= fallback.aboveMaximum();
            }
            Fit crossing = crossing(m, o);
            below |= crossing.belowMinimum();
            above |= crossing.aboveMaximum();
        }
        return new Fit(true, below, above);
    }

    /**
     * Compares the bases between the thresholds of two multiples: there one applies its multiple and the other its
     * range without base. Both bounds grow with the base, so the ends of that span are the worst cases.
     */
    private static Fit crossing(FineRange.Multiple inner, FineRange.Multiple outer) {
        BigDecimal innerFrom = threshold(inner);
        BigDecimal outerFrom = threshold(outer);
        int order = innerFrom.compareTo(outerFrom);
        if (order == 0) {
            return new Fit(true, false, false);
        }
        BigDecimal first = order < 0 ? innerFrom : outerFrom;
        BigDecimal last = (order < 0 ? outerFrom : innerFrom).subtract(FEN);
        FineBounds innerFirst = bounds(inner, first);
        FineBounds innerLast = bounds(inner, last);
        FineBounds outerFirst = bounds(outer, first);
        FineBounds outerLast = bounds(outer, last);
        boolean below = innerFirst.min().compareTo(order < 0 ? outerFirst.min() : outerLast.min()) < 0;
        boolean above = (order < 0 ? innerLast.max() : innerFirst.max()).compareTo(outerFirst.max()) > 0;
        return new Fit(true, below, above);
    }

    /** The least base from which the multiple applies: its threshold, or one fen. */
    private static BigDecimal threshold(FineRange.Multiple range) {
        return range.withoutBase().flatMap(FineRange.WithoutBase::threshold).orElse(FEN);
    }

    /** The bounds for a base at which both ranges set a fine: past a threshold or below it with a range. */
    private static FineBounds bounds(FineRange.Multiple range, BigDecimal base) {
        return range.boundsFor(Optional.of(base)).orElseThrow();
    }

    /**
     * True if {@code graver} is lighter than {@code lighter} although of a graver level: of the same form, with a
     * smaller most or least, in the multiple or in the range without base where both have one.
     */
    static boolean isLighter(FineRange graver, FineRange lighter) {
        if (!sameForm(graver, lighter)) {
            return false;
        }
        if (max(graver).compareTo(max(lighter)) < 0 || min(graver).compareTo(min(lighter)) < 0) {
            return true;
        }
        Optional<FineRange.Fixed> g = withoutBase(graver);
        Optional<FineRange.Fixed> l = withoutBase(lighter);
        return g.isPresent() && l.isPresent() && isLighter(g.get(), l.get());
    }

    /** The range without base of a multiple. */
    static Optional<FineRange.Fixed> withoutBase(FineRange range) {
        return range instanceof FineRange.Multiple m ? m.withoutBase().map(FineRange.WithoutBase::range)
                : Optional.empty();
    }

    /** The middle of a range: half way between its least (0 if none) and its most. */
    static BigDecimal middle(FineRange range) {
        return half(min(range), max(range));
    }

    /** The middle of exact bounds in yuan, rounded half up to the fen. */
    static BigDecimal middle(FineBounds bounds) {
        return bounds.min().add(bounds.max()).divide(TWO, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal half(BigDecimal least, BigDecimal most) {
        return least.add(most).divide(TWO);
    }
}
