package io.github.quanze.publish.chart;

import static io.github.quanze.publish.chart.Charts.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.text.BilingualText;
import java.util.List;
import net.jqwik.api.Example;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

class ColumnChartTest {

    private static ColumnChart grades(long... counts) {
        ColumnChart.Builder chart = ColumnChart.builder("grades", TITLE);
        String[] zh = {"优秀", "合格", "不合格", "未评分"};
        for (int i = 0; i < counts.length; i++) {
            chart.column(BilingualText.of(zh[i], "class " + i), counts[i]);
        }
        return chart.build();
    }

    @Example
    void oneColumnPerClassAsHighAsItsCount() {
        Document doc = Charts.parse(grades(12, 30, 3, 0));
        List<Element> columns = doc.select("rect.column");

        Charts.assertAccessibleFrame(doc, "grades");
        assertThat(columns).hasSize(4);
        assertThat(doc.select("g.column")).extracting(g -> g.attr("data-value")).containsExactly("12", "30", "3",
                "0");
        double per = Charts.number(columns.get(1), "height") / 30;
        assertThat(Charts.number(columns.get(0), "height")).isCloseTo(12 * per, org.assertj.core.data.Offset
                .offset(0.02));
        assertThat(Charts.number(columns.get(2), "height")).isLessThan(Charts.number(columns.get(0), "height"));
        assertThat(Charts.number(columns.get(3), "height")).isZero();
        assertThat(grades(12, 30, 3, 0).summary().zh()).contains("优秀12", "合格30", "不合格3", "未评分0");
    }

    @Example
    void allZeroOrNoColumnSaysNoData() {
        Charts.assertNoData(grades());
        Charts.assertNoData(grades(0, 0));
    }

    @Example
    void aNegativeCountIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> grades(3, -2))
                .withMessageContaining("grades").withMessageContaining("合格").withMessageContaining("-2");
        assertThatIllegalArgumentException().isThrownBy(() -> new ColumnChart.Column(BilingualText.of("甲", "a"), -1))
                .withMessageContaining("must not be negative");
    }
}
