package io.github.quanze.publish.html;

import io.github.quanze.text.BilingualText;
import java.util.Objects;

/**
 * A data table (数据表) as every page writes it: a {@code <table>} with its {@code <caption>}, a header row of
 * {@code <th scope="col">} cells, and its body; rows and cells are written between {@link #openWithId} or
 * {@link #openWithClass} and {@link #close}.
 * <pre>{@code
 * DataTable.openWithId(m, "powers", BilingualText.of("权责清单", "Power catalogue"),
 *         BilingualText.of("编码", "Code"), BilingualText.of("事项名称", "Name"));
 * m.open("tr").element("td", "XK-001").element("td", name).close("tr");
 * DataTable.close(m);
 * }</pre>
 * This class has only static methods.
 */
public final class DataTable {

    private DataTable() {}

    /**
     * Opens a data table identified by its id: the table, its caption, its header row and its body.
     *
     * @param m  the writer, not null
     * @param id  the table's id in its page, not null
     * @param caption  the caption, not null
     * @param columns  the column headers, in order, not null
     * @return the writer, inside the table's {@code <tbody>}
     */
    public static Markup openWithId(Markup m, String id, BilingualText caption, BilingualText... columns) {
        return open(m, "id", Objects.requireNonNull(id, "id"), caption, columns);
    }

    /**
     * Opens a data table of a class: the table, its caption, its header row and its body.
     *
     * @param m  the writer, not null
     * @param cssClass  the table's class, not null
     * @param caption  the caption, not null
     * @param columns  the column headers, in order, not null
     * @return the writer, inside the table's {@code <tbody>}
     */
    public static Markup openWithClass(Markup m, String cssClass, BilingualText caption, BilingualText... columns) {
        return open(m, "class", Objects.requireNonNull(cssClass, "cssClass"), caption, columns);
    }

    private static Markup open(Markup m, String attribute, String value, BilingualText caption,
            BilingualText... columns) {
        m.open("table", attribute, value).element("caption", caption).open("thead").open("tr");
        for (BilingualText column : columns) {
            m.element("th", column, "scope", "col");
        }
        return m.close("tr").close("thead").open("tbody");
    }

    /**
     * Closes a table opened with {@link #openWithId} or {@link #openWithClass}.
     *
     * @param m  the writer, inside the table's {@code <tbody>}, not null
     * @return the writer, after the table
     */
    public static Markup close(Markup m) {
        return m.close("tbody").close("table");
    }
}
