package io.github.quanze.publish.report;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.assessment.IndicatorValue;
import io.github.quanze.publish.chart.ColumnChart;
import io.github.quanze.publish.chart.GroupedBarChart;
import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.review.Grade;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The sections of grades and indicators (等次分布、指标对比): agencies counted by grade, and every percentage
 * indicator of the county set beside the agencies compared. The county's value is the rate of all agencies' counts
 * added up (全县合计口径: the sum of the numerators over the sum of the denominators of the agencies with data), not
 * the mean of their rates; this is the report's choice. Package-private.
 */
final class IndicatorSection {

    static final BilingualText GRADES = BilingualText.of("二、考核等次分布", "2. Grades");
    static final BilingualText INDICATORS = BilingualText.of("三、指标对比", "3. Indicators compared");

    private IndicatorSection() {}

    static void grades(Markup m, AgencyRanking ranking) {
        m.open("section", "id", "grades", "aria-labelledby", "grades-h");
        m.element("h2", GRADES, "id", "grades-h");
        long[] counts = new long[Grade.values().length + 1];
        for (AgencyRanking.Place p : ranking.places()) {
            counts[p.assessment().grade().map(Grade::ordinal).orElse(Grade.values().length)]++;
        }
        ColumnChart.Builder chart = ColumnChart.builder("grades-chart", BilingualText.of("各等次单位数",
                "Agencies by grade")).unit(BilingualText.of("单位个数", "agencies"));
        for (Grade g : Grade.values()) {
            chart.column(g.label(), counts[g.ordinal()]);
        }
        chart.column(BilingualText.of("未评分", "not scored"), counts[Grade.values().length]);
        m.fragment(chart.build().render());
        m.close("section");
    }

    static void indicators(Markup m, AgencyRanking ranking, List<AgencyRanking.Place> compared) {
        m.open("section", "id", "indicators", "aria-labelledby", "indicators-h");
        m.element("h2", INDICATORS, "id", "indicators-h");
        m.element("p", BilingualText.of("全县数值为各单位分子之和除以分母之和（合计口径）；“无数据”不是0%。",
                "The county's value is the sum of the agencies' numerators over the sum of their denominators; "
                        + "\"no data\" is not 0%."), "class", "note");
        List<BilingualText> series = new ArrayList<>();
        series.add(BilingualText.of("全县合计", "county"));
        for (AgencyRanking.Place p : compared) {
            String name = p.assessment().period().agencyName();
            series.add(BilingualText.of("第" + p.rank() + "名 " + name, "place " + p.rank() + " " + name));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (i.unit() == Indicator.Unit.PERCENT) {
                indicators.add(i);
            }
        }
        long[] parts = new long[indicators.size()];
        long[] wholes = new long[indicators.size()];
        for (AgencyRanking.Place p : ranking.places()) {
            AgencyAssessment a = p.assessment();
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorValue v = a.indicator(indicators.get(i));
                if (v.hasData()) {
                    parts[i] += v.part();
                    wholes[i] += v.whole();
                }
            }
        }
        GroupedBarChart.Builder chart = GroupedBarChart.builder("indicators-chart", BilingualText.of(
                "百分比指标：全县与单位对比", "Percentage indicators: county and agencies"))
                .series(series.get(0), series.subList(1, series.size()).toArray(BilingualText[]::new))
                .unit(BilingualText.of("%", "%")).maximum(100);
        List<OptionalDouble[]> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            OptionalDouble[] values = new OptionalDouble[series.size()];
            values[0] = wholes[i] > 0 ? OptionalDouble.of(100.0 * parts[i] / wholes[i]) : OptionalDouble.empty();
            for (int s = 0; s < compared.size(); s++) {
                values[s + 1] = compared.get(s).assessment().indicator(indicators.get(i)).value();
            }
            chart.group(indicators.get(i).label(), values);
            rows.add(values);
        }
        m.fragment(chart.build().render());
        BilingualText[] headers = new BilingualText[series.size() + 1];
        headers[0] = BilingualText.of("指标", "indicator");
        for (int s = 0; s < series.size(); s++) {
            headers[s + 1] = series.get(s);
        }
        DataTable.openWithClass(m, "indicators", BilingualText.of("百分比指标对比（%）", "Percentage indicators (%)"), headers);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            m.open("tr", "data-indicator", indicator.name());
            Tables.rowHeader(m, indicator.label());
            for (OptionalDouble v : rows.get(i)) {
                if (v.isPresent()) {
                    m.element("td", indicator.unit().format(v.getAsDouble()), "class", "number");
                } else {
                    m.element("td", BilingualText.of("无数据", "no data"), "class", "number");
                }
            }
            m.close("tr");
        }
        DataTable.close(m);
        m.close("section");
    }
}
