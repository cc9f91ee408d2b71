package io.github.quanze.publish.chart;

import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;

/**
 * A chart of the publication (统计图), drawn by the library as inline SVG: a {@code <figure>} whose {@code <svg>} has
 * {@code role="img"}, a {@code <title>} and a {@code <desc>} holding its textual summary, and a caption repeating
 * both in Chinese and English. Its size follows its data, in a viewBox that the page scales to its width; labels are
 * written in both languages, of which the page shows one. The same data always gives the same markup. An empty
 * dataset gives a chart that says 无数据 / no data.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface Chart permits BarChart, ColumnChart, GroupedBarChart, Timeline, StripPlot {

    /**
     * Returns the chart's id in its page, from which the ids of its title and description are made.
     *
     * @return the id, lower-case letters, digits and '-', not null
     */
    String id();

    /**
     * Returns the chart's title.
     *
     * @return the title, not null
     */
    BilingualText title();

    /**
     * Returns what the chart shows, in words: the text a reader who cannot see it is given.
     *
     * @return the summary, not null
     */
    BilingualText summary();

    /**
     * Draws the chart.
     *
     * @return a finished {@code <figure>} fragment, not null
     */
    Markup render();
}
