package io.github.quanze.publish.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.publish.browser.Browser;
import io.github.quanze.publish.browser.SiteAssertions;
import io.github.quanze.publish.browser.SiteCheck;
import io.github.quanze.publish.notice.DecisionNotice;
import io.github.quanze.publish.notice.Party;
import io.github.quanze.publish.notice.ResidentIdNumber;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/**
 * The tobacco bureau's site, written to {@code target/published/tobacco} and checked page by page: structure without a
 * browser, then in headless Chromium (no console error, no network request, every flowchart step drawn, the language
 * switch, a screenshot of each page in {@code target/screenshots}), and no unmasked personal value anywhere.
 */
class SiteInBrowserTest {

    private static final Path OUT = Path.of("target", "published", "tobacco");
    private static final AgencyDocuments TOBACCO = AgencyDocuments.read(AgencyDocumentsTest.TOBACCO);

    private static Path written() {
        SiteRenderer.standard().render(AgencySite.from(TOBACCO, LocalDate.of(2026, 6, 30))).writeTo(OUT);
        return OUT;
    }

    /** What the masking rule keeps off every page: the parties' ID numbers, contacts, accounts and home addresses. */
    private static List<String> unmasked() {
        List<String> values = new ArrayList<>();
        for (DecisionNotice notice : TOBACCO.decisions().orElseThrow().notices()) {
            Party party = notice.party();
            if (!party.kind().isNaturalPerson()) {
                party.bankAccount().ifPresent(values::add);
                continue;
            }
            party.idNumber().map(ResidentIdNumber::value).ifPresent(values::add);
            party.phone().ifPresent(values::add);
            party.email().ifPresent(values::add);
            party.bankAccount().ifPresent(values::add);
            Optional<String> home = party.addressIsPremises() ? Optional.empty() : party.address();
            home.ifPresent(values::add);
        }
        return values;
    }

    @Example
    void everyPageIsWellFormedAndShowsNoUnmaskedValue() {
        List<String> unmasked = unmasked();
        assertThat(unmasked).hasSizeGreaterThan(4);

        SiteCheck.Report report = SiteAssertions.assertClean(SiteCheck.of(written()).withoutBrowser()
                .forbidding(unmasked));

        assertThat(report.pages()).extracting(p -> p.getFileName().toString()).contains("index.html", "powers.html",
                "basis.html", "procedures.html", "standards.html", "decisions.html", "people.html");
    }

    @Example
    void everyPageOpensInABrowserWithoutErrorOrRequest() {
        Browser.assumeAvailable();
        SiteCheck.Report report = SiteAssertions.assertClean(SiteCheck.of(written()).screenshotPrefix("tobacco-")
                .forbidding(unmasked()));

        assertThat(report.browserSkipped()).isEmpty();
        assertThat(report.screenshots()).hasSize(report.pages().size());
    }

    @Example
    void theSearchAndTheKindFilterNarrowThePowerCatalogue() {
        Browser.assumeAvailable();
        Path site = written();
        try (Browser browser = Browser.start()) {
            Browser.OpenPage powers = browser.open(site.resolve("powers.html"));
            int all = powers.visibleRows("#powers-table");
            assertThat(all).isEqualTo(TOBACCO.powers().size());

            powers.type("#power-search", "CF-005");
            assertThat(powers.visibleRows("#powers-table")).isEqualTo(1);
            powers.type("#power-search", "");
            assertThat(powers.visibleRows("#powers-table")).isEqualTo(all);

            powers.choose("#power-kind", "ADMINISTRATIVE_LICENSING");
            long licences = TOBACCO.powers().powers().stream()
                    .filter(p -> p.kind().name().equals("ADMINISTRATIVE_LICENSING")).count();
            assertThat(licences).isPositive().isLessThan(all);
            assertThat(powers.visibleRows("#powers-table")).isEqualTo((int) licences);

            String chinese = powers.visibleText("h1");
            powers.switchLanguage();
            assertThat(powers.visibleText("h1")).isNotEqualTo(chinese).isEqualTo("Power catalogue");
        }
    }
}
