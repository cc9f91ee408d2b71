package io.github.quanze.publish.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.text.BilingualText;
import java.util.List;
import net.jqwik.api.Example;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

class PageTest {

    private static final List<Page.Link> LINKS = List.of(
            new Page.Link("powers.html", BilingualText.of("权责清单", "Powers")),
            new Page.Link("people.html", BilingualText.of("执法主体和人员", "Agencies and officers")));

    private static Document page(String current) {
        Page page = Page.builder(BilingualText.of("权责清单", "Power catalogue"))
                .publisher(BilingualText.of("某市烟草专卖局", "City tobacco bureau")).links(LINKS).current(current)
                .body(Markup.create().element("p", "<script>alert(1)</script>", "id", "body")).build();
        return Jsoup.parse(page.html());
    }

    @Example
    void aPageIsChineseFirstWithItsTitleHeaderAndBody() {
        Document doc = page("powers.html");

        assertThat(doc.documentType().name()).isEqualTo("html");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.selectFirst("html").attr("data-lang")).isEqualTo("zh");
        assertThat(doc.title()).isEqualTo("权责清单 · Power catalogue");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("h1 span[lang=zh-CN]").text()).isEqualTo("权责清单");
        assertThat(doc.select("h1 span[lang=en]").text()).isEqualTo("Power catalogue");
        assertThat(doc.select("header .agency span[lang=zh-CN]").text()).isEqualTo("某市烟草专卖局");
        assertThat(doc.getElementById("body").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(doc.select("script")).hasSize(1);
    }

    @Example
    void theCurrentPageIsMarkedAndTheOthersAreNot() {
        Document doc = page("people.html");

        assertThat(doc.select("nav a")).extracting(a -> a.attr("href")).containsExactly("powers.html", "people.html");
        assertThat(doc.select("nav a[aria-current=page]")).extracting(a -> a.attr("href"))
                .containsExactly("people.html");
    }

    @Example
    void aPageAllowsNoNetworkRequest() {
        Document doc = page("powers.html");

        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo(Page.CONTENT_SECURITY_POLICY).startsWith("default-src 'none'");
        assertThat(doc.select("[src], link[href]")).isEmpty();
        assertThat(doc.select("style").html()).contains("@media print");
    }

    @Example
    void aLinkOutsideTheSiteIsRefused() {
        BilingualText label = BilingualText.of("外部", "Outside");

        assertThatThrownBy(() -> new Page.Link("https://example.org/", label))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://example.org/");
        assertThatThrownBy(() -> new Page.Link(" ", label)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Page.Link("a/b.html#x", label).href()).isEqualTo("a/b.html#x");
    }

    @Example
    void aLinkToAnotherHostOrWithABlankOrControlCharacterIsRefused() {
        BilingualText label = BilingualText.of("外部", "Outside");

        for (String bad : List.of("//example.org/powers.html", "powers.html\n#x", "powers .html", "a\\b.html",
                "x\u007F.html")) {
            assertThatThrownBy(() -> new Page.Link(bad, label)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("relative address");
        }
        assertThatThrownBy(() -> new Page.Link("https://" + "a".repeat(1000), label))
                .hasMessageContaining("https://" + "a".repeat(32) + "…").hasMessageNotContaining("a".repeat(33));
        assertThat(new Page.Link("./powers.html#power-CF-001", label).href()).isEqualTo("./powers.html#power-CF-001");
    }
}
