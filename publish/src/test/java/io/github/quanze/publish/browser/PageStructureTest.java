package io.github.quanze.publish.browser;

import static io.github.quanze.publish.browser.SamplePages.pageWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Example;

class PageStructureTest {

    private static final BilingualText TEXT = BilingualText.of("说明", "Note");

    /** Checks one page, written into a site that also holds the clean pages. */
    private static List<PageFinding> check(String name, String html) {
        Path site = SamplePages.cleanSite(SamplePages.folder("structure-" + name.replace(".html", "")));
        return PageStructure.in(site).check(SamplePages.write(site, name, html));
    }

    @Example
    void theCleanSite_followsEveryRule() {
        Path site = SamplePages.cleanSite(SamplePages.folder("structure-clean"));

        assertThat(PageStructure.in(site).check(site.resolve("index.html"))).isEmpty();
        assertThat(PageStructure.in(site).check(site.resolve("second.html"))).isEmpty();
    }

    @Example
    void anOutsideAddress_isFoundInAttributesAndCss() {
        List<PageFinding> findings = check("outside.html", pageWith(Markup.create()
                .empty("img", "id", "logo", "src", SamplePages.OUTSIDE_IMAGE, "alt", "标志 Logo")
                .element("p", TEXT, "id", "styled", "style", "background: url( '//cdn.example/b.png' )")
                .element("a", TEXT, "id", "mail", "href", "mailto:office@example.org")
                .empty("img", "id", "inline", "alt", "点 Dot", "src", "data:image/gif;base64,R0lGODlhAQABAAAAACw=")));

        assertThat(findings).extracting(PageFinding::page, PageFinding::element, PageFinding::rule,
                PageFinding::detail).containsExactly(
                        tuple("outside.html", "#logo", PageRule.EXTERNAL_ADDRESS, "src " + SamplePages.OUTSIDE_IMAGE),
                        tuple("outside.html", "#styled", PageRule.EXTERNAL_ADDRESS, "url( //cdn.example/b.png"),
                        tuple("outside.html", "#mail", PageRule.EXTERNAL_ADDRESS, "href mailto:office@example.org"));
    }

    @Example
    void aHeadingThatSkipsALevel_andASecondH1_areFound() {
        List<PageFinding> findings = check("jump.html", pageWith(Markup.create()
                .element("h3", TEXT, "id", "jump").element("h2", TEXT).element("h3", TEXT)
                .element("h1", TEXT, "id", "again")));

        assertThat(findings).extracting(PageFinding::element, PageFinding::rule).containsExactly(
                tuple("#again", PageRule.ONE_H1), tuple("#jump", PageRule.HEADING_ORDER));
        assertThat(findings.get(1).detail()).startsWith("<h3> after <h1>");
    }

    @Example
    void aTableWithoutCaptionOrScopedHeaders_isFound() {
        List<PageFinding> findings = check("tables.html", pageWith(Markup.create()
                .open("table", "id", "bare").open("tr").element("td", "1").close("tr").close("table")
                .open("table", "id", "unscoped").element("caption", TEXT)
                .open("tr").element("th", "编码 Code", "id", "code").element("th", "名称 Name", "scope", "col")
                .close("tr").close("table")));

        assertThat(findings).extracting(PageFinding::element, PageFinding::rule).containsExactly(
                tuple("#bare", PageRule.TABLE_CAPTION), tuple("#bare", PageRule.TABLE_HEADER),
                tuple("#code", PageRule.TABLE_HEADER));
    }

    @Example
    void anSvgWithoutRoleOrTitle_andAnImageWithoutAlt_areFound() {
        List<PageFinding> findings = check("images.html", pageWith(Markup.create()
                .open("svg", "id", "chart", "viewBox", "0 0 10 10").empty("rect", "width", "5", "height", "5")
                .close("svg")
                .open("svg", "id", "labelled", "role", "img", "aria-label", "图 Chart").close("svg")
                .open("svg", "id", "dangling", "role", "img", "aria-labelledby", "labelled nowhere").close("svg")
                .empty("img", "id", "photo", "src", "data:image/gif;base64,R0lGODlhAQABAAAAACw=")));

        assertThat(findings).extracting(PageFinding::element, PageFinding::rule).containsExactly(
                tuple("#chart", PageRule.SVG_ROLE), tuple("#chart", PageRule.SVG_TITLE),
                tuple("#dangling", PageRule.SVG_TITLE), tuple("#photo", PageRule.IMG_ALT));
    }

    @Example
    void aBilingualElementWithOneLanguageMissingOrEmpty_isFound() {
        List<PageFinding> findings = check("languages.html", pageWith(Markup.create()
                .open("p", "id", "alone").element("span", "只有中文", "lang", Markup.ZH).close("p")
                .open("p").element("span", "中文", "lang", Markup.ZH)
                .element("span", "", "lang", Markup.EN, "id", "empty").close("p")));

        assertThat(findings).extracting(PageFinding::element, PageFinding::rule).containsExactly(
                tuple("#alone", PageRule.BILINGUAL_PAIR), tuple("#empty", PageRule.BILINGUAL_PAIR));
    }

    @Example
    void aMissingLanguageOrPolicy_andAPolicyAllowingAHost_areFound() {
        String page = SamplePages.index();
        String withoutLang = page.replace("<html lang=\"zh-CN\"", "<html");
        String withoutPolicy = page.replace("http-equiv=\"Content-Security-Policy\"", "http-equiv=\"x-other\"");
        String withHost = page.replace("img-src data:", "img-src data: https://cdn.example 'self'");

        assertThat(withoutLang).isNotEqualTo(page);
        assertThat(check("lang.html", withoutLang)).extracting(PageFinding::element, PageFinding::rule)
                .containsExactly(tuple("html", PageRule.HTML_LANG));
        assertThat(check("nopolicy.html", withoutPolicy)).extracting(PageFinding::element, PageFinding::rule)
                .containsExactly(tuple("head", PageRule.CONTENT_SECURITY_POLICY));
        assertThat(check("host.html", withHost)).extracting(PageFinding::rule, PageFinding::detail).containsExactly(
                tuple(PageRule.CONTENT_SECURITY_POLICY, "img-src allows https://cdn.example"),
                tuple(PageRule.CONTENT_SECURITY_POLICY, "img-src allows 'self'"));
        assertThat(Page.CONTENT_SECURITY_POLICY).contains("img-src data:");
    }

    @Example
    void aLinkToAMissingFileOrAnchorOrOutsideTheSite_isFound_andGoodOnesAreNot() {
        List<PageFinding> findings = check("links.html", pageWith(Markup.create()
                .element("a", TEXT, "id", "missing", "href", "missing.html")
                .element("a", TEXT, "id", "anchor", "href", "second.html#nowhere")
                .element("a", TEXT, "id", "up", "href", "../structure-clean/index.html")
                .element("a", TEXT, "id", "self", "href", "#nothing")
                .element("a", TEXT, "href", "second.html#basis")
                .element("a", TEXT, "href", "index.html#en")
                .element("a", TEXT, "href", "#top")
                .element("a", TEXT, "href", "./second.html?x=1#basis")));

        assertThat(findings).extracting(PageFinding::element, PageFinding::rule, PageFinding::detail)
                .containsExactly(
                        tuple("#missing", PageRule.BROKEN_LINK, "missing.html: no file missing.html"),
                        tuple("#anchor", PageRule.BROKEN_ANCHOR, "second.html#nowhere: no id \"nowhere\" in "
                                + "second.html"),
                        tuple("#up", PageRule.BROKEN_LINK, "../structure-clean/index.html leads outside the site "
                                + "folder"),
                        tuple("#self", PageRule.BROKEN_ANCHOR, "#nothing: no id \"nothing\" in links.html"));
    }

    @Example
    void aForbiddenText_isFoundWhereverItHides_andAMaskedOneIsNot() {
        Path site = SamplePages.cleanSite(SamplePages.folder("structure-forbidden"));
        String html = pageWith(Markup.create()
                .element("p", "当事人：张*", "id", "masked")
                .element("p", BilingualText.of("当事人张三丰", "Party: Zhang Sanfeng"), "id", "shown")
                .element("span", "身份证号", "id", "attribute", "title", "110101199003071234"))
                .replace("</main>", "<!-- 13800138000 --></main>");
        Path page = SamplePages.write(site, "decisions.html", html);
        List<String> forbidden = List.of("张三丰", "110101199003071234", "13800138000", "13900139000");

        List<PageFinding> findings = PageStructure.in(site).forbidding(forbidden).check(page);

        assertThat(findings).extracting(PageFinding::rule).containsOnly(PageRule.FORBIDDEN_TEXT);
        assertThat(findings).extracting(PageFinding::detail)
                .containsExactly("\"张三丰\"", "\"110101199003071234\"", "\"13800138000\"");
        assertThat(findings.get(0).element()).startsWith("#shown > span");
        assertThat(findings.get(1).element()).isEqualTo("#attribute");
        assertThat(findings.get(2).element()).endsWith("main");
        assertThat(PageStructure.in(site).forbidding(List.of("张三")).check(site.resolve("index.html"))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> PageStructure.in(site).forbidding(List.of(" ")));
    }

    @Example
    void findingsReadAsOneLineEach() {
        PageFinding finding = new PageFinding("a.html", "#logo", PageRule.IMG_ALT, "no alt");

        assertThat(finding).hasToString("a.html: #logo [IMG_ALT] no alt (every <img> has an alt attribute)");
    }

    @Example
    void aPageOutsideTheSite_isRefused() {
        Path site = SamplePages.cleanSite(SamplePages.folder("structure-refused"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PageStructure.in(site.resolve("sub")).check(site.resolve("index.html")))
                .withMessageContaining("is not in the site folder");
    }
}
