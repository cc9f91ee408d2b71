package io.github.quanze.discretion;

import io.github.quanze.internal.Amounts;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The concrete fine range for the facts of a case (具体罚款幅度): the least and the most fine in yuan that a
 * {@link FineRange} allows once the base amount, if any, is known.
 * <p>
 * A range with no statutory minimum ("…元以下") has a minimum of 0 yuan; a fine must still be more than nothing.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param min  the least fine in yuan, whole fen, not null
 * @param max  the most fine in yuan, whole fen, at least {@code min}, not null
 * @param source  how the range was found, not null
 */
public record FineBounds(BigDecimal min, BigDecimal max, Source source) {

    /** 幅度来源 Where a concrete range comes from. */
    public enum Source {
        /** A fixed range in yuan (定额罚款幅度). */
        FIXED,
        /** A multiple of the base amount (倍数罚款). */
        MULTIPLE,
        /** The range the statute sets where there is no base amount, or it is below a threshold. */
        WITHOUT_BASE
    }

    /**
     * Creates concrete bounds.
     *
     * @param min  the least fine in yuan, whole fen, not null
     * @param max  the most fine in yuan, whole fen, at least {@code min}, not null
     * @param source  how the range was found, not null
     * @throws IllegalArgumentException if an amount is negative or not whole fen, or the minimum is above the maximum
     */
    public FineBounds {
        min = checkAmount("min", min);
        max = checkAmount("max", max);
        Objects.requireNonNull(source, "source");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException(String.format("Fine bounds: min %s yuan must not be above max %s yuan",
                    min.toPlainString(), max.toPlainString()));
        }
    }

    private static BigDecimal checkAmount(String name, BigDecimal yuan) {
        Objects.requireNonNull(yuan, name);
        // a multiple of a base may exceed Amounts.MAX_YUAN (a trillion yuan times a factor), so only sign and fen
        if (yuan.signum() < 0 || yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(String.format("Fine bounds: %s must be a non-negative whole number "
                    + "of fen, but was %s yuan", name, yuan.toPlainString()));
        }
        return yuan.setScale(2);
    }

    /**
     * Checks whether a fine lies within these bounds, both ends included.
     *
     * @param yuan  the fine in yuan, not null
     * @return true if {@code min <= yuan <= max}
     */
    public boolean contains(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        return min.compareTo(yuan) <= 0 && yuan.compareTo(max) <= 0;
    }

    /**
     * Returns the range in Chinese and English: 应处200.00元以上2000.00元以下罚款; a range from a multiple says that
     * its amounts were rounded to the fen inward, which the statutes do not say (an interpretation).
     *
     * @return the text, not null
     */
    public BilingualText text() {
        return DiscretionMessages.bounds(this);
    }

    static BigDecimal checkedBase(BigDecimal base) {
        return Amounts.yuan("Fine base amount", base);
    }
}
