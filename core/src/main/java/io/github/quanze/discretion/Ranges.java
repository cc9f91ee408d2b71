package io.github.quanze.discretion;

import java.math.BigDecimal;
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
     * How {@code inner} sits in {@code outer}: a multiple's factors and its range without a base (when it has one)
     * are compared; the threshold below which the range without a base applies is not.
     */
    static Fit fit(FineRange inner, FineRange outer) {
        if (!sameForm(inner, outer)) {
            return Fit.INCOMPARABLE;
        }
        boolean below = min(inner).compareTo(min(outer)) < 0;
        boolean above = max(inner).compareTo(max(outer)) > 0;
        if (inner instanceof FineRange.Multiple m && m.withoutBase().isPresent()) {
            Optional<FineRange.WithoutBase> o = ((FineRange.Multiple) outer).withoutBase();
            if (o.isEmpty()) {
                return new Fit(true, below, true);
            }
            Fit fallback = fit(m.withoutBase().get().range(), o.get().range());
            below |= fallback.belowMinimum();
            above |= fallback.aboveMaximum();
        }
        return new Fit(true, below, above);
    }
}
