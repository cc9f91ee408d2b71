package io.github.quanze.publish.chart;

import static io.github.quanze.publish.chart.Charts.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

class StripPlotTest {

    private static StripPlot fines() {
        return StripPlot.builder("fines", TITLE).unit(BilingualText.of("%", "%"))
                .strip(new StripPlot.Strip(BilingualText.of("从轻处罚", "lighter"), Optional.of(new StripPlot.Range(20,
                        30)), List.of(new StripPlot.Point(22, "A1", false), new StripPlot.Point(28, "A2", false))))
                .strip(new StripPlot.Strip(BilingualText.of("一般处罚", "ordinary"), Optional.of(new StripPlot.Range(30,
                        40)), List.of(new StripPlot.Point(10, "B1", true), new StripPlot.Point(35, "B2", false),
                        new StripPlot.Point(39, "B3", false))))
                .build();
    }

    @Example
    void theLargestFiniteValueEndsTheAxis() {
        StripPlot plot = StripPlot.builder("huge", TITLE).strip(new StripPlot.Strip(BilingualText.of("甲", "a"),
                Optional.empty(), List.of(new StripPlot.Point(Double.MAX_VALUE, "A1", false),
                        new StripPlot.Point(0, "A2", false)))).build();

        assertThat(plot.maximum()).isEqualTo(Double.MAX_VALUE);
        assertThat(plot.render().toString()).doesNotContain("Infinity", "NaN");
    }

    @Example
    void oneDotPerCaseTheMarkedOnesAsDiamondsWithTheTierRangeBehind() {
        Document doc = Charts.parse(fines());

        Charts.assertAccessibleFrame(doc, "fines");
        assertThat(doc.select("g.strip")).hasSize(2);
        assertThat(doc.select(".point")).hasSize(5);
        assertThat(doc.select("path.point.marked")).extracting(p -> p.attr("data-value")).containsExactly("10");
        assertThat(doc.select("circle.point")).hasSize(4);
        assertThat(doc.select("rect.range")).hasSize(2);
        assertThat(fines().summary().zh()).contains("一般处罚3点，区间30–40，标记1点");
    }

    @Example
    void aLargerValueIsFurtherRightAndInsideItsRange() {
        Document doc = Charts.parse(fines());
        Element ordinary = doc.select("g.strip").get(1);
        Element range = ordinary.selectFirst("rect.range");
        List<Element> circles = ordinary.select("circle.point");
        double left = Charts.number(range, "x");
        double right = left + Charts.number(range, "width");

        assertThat(Charts.number(circles.get(0), "cx")).isLessThan(Charts.number(circles.get(1), "cx"));
        for (Element c : circles) {
            assertThat(Charts.number(c, "cx")).isBetween(left, right);
        }
        assertThat(fines().maximum()).isEqualTo(50);
    }

    @Example
    void noPointsSaysNoData() {
        Charts.assertNoData(StripPlot.builder("fines", TITLE).build());
        Charts.assertNoData(StripPlot.builder("fines", TITLE).strip(new StripPlot.Strip(BilingualText.of("一般",
                "ordinary"), Optional.of(new StripPlot.Range(1, 2)), List.of())).build());
    }

    @Example
    void valuesThatCannotBeDrawnAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StripPlot.Point(Double.NaN, "C-9", false))
                .withMessageContaining("C-9").withMessageContaining("NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> new StripPlot.Point(-5, "C-9", false))
                .withMessageContaining("C-9").withMessageContaining("-5");
        assertThatIllegalArgumentException().isThrownBy(() -> new StripPlot.Range(5, 1))
                .withMessageContaining("5.0 to 1.0");
    }
}
