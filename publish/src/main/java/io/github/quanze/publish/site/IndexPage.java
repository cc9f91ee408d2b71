package io.github.quanze.publish.site;

import static io.github.quanze.publish.site.Tables.t;

import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.util.List;

/** The site's first page: the agency, the date, and each page with what it holds and how many. */
final class IndexPage {

    static final String PATH = "index.html";

    private IndexPage() {}

    /** A page of the site as the index lists it: its link, what it holds, and a count, if it has one. */
    record Entry(Page.Link link, BilingualText holds, String count) {}

    static Page render(AgencySite site, SiteFrame frame, List<Entry> entries) {
        Markup m = Markup.create();
        m.open("p").text(t("公示机关：", "Agency: ")).text(site.agency().name()).close("p");
        m.open("p").text(t("公示日期：", "Date: ")).element("time", site.date().toString(), "datetime",
                site.date().toString()).close("p");
        m.element("h2", t("公示内容", "What is published"), "id", "contents");
        DataTable.openWithId(m, "contents-table", t("公示内容一览", "Pages of this site"), t("页面", "Page"),
                t("内容", "Contents"), t("数量", "Count"));
        for (Entry entry : entries) {
            m.open("tr").open("th", "scope", "row").element("a", entry.link().label(), "href", entry.link().href())
                    .close("th").element("td", entry.holds()).element("td", entry.count(), "class", "number")
                    .close("tr");
        }
        DataTable.close(m);
        return frame.page(PATH, t("行政执法公示", "Law-enforcement publication")).body(m).build();
    }
}
