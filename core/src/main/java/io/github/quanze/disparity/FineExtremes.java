package io.github.quanze.disparity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The running spread of one measure of a group (罚款分布的累计): the count, the exact sum, and the lowest and the
 * highest value with the case that reached each, the smallest case number among equal values. Adding and merging
 * in any order give the same state. Not thread-safe.
 */
final class FineExtremes {

    private final FineMeasure measure;
    private long count;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal min;
    private DecidedPenalty minCase;
    private BigDecimal max;
    private DecidedPenalty maxCase;

    FineExtremes(FineMeasure measure) {
        this.measure = measure;
    }

    void add(BigDecimal value, DecidedPenalty decided) {
        count++;
        sum = sum.add(value);
        if (min == null || lower(value, decided, min, minCase)) {
            min = value;
            minCase = decided;
        }
        if (max == null || higher(value, decided, max, maxCase)) {
            max = value;
            maxCase = decided;
        }
    }

    void merge(FineExtremes other) {
        if (other.count == 0) {
            return;
        }
        if (count == 0 || lower(other.min, other.minCase, min, minCase)) {
            min = other.min;
            minCase = other.minCase;
        }
        // the greater, or at an equal value the smaller case number: "lower" with the case order reversed
        if (count == 0 || higher(other.max, other.maxCase, max, maxCase)) {
            max = other.max;
            maxCase = other.maxCase;
        }
        count += other.count;
        sum = sum.add(other.sum);
    }

    /** Whether (a, x) comes before (b, y) for the minimum: a smaller value, or an equal one of a smaller case. */
    private static boolean lower(BigDecimal a, DecidedPenalty x, BigDecimal b, DecidedPenalty y) {
        int c = a.compareTo(b);
        return c < 0 || c == 0 && x.caseId().compareTo(y.caseId()) < 0;
    }

    /** Whether (a, x) comes before (b, y) for the maximum: a greater value, or an equal one of a smaller case. */
    private static boolean higher(BigDecimal a, DecidedPenalty x, BigDecimal b, DecidedPenalty y) {
        int c = a.compareTo(b);
        return c > 0 || c == 0 && x.caseId().compareTo(y.caseId()) < 0;
    }

    long count() {
        return count;
    }

    DecidedPenalty minCase() {
        return minCase;
    }

    DecidedPenalty maxCase() {
        return maxCase;
    }

    /** The spread, or null if no case was added. */
    FineSpread spread() {
        if (count == 0) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(count);
        BigDecimal mean = measure == FineMeasure.AMOUNT ? sum.divide(n, 2, RoundingMode.HALF_EVEN)
                : sum.divide(n, MathContext.DECIMAL64);
        return new FineSpread(measure, count, min, minCase.caseId(), max, maxCase.caseId(), mean);
    }
}
