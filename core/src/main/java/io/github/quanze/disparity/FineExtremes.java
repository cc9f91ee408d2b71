package io.github.quanze.disparity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The running spread of one measure of a group (罚款分布的累计): the count, the exact sums, and the lowest and the
 * highest value with the case that reached each, the smallest case number among equal values. A rate is kept as its
 * fine and base and compared by cross-multiplication, exactly and without a division per case; it is divided only
 * when the spread is reported. Adding and merging in any order give the same state. Not thread-safe.
 */
final class FineExtremes {

    private final boolean rate;
    private long count;
    private BigDecimal sumFine = BigDecimal.ZERO;
    private BigDecimal sumBase = BigDecimal.ZERO;
    private BigDecimal minFine;
    private BigDecimal minBase;
    private DecidedPenalty minCase;
    private BigDecimal maxFine;
    private BigDecimal maxBase;
    private DecidedPenalty maxCase;

    FineExtremes(FineMeasure measure) {
        this.rate = measure == FineMeasure.RATE;
    }

    /** Adds a fine, with its base for a rate (ignored for an amount). */
    void add(BigDecimal fine, BigDecimal base, DecidedPenalty decided) {
        count++;
        sumFine = sumFine.add(fine);
        if (rate) {
            sumBase = sumBase.add(base);
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
        sumFine = sumFine.add(other.sumFine);
        sumBase = sumBase.add(other.sumBase);
    }

    /**
     * Whether value a (of case x) comes before value b (of case y): further in the direction ({@code -1} for the
     * least, {@code 1} for the greatest), or equal and of a smaller case number.
     */
    private boolean before(BigDecimal fineA, BigDecimal baseA, DecidedPenalty x, BigDecimal fineB, BigDecimal baseB,
            DecidedPenalty y, int direction) {
        int c = compare(fineA, baseA, fineB, baseB);
        return c == direction || c == 0 && x.caseId().compareTo(y.caseId()) < 0;
    }

    /** Compares two values, amounts as they are, rates a/b against c/d as a·d against c·b (bases are positive). */
    private int compare(BigDecimal fineA, BigDecimal baseA, BigDecimal fineB, BigDecimal baseB) {
        return Integer.signum(rate ? fineA.multiply(baseB).compareTo(fineB.multiply(baseA)) : fineA.compareTo(fineB));
    }

    DecidedPenalty minCase() {
        return minCase;
    }

    DecidedPenalty maxCase() {
        return maxCase;
    }

    /**
     * Whether the highest is more than {@code ratio} times the lowest, exactly: for rates max fine · min base against
     * ratio · min fine · max base. A spread of exactly the ratio is not beyond it. Fines are more than 0
     * ({@link DecidedPenalty.Builder#fine}), so the lowest is too.
     */
    boolean isBeyond(BigDecimal ratio) {
        if (count < 2) {
            return false;
        }
        return rate ? maxFine.multiply(minBase).compareTo(ratio.multiply(minFine).multiply(maxBase)) > 0
                : maxFine.compareTo(ratio.multiply(minFine)) > 0;
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
            return new FineSpread(FineMeasure.RATE, count, minFine.divide(minBase, MathContext.DECIMAL64),
                    minCase.caseId(), maxFine.divide(maxBase, MathContext.DECIMAL64), maxCase.caseId(),
                    sumFine.divide(sumBase, MathContext.DECIMAL64));
        }
        return new FineSpread(FineMeasure.AMOUNT, count, minFine, minCase.caseId(), maxFine, maxCase.caseId(),
                sumFine.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN));
    }
}
