package io.github.quanze.publish.chart;

import static io.github.quanze.publish.chart.Charts.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.text.BilingualText;
import java.util.OptionalDouble;
import net.jqwik.api.Example;
import org.jsoup.nodes.Document;

class GroupedBarChartTest {

    private static final BilingualText COUNTY = BilingualText.of("全县", "county");
    private static final BilingualText FIRST = BilingualText.of("第一名", "first");

    private static GroupedBarChart.Builder chart() {
        return GroupedBarChart.builder("indicators", TITLE).series(COUNTY, FIRST).maximum(100);
    }

    @Example
    void oneBarPerValueAndNoDataWrittenNotDrawn() {
        GroupedBarChart chart = chart()
                .group(BilingualText.of("案卷合格率", "files passed"), OptionalDouble.of(80), OptionalDouble.of(100))
                .group(BilingualText.of("复议纠错率", "corrected"), OptionalDouble.of(5), OptionalDouble.empty())
                .build();
        Document doc = Charts.parse(chart);

        Charts.assertAccessibleFrame(doc, "indicators");
        assertThat(doc.select("g.group")).hasSize(2);
        assertThat(doc.select("rect.bar")).hasSize(3);
        assertThat(doc.select("rect.bar.series-0")).extracting(r -> r.attr("data-value")).containsExactly("80", "5");
        assertThat(doc.select("rect.bar.series-1")).extracting(r -> r.attr("data-value")).containsExactly("100");
        assertThat(doc.select("text.no-data[lang=zh-CN]").eachText()).containsExactly("第一名：无数据");
        assertThat(doc.select("text.no-data[lang=en]").eachText()).containsExactly("first: no data");
        assertThat(Charts.number(doc.selectFirst("rect.series-1"), "width"))
                .isGreaterThan(Charts.number(doc.selectFirst("rect.series-0"), "width"));
        assertThat(chart.summary().en()).contains("2 groups", "1 without data");
    }

    @Example
    void anEmptyChartSaysNoData() {
        Charts.assertNoData(chart().build());
    }

    @Example
    void badValuesAndShapesAreRefused() {
        BilingualText label = BilingualText.of("满意率", "satisfaction");

        assertThatIllegalArgumentException().isThrownBy(() -> chart().group(label, OptionalDouble.of(1)))
                .withMessageContaining("1 values for 2 series");
        assertThatIllegalArgumentException().isThrownBy(() -> chart().group(label, OptionalDouble.of(Double.NaN),
                OptionalDouble.empty())).withMessageContaining("满意率").withMessageContaining("NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> chart().group(label, OptionalDouble.of(-3),
                OptionalDouble.empty())).withMessageContaining("must not be negative");
        assertThatIllegalArgumentException().isThrownBy(() -> GroupedBarChart.builder("g", TITLE)
                .group(label, OptionalDouble.of(1))).withMessageContaining("series before");
        assertThatThrownBy(() -> chart().group(label, OptionalDouble.of(1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("satisfaction");
    }

    @Example
    void theLargestFiniteValueIsDrawnAsTheFullAxis() {
        BilingualText label = BilingualText.of("满意率", "satisfaction");
        Document doc = Charts.parse(chart().group(label, OptionalDouble.of(Double.MAX_VALUE), OptionalDouble.of(0))
                .build());

        assertThat(doc.select("rect")).extracting(r -> r.attr("width")).noneMatch(w -> w.contains("Infinity"));
    }
}
