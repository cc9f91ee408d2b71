package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Amounts;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory range of a fine (罚款幅度): a fixed range in yuan ({@link Fixed}: "处二千元以上二万元以下罚款", or
 * with no minimum "处五千元以下罚款"), or a multiple of a base amount ({@link Multiple}: "处违法所得一倍以上五倍以下
 * 罚款", "处货值金额百分之五十以下罚款"), with the range that applies when there is no base amount.
 * <p>
 * Amounts are exact: {@link BigDecimal} yuan of whole fen, at most {@link Amounts#MAX_YUAN}; factors have at most four
 * decimal places (a percentage of a percentage) and are at most {@value #MAX_FACTOR}, so the largest concrete fine,
 * a trillion yuan times the factor, still fits in a {@code long} of fen.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface FineRange permits FineRange.Fixed, FineRange.Multiple {

    /** The largest factor of a multiple accepted. */
    int MAX_FACTOR = 1000;

    /**
     * Obtains a fixed range: "处{@code min}元以上{@code max}元以下罚款".
     *
     * @param min  the least fine in yuan, not null
     * @param max  the most fine in yuan, at least {@code min}, not null
     * @return the range, not null
     * @throws IllegalArgumentException if an amount is negative, not whole fen, above the limit, or min above max
     */
    static Fixed between(BigDecimal min, BigDecimal max) {
        return new Fixed(Optional.of(Objects.requireNonNull(min, "min")), max);
    }

    /**
     * Obtains a range without a minimum: "处{@code max}元以下罚款".
     *
     * @param max  the most fine in yuan, more than 0, not null
     * @return the range, not null
     * @throws IllegalArgumentException if the amount is not positive, not whole fen or above the limit
     */
    static Fixed atMost(BigDecimal max) {
        return new Fixed(Optional.empty(), max);
    }

    /**
     * Obtains a multiple of a base: "处{@code base}{@code min}倍以上{@code max}倍以下罚款".
     *
     * @param base  the base amount, not null
     * @param min  the least factor, such as {@code 1} or {@code 0.2} for 20%, not null
     * @param max  the most factor, at least {@code min}, not null
     * @return the range, without a range for a case without base, not null
     * @throws IllegalArgumentException if a factor is not positive, has more than four decimal places, is above
     *         {@value #MAX_FACTOR}, or min is above max
     */
    static Multiple multiple(FineBase base, BigDecimal min, BigDecimal max) {
        return new Multiple(base, Optional.of(Objects.requireNonNull(min, "min")), max, Optional.empty());
    }

    /**
     * Obtains a multiple of a base without a minimum: "处{@code base}{@code max}倍以下罚款".
     *
     * @param base  the base amount, not null
     * @param max  the most factor, not null
     * @return the range, without a range for a case without base, not null
     * @throws IllegalArgumentException if the factor is not positive, too precise or too large
     */
    static Multiple multipleAtMost(FineBase base, BigDecimal max) {
        return new Multiple(base, Optional.empty(), max, Optional.empty());
    }

    /**
     * Computes the concrete range for the facts of a case.
     *
     * @param base  the base amount in yuan found in the case, empty if there is none; ignored by a fixed range
     * @return the bounds, or empty where the statute gives no range for a case without base, not null
     * @throws IllegalArgumentException if the base amount is negative, not whole fen or above the limit
     */
    Optional<FineBounds> boundsFor(Optional<BigDecimal> base);

    /**
     * Returns the statutory wording of the range in Chinese and English: 处2000.00元以上20000.00元以下罚款.
     *
     * @return the text, not null
     */
    BilingualText text();

    /**
     * A fixed range in yuan (定额罚款幅度), with or without a minimum.
     *
     * @param min  the least fine in yuan, empty for "…元以下", not null
     * @param max  the most fine in yuan, not null
     */
    record Fixed(Optional<BigDecimal> min, BigDecimal max) implements FineRange {

        /**
         * Creates a fixed range.
         *
         * @param min  the least fine in yuan, empty for "…元以下", not null
         * @param max  the most fine in yuan, not null
         * @throws IllegalArgumentException if an amount is negative, not whole fen, above the limit, the maximum is
         *         0, or the minimum is above the maximum; the message names the value
         */
        public Fixed {
            Objects.requireNonNull(min, "min");
            min = min.map(m -> Amounts.yuan("Fine range: min", m));
            max = Amounts.yuan("Fine range: max", max);
            checkArgument(max.signum() > 0, "Fine range: max must be more than 0 yuan, but was %s", max);
            checkArgument(min.isEmpty() || min.get().compareTo(max) <= 0, "Fine range: min %s yuan must not be above "
                    + "max %s yuan", min.map(BigDecimal::toPlainString).orElse(""), max.toPlainString());
        }

        @Override
        public Optional<FineBounds> boundsFor(Optional<BigDecimal> base) {
            Objects.requireNonNull(base, "base").ifPresent(FineBounds::checkedBase);
            return Optional.of(bounds(FineBounds.Source.FIXED));
        }

        FineBounds bounds(FineBounds.Source source) {
            return new FineBounds(min.orElse(BigDecimal.ZERO), max, source);
        }

        @Override
        public BilingualText text() {
            return DiscretionMessages.fixed(this);
        }
    }

    /**
     * A multiple of a base amount (倍数罚款), with what applies where there is no base.
     * <p>
     * A statute often adds a fixed range for a case without base amount, or with one below a threshold: "没有违法所得
     * 或者违法所得不足一万元的，并处五万元以下罚款". Where it says nothing, {@link #boundsFor} returns empty for such a
     * case: this library computes no fine the statute does not set (an interpretation; the agency must look for
     * another provision). A base of 0 yuan counts as no base (an interpretation: 没有违法所得).
     *
     * @param base  the base amount, not null
     * @param minFactor  the least factor, empty for "…倍以下", not null
     * @param maxFactor  the most factor, not null
     * @param withoutBase  the range for a case without base, or below a threshold, not null
     */
    record Multiple(FineBase base, Optional<BigDecimal> minFactor, BigDecimal maxFactor,
            Optional<WithoutBase> withoutBase) implements FineRange {

        /**
         * Creates a multiple.
         *
         * @param base  the base amount, not null
         * @param minFactor  the least factor, empty for "…倍以下", not null
         * @param maxFactor  the most factor, not null
         * @param withoutBase  the range for a case without base, or below a threshold, not null
         * @throws IllegalArgumentException if a factor is not positive, has more than four decimal places, is above
         *         {@value FineRange#MAX_FACTOR}, or the least factor is above the most; the message names the value
         */
        public Multiple {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(minFactor, "minFactor");
            minFactor = minFactor.map(f -> factor("minFactor", f));
            maxFactor = factor("maxFactor", maxFactor);
            checkArgument(minFactor.isEmpty() || minFactor.get().compareTo(maxFactor) <= 0, "Fine range: minFactor "
                    + "%s must not be above maxFactor %s", minFactor.map(BigDecimal::toPlainString).orElse(""),
                    maxFactor.toPlainString());
            Objects.requireNonNull(withoutBase, "withoutBase");
        }

        private static BigDecimal factor(String name, BigDecimal factor) {
            Objects.requireNonNull(factor, name);
            checkArgument(factor.signum() > 0 && factor.compareTo(BigDecimal.valueOf(MAX_FACTOR)) <= 0
                    && factor.stripTrailingZeros().scale() <= 4, "Fine range: %s must be more than 0, at most %s and "
                    + "have at most 4 decimal places, but was %s", name, MAX_FACTOR, factor.toPlainString());
            return factor.stripTrailingZeros().scale() < 0 ? factor.setScale(0) : factor.stripTrailingZeros();
        }

        /**
         * Returns this multiple with the range the statute sets where there is no base amount: "没有违法所得的，
         * 处…".
         *
         * @param range  the range without base, not null
         * @return the changed copy, not null
         * @throws IllegalStateException if this multiple already has a range without base
         */
        public Multiple orWithoutBase(Fixed range) {
            return withFallback(new WithoutBase(Optional.empty(), range));
        }

        /**
         * Returns this multiple with the range the statute sets where there is no base amount or it is below a
         * threshold: "没有违法所得或者违法所得不足{@code threshold}元的，处…". The multiple applies from the threshold
         * on.
         *
         * @param threshold  the threshold in yuan, more than 0, not null
         * @param range  the range without base or below the threshold, not null
         * @return the changed copy, not null
         * @throws IllegalArgumentException if the threshold is not a positive amount of whole fen
         * @throws IllegalStateException if this multiple already has a range without base
         */
        public Multiple orBelow(BigDecimal threshold, Fixed range) {
            return withFallback(new WithoutBase(Optional.of(Objects.requireNonNull(threshold, "threshold")), range));
        }

        private Multiple withFallback(WithoutBase fallback) {
            if (withoutBase.isPresent()) {
                throw new IllegalStateException("Fine range: the range without base is already set to "
                        + withoutBase.get().range().text().zh());
            }
            return new Multiple(base, minFactor, maxFactor, Optional.of(fallback));
        }

        @Override
        public Optional<FineBounds> boundsFor(Optional<BigDecimal> amount) {
            Objects.requireNonNull(amount, "base");
            Optional<BigDecimal> found = amount.map(FineBounds::checkedBase).filter(a -> a.signum() > 0);
            boolean below = found.isPresent() && withoutBase.flatMap(WithoutBase::threshold)
                    .map(t -> found.get().compareTo(t) < 0).orElse(false);
            if (found.isEmpty() || below) {
                return withoutBase.map(w -> w.range().bounds(FineBounds.Source.WITHOUT_BASE));
            }
            BigDecimal a = found.get();
            // inward to the fen: a concrete range never leaves the statutory one (an interpretation of rounding)
            BigDecimal max = a.multiply(maxFactor).setScale(2, RoundingMode.FLOOR);
            BigDecimal min = minFactor.map(f -> a.multiply(f).setScale(2, RoundingMode.CEILING)).orElse(BigDecimal.ZERO)
                    .min(max);
            return Optional.of(new FineBounds(min, max, FineBounds.Source.MULTIPLE));
        }

        @Override
        public BilingualText text() {
            return DiscretionMessages.multiple(this);
        }
    }

    /**
     * The range a statute sets for a multiple where there is no base amount, or it is below a threshold.
     *
     * @param threshold  the amount from which the multiple applies, empty if it applies to any base, not null
     * @param range  the range without base, not null
     */
    record WithoutBase(Optional<BigDecimal> threshold, Fixed range) {

        /**
         * Creates a range without base.
         *
         * @param threshold  the amount from which the multiple applies, empty if it applies to any base, not null
         * @param range  the range without base, not null
         * @throws IllegalArgumentException if the threshold is not a positive amount of whole fen
         */
        public WithoutBase {
            Objects.requireNonNull(threshold, "threshold");
            threshold = threshold.map(t -> Amounts.yuan("Fine range: threshold", t));
            checkArgument(threshold.map(t -> t.signum() > 0).orElse(true), "Fine range: threshold must be more than "
                    + "0 yuan, but was %s", threshold.map(BigDecimal::toPlainString).orElse(""));
            Objects.requireNonNull(range, "range");
        }
    }
}
