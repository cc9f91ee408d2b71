package io.github.quanze.publish.site;

import io.github.quanze.basis.Provision;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;

/** What the site's pages write alike: citations as links; data tables are written with {@code DataTable}. */
final class Tables {

    private Tables() {}

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
