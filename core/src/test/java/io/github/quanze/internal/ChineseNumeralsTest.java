package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

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
    void parse_acceptsTheStandardForms() {
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("十一")).isEqualTo(11);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("六十四")).isEqualTo(64);
        assertThat(ChineseNumerals.parse("一百零一")).isEqualTo(101);
        assertThat(ChineseNumerals.parse("一百一十")).isEqualTo(110);
        assertThat(ChineseNumerals.parse("一千零一")).isEqualTo(1001);
        assertThat(ChineseNumerals.parse("一千零一十")).isEqualTo(1010);
        assertThat(ChineseNumerals.parse("一千一百")).isEqualTo(1100);
        assertThat(ChineseNumerals.parse("九千九百九十九")).isEqualTo(9999);
        assertThat(ChineseNumerals.parse("一十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("一千〇一")).isEqualTo(1001);
    }

    @Example
    void parse_rejectsOtherWaysOfWritingANumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("零六十四"))
                .withMessage("Numeral '零六十四' is not in the standard form: 64 is written 六十四");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一千零零一"))
                .withMessage("Numeral '一千零零一' is not in the standard form: 1001 is written 一千零一");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("〇六十四"))
                .withMessageContaining("not in the standard form: 64 is written 六十四");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一千〇零一"))
                .withMessageContaining("not in the standard form");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一百零一十"))
                .withMessage("Numeral '一百零一十' is not in the standard form: 110 is written 一百一十");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一百一十一十"))
                .withMessageContaining("units out of order");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("二十零"))
                .withMessageContaining("must not end in 零");
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

    @Property
    void theVariantsReadAsTheStandardFormAndAnExtraZeroIsRefused(@ForAll @IntRange(min = 1, max = 9999) int n) {
        String standard = ChineseNumerals.format(n);

        assertThat(ChineseNumerals.parse(standard.replace('零', '〇'))).isEqualTo(n);
        assertThat(ChineseNumerals.parse(String.valueOf(n))).isEqualTo(n);
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("零" + standard));
        if (standard.contains("零")) {
            assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse(standard.replace("零", "零零")));
        }
    }

    /** Every text the parser accepts is written back the same way, up to the documented variants. */
    @Property(tries = 2000)
    void everyAcceptedNumeralIsWrittenBackInTheStandardForm(
            @ForAll @StringLength(min = 1, max = 7) @Chars({'零', '〇', '一', '二', '九', '十', '百', '千'}) String text) {
        int n;
        try {
            n = ChineseNumerals.parse(text);
        } catch (IllegalArgumentException refused) {
            return;
        }
        String spelled = text.replace('〇', '零');
        assertThat(ChineseNumerals.format(n)).isEqualTo(spelled.startsWith("一十") ? spelled.substring(1) : spelled);
    }
}
