package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Example;

/** Each way a text fails to be a numeral, named by its own message rather than by the last check's. */
class ChineseNumeralsContractTest {

    @Example
    void parse_readsEveryArabicDigit() {
        assertThat(ChineseNumerals.parse("10")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("9")).isEqualTo(9);
        assertThat(ChineseNumerals.parse("1090")).isEqualTo(1090);
    }

    @Example
    void parse_saysAboveTheLimit_onlyForATextOfNumeralCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一万零一"))
                .withMessage("Numeral '一万零一' is too large: at most 9999 (九千九百九十九)");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一亿〇一"))
                .withMessage("Numeral '一亿〇一' is too large: at most 9999 (九千九百九十九)");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("第万"))
                .withMessage("Numeral '第万' has an unexpected character '第' at position 0");
    }

    @Example
    void parse_namesTwoDigitsInARow() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一二"))
                .withMessage("Numeral '一二' has two digits in a row at position 1");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("十二三"))
                .withMessage("Numeral '十二三' has two digits in a row at position 2");
    }

    @Example
    void parse_namesAnUnexpectedCharacter_andWhereItIs() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一x"))
                .withMessage("Numeral '一x' has an unexpected character 'x' at position 1");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("二十条"))
                .withMessage("Numeral '二十条' has an unexpected character '条' at position 2");
    }

    @Example
    void parse_namesAZeroBeforeAUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一百零十"))
                .withMessage("Numeral '一百零十' has 零 before a unit at position 3");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一千〇百"))
                .withMessage("Numeral '一千〇百' has 零 before a unit at position 3");
    }

    @Example
    void parse_namesAUnitWithoutADigit_exceptALeadingTen() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("百"))
                .withMessage("Numeral '百' has a unit without a digit");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一百十"))
                .withMessage("Numeral '一百十' has a unit without a digit");
        assertThat(ChineseNumerals.parse("十五")).isEqualTo(15);
    }

    @Example
    void parse_namesAMissingZeroBeforeTheLastDigit_andAZeroAtTheEnd() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一百一"))
                .withMessage("Numeral '一百一' needs 零 before its last digit");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("三千五"))
                .withMessage("Numeral '三千五' needs 零 before its last digit");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一百零"))
                .withMessage("Numeral '一百零' must not end in 零");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse("一千〇"))
                .withMessage("Numeral '一千〇' must not end in 零");
        assertThat(ChineseNumerals.parse("三千零五")).isEqualTo(3005);
        assertThat(ChineseNumerals.parse("三千〇五")).isEqualTo(3005);
    }
}
