package io.github.quanze.publish.chart;

import io.github.quanze.text.BilingualText;

/**
 * What every chart holds alike (图表标识): its id in its page and its title. Package-private: the charts themselves
 * are final.
 */
abstract class AbstractChart {

    /** The chart's id, checked by {@link Svg#id}. */
    final String id;
    /** The chart's title. */
    final BilingualText title;

    AbstractChart(ChartBuilder builder) {
        this.id = builder.id;
        this.title = builder.title;
    }

    /**
     * Returns the chart's id in its page, from which the ids of its title and description are made.
     *
     * @return the id, lower-case letters, digits and '-', not null
     */
    public final String id() {
        return id;
    }

    /**
     * Returns the chart's title.
     *
     * @return the title, not null
     */
    public final BilingualText title() {
        return title;
    }
}
