package io.github.quanze.publish.chart;

import io.github.quanze.text.BilingualText;

/** What every chart's builder holds alike: the chart's id, already checked, and its title. Package-private. */
abstract class ChartBuilder {

    /** The chart's id, checked by {@link Svg#id}. */
    final String id;
    /** The chart's title, not null. */
    final BilingualText title;

    ChartBuilder(String id, BilingualText title) {
        this.id = id;
        this.title = title;
    }
}
