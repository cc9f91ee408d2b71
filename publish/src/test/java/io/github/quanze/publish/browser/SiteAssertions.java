package io.github.quanze.publish.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Assertions on a folder of published pages, for the tests of every page the module writes (网站检查断言).
 * <pre>{@code
 * @Example
 * void theSiteHasAClearStructure() {
 *     SiteAssertions.assertStructureIsClean(site);     // always runs: jsoup
 * }
 *
 * @Example
 * void theSiteWorksInABrowser() {
 *     SiteAssertions.assertSiteIsClean(site);          // structure, then Chromium; skipped without a browser
 * }
 * }</pre>
 * A failure prints every finding on its own line; the screenshots are in {@code target/screenshots}.
 */
public final class SiteAssertions {

    private SiteAssertions() {}

    /**
     * Asserts that every page of a site follows the structure rules, without a browser.
     *
     * @param site  the site's folder, not null
     * @return the report, not null
     * @throws AssertionError listing the findings, if there are any
     */
    public static SiteCheck.Report assertStructureIsClean(Path site) {
        return assertClean(SiteCheck.of(site).withoutBrowser());
    }

    /**
     * Asserts that every page of a site follows the structure rules, then that in a browser it shows no console
     * error, requests nothing, draws every flowchart step and switches language; and saves a screenshot of each page.
     * Without a browser, the structure is asserted and the test is then skipped, saying why.
     *
     * @param site  the site's folder, not null
     * @return the report, not null
     * @throws AssertionError listing the findings, if there are any
     * @throws org.opentest4j.TestAbortedException after the structure passed, where no browser can be started
     */
    public static SiteCheck.Report assertSiteIsClean(Path site) {
        SiteCheck.Report report = assertClean(SiteCheck.of(site));
        Assumptions.assumeTrue(report.browserSkipped().isEmpty(), () -> report.browserSkipped().get());
        return report;
    }

    /**
     * Runs a check configured by the caller and asserts it found nothing.
     *
     * @param check  the check, such as {@code SiteCheck.of(site).screenshotPrefix("tobacco-")}, not null
     * @return the report, not null
     * @throws AssertionError listing the findings, if there are any
     */
    public static SiteCheck.Report assertClean(SiteCheck check) {
        SiteCheck.Report report = check.run();
        assertThat(report.findings()).withFailMessage(report::describe).isEmpty();
        return report;
    }
}
