package io.github.quanze.publish.report;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyMeasure;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.publish.chart.BarChart;
import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import java.util.Optional;
import java.util.Set;

/**
 * The section of scores and ranking (得分与排名): a bar chart of the totals in ranking order with the 流动奖杯
 * marked, and the ranking table with grades, tie-breaks and the measures of 国办发〔2005〕37号. Package-private.
 */
final class RankingSection {

    static final BilingualText HEADING = BilingualText.of("一、评议考核得分与排名", "1. Scores and ranking");
    static final BilingualText TROPHY = BilingualText.of("流动奖杯", "rotating trophy");

    private RankingSection() {}

    static void render(Markup m, AgencyRanking ranking) {
        m.open("section", "id", "ranking", "aria-labelledby", "ranking-h");
        m.element("h2", HEADING, "id", "ranking-h");
        m.element("p", BilingualText.of("名次按总分排列，同分依次按案卷合格率、复议纠错率、单位代码排列；前三名授予流动奖杯（★），"
                + "不合格或受到处理的单位除外（此除外及同分排序为本库的解释）。", "Places follow the totals; equal totals "
                + "are ordered by case-file pass rate, reconsideration correction rate and agency id; the top three "
                + "get the rotating trophy (★), except an agency failed or under a measure (that exception and the "
                + "order of equal totals are the library's interpretation)."), "class", "note");
        BarChart.Builder chart = BarChart.builder("ranking-chart", BilingualText.of("各单位得分（按名次）",
                "Agencies' totals, in ranking order")).unit(BilingualText.of("分", "points")).maximum(100);
        for (AgencyRanking.Place p : ranking.places()) {
            AgencyAssessment a = p.assessment();
            chart.bar(new BarChart.Bar(Tables.same(p.rank() + ". " + a.period().agencyName()), a.total(),
                    a.isScored() ? BilingualText.of(points(a) + "分", points(a) + " points")
                            : BilingualText.of("未评分", "not scored"),
                    p.trophy() ? Optional.of(TROPHY) : Optional.empty()));
        }
        m.fragment(chart.build().render());
        DataTable.openWithClass(m, "ranking", BilingualText.of("评议考核排名", "Ranking"), BilingualText.of("名次", "place"),
                BilingualText.of("单位", "agency"), BilingualText.of("得分", "total"), BilingualText.of("等次", "grade"),
                BilingualText.of("流动奖杯", "trophy"), BilingualText.of("同分排序", "tie broken by"),
                BilingualText.of("处理（国办发〔2005〕37号）", "measures (Guo Ban Fa [2005] No. 37)"));
        for (AgencyRanking.Place p : ranking.places()) {
            AgencyAssessment a = p.assessment();
            m.open("tr", "data-rank", Integer.toString(p.rank()), "data-agency", a.agency().value(), "class",
                    p.trophy() ? "trophy" : null);
            Tables.number(m, Integer.toString(p.rank()));
            Tables.rowHeader(m, Tables.same(a.period().agencyName()));
            Tables.number(m, a.isScored() ? points(a) : "—");
            Tables.cell(m, a.grade().map(g -> g.label()).orElse(BilingualText.of("未评分", "not scored")));
            Tables.cell(m, p.trophy() ? BilingualText.of("★ 流动奖杯", "★ rotating trophy")
                    : p.trophyWithheld() ? BilingualText.of("不授予（顺延）", "passed over") : BilingualText.of("—", "—"));
            Tables.cell(m, p.tieBreak().map(t -> t.label()).orElse(BilingualText.of("—", "—")));
            Set<AgencyMeasure> measures = p.measures().outcome().orElse(Set.of());
            Tables.cell(m, measures.isEmpty() ? BilingualText.of("—", "—") : AgencyMeasure.describe(measures));
            m.close("tr");
        }
        DataTable.close(m);
        m.close("section");
    }

    /** The total with two decimals, as the assessment keeps it (to 0.01); without String.format, for speed. */
    private static String points(AgencyAssessment a) {
        long hundredths = Math.round(a.total() * 100);
        long cents = hundredths % 100;
        return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
