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
    void format_rejectsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.format(0))
                .withMessageContaining("between 1 and 9999, but was 0");
    }

    @Property
    void parseReadsBackWhatFormatWrites(@ForAll @IntRange(min = 1, max = 9999) int n) {
        assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).isEqualTo(n);
    }
}
