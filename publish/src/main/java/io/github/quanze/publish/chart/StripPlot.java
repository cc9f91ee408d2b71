package io.github.quanze.publish.chart;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A strip plot (带状散点图), such as the fines of one violation item by the tier they were decided at: one strip per
 * class, one dot per observation on a common axis from 0, and, where given, the range the class should lie in drawn
 * as a band behind its dots. Dots of one strip are spread over five lanes in their order, so equal values stay
 * visible. A marked dot, such as a case the analysis of like cases found 畸轻畸重, is drawn as a red diamond: a shape
 * as well as a colour.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class StripPlot extends AbstractChart implements Chart {

    /**
     * One observation (观测点).
     *
     * @param value  its value, finite and not negative
     * @param label  what it is, such as a case number, not null
     * @param marked  whether it is marked
     */
    public record Point(double value, String label, boolean marked) {

        /**
         * Creates a point.
         *
         * @param value  its value, finite and not negative
         * @param label  what it is, not null
         * @param marked  whether it is marked
         * @throws IllegalArgumentException if the value is NaN, infinite or negative; the message names the point
         */
        public Point {
            Objects.requireNonNull(label, "label");
            checkArgument(Double.isFinite(value) && value >= 0, "The value of point %s must be a finite number, not "
                    + "negative, but was %s", label, value);
        }
    }

    /**
     * A range a strip's values should lie in (区间).
     *
     * @param min  the least value, finite and not negative
     * @param max  the most value, at least {@code min}
     */
    public record Range(double min, double max) {

        /**
         * Creates a range.
         *
         * @param min  the least value, finite and not negative
         * @param max  the most value, at least {@code min}, finite
         * @throws IllegalArgumentException if a bound is NaN, infinite or negative, or min is above max
         */
        public Range {
            checkArgument(Double.isFinite(min) && Double.isFinite(max) && min >= 0 && min <= max, "A range must run "
                    + "from a finite, not negative minimum to a maximum not below it, but was %s to %s", min, max);
        }
    }

    /**
     * One strip (带): a class, its range if any, and its points.
     *
     * @param label  the class, not null
     * @param range  the range its values should lie in, empty if none, not null
     * @param points  its points, not null
     */
    public record Strip(BilingualText label, Optional<Range> range, List<Point> points) {

        /**
         * Creates a strip.
         *
         * @param label  the class, not null
         * @param range  the range its values should lie in, empty if none, not null
         * @param points  its points, not null
         */
        public Strip {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(range, "range");
            points = List.copyOf(points);
        }
    }

    private static final double PLOT = 560;
    private static final double ROW = 44;
    private static final double TOP = 10;

    private final BilingualText unit;
    private final List<Strip> strips;
    private final double maximum;

    private StripPlot(Builder b) {
        super(b);
        this.unit = b.unit;
        this.strips = b.strips.build();
        double max = 0;
        for (Strip s : strips) {
            for (Point p : s.points()) {
                max = Math.max(max, p.value());
            }
            if (s.range().isPresent()) {
                max = Math.max(max, s.range().get().max());
            }
        }
        this.maximum = Svg.niceMax(max);
    }

    /**
     * Starts a strip plot.
     *
     * @param id  the chart's id in its page: lower-case letters, digits and '-', starting with a letter, not null
     * @param title  its title, not null
     * @return a builder, not null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Builder builder(String id, BilingualText title) {
        return new Builder(Svg.id(id), Objects.requireNonNull(title, "title"));
    }

    /** @return the strips, in the order drawn, not null */
    public List<Strip> strips() {
        return strips;
    }

    /** @return the value at the end of the axis, positive */
    public double maximum() {
        return maximum;
    }

    private boolean isEmpty() {
        return strips.stream().allMatch(s -> s.points().isEmpty());
    }

    @Override
    public BilingualText summary() {
        if (isEmpty()) {
            return Svg.NO_DATA;
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Strip s : strips) {
            long marked = s.points().stream().filter(Point::marked).count();
            zh.append(zh.length() == 0 ? "" : "；").append(s.label().zh()).append(s.points().size()).append("点");
            en.append(en.length() == 0 ? "" : "; ").append(s.label().en()).append(' ').append(s.points().size())
                    .append(" points");
            s.range().ifPresent(r -> {
                zh.append("，区间").append(Svg.num(r.min())).append("–").append(Svg.num(r.max()));
                en.append(", range ").append(Svg.num(r.min())).append("–").append(Svg.num(r.max()));
            });
            if (marked > 0) {
                zh.append("，标记").append(marked).append("点");
                en.append(", ").append(marked).append(" marked");
            }
        }
        return BilingualText.of(zh + "。单位：" + unit.zh() + "。", en + ". Unit: " + unit.en() + ".");
    }

    @Override
    public Markup render() {
        if (isEmpty()) {
            return Svg.noData(id, title, "strip");
        }
        double labels = ValueAxis.labels(strips, Strip::label, 260, 12);
        double bottom = TOP + strips.size() * ROW;
        double width = labels + PLOT + 24;
        double height = bottom + 56;
        BilingualText summary = summary();
        Markup m = Svg.open(id, title, summary, width, height, "strip");
        ValueAxis.grid(m, labels, PLOT, TOP, bottom, maximum, 5);
        Svg.label(m, labels + PLOT, bottom + 28, unit, "end", "class", "unit");
        for (int i = 0; i < strips.size(); i++) {
            Strip s = strips.get(i);
            double y = TOP + i * ROW;
            m.open("g", "class", "strip");
            Svg.label(m, labels - 6, y + ROW / 2 + 4, s.label(), "end", "class", "label");
            if (s.range().isPresent()) {
                Range r = s.range().get();
                m.open("rect", "class", "range", "x", Svg.num(x(labels, r.min())), "y", Svg.num(y + 4), "width",
                        Svg.num(Math.max(1, x(labels, r.max()) - x(labels, r.min()))), "height", Svg.num(ROW - 8),
                        "fill", "#dbe7f3", "stroke", Svg.INK, "stroke-dasharray", "3 2")
                        .element("title", "区间 " + Svg.num(r.min()) + "–" + Svg.num(r.max()) + " / range "
                                + Svg.num(r.min()) + "–" + Svg.num(r.max()))
                        .close("rect");
            }
            for (int j = 0; j < s.points().size(); j++) {
                Point p = s.points().get(j);
                double cx = x(labels, p.value());
                double cy = y + ROW / 2 + (j % 5 - 2) * 6;
                String tip = p.label() + " " + Svg.num(p.value());
                if (p.marked()) {
                    m.open("path", "class", "point marked", "data-value", Svg.num(p.value()), "d", "M" + Svg.num(cx)
                            + " " + Svg.num(cy - 5) + "l5 5l-5 5l-5 -5z", "fill", Svg.ALERT)
                            .element("title", tip).close("path");
                } else {
                    m.open("circle", "class", "point", "data-value", Svg.num(p.value()), "cx", Svg.num(cx), "cy",
                            Svg.num(cy), "r", "3", "fill", Svg.INK, "fill-opacity", "0.7")
                            .element("title", tip).close("circle");
                }
            }
            m.close("g");
        }
        legend(m, labels, bottom + 48);
        return Svg.close(m, title, summary);
    }

    private static void legend(Markup m, double x, double y) {
        m.open("g", "class", "legend");
        m.empty("circle", "cx", Svg.num(x + 4), "cy", Svg.num(y - 4), "r", "3", "fill", Svg.INK);
        Svg.label(m, x + 12, y, BilingualText.of("案件", "case"), "start");
        m.empty("path", "d", "M" + Svg.num(x + 84) + " " + Svg.num(y - 9) + "l5 5l-5 5l-5 -5z", "fill", Svg.ALERT);
        Svg.label(m, x + 94, y, BilingualText.of("标记的案件", "marked case"), "start");
        m.empty("rect", "x", Svg.num(x + 200), "y", Svg.num(y - 9), "width", "14", "height", "10", "fill", "#dbe7f3",
                "stroke", Svg.INK, "stroke-dasharray", "3 2");
        Svg.label(m, x + 218, y, BilingualText.of("区间", "range"), "start");
        m.close("g");
    }

    private double x(double labels, double value) {
        return labels + PLOT * (value / maximum);
    }

    /** Builds a {@link StripPlot}. Not thread-safe. */
    public static final class Builder extends ChartBuilder {

        private BilingualText unit = BilingualText.of("数值", "value");
        private final ImmutableList.Builder<Strip> strips = ImmutableList.builder();

        private Builder(String id, BilingualText title) {
            super(id, title);
        }

        /**
         * Sets the unit of the values; by default 数值 / value.
         *
         * @param unit  the unit, not null
         * @return this builder
         */
        public Builder unit(BilingualText unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Adds a strip.
         *
         * @param strip  the strip, not null
         * @return this builder
         */
        public Builder strip(Strip strip) {
            strips.add(Objects.requireNonNull(strip, "strip"));
            return this;
        }

        /**
         * Builds the plot.
         *
         * @return the plot, not null
         */
        public StripPlot build() {
            return new StripPlot(this);
        }
    }
}
