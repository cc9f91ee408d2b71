package io.github.quanze.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;

/** Bilingual texts: the language a locale picks, joining, and blank halves refused. */
class BilingualTextContractTest {

    private static final BilingualText TEXT = BilingualText.of("警告", "warning");

    @Example
    void in_picksChineseForEveryChineseLocaleAndEnglishOtherwise() {
        assertThat(TEXT.in(Locale.CHINESE)).isEqualTo("警告");
        assertThat(TEXT.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("警告");
        assertThat(TEXT.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("警告");
        assertThat(TEXT.in(Locale.ENGLISH)).isEqualTo("warning");
        assertThat(TEXT.in(Locale.JAPANESE)).isEqualTo("warning");
        assertThat(TEXT.in(Locale.ROOT)).isEqualTo("warning");
        assertThat(TEXT).hasToString("警告");
    }

    @Example
    void blankHalves_areRefusedNamingTheLanguage() {
        assertThatIllegalArgumentException().isThrownBy(() -> BilingualText.of(" ", "warning"))
                .withMessage("Chinese text must not be blank, but was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> BilingualText.of(null, "warning"))
                .withMessageStartingWith("Chinese text must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> BilingualText.of("警告", ""))
                .withMessage("English text must not be blank, but was '' (Chinese: '警告')");
        assertThatIllegalArgumentException().isThrownBy(() -> BilingualText.of("警告", null))
                .withMessageStartingWith("English text must not be blank");
        assertThat(BilingualText.of("甲", "a").zh()).isEqualTo("甲");
    }

    @Example
    void join_usesEachLanguagesSeparator() {
        assertThat(TEXT.join("、", ", ", BilingualText.of("记过", "demerit")))
                .isEqualTo(BilingualText.of("警告、记过", "warning, demerit"));
        assertThat(BilingualText.joinAll("；", "; ", List.of(TEXT))).isEqualTo(TEXT);
        assertThat(BilingualText.joinAll("", "", List.of(TEXT, BilingualText.of("甲", "a"))))
                .isEqualTo(BilingualText.of("警告甲", "warninga"));
        assertThatNullPointerException().isThrownBy(() -> BilingualText.joinAll("；", "; ",
                Arrays.asList(TEXT, null))).withMessage("texts must not hold null");
        assertThatNullPointerException().isThrownBy(() -> TEXT.join("、", ", ", null)).withMessage("other");
    }

    @Example
    void textBuilder_appendsToBothLanguages() {
        BilingualText built = TextBuilder.of(TEXT).append("：").append(BilingualText.of("甲", "a"))
                .append("、", BilingualText.of("乙", "b")).build();
        assertThat(built).isEqualTo(BilingualText.of("警告：甲、乙", "warning：a、b"));
        TextBuilder indented = TextBuilder.of(TEXT).append("\n").appendIndented("  ",
                BilingualText.of("甲\n乙", "a\nb"));
        assertThat(indented.build()).isEqualTo(BilingualText.of("警告\n甲\n  乙", "warning\na\n  b"));
        assertThat(indented).hasToString("警告\n甲\n  乙");
    }
}
