package io.github.quanze.publish.report;

import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;

/**
 * The cells of the report's data tables (数据表), which are opened and closed with
 * {@link io.github.quanze.publish.html.DataTable}: rows whose first cell is their header with {@code scope="row"}.
 * Package-private.
 */
final class Tables {

    private Tables() {}

    /** A row header cell. */
    static void rowHeader(Markup m, BilingualText text) {
        m.element("th", text, "scope", "row");
    }

    /** A text cell. */
    static void cell(Markup m, BilingualText text) {
        m.element("td", text);
    }

    /** A text cell in one form for both languages, such as a name or a case number. */
    static void cell(Markup m, String text) {
        m.element("td", text);
    }

    /** A number cell, right-aligned. */
    static void number(Markup m, String text) {
        m.element("td", text, "class", "number");
    }

    /** The same text in both languages: a name recorded in one language only. */
    static BilingualText same(String text) {
        return BilingualText.of(text, text);
    }
}
