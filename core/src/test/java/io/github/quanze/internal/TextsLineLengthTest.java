package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Example;

/** A line of exactly the most characters allowed passes, one more does not, in both of the line checks. */
class TextsLineLengthTest {

    @Example
    void isLine_acceptsTheLongestLine_andRefusesOneCharacterMore() {
        assertThat(Texts.isLine("冯刚甲", 3)).isTrue();
        assertThat(Texts.isLine("冯刚甲乙", 3)).isFalse();
        assertThat(Texts.checkLine("name", "冯刚甲", 3)).isEqualTo("冯刚甲");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkLine("name", "冯刚甲乙", 3));
    }
}
