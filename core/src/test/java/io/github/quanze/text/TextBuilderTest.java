package io.github.quanze.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import net.jqwik.api.Example;

/** Putting rendered lines together in both languages. */
class TextBuilderTest {

    @Example
    void append_buildsBothLanguagesAtOnce() {
        BilingualText text = TextBuilder.of(BilingualText.of("结果", "Result")).append("\n  ", BilingualText.of("甲", "a"))
                .append("\n").appendIndented("  ", BilingualText.of("乙\n丙", "b\nc")).build();
        assertThat(text).isEqualTo(BilingualText.of("结果\n  甲\n乙\n  丙", "Result\n  a\nb\n  c"));
    }

    @Example
    void append_rejectsNull() {
        TextBuilder text = TextBuilder.of(BilingualText.of("甲", "a"));
        assertThatNullPointerException().isThrownBy(() -> text.append((String) null)).withMessage("same");
        assertThatNullPointerException().isThrownBy(() -> text.append((BilingualText) null)).withMessage("part");
        assertThat(text.build()).isEqualTo(BilingualText.of("甲", "a"));
        assertThat(text).hasToString("甲");
    }
}
