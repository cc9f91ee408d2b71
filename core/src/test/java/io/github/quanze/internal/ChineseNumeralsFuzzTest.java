package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the reading of Chinese numerals. The input is UTF-8 text, so the seeds in
 * {@code ChineseNumeralsFuzzTestInputs/parse/} are plain numerals.
 */
@Tag("fuzz")
class ChineseNumeralsFuzzTest {

    /**
     * A text is refused with an IllegalArgumentException whose message is one short line naming the numeral, or read
     * to a number from 1 to 9999 that {@code format} writes back as the text itself, up to the documented variants.
     */
    @FuzzTest(maxDuration = "2m")
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int n;
        try {
            n = ChineseNumerals.parse(text);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).matches("(Chinese numeral|Numeral) .*").hasSizeLessThan(1000)
                    .doesNotContain("\n", "\r", "\u2028", "\u2029");
            return;
        }
        assertThat(n).isBetween(1, ChineseNumerals.MAX);
        String standard = ChineseNumerals.format(n);
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            assertThat(text).isEqualTo(String.valueOf(n));
        } else {
            String spelled = text.replace('〇', '零');
            assertThat(standard).isEqualTo(spelled.startsWith("一十") ? spelled.substring(1) : spelled);
        }
        assertThat(ChineseNumerals.parse(standard)).isEqualTo(n);
    }
}
