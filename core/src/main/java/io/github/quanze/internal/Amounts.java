package io.github.quanze.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Checks amounts of money in yuan (元): exact, to the fen (分), never negative, and small enough that sums of them
 * never overflow.
 */
public final class Amounts {

    /** The largest amount accepted: one trillion yuan (一万亿元). */
    public static final BigDecimal MAX_YUAN = new BigDecimal("1000000000000.00");

    private Amounts() {}

    /**
     * Checks an amount in yuan and returns it with two decimal places, so that equal amounts are equal values.
     *
     * @param field  what the amount is, for the message, such as "fine"
     * @param yuan  the amount, not null
     * @return the amount with scale 2, not null
     * @throws IllegalArgumentException if the amount is negative, finer than a fen or above {@link #MAX_YUAN}
     * @throws NullPointerException if the amount is null
     */
    public static BigDecimal yuan(String field, BigDecimal yuan) {
        Objects.requireNonNull(yuan, field);
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException(String.format("%s must not be negative, but was %s yuan", field,
                    Texts.quoted(yuan)));
        }
        if (yuan.compareTo(MAX_YUAN) > 0) {
            throw new IllegalArgumentException(String.format("%s must be at most %s yuan, but was %s", field,
                    MAX_YUAN.toPlainString(), Texts.quoted(yuan.toPlainString())));
        }
        if (yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(String.format("%s must be a whole number of fen (at most 2 decimal "
                    + "places), but was %s yuan", field, Texts.quoted(yuan.toPlainString())));
        }
        return yuan.setScale(2, RoundingMode.UNNECESSARY);
    }
}
