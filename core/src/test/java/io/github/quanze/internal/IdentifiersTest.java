package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written identifier check agrees with the regular expressions it replaced. */
class IdentifiersTest {

    private static final Pattern UNICODE = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._-]{0,62}[\\p{L}\\p{N}])?");
    private static final Pattern ASCII = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?");

    /** Letters and digits of every kind, separators, and what is neither: spaces, marks, surrogates, controls. */
    private static final String[] PIECES = {"a", "Z", "0", "9", "-", "_", ".", " ", "/", "执", "法", "é", "Ж", "٣",
        "Ⅻ", "²", "\u0301", "\uD840\uDC00", "\uD835\uDFCE", "\uD83D\uDE00", "\uD840", "\uDC00", "\t", "\u3000", "・",
        "〇", "ｱ", "Ａ"};

    @Test
    void agreesWithTheRegularExpressions() {
        SplittableRandom random = new SplittableRandom(20261206L);
        for (int n = 0; n < 200_000; n++) {
            int length = random.nextInt(4) == 0 ? 60 + random.nextInt(8) : random.nextInt(8);
            StringBuilder b = new StringBuilder();
            int common = random.nextInt(4); // mostly letters and digits, so that long ones are often well formed
            for (int i = 0; i < length; i++) {
                b.append(PIECES[random.nextInt(common == 0 ? PIECES.length : 7)]);
            }
            String value = b.toString();
            assertThat(Identifiers.isWellFormed(value, false)).as(value).isEqualTo(UNICODE.matcher(value).matches());
            assertThat(Identifiers.isWellFormed(value, true)).as(value).isEqualTo(ASCII.matcher(value).matches());
        }
    }

    @Test
    void edges() {
        assertThat(Identifiers.isWellFormed(null, false)).isFalse();
        assertThat(Identifiers.isWellFormed("", false)).isFalse();
        assertThat(Identifiers.isWellFormed("a".repeat(64), true)).isTrue();
        assertThat(Identifiers.isWellFormed("a".repeat(65), true)).isFalse();
        assertThat(Identifiers.isWellFormed("\uD840\uDC00".repeat(64), false)).isTrue();
        assertThat(Identifiers.isWellFormed("\uD840\uDC00".repeat(65), false)).isFalse();
        assertThat(Identifiers.isWellFormed("执法-01", false)).isTrue();
        assertThat(Identifiers.isWellFormed("执法-01", true)).isFalse();
        assertThat(Identifiers.isWellFormed("a-", false)).isFalse();
        assertThat(Identifiers.isWellFormed("-a", false)).isFalse();
        assertThat(Identifiers.isWellFormed("a--b", false)).isTrue();
    }
}
