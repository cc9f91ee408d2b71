package io.github.quanze.publish.chart;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What every chart shares (图表公共部分): the figure around the SVG with its title, description and caption, a
 * bilingual label as two {@code <text>} elements, the "no data" picture, number formatting and the estimate of a
 * label's width. Package-private.
 */
final class Svg {

    /** The font size of labels, in SVG units. */
    static final double FONT = 12;
    /** The fill of a chart's main marks. */
    static final String INK = "#3b6ea5";
    /** The fill of a marked or late mark (always with a shape or a text as well: never colour alone). */
    static final String ALERT = "#b42318";
    /** The stroke of axes and grid lines. */
    static final String GRID = "#c8d1da";
    /** The fill of shaded rest days. */
    static final String REST = "#e6e9ed";

    /** The summary of a chart without data. */
    static final BilingualText NO_DATA = BilingualText.of("无数据。", "No data.");

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,60}");

    private Svg() {}

    /** Checks a chart's id, used for the ids of its title and description. */
    static String id(String id) {
        Objects.requireNonNull(id, "id");
        checkArgument(ID.matcher(id).matches(), "A chart id must be lower-case letters, digits and '-', starting with "
                + "a letter, at most 61 characters, but was \"%s\"", id.length() > 61 ? id.substring(0, 61) : id);
        return id;
    }

    /**
     * Opens a chart: {@code <figure>}, then {@code <svg role="img">} with its title and description, sized by its
     * viewBox and scaled down to fit the page.
     */
    static Markup open(String id, BilingualText title, BilingualText summary, double width, double height,
            String kind) {
        Markup m = Markup.create().open("figure", "class", "chart chart-" + kind, "id", id);
        m.open("svg", "viewBox", "0 0 " + num(width) + " " + num(height),
                "width", num(width), "height", num(height), "role", "img", "aria-labelledby",
                id + "-title " + id + "-desc", "font-size", num(FONT), "font-family", "sans-serif");
        m.element("title", title.zh() + " · " + title.en(), "id", id + "-title");
        m.element("desc", summary.zh() + " / " + summary.en(), "id", id + "-desc");
        return m;
    }

    /** Closes what {@link #open} opened, with a caption that repeats the title and the summary in both languages. */
    static Markup close(Markup m, BilingualText title, BilingualText summary) {
        m.close("svg").open("figcaption").element("strong", title).text(" ").text(summary).close("figcaption");
        return m.close("figure");
    }

    /** The whole chart of an empty dataset: a frame that says 无数据 / no data. */
    static Markup noData(String id, BilingualText title, String kind) {
        Markup m = open(id, title, NO_DATA, 320, 60, kind);
        m.empty("rect", "x", "0.5", "y", "0.5", "width", "319", "height", "59", "fill", "none", "stroke", GRID);
        label(m, 160, 35, BilingualText.of("无数据", "no data"), "middle", "class", "no-data");
        return close(m, title, NO_DATA);
    }

    /** Writes a label in both languages at one place: the page's stylesheet shows one. */
    static void label(Markup m, double x, double y, BilingualText text, String anchor, String... attributes) {
        String[] zh = with(attributes, "lang", Markup.ZH, "x", num(x), "y", num(y), "text-anchor", anchor);
        String[] en = with(attributes, "lang", Markup.EN, "x", num(x), "y", num(y), "text-anchor", anchor);
        m.element("text", text.zh(), zh).element("text", text.en(), en);
    }

    private static String[] with(String[] attributes, String... more) {
        String[] all = new String[attributes.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(attributes, 0, all, more.length, attributes.length);
        return all;
    }

    /** A coordinate or a value with at most two decimals, without trailing zeros: 12, 12.5, 0.33. */
    static String num(double value) {
        checkArgument(Double.isFinite(value), "not a finite number: %s", value);
        if (Math.abs(value) >= 1e12) {
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        // hundredths, half away from zero; cheaper than BigDecimal for the thousands of coordinates of a chart
        long hundredths = Math.round(Math.abs(value) * 100);
        String sign = value < 0 && hundredths != 0 ? "-" : "";
        long whole = hundredths / 100;
        int cents = (int) (hundredths % 100);
        if (cents == 0) {
            return sign + whole;
        }
        return sign + whole + (cents % 10 == 0 ? "." + cents / 10 : cents < 10 ? ".0" + cents : "." + cents);
    }

    /** The width a text takes at the label font: a Chinese character a full em, other characters about 0.6 em. */
    static double width(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += text.charAt(i) >= 0x2E80 ? 1 : 0.6;
        }
        return em * FONT;
    }

    /** The width of the wider of a label's two languages. */
    static double width(BilingualText text) {
        return Math.max(width(text.zh()), width(text.en()));
    }

    /** Checks a value to be drawn: finite and not negative. */
    static double value(String chart, String what, double value) {
        checkArgument(Double.isFinite(value), "Chart %s: the value of %s must be a finite number, but was %s", chart,
                what, value);
        checkArgument(value >= 0, "Chart %s: the value of %s must not be negative, but was %s", chart, what,
                num(value));
        return value;
    }

    /** A "nice" upper end of an axis at or above {@code max}: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return Double.isFinite(step * power) ? step * power : max;     // near Double.MAX_VALUE
            }
        }
        return 10 * power;
    }
}
