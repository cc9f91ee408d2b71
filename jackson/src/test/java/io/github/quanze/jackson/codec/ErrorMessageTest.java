package io.github.quanze.jackson.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import org.junit.jupiter.api.Test;

/** An error's message stays one short line, whatever the input. */
class ErrorMessageTest {

    @Test
    void aDeepPointerIsCutInTheMessageButKeptWholeInThePointer() {
        // a lenient reader skips the unknown field and meets the syntax error deep inside it
        String deep = "{\"kind\": \"basis-catalogue\", \"version\": 1, \"extra\": " + "[".repeat(300) + "x";
        assertThatThrownBy(() -> QuanzeDocuments.json().reader(BasisDocuments.BASIS_CATALOGUE).lenient()
                .readString("deep.json", deep))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).hasSizeGreaterThan(500);
                    assertThat(e.getMessage()).contains("…").hasSizeLessThan(300).doesNotContain("\n");
                    String shown = e.getMessage().substring(e.getMessage().indexOf(' ') + 1,
                            e.getMessage().indexOf(": "));
                    assertThat(shown).hasSize(120);
                    assertThat(e.pointer()).startsWith(shown.substring(0, shown.indexOf('…')))
                            .endsWith(shown.substring(shown.indexOf('…') + 1));
                });
    }

    @Test
    void aShortPointerIsShownWhole() {
        InvalidDocumentException e = new InvalidDocumentException("d.json", new Position("/a/b", 2, 3), "b",
                "\"x\"", "bad", null);
        assertThat(e.getMessage()).isEqualTo("d.json:2:3 /a/b: field \"b\" value \"x\": bad");
    }

    @Test
    void aFieldOrARuleWithALineBreakStaysOnOneLine() {
        InvalidDocumentException e = new InvalidDocumentException("d.json", new Position("/a\nb", 2, 3), "a\nb",
                null, "bad\nworse", null);
        assertThat(e.getMessage()).isEqualTo("d.json:2:3 /a\\nb: field \"a\\nb\": bad\\nworse");
        assertThat(e.field()).contains("a\nb");
    }
}
