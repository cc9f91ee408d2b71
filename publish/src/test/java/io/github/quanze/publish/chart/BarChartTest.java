package io.github.quanze.publish.chart;

import static io.github.quanze.publish.chart.Charts.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

class BarChartTest {

    private static final BilingualText TROPHY = BilingualText.of("流动奖杯", "rotating trophy");

    private static BarChart scores(double... values) {
        BarChart.Builder chart = BarChart.builder("scores", TITLE).unit(BilingualText.of("分", "points"))
                .maximum(100);
        for (int i = 0; i < values.length; i++) {
            BilingualText label = BilingualText.of("单位" + i, "agency " + i);
            chart.bar(new BarChart.Bar(label, values[i], BilingualText.of(values[i] + "分", values[i] + " points"),
                    i < 3 ? Optional.of(TROPHY) : Optional.empty()));
        }
        return chart.build();
    }

    @Example
    void oneBarPerItemInTheOrderGivenWithTheTopThreeMarked() {
        Document doc = Charts.parse(scores(96.5, 91, 88.25, 70, 42));

        Charts.assertAccessibleFrame(doc, "scores");
        assertThat(doc.select("rect.bar")).hasSize(5);
        assertThat(doc.select("g.bar")).extracting(g -> g.attr("data-value"))
                .containsExactly("96.5", "91", "88.25", "70", "42");
        assertThat(doc.select("g.bar.marked")).hasSize(3);
        assertThat(doc.select("g.bar.marked text.mark[lang=zh-CN]").eachText()).containsOnly("流动奖杯");
        assertThat(doc.select("g.bar.marked text.mark[lang=en]").eachText()).containsOnly("rotating trophy");
        assertThat(doc.select("g.bar:not(.marked) text.mark")).isEmpty();
        assertThat(doc.select("g.bar text.label[lang=zh-CN]").eachText()).containsExactly("单位0", "单位1", "单位2",
                "单位3", "单位4");
    }

    @Example
    void theLargestFiniteValueIsDrawnAsTheFullAxis() {
        Document doc = Charts.parse(scores(Double.MAX_VALUE, 0));
        List<Element> bars = doc.select("rect.bar");

        assertThat(Charts.number(bars.get(0), "width")).isPositive();
        assertThat(Charts.number(bars.get(1), "width")).isZero();
    }

    @Example
    void aBarIsAsLongAsItsShareOfTheAxis() {
        Document doc = Charts.parse(scores(100, 50, 0));
        List<Element> bars = doc.select("rect.bar");

        double full = Charts.number(bars.get(0), "width");
        assertThat(Charts.number(bars.get(1), "width")).isEqualTo(full / 2);
        assertThat(Charts.number(bars.get(2), "width")).isZero();
    }

    @Property(tries = 50)
    void aHigherValueAlwaysGivesALongerBar(@ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = 0, max = 1000)
            Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        List<Element> bars = Charts.parse(scores(array)).select("rect.bar");

        for (int i = 0; i < array.length; i++) {
            for (int j = 0; j < array.length; j++) {
                if (array[i] > array[j] + 0.05) {
                    assertThat(Charts.number(bars.get(i), "width")).isGreaterThan(Charts.number(bars.get(j),
                            "width"));
                }
            }
        }
    }

    @Example
    void theSameDataDrawsTheSameMarkup() {
        assertThat(scores(80, 60).render().toString()).isEqualTo(scores(80, 60).render().toString());
    }

    @Example
    void anEmptyChartSaysNoData() {
        Charts.assertNoData(BarChart.builder("empty", TITLE).build());
    }

    @Example
    void aValueThatCannotBeDrawnIsRefusedNamingTheChartAndTheBar() {
        BarChart.Builder chart = BarChart.builder("scores", TITLE);
        BilingualText label = BilingualText.of("县林业局", "forestry");

        assertThatIllegalArgumentException().isThrownBy(() -> chart.bar(label, Double.NaN))
                .withMessageContaining("scores").withMessageContaining("县林业局").withMessageContaining("NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> chart.bar(label, -1))
                .withMessageContaining("must not be negative").withMessageContaining("-1");
        assertThatIllegalArgumentException().isThrownBy(() -> chart.bar(label, Double.POSITIVE_INFINITY))
                .withMessageContaining("finite");
        assertThatIllegalArgumentException().isThrownBy(() -> BarChart.builder("Bad id", TITLE))
                .withMessageContaining("Bad id");
        assertThat(chart.build().bars()).isEmpty();
    }

    @Example
    void textIsEscapedInLabelsAndTooltips() {
        BarChart chart = BarChart.builder("x", TITLE).bar(BilingualText.of("<b>&", "<b>&"), 1).build();

        assertThat(chart.render().toString()).contains("&lt;b&gt;&amp;").doesNotContain("<b>");
    }
}
