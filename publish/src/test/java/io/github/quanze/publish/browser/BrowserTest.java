package io.github.quanze.publish.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.publish.html.Markup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;

class BrowserTest {

    private static Browser browser;

    /** The browser shared by this class's examples, started by the first; skips the example where there is none. */
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

    private static Browser.OpenPage open(String name, String html) {
        Path site = SamplePages.cleanSite(SamplePages.folder("browser-" + name.replace(".html", "")));
        return browser().open(SamplePages.write(site, name, html));
    }

    @Example
    void aCleanPage_showsNoErrorAndRequestsNothing_andIsPhotographed() throws IOException {
        Browser.OpenPage page = open("index.html", SamplePages.index());

        assertThat(page.consoleErrors()).isEmpty();
        assertThat(page.networkRequests()).isEmpty();
        Path shot = page.screenshot("browser-test-index");
        assertThat(shot).isEqualTo(Browser.screenshots().resolve("browser-test-index.png"));
        byte[] png = Files.readAllBytes(shot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        int width = (png[16] & 0xff) << 24 | (png[17] & 0xff) << 16 | (png[18] & 0xff) << 8 | png[19] & 0xff;
        int height = (png[20] & 0xff) << 24 | (png[21] & 0xff) << 16 | (png[22] & 0xff) << 8 | png[23] & 0xff;
        assertThat(width).isEqualTo(Browser.WIDTH);
        assertThat(height).isGreaterThan(300);
    }

    @Example
    void theLanguageSwitch_showsEnglishThenChineseAgain() {
        Browser.OpenPage page = open("index.html", SamplePages.index());
        String intro = "#" + SamplePages.INTRO;

        assertThat(page.language()).isEqualTo("zh");
        assertThat(page.visibleText(intro)).isEqualTo("本局依法公示行政执法事项。");
        assertThat(page.visibleText("h1")).isEqualTo("权责清单");
        assertThat(page.visibleText("#" + SamplePages.FLOWCHART)).contains("受理").doesNotContain("Accept");
        page.switchLanguage();
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.visibleText(intro)).isEqualTo("The bureau publishes its enforcement powers.");
        assertThat(page.visibleText("h1")).isEqualTo("Power catalogue");
        assertThat(page.visibleText("#lang-switch")).isEqualTo("中文");
        assertThat(page.visibleText("#" + SamplePages.FLOWCHART)).contains("Accept").doesNotContain("受理");
        page.switchLanguage();
        assertThat(page.language()).isEqualTo("zh");
        assertThat(page.visibleText(intro)).isEqualTo("本局依法公示行政执法事项。");
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Example
    void theSearchField_andTheSelect_hideTheRowsThatDoNotMatch() {
        Browser.OpenPage page = open("index.html", SamplePages.index());
        String table = "#" + SamplePages.TABLE;
        String count = "[data-filter-count=" + SamplePages.TABLE + "]";

        assertThat(page.visibleRows(table)).isEqualTo(SamplePages.ROWS);
        page.type("#q", "许可");
        assertThat(page.visibleRows(table)).isEqualTo(1);
        assertThat(page.visibleText(table + " tbody")).contains("330217002").doesNotContain("330217001");
        assertThat(page.visibleText(count)).isEqualTo("1");
        page.type("#q", "PENALTY");
        assertThat(page.visibleRows(table)).isEqualTo(2);
        page.type("#q", "no such power");
        assertThat(page.visibleRows(table)).isZero();
        page.type("#q", "");
        assertThat(page.visibleRows(table)).isEqualTo(SamplePages.ROWS);
        page.choose("#kind", "licensing");
        assertThat(page.visibleRows(table)).isEqualTo(1);
        page.choose("#kind", "");
        assertThat(page.visibleRows(table)).isEqualTo(SamplePages.ROWS);
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Example
    void everyFlowchartStep_isDrawn_andAHiddenOneIsNot() {
        Browser.OpenPage page = open("index.html", SamplePages.index());

        assertThat(page.renderedSteps("#" + SamplePages.FLOWCHART)).isEqualTo(SamplePages.STEPS);
        assertThat(page.stepCounts()).containsExactly(
                new Browser.StepCount("svg#" + SamplePages.FLOWCHART, SamplePages.STEPS, SamplePages.STEPS));

        Browser.OpenPage hidden = open("hidden.html", SamplePages.pageWith(SamplePages.flowchart("display: none")));
        assertThat(hidden.renderedSteps("svg")).isEqualTo(SamplePages.STEPS - 1);
        assertThat(hidden.stepCounts()).containsExactly(
                new Browser.StepCount("svg#" + SamplePages.FLOWCHART, SamplePages.STEPS, SamplePages.STEPS - 1));
    }

    @Example
    void anOutsideImage_isAskedFor_andRefusedByThePolicy() {
        Browser.OpenPage page = open("outside.html", SamplePages.pageWith(Markup.create()
                .empty("img", "src", SamplePages.OUTSIDE_IMAGE, "alt", "标志 Logo")));

        assertThat(page.networkRequests()).containsExactly(SamplePages.OUTSIDE_IMAGE);
        assertThat(page.consoleErrors()).singleElement().asString()
                .contains(SamplePages.OUTSIDE_IMAGE, "Content Security Policy");
    }

    @Example
    void withoutThePolicy_anOutsideImageIsStillOnlyAskedFor() {
        String html = SamplePages.pageWith(Markup.create()
                .empty("img", "src", SamplePages.OUTSIDE_IMAGE, "alt", "标志 Logo"));
        String withoutPolicy = html.replace("http-equiv=\"Content-Security-Policy\"", "http-equiv=\"x-other\"");
        Browser.OpenPage page = open("nopolicy.html", withoutPolicy);

        assertThat(withoutPolicy).isNotEqualTo(html);
        assertThat(page.networkRequests()).containsExactly(SamplePages.OUTSIDE_IMAGE);
        assertThat(page.consoleErrors()).singleElement().asString().contains(SamplePages.OUTSIDE_IMAGE)
                .doesNotContain("Content Security Policy");
    }

    @Example
    void aScriptError_isShownOnTheConsole() {
        Browser.OpenPage page = open("script.html", SamplePages.withScript("document.getElementById('x').click();"));

        assertThat(page.consoleErrors()).singleElement().asString().contains("Uncaught TypeError");
        assertThat(page.networkRequests()).isEmpty();
    }

    @Example
    void aPageOpenedBefore_canNoLongerBeRead() {
        Browser.OpenPage first = open("index.html", SamplePages.index());
        open("second.html", SamplePages.second());

        assertThatIllegalStateException().isThrownBy(first::consoleErrors).withMessageContaining("no longer open");
    }

    @Example
    void withoutChromiumOrWhenTurnedOff_theChecksSaySkipped() {
        Path bin = Path.of("/usr/bin/true");
        Path none = Path.of("/nonexistent/chromium");

        assertThat(Browser.unavailable("false", bin, bin))
                .hasValue("browser checks skipped: -Dquanze.browser=false");
        assertThat(Browser.unavailable("true", none, bin)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("browser checks skipped: no executable /nonexistent/chromium")
                .contains(".ci/install-browser"));
        assertThat(Browser.unavailable("true", bin, none)).map(r -> r.contains("/nonexistent/chromium")).hasValue(true);
        assertThat(Browser.unavailable("true", bin, bin)).isEqualTo(Optional.empty());
    }
}
