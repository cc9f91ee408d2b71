package io.github.quanze.publish.site;

import io.github.quanze.basis.Provision;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;

/** What the site's pages write alike: data tables with a caption and column headers, and citations as links. */
final class Tables {

    private Tables() {}

    /** Opens a data table: its caption, a header row of {@code <th scope="col">}, and its body. */
    static Markup open(Markup m, String id, BilingualText caption, BilingualText... columns) {
        m.open("table", "id", id).element("caption", caption).open("thead").open("tr");
        for (BilingualText column : columns) {
            m.element("th", column, "scope", "col");
        }
        return m.close("tr").close("thead").open("tbody");
    }

    /** Closes a table opened with {@link #open}. */
    static Markup close(Markup m) {
        return m.close("tbody").close("table");
    }

    /** A provision as a link to its anchor on the basis page. */
    static Markup provision(Markup m, Provision provision, Anchors anchors) {
        return m.element("a", provision.citation(), "href", "basis.html#" + anchors.provision(provision),
                "class", "provision");
    }

    /** A text in both languages. */
    static BilingualText t(String zh, String en) {
        return BilingualText.of(zh, en);
    }
}
