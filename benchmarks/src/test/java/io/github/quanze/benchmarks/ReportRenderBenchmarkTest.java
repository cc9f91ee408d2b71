package io.github.quanze.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.assessment.OfficerCard;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The benchmark methods of {@link ReportRenderBenchmark}, run once on the smallest county: the report has a row per
 * agency in ranking order and a card per officer, every card occurs, and the hand-written peer ranks the same.
 */
class ReportRenderBenchmarkTest {

    private static final int AGENCIES = 100;
    private final SyntheticCounty county = SyntheticCounty.generate(AGENCIES, 7L);

    @Test
    void theReportHasARowPerAgencyAndACardPerOfficer() {
        Document report = Jsoup.parse(ReportRenderBenchmark.render(county));

        Elements rows = report.select("table.ranking > tbody > tr[data-agency]");
        assertThat(rows).hasSize(AGENCIES);
        assertThat(rows.stream().map(r -> r.attr("data-agency")).toList()).isEqualTo(
                county.ranking().places().stream().map(p -> p.assessment().agency().value()).toList());
        assertThat(report.select("li.officer-card")).hasSize(AGENCIES * SyntheticCounty.OFFICERS_PER_AGENCY);
        assertThat(county.officers().stream().map(OfficerAppraisal::card).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(OfficerCard.values());
        assertThat(report.select("li.officer-card").eachAttr("data-card"))
                .containsAll(Arrays.stream(OfficerCard.values()).map(Enum::name).toList());
        assertThat(report.select("#ranking svg[role=img]")).hasSize(1);
        assertThat(report.select("tr.trophy")).hasSize(AgencyRanking.TROPHIES);
    }

    @Test
    void theHandWrittenTableRanksTheSame() {
        Document page = Jsoup.parse(HandWrittenRankingTable.render(ReportRenderBenchmark.TITLE.zh(),
                county.ranking()));

        Elements rows = page.select("table > tbody > tr");
        assertThat(rows).hasSize(AGENCIES);
        assertThat(rows.stream().map(r -> r.selectFirst("th").text()).toList()).isEqualTo(
                county.ranking().places().stream().map(p -> p.assessment().period().agencyName()).toList());
        assertThat(rows.select("td:contains(★)")).hasSize(AgencyRanking.TROPHIES);
    }

    @Test
    void eachSizeHasItsOwnData() {
        assertThat(SyntheticCounty.generate(AGENCIES, 8L).ranking().places().get(0).assessment())
                .isNotEqualTo(county.ranking().places().get(0).assessment());
        assertThat(SyntheticCounty.generate(AGENCIES, 7L)).isEqualTo(county);
    }
}
