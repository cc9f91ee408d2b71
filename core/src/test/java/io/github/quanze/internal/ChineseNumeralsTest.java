package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ChineseNumeralsTest {

    @Example
    void format_writesTheCitationForm() {
        assertThat(ChineseNumerals.format(1)).isEqualTo("一");
        assertThat(ChineseNumerals.format(10)).isEqualTo("十");
        assertThat(ChineseNumerals.format(12)).isEqualTo("十二");
        assertThat(ChineseNumerals.format(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.format(64)).isEqualTo("六十四");
        assertThat(ChineseNumerals.format(100)).isEqualTo("一百");
        assertThat(ChineseNumerals.format(101)).isEqualTo("一百零一");
        assertThat(ChineseNumerals.format(110)).isEqualTo("一百一十");
        assertThat(ChineseNumerals.format(1000)).isEqualTo("一千");
        assertThat(ChineseNumerals.format(1010)).isEqualTo("一千零一十");
        assertThat(ChineseNumerals.format(2001)).isEqualTo("二千零一");
    }

    @Example
    void parse_acceptsDigitsAndLongForms() {
        assertThat(ChineseNumerals.parse("64")).isEqualTo(64);
        assertThat(ChineseNumerals.parse("一十二")).isEqualTo(12);
        assertThat(ChineseNumerals.parse("一百〇一")).isEqualTo(101);
    }

    @Example
    void parse_rejectsWhatIsNotANumeral() {
        for (String bad : new String[] {"", "零", "一百一", "百", "十十", "二二", "abc", "0", "064", "10000", "一百零"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> ChineseNumerals.parse(bad));
        }
    }

    @Example
    void parse_saysAWellFormedNumeralAboveTheLimitIsTooLarge() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("10000"))
                .withMessage("Numeral '10000' is too large: at most 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一万"))
                .withMessage("Numeral '一万' is too large: at most 9999 (九千九百九十九)");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("十二万三千"))
                .withMessageContaining("is too large");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("064"))
                .withMessage("Numeral '064' must not have a leading zero");
    }

    @Example
    void parse_quotesAHugeInputShortly() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("9".repeat(100_000)))
                .withMessageStartingWith("Numeral '9999999999").withMessageContaining("(100000 characters)")
                .matches(e -> e.getMessage().length() < 150, "a short message");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一" + "x".repeat(100_000)))
                .matches(e -> e.getMessage().length() < 200, "a short message");
    }

    @Example
    void format_rejectsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.format(0))
                .withMessageContaining("between 1 and 9999, but was 0");
    }

    @Property
    void parseReadsBackWhatFormatWrites(@ForAll @IntRange(min = 1, max = 9999) int n) {
        assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).isEqualTo(n);
    }
}
