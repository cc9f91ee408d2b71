package io.github.quanze.publish.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.text.BilingualText;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads a rendered chart back, as XML, for the chart tests. */
final class Charts {

    static final BilingualText TITLE = BilingualText.of("测试图", "Test chart");

    private Charts() {}

    /** Parses a chart's markup, as XML: the writer's output must be well formed. */
    static Document parse(Chart chart) {
        return Jsoup.parse(chart.render().toString(), "", Parser.xmlParser());
    }

    /** A number attribute. */
    static double number(Element e, String attribute) {
        return Double.parseDouble(e.attr(attribute));
    }

    /** Checks the frame every chart shares: an image role, a title and a description that the svg names. */
    static void assertAccessibleFrame(Document doc, String id) {
        Element svg = doc.selectFirst("figure#" + id + " > svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
        assertThat(svg.attr("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
        assertThat(svg.selectFirst("> title#" + id + "-title").text()).isNotBlank();
        assertThat(svg.selectFirst("> desc#" + id + "-desc").text()).isNotBlank();
        assertThat(doc.select("figcaption span[lang=zh-CN]")).isNotEmpty();
        assertThat(doc.select("figcaption span[lang=en]")).isNotEmpty();
    }

    /** Checks that an empty chart says so in both languages. */
    static void assertNoData(Chart chart) {
        Document doc = parse(chart);
        assertAccessibleFrame(doc, chart.id());
        List<String> texts = doc.select("svg text").eachText();
        assertThat(texts).contains("无数据", "no data");
        assertThat(doc.select("svg text[lang=zh-CN]").eachText()).containsExactly("无数据");
        assertThat(chart.summary()).isEqualTo(BilingualText.of("无数据。", "No data."));
    }
}
