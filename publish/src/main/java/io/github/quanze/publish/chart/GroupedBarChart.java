package io.github.quanze.publish.chart;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Grouped horizontal bars (分组条形图), such as indicators compared between the county and single agencies: one
 * group per category, in it one bar per series, in the legend's order; a missing value is written 无数据 / no data
 * where its bar would be, never drawn as 0. Series are told apart by their fill, by their order in every group and
 * by each bar's tooltip, which names the series.
 * <pre>{@code
 * GroupedBarChart chart = GroupedBarChart.builder("indicators", BilingualText.of("指标对比", "Indicators"))
 *         .series(BilingualText.of("全县", "county"), BilingualText.of("第一名", "first place")).maximum(100)
 *         .group(BilingualText.of("案卷合格率", "files passed"), OptionalDouble.of(91.5), OptionalDouble.of(100))
 *         .build();
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class GroupedBarChart extends AbstractChart implements Chart {

    /**
     * One group (组): a category and one value per series.
     *
     * @param label  the category, not null
     * @param values  one value per series, in the series' order, empty where there is no data, not null
     */
    public record Group(BilingualText label, List<OptionalDouble> values) {

        /**
         * Creates a group.
         *
         * @param label  the category, not null
         * @param values  one value per series, empty where there is no data, not null
         */
        public Group {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }
    }

    private static final String[] FILLS = {"#3b6ea5", "#e0a040", "#6a9f58", "#8e6bb0", "#7f7f7f", "#c05a82"};
    private static final double BAR = 12;
    private static final double PLOT = 420;
    private static final double TOP = 10;

    private final BilingualText unit;
    private final List<BilingualText> series;
    private final List<Group> groups;
    private final double maximum;

    private GroupedBarChart(Builder b) {
        super(b);
        this.unit = b.unit;
        this.series = b.series;
        this.groups = b.groups.build();
        double max = b.maximum;
        for (Group g : groups) {
            for (OptionalDouble v : g.values()) {
                max = Math.max(max, v.orElse(0));
            }
        }
        this.maximum = max > 0 ? max : 1;
    }

    /**
     * Starts a grouped bar chart.
     *
     * @param id  the chart's id in its page: lower-case letters, digits and '-', starting with a letter, not null
     * @param title  its title, not null
     * @return a builder, not null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Builder builder(String id, BilingualText title) {
        return new Builder(Svg.id(id), Objects.requireNonNull(title, "title"));
    }

    /** @return the series, in the legend's order, not null */
    public List<BilingualText> series() {
        return series;
    }

    /** @return the groups, in the order drawn, not null */
    public List<Group> groups() {
        return groups;
    }

    @Override
    public BilingualText summary() {
        if (groups.isEmpty()) {
            return Svg.NO_DATA;
        }
        long missing = groups.stream().flatMap(g -> g.values().stream()).filter(OptionalDouble::isEmpty).count();
        BilingualText names = BilingualText.joinAll("、", ", ", series);
        return BilingualText.of(groups.size() + "组，每组依次为" + names.zh() + "；" + missing + "项无数据。单位："
                + unit.zh() + "。", groups.size() + " groups, each with " + names.en() + " in this order; " + missing
                + " without data. Unit: " + unit.en() + ".");
    }

    @Override
    public Markup render() {
        if (groups.isEmpty()) {
            return Svg.noData(id, title, "grouped");
        }
        double labels = ValueAxis.labels(groups, Group::label, 300, 10);
        double groupHeight = series.size() * BAR + 10;
        double legend = 20;
        double bottom = TOP + legend + groups.size() * groupHeight;
        double width = labels + PLOT + 90;
        double height = bottom + 30;
        BilingualText summary = summary();
        Markup m = Svg.open(id, title, summary, width, height, "grouped");
        double lx = labels;
        for (int s = 0; s < series.size(); s++) {
            m.empty("rect", "class", "swatch", "x", Svg.num(lx), "y", Svg.num(TOP), "width", "10", "height", "10",
                    "fill", FILLS[s]);
            Svg.label(m, lx + 14, TOP + 9, series.get(s), "start", "class", "legend");
            lx += Svg.width(series.get(s)) + 30;
        }
        double plotTop = TOP + legend;
        ValueAxis.grid(m, labels, PLOT, plotTop, bottom, maximum, 4);
        Svg.label(m, labels + PLOT, bottom + 28, unit, "end", "class", "unit");
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            double y = plotTop + i * groupHeight + 4;
            m.open("g", "class", "group");
            Svg.label(m, labels - 6, y + series.size() * BAR / 2 + 4, g.label(), "end", "class", "label");
            for (int s = 0; s < series.size(); s++) {
                OptionalDouble v = g.values().get(s);
                double by = y + s * BAR;
                BilingualText name = series.get(s);
                if (v.isEmpty()) {
                    Svg.label(m, labels + 4, by + BAR - 2, BilingualText.of(name.zh() + "：无数据",
                            name.en() + ": no data"), "start", "class", "no-data");
                    continue;
                }
                double value = v.getAsDouble();
                double length = PLOT * (value / maximum);
                m.open("rect", "class", "bar series-" + s, "data-value", Svg.num(value), "x", Svg.num(labels), "y",
                        Svg.num(by), "width", Svg.num(length), "height", Svg.num(BAR - 2), "fill", FILLS[s])
                        .element("title", g.label().zh() + "，" + name.zh() + "：" + Svg.num(value) + " / "
                                + g.label().en() + ", " + name.en() + ": " + Svg.num(value))
                        .close("rect");
                m.element("text", Svg.num(value), "x", Svg.num(labels + length + 4), "y", Svg.num(by + BAR - 3),
                        "class", "value", "font-size", "10");
            }
            m.close("g");
        }
        return Svg.close(m, title, summary);
    }

    /** Builds a {@link GroupedBarChart}. Not thread-safe. */
    public static final class Builder extends ChartBuilder {

        private BilingualText unit = BilingualText.of("数值", "value");
        private List<BilingualText> series = List.of();
        private double maximum;
        private final ImmutableList.Builder<Group> groups = ImmutableList.builder();

        private Builder(String id, BilingualText title) {
            super(id, title);
        }

        /**
         * Sets the series, once, before any group.
         *
         * @param first  the first series, not null
         * @param more  further series, at most six in all, not null
         * @return this builder
         * @throws IllegalArgumentException if there are more than six series, or groups were added already
         */
        public Builder series(BilingualText first, BilingualText... more) {
            ImmutableList<BilingualText> all = ImmutableList.<BilingualText>builder().add(first).add(more).build();
            checkArgument(all.size() <= FILLS.length, "Chart %s: at most %s series, but %s were given", id,
                    FILLS.length, all.size());
            checkArgument(groups.build().isEmpty(), "Chart %s: set the series before the groups", id);
            this.series = all;
            return this;
        }

        /**
         * Sets the unit of the values; by default 数值 / value.
         *
         * @param unit  the unit, such as % , not null
         * @return this builder
         */
        public Builder unit(BilingualText unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the least value at the end of the axis, such as 100 for percentages.
         *
         * @param maximum  the value, finite and not negative
         * @return this builder
         * @throws IllegalArgumentException if the value is NaN, infinite or negative
         */
        public Builder maximum(double maximum) {
            this.maximum = Svg.value(id, "the axis maximum", maximum);
            return this;
        }

        /**
         * Adds a group.
         *
         * @param label  the category, not null
         * @param values  one value per series, each finite and not negative, or empty for no data, not null
         * @return this builder
         * @throws IllegalArgumentException if the number of values differs from the number of series, or a value is
         *         NaN, infinite or negative; the message names the group and the series
         */
        public Builder group(BilingualText label, OptionalDouble... values) {
            Objects.requireNonNull(label, "label");
            checkArgument(!series.isEmpty(), "Chart %s: set the series before the groups", id);
            checkArgument(values.length == series.size(), "Chart %s: group %s (%s) has %s values for %s series", id,
                    label.zh(), label.en(), values.length, series.size());
            for (int s = 0; s < values.length; s++) {
                Objects.requireNonNull(values[s], "value of group " + label.en() + ", series " + series.get(s).en());
                if (values[s].isPresent()) {
                    Svg.value(id, "group " + label.zh() + " (" + label.en() + "), series " + series.get(s).en(),
                            values[s].getAsDouble());
                }
            }
            groups.add(new Group(label, List.of(values)));
            return this;
        }

        /**
         * Builds the chart.
         *
         * @return the chart, not null
         */
        public GroupedBarChart build() {
            return new GroupedBarChart(this);
        }
    }
}
