package io.github.quanze.publish.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.publish.browser.Browser;
import io.github.quanze.publish.browser.SiteAssertions;
import io.github.quanze.publish.browser.SiteCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;

/**
 * The supervisor's report, written to {@code target/published/report/report.html} and checked without a browser and
 * in headless Chromium (no console error, no network request, the language switch, a screenshot).
 */
class ReportInBrowserTest {

    private static Path written() {
        Path folder = Path.of("target", "published", "report");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.html"), SupervisorReportTest.full().html(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    @Example
    void theReportIsWellFormedWithoutABrowser() {
        SiteCheck.Report report = SiteAssertions.assertStructureIsClean(written());

        assertThat(report.pages()).hasSize(1);
    }

    @Example
    void theReportOpensInABrowserWithoutErrorOrRequest() {
        Browser.assumeAvailable();
        SiteCheck.Report report = SiteAssertions.assertClean(SiteCheck.of(written()).screenshotPrefix("report-"));

        assertThat(report.browserSkipped()).isEmpty();
        assertThat(report.screenshots()).hasSize(1);
    }
}
