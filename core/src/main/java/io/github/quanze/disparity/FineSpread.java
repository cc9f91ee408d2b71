package io.github.quanze.disparity;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The spread of the fines of a group of like cases (罚款分布), by one {@link FineMeasure}: how many cases were fined,
 * the lowest and the highest fine with the case that reached each, and the mean.
 * <p>
 * Where several cases reach the lowest or the highest, the one with the smallest case number (in {@link String}
 * order) is named, so that the spread does not depend on the order of the cases. Amounts are in yuan with two
 * decimal places, the mean rounded half-even to the fen. Rates are compared exactly (a fine and its base against
 * another's, by cross-multiplication) and shown to 16 significant digits ({@link java.math.MathContext#DECIMAL64});
 * their mean is the group's total fines over its total bases (a mean weighted by the base), to 16 digits too.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  what is compared, not null
 * @param cases  how many cases of the group were fined by this measure, at least 1
 * @param min  the lowest fine or rate, not null
 * @param minCase  the case number of the case with the lowest, not null
 * @param max  the highest fine or rate, at least {@code min}, not null
 * @param maxCase  the case number of the case with the highest, not null
 * @param mean  the mean, not null
 */
public record FineSpread(FineMeasure measure, long cases, BigDecimal min, String minCase, BigDecimal max,
        String maxCase, BigDecimal mean) {

    /**
     * Creates a spread.
     *
     * @param measure  what is compared, not null
     * @param cases  how many cases of the group were fined by this measure, at least 1
     * @param min  the lowest fine or rate, not null
     * @param minCase  the case number of the case with the lowest, not null
     * @param max  the highest fine or rate, at least {@code min}, not null
     * @param maxCase  the case number of the case with the highest, not null
     * @param mean  the mean, not null
     * @throws IllegalArgumentException if there is no case, or the lowest is above the highest
     */
    public FineSpread {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(minCase, "minCase");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(maxCase, "maxCase");
        Objects.requireNonNull(mean, "mean");
        checkArgument(cases >= 1, "Fine spread: cases must be at least 1, but was %s", cases);
        checkArgument(min.compareTo(max) <= 0, "Fine spread: min %s must not be above max %s", min.toPlainString(),
                max.toPlainString());
    }
}
