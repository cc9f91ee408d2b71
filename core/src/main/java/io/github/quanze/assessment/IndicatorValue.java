package io.github.quanze.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.text.BilingualText;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The value of an indicator for one agency and period (指标值): a ratio of two counts scaled to 100, a count, or
 * no data (无数据).
 * <p>
 * "No data" is a value, not zero: an agency with no decided reconsideration has no correction rate, and an
 * assessment scheme treats the indicator as absent rather than perfect or failed. Building a ratio over a zero
 * denominator directly is a programming error and throws; {@link #ratioOrNoData} is the lenient factory.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorValue {

    private final Indicator indicator;
    private final boolean data;
    private final long part;
    private final long whole;
    private final double value;

    private IndicatorValue(Indicator indicator, boolean data, long part, long whole, double value) {
        this.indicator = indicator;
        this.data = data;
        this.part = part;
        this.whole = whole;
        this.value = value;
    }

    /**
     * Obtains the value of an indicator that has no data in the period (无数据).
     *
     * @param indicator  the indicator, not null
     * @return the value, not null
     */
    public static IndicatorValue noData(Indicator indicator) {
        return new IndicatorValue(Objects.requireNonNull(indicator, "indicator"), false, 0, 0, Double.NaN);
    }

    /**
     * Obtains a ratio indicator: {@code part / whole × 100}.
     *
     * @param indicator  the indicator, not {@link Indicator#COMPLAINT_COUNT}, not null
     * @param part  the numerator, not negative
     * @param whole  the denominator, positive
     * @return the value, not null
     * @throws IllegalArgumentException if the indicator is a count, a count is negative or the denominator is zero;
     *         the message names the indicator
     */
    public static IndicatorValue ratio(Indicator indicator, long part, long whole) {
        Objects.requireNonNull(indicator, "indicator");
        checkArgument(indicator.unit() != Indicator.Unit.COUNT, "Indicator %s (%s) is a count, not a ratio; use "
                + "IndicatorValue.count", indicator, indicator.label().zh());
        checkArgument(whole > 0, "Indicator %s (%s): the denominator must be positive, but was %s; an agency "
                + "without cases has no data (IndicatorValue.noData), not a rate", indicator, indicator.label().zh(),
                whole);
        checkArgument(part >= 0, "Indicator %s (%s): the numerator must not be negative, but was %s", indicator,
                indicator.label().zh(), part);
        return new IndicatorValue(indicator, true, part, whole, 100.0 * part / whole);
    }

    /**
     * Obtains a ratio indicator, or no data if the denominator is zero.
     *
     * @param indicator  the indicator, not a count, not null
     * @param part  the numerator, not negative
     * @param whole  the denominator, not negative
     * @return the value, not null
     * @throws IllegalArgumentException as {@link #ratio}, for a negative count
     */
    public static IndicatorValue ratioOrNoData(Indicator indicator, long part, long whole) {
        return whole == 0 && part >= 0 ? noData(indicator) : ratio(indicator, part, whole);
    }

    /**
     * Obtains a count indicator.
     *
     * @param indicator  the indicator, {@link Indicator#COMPLAINT_COUNT}, not null
     * @param count  the count, not negative
     * @return the value, not null
     * @throws IllegalArgumentException if the indicator is a ratio or the count negative
     */
    public static IndicatorValue count(Indicator indicator, long count) {
        Objects.requireNonNull(indicator, "indicator");
        checkArgument(indicator.unit() == Indicator.Unit.COUNT, "Indicator %s (%s) is a ratio, not a count; use "
                + "IndicatorValue.ratio", indicator, indicator.label().zh());
        checkArgument(count >= 0, "Indicator %s (%s): the count must not be negative, but was %s", indicator,
                indicator.label().zh(), count);
        return new IndicatorValue(indicator, true, count, 1, count);
    }

    /** @return the indicator, not null */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Checks whether the indicator has data in the period.
     *
     * @return false for {@link #noData}
     */
    public boolean hasData() {
        return data;
    }

    /**
     * Returns the value: a percentage, points of 100, per 100 cases, or a count.
     *
     * @return the value, empty if there is no data
     */
    public OptionalDouble value() {
        return data ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** @return the numerator (or the count); 0 without data */
    public long part() {
        return part;
    }

    /** @return the denominator (1 for a count); 0 without data */
    public long whole() {
        return whole;
    }

    /**
     * Compares two values of the same indicator exactly, better first: negative if this one is better.
     * No data comes after any value; two values without data are equal.
     *
     * @param other  a value of the same indicator, not null
     * @return negative, zero or positive as this value is better than, as good as, or worse than {@code other}
     * @throws IllegalArgumentException if the indicators differ
     */
    public int compareBetterFirst(IndicatorValue other) {
        checkArgument(indicator == other.indicator, "Cannot compare indicator %s with %s", indicator, other.indicator);
        if (!data || !other.data) {
            return Boolean.compare(!data, !other.data);
        }
        // part/whole against other.part/other.whole without rounding
        int ascending = Long.compare(Math.multiplyHigh(part, other.whole), Math.multiplyHigh(other.part, whole));
        if (ascending == 0) {
            ascending = Long.compareUnsigned(part * other.whole, other.part * whole);
        }
        return indicator.direction() == Indicator.Direction.HIGHER_IS_BETTER ? -ascending : ascending;
    }

    /**
     * Describes the value: 12.5%（3/24）, 无数据.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        return AssessmentMessages.describe(this);
    }

    /** Formats a number with at most two decimals, half up: 12.5, 33.33, 100. */
    static String twoDecimals(double value) {
        return AssessmentMessages.points(value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IndicatorValue v && indicator == v.indicator && data == v.data && part == v.part
                && whole == v.whole;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, data, part, whole);
    }

    @Override
    public String toString() {
        return indicator + "=" + describe().en();
    }
}
