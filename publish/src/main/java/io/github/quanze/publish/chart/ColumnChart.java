package io.github.quanze.publish.chart;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.Objects;

/**
 * A column chart of counts (柱状图、分布图), such as agencies by grade: one column per class in the order given,
 * its height proportional to its count, the count written above it.
 * <pre>{@code
 * ColumnChart chart = ColumnChart.builder("grades", BilingualText.of("考核等次分布", "Grades"))
 *         .column(BilingualText.of("优秀", "excellent"), 12).column(BilingualText.of("合格", "pass"), 30).build();
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class ColumnChart extends AbstractChart implements Chart {

    /**
     * One column (柱).
     *
     * @param label  the class it counts, not null
     * @param count  how many, not negative
     */
    public record Column(BilingualText label, long count) {

        /**
         * Creates a column.
         *
         * @param label  the class it counts, not null
         * @param count  how many, not negative
         * @throws IllegalArgumentException if the count is negative; the message names the column
         */
        public Column {
            Objects.requireNonNull(label, "label");
            checkArgument(count >= 0, "The count of column %s (%s) must not be negative, but was %s", label.zh(),
                    label.en(), count);
        }
    }

    private static final double PLOT = 180;
    private static final double TOP = 24;
    private static final double LEFT = 44;

    private final BilingualText unit;
    private final List<Column> columns;

    private ColumnChart(Builder b) {
        super(b);
        this.unit = b.unit;
        this.columns = b.columns.build();
    }

    /**
     * Starts a column chart.
     *
     * @param id  the chart's id in its page: lower-case letters, digits and '-', starting with a letter, not null
     * @param title  its title, not null
     * @return a builder, not null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Builder builder(String id, BilingualText title) {
        return new Builder(Svg.id(id), Objects.requireNonNull(title, "title"));
    }

    /** @return the columns, in the order drawn, not null */
    public List<Column> columns() {
        return columns;
    }

    @Override
    public BilingualText summary() {
        if (columns.stream().allMatch(c -> c.count() == 0)) {
            return Svg.NO_DATA;
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Column c : columns) {
            zh.append(zh.length() == 0 ? "" : "，").append(c.label().zh()).append(c.count());
            en.append(en.length() == 0 ? "" : ", ").append(c.label().en()).append(' ').append(c.count());
        }
        return BilingualText.of(zh + "（" + unit.zh() + "）。", en + " (" + unit.en() + ").");
    }

    @Override
    public Markup render() {
        if (columns.stream().allMatch(c -> c.count() == 0)) {
            return Svg.noData(id, title, "column");
        }
        long max = columns.stream().mapToLong(Column::count).max().orElse(1);
        // whole numbers at the four grid lines
        double top = 4 * Math.max(1, (max + 3) / 4);
        double slot = 24;
        for (Column c : columns) {
            slot = Math.max(slot, Svg.width(c.label()) + 12);
        }
        double width = LEFT + columns.size() * slot + 12;
        double bottom = TOP + PLOT;
        double height = bottom + 40;
        BilingualText summary = summary();
        Markup m = Svg.open(id, title, summary, width, height, "column");
        for (int i = 0; i <= 4; i++) {
            double y = bottom - PLOT * i / 4;
            m.empty("line", "x1", Svg.num(LEFT - 4), "y1", Svg.num(y), "x2", Svg.num(width - 8), "y2", Svg.num(y),
                    "stroke", Svg.GRID, "class", "grid");
            m.element("text", Svg.num(top / 4 * i), "x", Svg.num(LEFT - 8), "y", Svg.num(y + 4), "text-anchor",
                    "end", "class", "tick");
        }
        Svg.label(m, 4, 14, unit, "start", "class", "unit");
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double w = slot * 0.7;
            double h = PLOT * c.count() / top;
            m.open("g", "class", "column", "data-value", Long.toString(c.count()));
            m.open("rect", "class", "column", "x", Svg.num(x), "y", Svg.num(bottom - h), "width", Svg.num(w),
                    "height", Svg.num(h), "fill", Svg.INK)
                    .element("title", c.label().zh() + "：" + c.count() + " / " + c.label().en() + ": " + c.count())
                    .close("rect");
            m.element("text", Long.toString(c.count()), "x", Svg.num(x + w / 2), "y", Svg.num(bottom - h - 4),
                    "text-anchor", "middle", "class", "value");
            Svg.label(m, x + w / 2, bottom + 16, c.label(), "middle", "class", "label");
            m.close("g");
        }
        return Svg.close(m, title, summary);
    }

    /** Builds a {@link ColumnChart}. Not thread-safe. */
    public static final class Builder extends ChartBuilder {

        private BilingualText unit = BilingualText.of("个数", "count");
        private final ImmutableList.Builder<Column> columns = ImmutableList.builder();

        private Builder(String id, BilingualText title) {
            super(id, title);
        }

        /**
         * Sets what is counted, written above the axis; by default 个数 / count.
         *
         * @param unit  the unit, such as 单位个数 / agencies, not null
         * @return this builder
         */
        public Builder unit(BilingualText unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Adds a column.
         *
         * @param label  the class it counts, not null
         * @param count  how many, not negative
         * @return this builder
         * @throws IllegalArgumentException if the count is negative; the message names the chart and the column
         */
        public Builder column(BilingualText label, long count) {
            Objects.requireNonNull(label, "label");
            checkArgument(count >= 0, "Chart %s: the count of column %s (%s) must not be negative, but was %s", id,
                    label.zh(), label.en(), count);
            columns.add(new Column(label, count));
            return this;
        }

        /**
         * Builds the chart.
         *
         * @return the chart, not null
         */
        public ColumnChart build() {
            return new ColumnChart(this);
        }
    }
}
