package io.github.quanze.publish.browser;

import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pages written with {@link Page} and {@link Markup} for the checks' own tests: a clean two-page site, and the
 * fragments and raw strings that break one rule each.
 */
final class SamplePages {

    /** The id of the filtered table of the index page. */
    static final String TABLE = "powers";
    /** The id of the bilingual paragraph of the index page. */
    static final String INTRO = "intro";
    /** The id of the flowchart of the index page. */
    static final String FLOWCHART = "flow";
    /** The number of body rows of the table, and of steps of the flowchart. */
    static final int ROWS = 3;
    static final int STEPS = 3;
    /** An outside address: a closed port on the loopback address, so that a browser asking for it sends nothing. */
    static final String OUTSIDE_IMAGE = "http://127.0.0.1:9/logo.png";

    private static final List<Page.Link> LINKS = List.of(
            new Page.Link("index.html", BilingualText.of("权责清单", "Powers")),
            new Page.Link("second.html", BilingualText.of("执法依据", "Legal basis")));
    private static final BilingualText PUBLISHER = BilingualText.of("某市烟草专卖局", "City tobacco monopoly bureau");

    private SamplePages() {}

    /**
     * Returns an empty folder under {@code target/browser-pages}.
     */
    static Path folder(String name) {
        Path folder = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target",
                "browser-pages", name);
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the clean site: {@code index.html} (a bilingual paragraph, a table with a search field and a select, a
     * flowchart, a link to an anchor of the second page) and {@code second.html}.
     */
    static Path cleanSite(Path folder) {
        write(folder, "index.html", index());
        write(folder, "second.html", second());
        return folder;
    }

    static Path write(Path folder, String name, String html) {
        try {
            return Files.writeString(folder.resolve(name), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index page. */
    static String index() {
        Markup body = Markup.create()
                .element("p", BilingualText.of("本局依法公示行政执法事项。", "The bureau publishes its enforcement powers."),
                        "id", INTRO)
                .element("h2", BilingualText.of("事项", "Powers"))
                .fragment(controls())
                .fragment(table())
                .element("h2", BilingualText.of("流程图", "Flowchart"))
                .fragment(flowchart(""))
                .open("p").open("a", "href", "second.html#basis")
                .text(BilingualText.of("执法依据", "Legal basis")).close("a").close("p");
        return page(BilingualText.of("权责清单", "Power catalogue"), "index.html", body);
    }

    /** The second page, whose heading {@code #basis} the index links to. */
    static String second() {
        Markup body = Markup.create()
                .element("h2", BilingualText.of("执法依据", "Legal basis"), "id", "basis")
                .element("p", BilingualText.of("《中华人民共和国烟草专卖法》", "Tobacco Monopoly Law"))
                .open("p").open("a", "href", "index.html#" + INTRO)
                .text(BilingualText.of("返回", "Back")).close("a").close("p");
        return page(BilingualText.of("执法依据", "Legal basis"), "second.html", body);
    }

    /** A page of the site with the given title and body. */
    static String page(BilingualText title, String current, Markup body) {
        return Page.builder(title).publisher(PUBLISHER).links(LINKS).current(current).body(body).build().html();
    }

    /** A page with one fragment below a bilingual paragraph. */
    static String pageWith(Markup fragment) {
        return page(BilingualText.of("测试", "Test"), "index.html",
                Markup.create().element("p", BilingualText.of("正文", "Text")).fragment(fragment));
    }

    /** The index page with a script, written as a raw string since {@link Page} has no way to add one. */
    static String withScript(String script) {
        String html = index();
        return html.replace("</main>", "</main><script>" + script + "</script>");
    }

    /** The flowchart: an SVG with {@value #STEPS} {@code g.step} nodes; {@code hiddenStepStyle} styles the last. */
    static Markup flowchart(String hiddenStepStyle) {
        String[][] steps = {{"受理", "Accept"}, {"调查", "Investigate"}, {"决定", "Decide"}};
        Markup svg = Markup.create().open("figure")
                .open("svg", "id", FLOWCHART, "role", "img", "aria-labelledby", "flow-title",
                        "viewBox", "0 0 400 80", "width", "400", "height", "80")
                .element("title", "办理流程 Procedure", "id", "flow-title");
        for (int i = 0; i < steps.length; i++) {
            String x = String.valueOf(10 + 130 * i);
            svg.open("g", "class", "step", "style", i == steps.length - 1 && !hiddenStepStyle.isEmpty()
                            ? hiddenStepStyle : null)
                    .empty("rect", "x", x, "y", "10", "width", "110", "height", "50", "fill", "#f6f8fa",
                            "stroke", "#1f2328")
                    .element("text", steps[i][0], "lang", Markup.ZH, "x", String.valueOf(20 + 130 * i), "y", "40")
                    .element("text", steps[i][1], "lang", Markup.EN, "x", String.valueOf(20 + 130 * i), "y", "40")
                    .close("g");
        }
        return svg.close("svg")
                .element("figcaption", BilingualText.of("行政处罚一般程序", "Ordinary penalty procedure"))
                .close("figure");
    }

    private static Markup controls() {
        return Markup.create().open("div", "class", "controls")
                .open("label", "for", "q").text(BilingualText.of("搜索", "Search")).close("label")
                .empty("input", "id", "q", "type", "search", "data-filter", TABLE)
                .open("label", "for", "kind").text(BilingualText.of("类别", "Kind")).close("label")
                .open("select", "id", "kind", "data-filter", TABLE, "data-column", "kind")
                .element("option", "全部 All", "value", "")
                .element("option", "行政处罚 Penalty", "value", "penalty")
                .element("option", "行政许可 Licensing", "value", "licensing")
                .close("select")
                .open("span").text(BilingualText.of("显示", "Shown")).text(": ")
                .element("span", String.valueOf(ROWS), "data-filter-count", TABLE).close("span")
                .close("div");
    }

    private static Markup table() {
        String[][] rows = {
            {"330217001", "对无证经营烟草专卖品的处罚", "Penalty for selling tobacco without a licence", "penalty"},
            {"330217002", "烟草专卖零售许可", "Tobacco retail licence", "licensing"},
            {"330217003", "对无准运证运输烟草的处罚", "Penalty for transport without a permit", "penalty"},
        };
        Markup table = Markup.create().open("table", "id", TABLE)
                .element("caption", BilingualText.of("行政执法事项", "Enforcement powers"))
                .open("thead").open("tr")
                .element("th", BilingualText.of("编码", "Code"), "scope", "col")
                .element("th", BilingualText.of("名称", "Name"), "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (String[] row : rows) {
            table.open("tr", "data-kind", row[3]).element("th", row[0], "scope", "row")
                    .element("td", BilingualText.of(row[1], row[2])).close("tr");
        }
        return table.close("tbody").close("table");
    }
}
