package io.github.quanze.publish.report;

import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;

/**
 * Data tables of the report (数据表): a caption, header cells with {@code scope="col"}, and rows whose first cell is
 * their header with {@code scope="row"}. Package-private.
 */
final class Tables {

    private Tables() {}

    /** Opens a table with its caption and header row, and its body. */
    static void open(Markup m, String cssClass, BilingualText caption, BilingualText... headers) {
        m.open("table", "class", cssClass).element("caption", caption).open("thead").open("tr");
        for (BilingualText h : headers) {
            m.element("th", h, "scope", "col");
        }
        m.close("tr").close("thead").open("tbody");
    }

    /** Closes what {@link #open} opened. */
    static void close(Markup m) {
        m.close("tbody").close("table");
    }

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
