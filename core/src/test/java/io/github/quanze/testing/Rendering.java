package io.github.quanze.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.text.BilingualText;

/** Checks of rendered texts, for the properties that render findings from generated parameters. */
public final class Rendering {

    /** Chinese characters and full-width or CJK punctuation. */
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]";

    private Rendering() {}

    /** Checks a rendered text: both languages present, no placeholder left. */
    public static void assertRendered(BilingualText text) {
        assertThat(text.zh()).isNotBlank().doesNotContain("{", "}");
        assertThat(text.en()).isNotBlank().doesNotContain("{", "}");
    }

    /**
     * Checks that an English rendering has no Chinese character nor full-width punctuation: Chinese in English text
     * can only come from user data, so a test whose user data is ASCII finds every Chinese word a template or a
     * label let through.
     */
    public static void assertEnglish(BilingualText text) {
        assertRendered(text);
        assertThat(text.en()).as("English text of %s", text.zh()).doesNotContainPattern(CJK);
    }
}
