package io.github.quanze.publish.report;

import static io.github.quanze.publish.report.ReportFixtures.ITEM;
import static io.github.quanze.publish.report.ReportFixtures.RANKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

class SupervisorReportTest {

    private static final BilingualText TITLE = BilingualText.of("某县2026年度行政执法评议考核", "County assessment 2026");
    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 20);
    private static final List<String> HEADINGS = List.of("一、评议考核得分与排名", "二、考核等次分布", "三、指标对比",
            "四、案件时间轴", "五、类案罚款分布", "六、执法人员考核与红黄绿卡");

    static SupervisorReport full() {
        CaseRecord record = ReportFixtures.penaltyCase();
        return SupervisorReport.builder(TITLE, RANKING).officers(ReportFixtures.appraisals())
                .disparity(ReportFixtures.disparities(), ITEM, ReportFixtures.decided())
                .caseTimeline(record, record.replay(AS_OF)).build();
    }

    private static Document parse(SupervisorReport report) {
        return Jsoup.parse(report.html());
    }

    @Example
    void theSectionsFollowInOrderUnderOneTitle() {
        Document doc = parse(full());

        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("h2 span[lang=zh-CN]").eachText()).containsExactlyElementsOf(HEADINGS);
        assertThat(doc.select("main section")).extracting(s -> s.id()).containsExactlyElementsOf(
                SupervisorReport.SECTIONS);
        assertThat(doc.select("nav a")).extracting(a -> a.attr("href")).containsExactly("#ranking", "#grades",
                "#indicators", "#timeline", "#fines", "#officers");
        assertThat(doc.select("h3, h4")).isEmpty();
    }

    @Example
    void theRankingTableAndChartFollowTheRankingWithTheTopThreeMarked() {
        Document doc = parse(full());
        List<String> ranked = RANKING.places().stream().map(p -> p.agency().value()).toList();
        List<String> trophies = RANKING.trophyHolders().stream().map(p -> p.agency().value()).toList();

        assertThat(doc.select("table.ranking tbody tr")).extracting(tr -> tr.attr("data-agency"))
                .containsExactlyElementsOf(ranked);
        assertThat(doc.select("table.ranking tbody tr.trophy")).extracting(tr -> tr.attr("data-agency"))
                .containsExactlyElementsOf(trophies).hasSize(3);
        assertThat(doc.select("table.ranking tbody tr.trophy")).allSatisfy(tr -> assertThat(tr.text())
                .contains("流动奖杯"));
        assertThat(doc.select("table.ranking tbody tr:not(.trophy)")).noneSatisfy(tr -> assertThat(tr.text())
                .contains("★"));
        assertThat(doc.select("#ranking-chart g.bar")).hasSize(6);
        assertThat(doc.select("#ranking-chart g.bar.marked")).hasSize(3);
        List<Element> bars = doc.select("#ranking-chart rect.bar");
        for (int i = 1; i < bars.size(); i++) {
            assertThat(Double.parseDouble(bars.get(i).attr("width")))
                    .isLessThanOrEqualTo(Double.parseDouble(bars.get(i - 1).attr("width")));
        }
        assertThat(doc.select("#ranking-chart text.label[lang=zh-CN]").eachText()).first()
                .isEqualTo("1. " + RANKING.places().get(0).assessment().period().agencyName());
    }

    @Example
    void everyTableHasACaptionAndScopedHeaderCells() {
        Document doc = parse(full());

        assertThat(doc.select("table")).hasSizeGreaterThanOrEqualTo(5).allSatisfy(table -> {
            assertThat(table.selectFirst("caption")).isNotNull();
            assertThat(table.select("thead th")).isNotEmpty()
                    .allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(table.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
        });
        assertThat(doc.select("svg")).hasSize(5).allSatisfy(svg -> {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title")).isNotNull();
        });
    }

    @Example
    void gradesCountEveryAgency() {
        Document doc = parse(full());

        long drawn = doc.select("#grades-chart g.column").stream()
                .mapToLong(g -> Long.parseLong(g.attr("data-value"))).sum();
        assertThat(drawn).isEqualTo(RANKING.places().size());
    }

    @Example
    void theTimelineShowsTheCaseDeadlinesWithTheLateOneMarked() {
        CaseRecord record = ReportFixtures.penaltyCase();
        CaseState state = record.replay(AS_OF);
        Document doc = parse(full());
        long missed = state.deadlines().stream().filter(d -> d.status().isMissed()).count();

        assertThat(missed).isPositive();
        assertThat(doc.select("table.deadlines tbody tr")).hasSize(state.deadlines().size());
        assertThat(doc.select("table.deadlines tbody tr.late")).hasSize((int) missed);
        assertThat(doc.select("#timeline-chart g.deadline")).hasSize(state.deadlines().size());
        assertThat(doc.select("#timeline-chart g.deadline.late")).hasSize((int) missed);
        assertThat(doc.select("#timeline-chart g.event")).hasSize(record.events().size());
        assertThat(doc.select("#timeline-chart rect.rest")).extracting(r -> r.attr("data-date"))
                .contains("2026-10-01").doesNotContain("2026-09-30");
        Set<String> due = state.deadlines().stream().filter(d -> d.status().isMissed())
                .map(CaseDeadline::deadline).map(d -> d.due().toString()).collect(Collectors.toSet());
        assertThat(doc.select("#timeline-chart g.deadline.late")).extracting(g -> g.attr("data-due"))
                .containsExactlyInAnyOrderElementsOf(due);
    }

    @Example
    void theFinesOfTheItemAreDrawnByTierWithTheOutliersMarked() {
        DisparityReport disparities = ReportFixtures.disparities();
        Set<String> outliers = new TreeSet<>();
        for (DisparityFinding f : disparities.findings()) {
            if (f.kind().isOutlier() && f.item().equals(ITEM)) {
                outliers.addAll(f.cases());
            }
        }
        Document doc = parse(full());

        assertThat(outliers).isNotEmpty();
        assertThat(doc.select("#fines-plot .point")).hasSize(8);
        assertThat(doc.select("#fines-plot .point.marked")).extracting(p -> p.selectFirst("title").text()
                .split(" ")[0]).containsExactlyInAnyOrderElementsOf(outliers);
        assertThat(doc.select("#fines-plot g.strip text.label[lang=zh-CN]").eachText()).containsExactly("一般处罚",
                "从重处罚");
        assertThat(doc.select("#fines-plot rect.range")).hasSize(1);
        assertThat(doc.select("#fines-plot .point")).extracting(p -> p.attr("data-value")).contains("30", "40",
                "95");
        assertThat(doc.select("table.findings tbody tr")).hasSize((int) disparities.findings().stream()
                .filter(f -> f.item().equals(ITEM)).count());
        assertThat(doc.text()).doesNotContain("烟罚〔2026〕99号");
    }

    @Example
    void everyOfficerHasACardThatSaysItsColourInWords() {
        List<OfficerAppraisal> appraisals = ReportFixtures.appraisals();
        Document doc = parse(full());

        assertThat(doc.select("li.officer-card")).hasSize(appraisals.size());
        for (OfficerAppraisal a : appraisals) {
            Element card = doc.selectFirst("li.officer-card[data-officer=" + a.officer().value() + "]");
            assertThat(card.attr("data-card")).isEqualTo(a.card().name());
            assertThat(card.select("span[lang=zh-CN]").eachText()).contains(a.card().label().zh(),
                    a.rating().label().zh());
            assertThat(card.select("span[lang=en]").eachText()).contains(a.card().label().en());
        }
        assertThat(doc.select("li.officer-card").first().attr("data-card"))
                .isEqualTo(appraisals.stream().map(OfficerAppraisal::card).max(Enum::compareTo).orElseThrow().name());
    }

    @Example
    void sectionsWithoutTheirValuesSaySoAndTheRestStays() {
        Document doc = parse(SupervisorReport.builder(TITLE, RANKING).build());

        assertThat(doc.select("h2 span[lang=zh-CN]").eachText()).containsExactlyElementsOf(HEADINGS);
        assertThat(doc.select("#timeline p.note, #fines p.note, #officers p.note")).hasSize(3)
                .allSatisfy(p -> assertThat(p.text()).contains("本报告未提供此项数据"));
        assertThat(doc.select("table.ranking tbody tr")).hasSize(6);
    }

    @Example
    void anEmptyRankingGivesAReportThatSaysNoData() {
        Document doc = parse(SupervisorReport.builder(TITLE, AgencyRanking.of(List.of())).build());

        assertThat(doc.select("#ranking-chart text[lang=zh-CN]").eachText()).containsExactly("无数据");
        assertThat(doc.select("#grades-chart text[lang=zh-CN]").eachText()).containsExactly("无数据");
        assertThat(doc.select("table.ranking tbody tr")).isEmpty();
    }

    @Example
    void theSameValuesGiveTheSamePage() {
        assertThat(full().html()).isEqualTo(full().html());
    }

    @Example
    void badInputIsRefusedNamingWhatIsWrong() {
        SupervisorReport.Builder builder = SupervisorReport.builder(TITLE, RANKING);
        CaseRecord record = ReportFixtures.penaltyCase();
        CaseState other = new CaseState("另案", AS_OF, List.of(), Set.of(), false, false, List.of(), List.of(),
                List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> builder.disparity(ReportFixtures.disparities(),
                "YC-999", ReportFixtures.decided())).withMessageContaining("YC-999").withMessageContaining(ITEM);
        assertThatIllegalArgumentException().isThrownBy(() -> builder.caseTimeline(record, other))
                .withMessageContaining("另案").withMessageContaining(record.id());
        assertThatIllegalArgumentException().isThrownBy(() -> builder.compare(
                io.github.quanze.power.AgencyId.of("Z99"))).withMessageContaining("Z99");
    }

    @Example
    void aThousandAgenciesGiveAThousandRowsAndBars() {
        int[] qualities = new int[1000];
        for (int i = 0; i < qualities.length; i++) {
            qualities[i] = i % 11;
        }
        AgencyRanking ranking = ReportFixtures.ranking(qualities);
        Document doc = Jsoup.parse(SupervisorReport.builder(TITLE, ranking).build().html());

        assertThat(doc.select("table.ranking tbody tr")).hasSize(1000);
        assertThat(doc.select("#ranking-chart rect.bar")).hasSize(1000);
        assertThat(doc.select("#ranking-chart g.bar.marked")).hasSize(3);
    }
}
