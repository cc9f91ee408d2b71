package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class TextsTest {

    @Example
    void quote_keepsAShortValueWhole() {
        assertThat(Texts.quote("烟草专卖")).isEqualTo("'烟草专卖'");
        assertThat(Texts.quote(null)).isEqualTo("null");
    }

    @Example
    void quote_cutsALongValueAndGivesItsLength() {
        String quoted = Texts.quote("x".repeat(100_000));
        assertThat(quoted).startsWith("'" + "x".repeat(Texts.QUOTE_LIMIT) + "'").endsWith("(100000 characters)");
        assertThat(quoted.length()).isLessThan(80);
    }

    @Example
    void quote_showsControlCharacters() {
        assertThat(Texts.quote("a\u0000b\n")).isEqualTo("'a\\u0000b\\u000A'");
    }

    @Example
    void checkLine_acceptsANameAndRejectsControlsBlanksAndSpaces() {
        assertThat(Texts.checkLine("Officer O-1: name", "冯刚")).isEqualTo("冯刚");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkLine("Officer O-1: name", "冯\u0007刚"))
                .withMessage("Officer O-1: name must not contain control character U+0007 (at index 1), but was "
                        + "'冯\\u0007刚'");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkLine("name", "a\nb"))
                .withMessageContaining("U+000A");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkLine("name", " "))
                .withMessage("name must not be blank, but was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkLine("name", null))
                .withMessage("name must not be blank, but was null");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkLine("name", "冯刚 "))
                .withMessageContaining("must not begin or end with a space");
    }

    @Example
    void checkText_allowsLineBreaksButNoOtherControl() {
        assertThat(Texts.checkText("description", "第一行\n第二行")).isEqualTo("第一行\n第二行");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkText("description", "a\u0000"))
                .withMessageContaining("U+0000");
    }

    @Example
    void normalizeTerm_stripsHalfAndFullWidthSpaces() {
        assertThat(Texts.normalizeTerm("area", " 烟草专卖\u3000")).isEqualTo("烟草专卖");
        assertThat(Texts.normalizeTerm("area", "烟草专卖")).isEqualTo("烟草专卖");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.normalizeTerm("area", "\u3000"));
    }

    @Example
    void quoteTitle_putsATitleInBookTitleMarksAndCutsItLikeAValue() {
        assertThat(Texts.quoteTitle("中华人民共和国烟草专卖法")).isEqualTo("《中华人民共和国烟草专卖法》");
        assertThat(Texts.quoteTitle("法".repeat(100_000))).startsWith("《" + "法".repeat(Texts.QUOTE_LIMIT) + "》")
                .endsWith("(100000 characters)");
        assertThat(Texts.quoteTitle(null)).isEqualTo("null");
    }

    @Example
    void checkTextOrEmpty_acceptsEmptyButNotBlankOrControls() {
        assertThat(Texts.checkTextOrEmpty("note", "")).isEmpty();
        assertThat(Texts.checkTextOrEmpty("note", "依据国办发〔2005〕37号\n解释")).contains("解释");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkTextOrEmpty("note", " "))
                .withMessage("note must not be blank, but was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkTextOrEmpty("note", "a\u0007"))
                .withMessageContaining("U+0007");
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.checkTextOrEmpty("note", null))
                .withMessage("note must not be blank, but was null");
    }

    @Property
    void quoteIsShortWhateverTheInput(@ForAll @StringLength(max = 5_000) String value) {
        assertThat(Texts.quote(value).length()).isLessThanOrEqualTo(2 + 6 * Texts.QUOTE_LIMIT + 30);
    }

    @Property
    void isLineAgreesWithCheckLine(@ForAll @StringLength(max = 12) String value) {
        boolean accepted;
        try {
            Texts.checkLine("field", value, 10);
            accepted = true;
        } catch (IllegalArgumentException e) {
            accepted = false;
        }
        assertThat(Texts.isLine(value, 10)).isEqualTo(accepted);
    }

    @Example
    void isLine_rejectsWhatCheckLineRejects() {
        assertThat(Texts.isLine("询问笔录", 10)).isTrue();
        assertThat(Texts.isLine("询问\n笔录", 10)).isFalse();
        assertThat(Texts.isLine(" 询问笔录", 10)).isFalse();
        assertThat(Texts.isLine("x".repeat(11), 10)).isFalse();
        assertThat(Texts.isLine(null, 10)).isFalse();
    }

    @Example
    void quoted_rendersAsTheQuotationOnlyWhenAsked() {
        StringBuilder reads = new StringBuilder();
        Object value = new Object() {
            @Override
            public String toString() {
                reads.append('x');
                return "烟草专卖";
            }
        };
        Object quoted = Texts.quoted(value);

        assertThat(reads).isEmpty();
        assertThat(quoted.toString()).isEqualTo("'烟草专卖'");
        assertThat(Texts.quotedTitle("中华人民共和国行政处罚法").toString()).isEqualTo(Texts.quoteTitle("中华人民共和国行政处罚法"));
    }
}
