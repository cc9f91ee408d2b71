package io.github.quanze.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FineRangeTest {

    /** 处二千元以上二万元以下罚款. */
    static final FineRange.Fixed FIXED_2000_20000 = FineRange.between(yuan("2000"), yuan("20000"));
    /** 违法经营总额20%以上50%以下 (烟草专卖法实施条例, retail without a licence). */
    static final FineRange.Multiple VOLUME_20_50 = FineRange.multiple(FineBase.BUSINESS_VOLUME, yuan("0.2"),
            yuan("0.5"));
    /** 违法所得一倍以上五倍以下；没有违法所得或者违法所得不足一万元的，处五万元以下罚款. */
    static final FineRange.Multiple GAINS_1_5_BELOW_10000 = FineRange.multiple(FineBase.ILLEGAL_GAINS, yuan("1"),
            yuan("5")).orBelow(yuan("10000"), FineRange.atMost(yuan("50000")));

    static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    @Example
    void fixed_ignoresTheBase() {
        assertThat(FIXED_2000_20000.boundsFor(Optional.of(yuan("99")))).contains(
                new FineBounds(yuan("2000"), yuan("20000"), FineBounds.Source.FIXED));
        assertThat(FIXED_2000_20000.text().zh()).isEqualTo("2000.00元以上20000.00元以下罚款");
        assertThat(FIXED_2000_20000.text().en()).isEqualTo("a fine of 2000.00 to 20000.00 yuan");
    }

    @Example
    void atMost_hasNoMinimum() {
        FineRange.Fixed range = FineRange.atMost(yuan("5000"));
        assertThat(range.boundsFor(Optional.empty()).orElseThrow().min()).isEqualByComparingTo("0");
        assertThat(range.text().zh()).isEqualTo("5000.00元以下罚款");
    }

    @Example
    void multiple_ofTheBase() {
        FineBounds bounds = VOLUME_20_50.boundsFor(Optional.of(yuan("12345.67"))).orElseThrow();
        // 2469.134 rounds up to the fen, 6172.835 down: the concrete range stays inside the statutory one
        assertThat(bounds).isEqualTo(new FineBounds(yuan("2469.14"), yuan("6172.83"), FineBounds.Source.MULTIPLE));
        assertThat(bounds.text().zh()).isEqualTo("应处2469.14元以上6172.83元以下罚款（解释：按倍数算得的金额向幅度以内取整到分）");
        assertThat(bounds.text().en()).startsWith("a fine of 2469.14 to 6172.83 yuan (interpretation:");
        assertThat(VOLUME_20_50.text().zh()).isEqualTo("违法经营额0.2倍以上0.5倍以下罚款");
        assertThat(VOLUME_20_50.text().en()).isEqualTo("a fine of 0.2 to 0.5 times the volume of the unlawful business");
    }

    @Example
    void multiple_withoutBaseAndNoStatutoryRange_givesNone() {
        assertThat(VOLUME_20_50.boundsFor(Optional.empty())).isEmpty();
        assertThat(VOLUME_20_50.boundsFor(Optional.of(BigDecimal.ZERO))).isEmpty();
    }

    @Example
    void multiple_belowTheThreshold_appliesTheStatutoryRangeWithoutBase() {
        FineBounds none = GAINS_1_5_BELOW_10000.boundsFor(Optional.empty()).orElseThrow();
        FineBounds below = GAINS_1_5_BELOW_10000.boundsFor(Optional.of(yuan("9999.99"))).orElseThrow();
        FineBounds at = GAINS_1_5_BELOW_10000.boundsFor(Optional.of(yuan("10000"))).orElseThrow();
        assertThat(none).isEqualTo(below).isEqualTo(new FineBounds(BigDecimal.ZERO, yuan("50000"),
                FineBounds.Source.WITHOUT_BASE));
        assertThat(at).isEqualTo(new FineBounds(yuan("10000"), yuan("50000"), FineBounds.Source.MULTIPLE));
        assertThat(GAINS_1_5_BELOW_10000.text().zh())
                .isEqualTo("违法所得1倍以上5倍以下罚款；没有违法所得或者违法所得不足10000.00元的，处50000.00元以下罚款");
        assertThat(GAINS_1_5_BELOW_10000.text().en()).isEqualTo("a fine of 1 to 5 times the illegal gains; without "
                + "illegal gains, or with illegal gains below 10000.00 yuan, a fine of at most 50000.00 yuan");
    }

    @Example
    void orWithoutBase_isSetOnce() {
        FineRange.Multiple range = VOLUME_20_50.orWithoutBase(FineRange.atMost(yuan("1000")));
        assertThat(range.boundsFor(Optional.empty()).orElseThrow().max()).isEqualByComparingTo("1000");
        assertThatIllegalStateException().isThrownBy(() -> range.orWithoutBase(FineRange.atMost(yuan("2000"))))
                .withMessageContaining("already set to 1000.00元以下罚款");
    }

    @Example
    void between_rejectsMinAboveMax() {
        assertThatIllegalArgumentException().isThrownBy(() -> FineRange.between(yuan("500"), yuan("200")))
                .withMessage("Fine range: min 500.00 yuan must not be above max 200.00 yuan");
    }

    @Example
    void between_rejectsNegativeAndFractionalFen() {
        assertThatIllegalArgumentException().isThrownBy(() -> FineRange.between(yuan("-1"), yuan("200")))
                .withMessageContaining("Fine range: min must not be negative").withMessageContaining("-1");
        assertThatIllegalArgumentException().isThrownBy(() -> FineRange.atMost(yuan("0.001")))
                .withMessageContaining("whole number of fen").withMessageContaining("0.001");
    }

    @Example
    void multiple_rejectsBadFactors() {
        assertThatIllegalArgumentException().isThrownBy(() -> FineRange.multiple(FineBase.SALES, yuan("3"), yuan("1")))
                .withMessage("Fine range: minFactor 3 must not be above maxFactor 1");
        assertThatIllegalArgumentException().isThrownBy(() -> FineRange.multipleAtMost(FineBase.SALES, yuan("0")))
                .withMessageContaining("maxFactor must be more than 0").withMessageContaining("but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> FineRange.multipleAtMost(FineBase.SALES, yuan("1001")))
                .withMessageContaining("but was 1001");
    }

    @Example
    void boundsFor_rejectsANegativeBase() {
        assertThatIllegalArgumentException().isThrownBy(() -> VOLUME_20_50.boundsFor(Optional.of(yuan("-5"))))
                .withMessageContaining("Fine base amount must not be negative").withMessageContaining("-5");
    }

    @Property
    void aComputedRangeLiesWithinTheStatutoryBounds(@ForAll("multiples") FineRange.Multiple range,
            @ForAll("bases") BigDecimal base) {
        Optional<FineBounds> bounds = range.boundsFor(Optional.of(base));
        if (base.signum() == 0) {
            assertThat(bounds).isEmpty();
            return;
        }
        FineBounds b = bounds.orElseThrow();
        BigDecimal exactMax = base.multiply(range.maxFactor());
        BigDecimal exactMin = range.minFactor().map(base::multiply).orElse(BigDecimal.ZERO);
        assertThat(b.min()).isLessThanOrEqualTo(b.max());
        assertThat(b.max()).isLessThanOrEqualTo(exactMax).isGreaterThan(exactMax.subtract(new BigDecimal("0.01")));
        assertThat(b.min()).isGreaterThanOrEqualTo(exactMin.setScale(2, RoundingMode.FLOOR));
        assertThat(b.min().scale()).isEqualTo(2);
        // the largest fine, a trillion yuan times the largest factor, fits in a long of fen
        assertThat(b.max().movePointRight(2).longValueExact()).isNotNegative();
    }

    @Property
    void aFixedRangeIsItsOwnBounds(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b) {
        BigDecimal min = a.min(b);
        BigDecimal max = a.max(b);
        if (max.signum() == 0) {
            return;
        }
        FineBounds bounds = FineRange.between(min, max).boundsFor(Optional.empty()).orElseThrow();
        assertThat(bounds.min()).isEqualByComparingTo(min);
        assertThat(bounds.max()).isEqualByComparingTo(max);
    }

    @Provide
    Arbitrary<FineRange.Multiple> multiples() {
        Arbitrary<BigDecimal> factors = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"),
                BigDecimal.valueOf(FineRange.MAX_FACTOR)).ofScale(4);
        return factors.list().ofSize(2).flatMap(f -> Arbitraries.of(FineBase.class).map(base -> {
            BigDecimal lo = f.get(0).min(f.get(1));
            BigDecimal hi = f.get(0).max(f.get(1));
            return FineRange.multiple(base, lo, hi);
        }));
    }

    @Provide
    Arbitrary<BigDecimal> bases() {
        return Arbitraries.oneOf(amounts(), Arbitraries.of(new BigDecimal("1000000000000.00"), new BigDecimal("0.01"),
                BigDecimal.ZERO));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000000.00")).ofScale(2);
    }
}
