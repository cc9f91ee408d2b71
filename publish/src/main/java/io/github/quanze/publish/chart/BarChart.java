package io.github.quanze.publish.chart;

import com.google.common.collect.ImmutableList;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A horizontal bar chart (条形图), one bar per item in the order given, such as agencies' scores in ranking order;
 * a bar's length is proportional to its value, from 0 to the axis' maximum. A bar may be marked, such as a
 * 流动奖杯 holder: the mark is a star and its label beside the value, not a colour alone.
 * <pre>{@code
 * BarChart chart = BarChart.builder("scores", BilingualText.of("得分", "Scores")).maximum(100)
 *         .bar(BilingualText.of("县公安局", "Police"), 96.5, BilingualText.of("流动奖杯", "rotating trophy"))
 *         .bar(BilingualText.of("县林业局", "Forestry"), 71.2).build();
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class BarChart extends AbstractChart implements Chart {

    /**
     * One bar (条).
     *
     * @param label  what the bar stands for, not null
     * @param value  its value, finite and not negative
     * @param text  the value as written beside the bar, not null
     * @param mark  the mark's label, such as 流动奖杯, empty for an unmarked bar, not null
     */
    public record Bar(BilingualText label, double value, BilingualText text, Optional<BilingualText> mark) {

        /**
         * Creates a bar.
         *
         * @param label  what the bar stands for, not null
         * @param value  its value, finite and not negative
         * @param text  the value as written beside the bar, not null
         * @param mark  the mark's label, empty for an unmarked bar, not null
         */
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(mark, "mark");
        }
    }

    private static final double ROW = 22;
    private static final double BAR = 14;
    private static final double PLOT = 480;
    private static final double TOP = 10;
    private static final double AXIS = 28;

    private final BilingualText unit;
    private final double maximum;
    private final List<Bar> bars;

    private BarChart(Builder b) {
        super(b);
        this.unit = b.unit;
        this.bars = b.bars.build();
        double max = b.maximum;
        for (Bar bar : bars) {
            max = Math.max(max, bar.value());
        }
        this.maximum = max > 0 ? max : 1;
    }

    /**
     * Starts a bar chart.
     *
     * @param id  the chart's id in its page: lower-case letters, digits and '-', starting with a letter, not null
     * @param title  its title, not null
     * @return a builder, not null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Builder builder(String id, BilingualText title) {
        return new Builder(Svg.id(id), Objects.requireNonNull(title, "title"));
    }

    /** @return the bars, in the order drawn, not null */
    public List<Bar> bars() {
        return bars;
    }

    /** @return the value at the end of the axis: the largest of the given maximum and the values, positive */
    public double maximum() {
        return maximum;
    }

    @Override
    public BilingualText summary() {
        if (bars.isEmpty()) {
            return Svg.NO_DATA;
        }
        Bar first = bars.get(0);
        Bar last = bars.get(bars.size() - 1);
        long marked = bars.stream().filter(b -> b.mark().isPresent()).count();
        String zh = bars.size() + "项，自上而下依次为：首项" + first.label().zh() + "（" + first.text().zh() + "），末项"
                + last.label().zh() + "（" + last.text().zh() + "）" + (marked > 0 ? "；标记" + marked + "项" : "")
                + "。单位：" + unit.zh() + "。";
        String en = bars.size() + " bars, top to bottom: first " + first.label().en() + " (" + first.text().en()
                + "), last " + last.label().en() + " (" + last.text().en() + ")"
                + (marked > 0 ? "; " + marked + " marked" : "") + ". Unit: " + unit.en() + ".";
        return BilingualText.of(zh, en);
    }

    @Override
    public Markup render() {
        if (bars.isEmpty()) {
            return Svg.noData(id, title, "bar");
        }
        double labels = ValueAxis.labels(bars, Bar::label, 300, 10);
        double notes = 0;
        for (Bar bar : bars) {
            double note = Svg.width(bar.text()) + bar.mark().map(mk -> Svg.width(mk) + 20).orElse(0.0);
            notes = Math.max(notes, note);
        }
        double width = labels + PLOT + notes + 16;
        double height = TOP + bars.size() * ROW + AXIS;
        BilingualText summary = summary();
        Markup m = Svg.open(id, title, summary, width, height, "bar");
        double bottom = TOP + bars.size() * ROW;
        ValueAxis.grid(m, labels, PLOT, TOP - 4, bottom, maximum, 4);
        Svg.label(m, labels + PLOT, bottom + AXIS - 2, unit, "end", "class", "unit");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            double length = PLOT * (bar.value() / maximum);
            boolean marked = bar.mark().isPresent();
            m.open("g", "class", marked ? "bar marked" : "bar", "data-value", Svg.num(bar.value()));
            Svg.label(m, labels - 6, y + BAR - 2, bar.label(), "end", "class", "label");
            m.open("rect", "class", "bar", "x", Svg.num(labels), "y", Svg.num(y), "width", Svg.num(length),
                    "height", Svg.num(BAR), "fill", marked ? Svg.ALERT : Svg.INK)
                    .element("title", bar.label().zh() + "：" + bar.text().zh() + " / " + bar.label().en() + ": "
                            + bar.text().en())
                    .close("rect");
            double x = labels + length + 4;
            Svg.label(m, x, y + BAR - 2, bar.text(), "start", "class", "value");
            if (marked) {
                double star = x + Svg.width(bar.text()) + 4;
                m.element("text", "★", "x", Svg.num(star), "y", Svg.num(y + BAR - 2), "class", "mark-symbol",
                        "fill", Svg.ALERT, "aria-hidden", "true");
                Svg.label(m, star + 14, y + BAR - 2, bar.mark().get(), "start", "class", "mark");
            }
            m.close("g");
        }
        return Svg.close(m, title, summary);
    }

    /** Builds a {@link BarChart}. Not thread-safe. */
    public static final class Builder extends ChartBuilder {

        private BilingualText unit = BilingualText.of("数值", "value");
        private double maximum;
        private final ImmutableList.Builder<Bar> bars = ImmutableList.builder();

        private Builder(String id, BilingualText title) {
            super(id, title);
        }

        /**
         * Sets the unit of the values, written under the axis; by default 数值 / value.
         *
         * @param unit  the unit, such as 分 / points, not null
         * @return this builder
         */
        public Builder unit(BilingualText unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the least value at the end of the axis, such as 100 for scores of 100; a larger value extends it.
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
         * Adds an unmarked bar whose value is written as a number.
         *
         * @param label  what the bar stands for, not null
         * @param value  its value, finite and not negative
         * @return this builder
         * @throws IllegalArgumentException if the value is NaN, infinite or negative; the message names the bar
         */
        public Builder bar(BilingualText label, double value) {
            Objects.requireNonNull(label, "label");
            return bar(new Bar(label, check(label, value), BilingualText.of(Svg.num(value), Svg.num(value)),
                    Optional.empty()));
        }

        /**
         * Adds a bar.
         *
         * @param bar  the bar, whose value is finite and not negative, not null
         * @return this builder
         * @throws IllegalArgumentException if the value is NaN, infinite or negative; the message names the bar
         */
        public Builder bar(Bar bar) {
            Objects.requireNonNull(bar, "bar");
            check(bar.label(), bar.value());
            bars.add(bar);
            return this;
        }

        private double check(BilingualText label, double value) {
            return Svg.value(id, "bar " + label.zh() + " (" + label.en() + ")", value);
        }

        /**
         * Builds the chart.
         *
         * @return the chart, not null
         */
        public BarChart build() {
            return new BarChart(this);
        }
    }
}
