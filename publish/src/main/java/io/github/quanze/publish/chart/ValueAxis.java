package io.github.quanze.publish.chart;

import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.function.Function;

/**
 * The parts of a horizontal value axis (数值轴) the bar charts and the strip plot share: the column of labels left of
 * the plot, and the vertical grid lines with their ticks under the plot. Package-private.
 */
final class ValueAxis {

    private ValueAxis() {}

    /**
     * The width of the label column: the widest label, at most {@code cap}, and {@code pad} to spare.
     */
    static <T> double labels(List<T> items, Function<? super T, BilingualText> label, double cap, double pad) {
        double widest = 0;
        for (T item : items) {
            widest = Math.max(widest, Svg.width(label.apply(item)));
        }
        return Math.min(widest, cap) + pad;
    }

    /**
     * Draws {@code steps + 1} grid lines from {@code left} to {@code left + plot}, from {@code top} down to
     * {@code bottom}, each with its value under it, from 0 to {@code maximum}.
     */
    static void grid(Markup m, double left, double plot, double top, double bottom, double maximum, int steps) {
        for (int i = 0; i <= steps; i++) {
            double x = left + plot * i / steps;
            m.empty("line", "x1", Svg.num(x), "y1", Svg.num(top), "x2", Svg.num(x), "y2", Svg.num(bottom),
                    "stroke", Svg.GRID, "class", "grid");
            m.element("text", Svg.num(maximum / steps * i), "x", Svg.num(x), "y", Svg.num(bottom + 14),
                    "text-anchor", "middle", "class", "tick");
        }
    }
}
