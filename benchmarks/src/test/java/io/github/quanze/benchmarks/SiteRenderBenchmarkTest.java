package io.github.quanze.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.power.Power;
import io.github.quanze.publish.site.AgencySite;
import io.github.quanze.publish.site.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark methods of {@link SiteRenderBenchmark}, run once on the smallest agency: the site has all its pages,
 * one row per power in the 权责清单 with the generated duties and links, the flowcharts as SVG, and the site written
 * to a folder is the site rendered; the hand-written peer has a row per power too.
 */
class SiteRenderBenchmarkTest {

    private static final int POWERS = 1000;
    private static AgencySite site;
    private static List<String> codes;

    @BeforeAll
    static void generate() {
        site = SyntheticSite.generate(POWERS, 7L);
        codes = site.powers().powers().stream().map(p -> p.code().value()).toList();
    }

    @Test
    void theSiteHasEveryPageAndARowPerPower() {
        Site rendered = SiteRenderBenchmark.render(site);

        assertThat(rendered.pages()).containsOnlyKeys("index.html", "powers.html", "basis.html", "procedures.html",
                "standards.html", "people.html");
        Document powers = Jsoup.parse(rendered.page("powers.html"));
        Elements rows = powers.select("#powers-table > tbody > tr");
        assertThat(rows).hasSize(POWERS);
        assertThat(rows.stream().map(r -> r.selectFirst("th").text()).toList()).isEqualTo(codes);
        assertThat(rows.select("a[href^=standards.html#]")).hasSizeGreaterThan(POWERS / 4);
        assertThat(rows.select("a[href^=procedures.html#]")).hasSizeGreaterThan(POWERS / 2);
        assertThat(rows.get(0).text()).contains("立案责任", "未依法履行");
        Document procedures = Jsoup.parse(rendered.page("procedures.html"));
        assertThat(procedures.select("svg[role=img] > title")).hasSize(4);
        Document people = Jsoup.parse(rendered.page("people.html"));
        assertThat(people.select("#officers-table > tbody > tr")).hasSizeGreaterThan(POWERS / 3);
        assertThat(Jsoup.parse(rendered.page("standards.html")).text()).contains("某市监法〔2024〕30号");
    }

    @Test
    void theSiteWrittenIsTheSiteRendered(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("site");
        Site rendered = SiteRenderBenchmark.renderAndWrite(site, out);
        Site again = SiteRenderBenchmark.renderAndWrite(site, out);

        assertThat(again).isEqualTo(rendered);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactlyElementsOf(
                    rendered.pages().keySet().stream().sorted().toList());
        }
        for (var page : rendered.pages().entrySet()) {
            assertThat(Files.readString(out.resolve(page.getKey()), StandardCharsets.UTF_8)).isEqualTo(
                    page.getValue());
        }
    }

    @Test
    void theHandWrittenTableHasARowPerPower() {
        Document page = Jsoup.parse(HandWrittenPowersTable.render(site));

        Elements rows = page.select("table > tbody > tr");
        assertThat(rows).hasSize(POWERS);
        assertThat(rows.stream().map(r -> r.selectFirst("th").text()).toList()).isEqualTo(codes);
        Power first = site.powers().powers().get(0);
        Element row = rows.get(0);
        assertThat(row.select("td").get(0).text()).isEqualTo(first.name());
        assertThat(row.select("td").get(3).text()).contains("立案责任");
        long unallocated = site.powers().powers().stream()
                .filter(p -> site.allocation().forPower(p.code()).isEmpty()).count();
        assertThat(rows.stream().filter(r -> r.select("td").get(5).text().isEmpty()).count()).isEqualTo(unallocated);
    }

    @Test
    void eachSizeHasItsOwnData() {
        AgencySite other = SyntheticSite.generate(POWERS, 8L);

        assertThat(other.powers().powers()).isNotEqualTo(site.powers().powers());
        assertThat(SyntheticSite.generate(POWERS, 7L).powers()).isEqualTo(site.powers());
    }
}
