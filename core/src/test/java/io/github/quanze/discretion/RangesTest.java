package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** How one fine range sits in another, for every base amount. */
class RangesTest {

    /** 违法所得一倍以上五倍以下；没有违法所得或者违法所得不足一万元的，处五万元以下罚款. */
    private static final FineRange.Multiple STATUTE = FineRangeTest.GAINS_1_5_BELOW_10000;

    private static FineRange.Multiple gains(String min, String max) {
        return FineRange.multiple(FineBase.ILLEGAL_GAINS, yuan(min), yuan(max));
    }

    @Example
    void theSameThreshold_comparesFactorsAndRangesWithoutBase() {
        assertThat(Ranges.fit(gains("1", "2").orBelow(yuan("10000"), FineRange.atMost(yuan("20000"))), STATUTE)
                .within()).isTrue();
        assertThat(Ranges.fit(gains("1", "2").orBelow(yuan("10000"), FineRange.atMost(yuan("50000.01"))), STATUTE)
                .aboveMaximum()).isTrue();
        assertThat(Ranges.fit(gains("0.9999", "2").orBelow(yuan("10000"), FineRange.atMost(yuan("100"))), STATUTE)
                .belowMinimum()).isTrue();
    }

    @Example
    void aHigherThreshold_keepsTheRangeWithoutBaseWhereTheStatuteMultiplies() {
        // at 15,000 yuan of gains the statute fines 15,000 to 75,000; the tier still 20,000 at most, from 0
        FineRange.Multiple later = gains("1", "2").orBelow(yuan("20000"), FineRange.between(yuan("15000"),
                yuan("20000")));
        Ranges.Fit fit = Ranges.fit(later, STATUTE);
        assertThat(fit.belowMinimum()).isTrue();
        assertThat(fit.aboveMaximum()).isFalse();
        assertThat(later.boundsFor(Optional.of(yuan("19999.99"))).orElseThrow().min())
                .isLessThan(STATUTE.boundsFor(Optional.of(yuan("19999.99"))).orElseThrow().min());
        // a range without base from 20,000 to 20,000 lies within 1 to 5 times every base from 10,000 to 19,999.99
        FineRange.Multiple fits = gains("1", "2").orBelow(yuan("20000"), FineRange.between(yuan("20000"),
                yuan("20000")));
        assertThat(Ranges.fit(fits, STATUTE).within()).isTrue();
        // against 1 to 3 times, 20,000 to 40,000 yuan is within the range without base but above 3 times 10,000
        FineRange.Multiple threeTimes = gains("1", "3").orBelow(yuan("10000"), FineRange.atMost(yuan("50000")));
        FineRange.Multiple over = gains("1", "2").orBelow(yuan("20000"), FineRange.between(yuan("20000"),
                yuan("40000")));
        assertThat(Ranges.fit(over, threeTimes).aboveMaximum()).isTrue();
        assertThat(Ranges.fit(over, threeTimes).belowMinimum()).isFalse();
        assertThat(Ranges.fit(over.withoutBase().orElseThrow().range(), FineRange.atMost(yuan("50000"))).within())
                .isTrue();
    }

    @Example
    void aLowerThreshold_multipliesWhereTheStatuteSetsItsRangeWithoutBase() {
        // from 5,000 yuan the tier fines 9 times the gains, up to 89,999.91 yuan below 10,000: above 50,000
        FineRange.Multiple statute = FineRange.multiple(FineBase.ILLEGAL_GAINS, yuan("1"), yuan("10"))
                .orBelow(yuan("10000"), FineRange.atMost(yuan("50000")));
        assertThat(Ranges.fit(gains("1", "9").orBelow(yuan("5000"), FineRange.atMost(yuan("5000"))), statute)
                .aboveMaximum()).isTrue();
        assertThat(Ranges.fit(gains("1", "5").orBelow(yuan("5000"), FineRange.atMost(yuan("5000"))), statute)
                .within()).isTrue();
        // without any range without base, the multiple applies to every base, and 1 fen of gains fines 1 fen
        assertThat(Ranges.fit(gains("1", "5"), statute).within()).isTrue();
        FineRange.Multiple withMinimum = FineRange.multiple(FineBase.ILLEGAL_GAINS, yuan("1"), yuan("10"))
                .orBelow(yuan("10000"), FineRange.between(yuan("1000"), yuan("50000")));
        assertThat(Ranges.fit(gains("1", "5"), withMinimum).belowMinimum()).isTrue();
    }

    @Example
    void graverAndMiddle_compareOnlyOneForm() {
        assertThat(Ranges.isLighter(gains("1", "4"), gains("1", "5"))).isTrue();
        assertThat(Ranges.isLighter(gains("1", "5"), gains("1", "5"))).isFalse();
        assertThat(Ranges.isLighter(FineRange.atMost(yuan("1")), gains("1", "5"))).isFalse();
        assertThat(Ranges.isLighter(gains("1", "5").orWithoutBase(FineRange.atMost(yuan("10"))),
                gains("1", "5").orWithoutBase(FineRange.atMost(yuan("20"))))).isTrue();
        assertThat(Ranges.middle(STATUTE)).isEqualByComparingTo("3");
        assertThat(Ranges.middle(FineRange.atMost(yuan("5")))).isEqualByComparingTo("2.5");
    }

    /** A range that fits another keeps within it for every base for which it sets a fine. */
    @Property(tries = 400)
    void within_meansWithinForEveryBase(@ForAll("multiples") FineRange.Multiple inner,
            @ForAll("multiples") FineRange.Multiple outer) {
        if (!Ranges.fit(inner, outer).within()) {
            return;
        }
        for (BigDecimal base : bases()) {
            Optional<FineBounds> in = inner.boundsFor(Optional.of(base));
            Optional<FineBounds> out = outer.boundsFor(Optional.of(base));
            if (in.isPresent()) {
                assertThat(out).as("base %s", base).isPresent();
                assertThat(in.get().max()).as("base %s", base).isLessThanOrEqualTo(out.get().max());
                assertThat(in.get().min()).as("base %s", base).isGreaterThanOrEqualTo(out.get().min());
            }
        }
    }

    private static List<BigDecimal> bases() {
        return List.of(yuan("0"), yuan("0.01"), yuan("1"), yuan("999.99"), yuan("1000"), yuan("4999.99"),
                yuan("5000"), yuan("9999.99"), yuan("10000"), yuan("19999.99"), yuan("20000"), yuan("100000"));
    }

    @Provide
    Arbitrary<FineRange.Multiple> multiples() {
        Arbitrary<Integer> factor = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> threshold = Arbitraries.of(0, 1, 1000, 5000, 10000, 20000);
        Arbitrary<Integer> amount = Arbitraries.of(0, 1000, 5000, 20000, 50000);
        return Combinators.combine(factor, factor, threshold, amount, amount).as((a, b, t, low, high) -> {
            FineRange.Multiple m = gains(String.valueOf(Math.min(a, b)), String.valueOf(Math.max(a, b)));
            FineRange.Fixed range = FineRange.between(yuan(String.valueOf(Math.min(low, high))),
                    yuan(String.valueOf(Math.max(Math.max(low, high), 1))));
            return t == 0 ? m.orWithoutBase(range) : t == 1 ? m : m.orBelow(yuan(String.valueOf(t)), range);
        });
    }

    /** Tiers are ordered by these: no fine first, then fixed ranges, then multiples by base, then by max, then min. */
    @Example
    void compare_ordersByPresenceFormBaseMaximumAndMinimum() {
        Optional<FineRange> none = Optional.empty();
        Optional<FineRange> fixed = Optional.of(FineRange.between(yuan("100"), yuan("200")));
        Optional<FineRange> fixedHigher = Optional.of(FineRange.between(yuan("100"), yuan("300")));
        Optional<FineRange> fixedFromMore = Optional.of(FineRange.between(yuan("150"), yuan("200")));
        Optional<FineRange> gains = Optional.of(gains("1", "2"));
        Optional<FineRange> volume = Optional.of(FineRange.multiple(FineBase.BUSINESS_VOLUME, yuan("0.1"),
                yuan("0.2")));

        List<Optional<FineRange>> ascending = List.of(none, fixed, fixedFromMore, fixedHigher, gains, volume);
        for (int i = 0; i < ascending.size(); i++) {
            for (int j = 0; j < ascending.size(); j++) {
                assertThat(Integer.signum(Ranges.compare(ascending.get(i), ascending.get(j))))
                        .as("%s against %s", ascending.get(i), ascending.get(j)).isEqualTo(Integer.compare(i, j));
            }
        }
        assertThat(Ranges.compare(fixed, Optional.of(FineRange.between(yuan("100"), yuan("200"))))).isZero();
    }
}
