package io.github.quanze.publish.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.text.BilingualText;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

class MarkupTest {

    @Property
    void anyTextIsNeverReadAsMarkup(@ForAll String text) {
        String html = Markup.create().open("div", "id", "x", "title", text).text(text).close("div").toString();

        Element div = Jsoup.parseBodyFragment(html).getElementById("x");
        assertThat(div).isNotNull();
        assertThat(div.children()).isEmpty();
        assertThat(div.attributes().size()).isEqualTo(2);
    }

    @Property
    void aPrintableTextReadsBackAsTheSameText(@ForAll String text) {
        // the parser normalizes line breaks and NUL, which documents' texts do not contain
        Assume.that(text.chars().noneMatch(c -> c < 0x20));
        String html = Markup.create().open("div", "id", "x", "title", text).text(text).close("div").toString();

        Element div = Jsoup.parseBodyFragment(html).getElementById("x");
        assertThat(div.attr("title")).isEqualTo(text);
        assertThat(div.wholeText()).isEqualTo(text);
    }

    @Example
    void aBilingualTextIsTwoSpansWithTheirLanguages() {
        String html = Markup.create().element("p", BilingualText.of("权责清单", "Power catalogue")).toString();

        assertThat(html).isEqualTo("<p><span lang=\"zh-CN\">权责清单</span><span lang=\"en\">Power catalogue</span></p>");
    }

    @Example
    void aNullAttributeValueIsLeftOutAndAnEmptyOneKept() {
        assertThat(Markup.create().empty("input", "id", "q", "disabled", null, "value", "").toString())
                .isEqualTo("<input id=\"q\" value=\"\"/>");
    }

    @Example
    void elementsCloseInTheOrderTheyWereOpened() {
        Markup markup = Markup.create().open("table").open("tr");

        assertThat(markup.isClosed()).isFalse();
        assertThatThrownBy(() -> markup.close("table")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<table>").hasMessageContaining("<tr>");
        assertThatThrownBy(markup::toString).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<tr> is still open");
        markup.close("tr").close("table");
        assertThat(markup.isClosed()).isTrue();
        assertThat(markup).hasToString("<table><tr></tr></table>");
    }

    @Example
    void malformedNamesAndUnpairedAttributesAreRefusedAndWriteNothing() {
        Markup markup = Markup.create().element("b", "x");

        assertThatThrownBy(() -> markup.open("script onload")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("element name").hasMessageContaining("\"script onload\"");
        assertThatThrownBy(() -> markup.open("a", "href")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
        assertThatThrownBy(() -> markup.open("a", "on click", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attribute name").hasMessageContaining("\"on click\"");
        assertThatThrownBy(() -> markup.fragment(Markup.create().open("i")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(markup).hasToString("<b>x</b>");
    }

    @Example
    void svgNamesInCamelCaseAreAccepted() {
        String svg = Markup.create().open("svg", "viewBox", "0 0 10 10").empty("path", "d", "M0 0L10 10")
                .open("linearGradient", "id", "g").close("linearGradient").close("svg").toString();

        Document doc = Jsoup.parse(svg);
        assertThat(doc.select("svg").attr("viewBox")).isEqualTo("0 0 10 10");
        assertThat(doc.select("path")).hasSize(1);
    }
}
