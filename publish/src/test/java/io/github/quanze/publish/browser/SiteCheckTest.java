package io.github.quanze.publish.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;

class SiteCheckTest {

    private static Browser browser;

    private static Browser browser() {
        Browser.assumeAvailable();
        if (browser == null) {
            browser = Browser.start();
        }
        return browser;
    }

    @AfterContainer
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /**
     * The clean site and five pages that each break one rule: an outside image, a heading jump, a table without
     * caption, a script error, a hidden flowchart step; and one without the page's script, whose switch does nothing.
     */
    private static Path badSite(String name) {
        Path site = SamplePages.cleanSite(SamplePages.folder(name));
        SamplePages.write(site, "outside.html", SamplePages.pageWith(Markup.create()
                .empty("img", "id", "logo", "src", SamplePages.OUTSIDE_IMAGE, "alt", "标志 Logo")));
        SamplePages.write(site, "jump.html", SamplePages.pageWith(Markup.create()
                .element("h3", BilingualText.of("小节", "Section"), "id", "jump")));
        SamplePages.write(site, "nocaption.html", SamplePages.pageWith(Markup.create()
                .open("table", "id", "bare").open("thead").open("tr").element("th", "编码 Code", "scope", "col")
                .close("tr").close("thead").close("table")));
        SamplePages.write(site, "script.html", SamplePages.withScript("undefinedFunction();"));
        SamplePages.write(site, "hidden.html", SamplePages.pageWith(SamplePages.flowchart("display: none")));
        SamplePages.write(site, "noscript.html", SamplePages.index().replaceAll("(?s)<script>.*?</script>", ""));
        return site;
    }

    @Example
    void aCleanSite_passesTheStructureChecks_withoutABrowser() {
        Path site = SamplePages.cleanSite(SamplePages.folder("site-clean-structure"));

        SiteCheck.Report report = SiteAssertions.assertStructureIsClean(site);

        assertThat(report.pages()).containsExactly(site.resolve("index.html"), site.resolve("second.html"));
        assertThat(report.browserSkipped()).hasValue("browser checks skipped: withoutBrowser()");
        assertThat(report.screenshots()).isEmpty();
    }

    @Example
    void aCleanSite_passesInTheBrowser_andEachPageIsPhotographed() {
        Browser.assumeAvailable();
        Path site = SamplePages.cleanSite(SamplePages.folder("site-clean"));

        SiteCheck.Report report = SiteAssertions.assertClean(SiteCheck.of(site).screenshotPrefix("sample-"));

        assertThat(report.browserSkipped()).isEmpty();
        assertThat(report.screenshots()).containsExactly(Browser.screenshots().resolve("sample-index.png"),
                Browser.screenshots().resolve("sample-second.png"));
        assertThat(report.screenshots()).allMatch(Files::isRegularFile);
        System.out.println("SiteCheck, clean site: " + report.describe());
    }

    @Example
    void aBadSite_givesEachFindingOnItsPage_withoutABrowser() {
        Path site = badSite("site-bad-structure");

        SiteCheck.Report report = SiteCheck.of(site).withoutBrowser().run();

        assertThat(report.findings()).extracting(PageFinding::page, PageFinding::element, PageFinding::rule)
                .containsExactly(
                        tuple("jump.html", "#jump", PageRule.HEADING_ORDER),
                        tuple("nocaption.html", "#bare", PageRule.TABLE_CAPTION),
                        tuple("outside.html", "#logo", PageRule.EXTERNAL_ADDRESS));
        assertThatThrownBy(() -> SiteAssertions.assertStructureIsClean(site)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("8 pages in").hasMessageContaining("3 findings")
                .hasMessageContaining("jump.html: #jump [HEADING_ORDER] <h3> after <h1>");
    }

    @Example
    void aBadSite_givesEachFindingOnItsPage_inTheBrowser() {
        Path site = badSite("site-bad");

        SiteCheck.Report report = SiteCheck.of(site).using(browser()).screenshotPrefix("bad-").run();
        System.out.println("SiteCheck, bad site: " + report.describe());

        assertThat(report.findings(PageRule.NETWORK_REQUEST)).extracting(PageFinding::page, PageFinding::detail)
                .containsExactly(tuple("outside.html", SamplePages.OUTSIDE_IMAGE));
        assertThat(report.findings(PageRule.CONSOLE_ERROR)).extracting(PageFinding::page).containsExactly(
                "outside.html", "script.html");
        assertThat(report.findings(PageRule.CONSOLE_ERROR).get(0).detail()).contains("Content Security Policy");
        assertThat(report.findings(PageRule.CONSOLE_ERROR).get(1).detail()).contains("undefinedFunction");
        assertThat(report.findings(PageRule.SVG_STEPS_RENDERED)).extracting(PageFinding::page, PageFinding::element,
                PageFinding::detail).containsExactly(tuple("hidden.html", "svg#flow", "2 of 3 g.step drawn"));
        assertThat(report.findings(PageRule.LANGUAGE_SWITCH)).extracting(PageFinding::page)
                .containsExactly("noscript.html");
        List<String> clean = List.of("index.html", "second.html");
        assertThat(report.findings()).noneMatch(f -> clean.contains(f.page()));
        assertThat(report.findings()).hasSize(3 + 5);
        assertThat(report.screenshots()).hasSize(8).allMatch(Files::isRegularFile);
        SiteCheck again = SiteCheck.of(site).using(browser()).screenshotPrefix("bad-");
        assertThatThrownBy(() -> SiteAssertions.assertClean(again)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("[CONSOLE_ERROR]");
    }

    @Example
    void aForbiddenText_isFoundOnThePagesHoldingIt() {
        Path site = SamplePages.cleanSite(SamplePages.folder("site-forbidden"));

        SiteCheck.Report report = SiteCheck.of(site).withoutBrowser().forbidding(List.of("330217002", "张三")).run();

        assertThat(report.findings()).extracting(PageFinding::page, PageFinding::rule, PageFinding::detail)
                .containsExactly(tuple("index.html", PageRule.FORBIDDEN_TEXT, "\"330217002\""));
    }

    @Example
    void aFolderWithoutPages_isRefused() {
        Path empty = SamplePages.folder("site-empty");

        assertThatIllegalArgumentException().isThrownBy(() -> SiteCheck.of(empty).run())
                .withMessageContaining("no .html page in");
    }
}
