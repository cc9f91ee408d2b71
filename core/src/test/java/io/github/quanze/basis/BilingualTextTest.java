package io.github.quanze.basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.text.BilingualText;
import java.util.Locale;
import net.jqwik.api.Example;

class BilingualTextTest {

    @Example
    void in_picksChineseForAnyChineseLocale() {
        BilingualText text = BilingualText.of("遗漏", "not allocated");
        assertThat(text.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("遗漏");
        assertThat(text.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("遗漏");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("not allocated");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("not allocated");
    }

    @Example
    void of_rejectsAMissingLanguage() {
        assertThatIllegalArgumentException().isThrownBy(() -> BilingualText.of("遗漏", " "))
                .withMessageContaining("English text must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> BilingualText.of(null, "x"))
                .withMessageContaining("Chinese text must not be blank");
    }

    @Example
    void join_joinsEachLanguage() {
        BilingualText joined = BilingualText.of("甲", "a").join("；", "; ", BilingualText.of("乙", "b"));
        assertThat(joined).isEqualTo(BilingualText.of("甲；乙", "a; b"));
    }
}
