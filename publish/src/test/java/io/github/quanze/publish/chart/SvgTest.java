package io.github.quanze.publish.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class SvgTest {

    @Example
    void numbersHaveAtMostTwoDecimalsAndNoTrailingZeros() {
        assertThat(Svg.num(12)).isEqualTo("12");
        assertThat(Svg.num(12.5)).isEqualTo("12.5");
        assertThat(Svg.num(1.10)).isEqualTo("1.1");
        assertThat(Svg.num(2.05)).isEqualTo("2.05");
        assertThat(Svg.num(0.333)).isEqualTo("0.33");
        assertThat(Svg.num(0.006)).isEqualTo("0.01");
        assertThat(Svg.num(0.004)).isEqualTo("0");
        assertThat(Svg.num(-1)).isEqualTo("-1");
        assertThat(Svg.num(-0.001)).isEqualTo("0");
        assertThat(Svg.num(99.999)).isEqualTo("100");
        assertThat(Svg.num(2e12)).isEqualTo("2000000000000");
        assertThatIllegalArgumentException().isThrownBy(() -> Svg.num(Double.NaN));
    }

    @Property(tries = 200)
    void aNumberReadsBackWithinHalfAHundredth(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
        assertThat(Double.parseDouble(Svg.num(value))).isCloseTo(value, within(0.0051));
    }

    @Example
    void niceMaximaAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(Svg.niceMax(0)).isEqualTo(1);
        assertThat(Svg.niceMax(7)).isEqualTo(10);
        assertThat(Svg.niceMax(24)).isEqualTo(25);
        assertThat(Svg.niceMax(41)).isEqualTo(50);
        assertThat(Svg.niceMax(0.3)).isEqualTo(0.5);
    }

    @Example
    void aChartIdMustBeSafeInAnIdAttribute() {
        assertThat(Svg.id("ranking-chart-2")).isEqualTo("ranking-chart-2");
        assertThatIllegalArgumentException().isThrownBy(() -> Svg.id("2x")).withMessageContaining("2x");
        assertThatIllegalArgumentException().isThrownBy(() -> Svg.id("a b\"")).withMessageContaining("a b");
    }
}
