package io.github.quanze.disparity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The running spread of one measure of a group (罚款分布的累计): the count, the exact sums, and the lowest and the
 * highest value with the case that reached each, the smallest case number among equal values. Amounts are held in
 * fen; a rate as its fine and base in fen, compared by cross-multiplication in 128 bits, exactly and without a
 * division or an object per case; values become {@link BigDecimal}s only when the spread is reported. Adding and
 * merging in any order give the same state. Not thread-safe.
 */
final class FineExtremes {

    private final boolean rate;
    private long count;
    private final Sum fines = new Sum();
    private final Sum bases = new Sum();
    private long minFine;
    private long minBase;
    private DecidedPenalty minCase;
    private long maxFine;
    private long maxBase;
    private DecidedPenalty maxCase;

    FineExtremes(FineMeasure measure) {
        this.rate = measure == FineMeasure.RATE;
    }

    /** Adds a fine in fen, with its base in fen for a rate (1 for an amount). */
    void add(long fine, long base, DecidedPenalty decided) {
        count++;
        fines.add(fine);
        if (rate) {
            bases.add(base);
        }
        if (minCase == null || before(fine, base, decided, minFine, minBase, minCase, -1)) {
            minFine = fine;
            minBase = base;
            minCase = decided;
        }
        if (maxCase == null || before(fine, base, decided, maxFine, maxBase, maxCase, 1)) {
            maxFine = fine;
            maxBase = base;
            maxCase = decided;
        }
    }

    void merge(FineExtremes other) {
        if (other.count == 0) {
            return;
        }
        if (count == 0 || before(other.minFine, other.minBase, other.minCase, minFine, minBase, minCase, -1)) {
            minFine = other.minFine;
            minBase = other.minBase;
            minCase = other.minCase;
        }
        if (count == 0 || before(other.maxFine, other.maxBase, other.maxCase, maxFine, maxBase, maxCase, 1)) {
            maxFine = other.maxFine;
            maxBase = other.maxBase;
            maxCase = other.maxCase;
        }
        count += other.count;
        fines.add(other.fines);
        bases.add(other.bases);
    }

    /**
     * Whether value a (of case x) comes before value b (of case y): further in the direction ({@code -1} for the
     * least, {@code 1} for the greatest), or equal and of a smaller case number.
     */
    private static boolean before(long fineA, long baseA, DecidedPenalty x, long fineB, long baseB,
            DecidedPenalty y, int direction) {
        int c = compare(fineA, baseA, fineB, baseB);
        return c == direction || c == 0 && x.caseId().compareTo(y.caseId()) < 0;
    }

    /**
     * Compares a/b with c/d as a·d with c·b, both products in 128 bits (all four are at most 10^14, and b and d
     * positive); an amount has base 1.
     */
    static int compare(long a, long b, long c, long d) {
        long high = Math.multiplyHigh(a, d);
        long otherHigh = Math.multiplyHigh(c, b);
        if (high != otherHigh) {
            return high < otherHigh ? -1 : 1;
        }
        return Integer.signum(Long.compareUnsigned(a * d, c * b));
    }

    DecidedPenalty minCase() {
        return minCase;
    }

    DecidedPenalty maxCase() {
        return maxCase;
    }

    /**
     * Whether the highest is more than {@code ratio} times the lowest, exactly: max fine · min base against ratio ·
     * min fine · max base (an amount's base is 1). A spread of exactly the ratio is not beyond it. Fines are more
     * than 0 ({@link DecidedPenalty.Builder#fine}), so the lowest is too.
     */
    boolean isBeyond(BigDecimal ratio) {
        if (count < 2) {
            return false;
        }
        BigDecimal high = BigDecimal.valueOf(maxFine).multiply(BigDecimal.valueOf(minBase));
        BigDecimal low = ratio.multiply(BigDecimal.valueOf(minFine)).multiply(BigDecimal.valueOf(maxBase));
        return high.compareTo(low) > 0;
    }

    /**
     * The spread, or null if no case was added: amounts in yuan and their mean rounded half-even to the fen; rates
     * divided to 16 significant digits, their mean the group's total fines over its total bases.
     */
    FineSpread spread() {
        if (count == 0) {
            return null;
        }
        if (rate) {
            return new FineSpread(FineMeasure.RATE, count, rate(minFine, minBase), minCase.caseId(),
                    rate(maxFine, maxBase), maxCase.caseId(), fines.value().divide(bases.value(),
                    MathContext.DECIMAL64));
        }
        return new FineSpread(FineMeasure.AMOUNT, count, yuan(minFine), minCase.caseId(), yuan(maxFine),
                maxCase.caseId(), fines.value().movePointLeft(2).divide(BigDecimal.valueOf(count), 2,
                RoundingMode.HALF_EVEN));
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static BigDecimal rate(long fine, long base) {
        return BigDecimal.valueOf(fine).divide(BigDecimal.valueOf(base), MathContext.DECIMAL64);
    }

    /** An exact sum of non-negative longs: a long while it holds, the rest carried in a BigDecimal. */
    private static final class Sum {
        private long low;
        private BigDecimal carried = BigDecimal.ZERO;

        void add(long n) {
            if (n > Long.MAX_VALUE - low) {
                carried = carried.add(BigDecimal.valueOf(low));
                low = 0;
            }
            low += n;
        }

        void add(Sum other) {
            add(other.low);
            carried = carried.add(other.carried);
        }

        BigDecimal value() {
            return carried.add(BigDecimal.valueOf(low));
        }
    }
}
