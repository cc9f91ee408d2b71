package io.github.quanze.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a printed report, rendered as aligned text for the console or as a Markdown table for the report file.
 * Widths count a Chinese character as two columns, as a terminal shows it.
 */
final class ReportTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    ReportTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row, one cell per header. */
    ReportTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        if (row.size() != headers.size()) {
            throw new IllegalArgumentException("Report table row has " + row.size() + " cells but the table has "
                    + headers.size() + " columns");
        }
        rows.add(row);
        return this;
    }

    /** The table as aligned text lines. */
    List<String> text() {
        int[] widths = new int[headers.size()];
        for (List<String> row : all()) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : all()) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                line.append("  ").append(cell).append(" ".repeat(widths[c] - width(cell)));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The table in Markdown. */
    List<String> markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", headers) + " |");
        lines.add("|" + "---|".repeat(headers.size()));
        for (List<String> row : rows) {
            lines.add("| " + String.join(" | ", row) + " |");
        }
        return lines;
    }

    private List<List<String>> all() {
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        return all;
    }

    private static int width(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && (c <= 0x115F || c >= 0x2E80) ? 2 : 1).sum();
    }
}
