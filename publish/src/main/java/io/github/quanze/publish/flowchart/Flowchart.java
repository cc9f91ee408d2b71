package io.github.quanze.publish.flowchart;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.procedure.Condition;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.publish.html.Markup;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A procedure's flowchart (执法流程图) drawn as inline SVG by the library itself: no external tool, no script.
 * <p>
 * Each step is a box ({@code <g class="step" data-step="FILING">}) showing, in Chinese and in English (one
 * {@code <text>} element per language, of which the page's stylesheet shows one), the step, the post role that
 * performs it with the officers it needs, its condition and its time limit: the lines
 * {@link io.github.quanze.procedure.ProcedureDiagram} writes in Mermaid and DOT. A step required only on a condition
 * has a dashed box. Each edge runs from a step down to a step that must come after it, with an arrowhead.
 * <p>
 * The layout is computed here: a step's layer is the longest path to it from the first step, so every edge goes down;
 * the order within a layer comes from barycentre sweeps that reduce crossings; an edge that spans layers passes
 * through reserved waypoints, never over a box. Long labels wrap. A row holds at most four boxes, so that the
 * drawing, scaled to the width of an A4 page less its margins ({@value #PRINT_WIDTH} px), still shows its
 * {@value #FONT_SIZE} px text at 11 px or more; a wider layer is split over consecutive rows.
 * <p>
 * A procedure that cannot be laid out is refused by {@link #of} with an {@link IllegalArgumentException} naming the
 * procedure and the steps concerned. A {@link Procedure} checks itself when built (one first step that comes after
 * none, every other step after some step of the procedure, no cycle, one final step), its steps are of distinct {@link
 * StepKind}s, and the text of a box comes from the library's own labels, so no label is too long to wrap and no
 * procedure too long to draw: a long chain is one row a step. What can fail is the width: a row holds at most four
 * boxes, but the edges that pass a row take room in it too, and a procedure in which many steps share one predecessor
 * and one successor (a first step followed by twenty-one steps or more side by side, all followed by one last step) has
 * rows wider than {@code PRINT_WIDTH * FONT_SIZE / 11} px, where the text would print under 11 px on A4. Such a
 * procedure is refused, naming the steps of its widest row. A site renderer draws every flowchart before it writes
 * anything, so a refused procedure leaves an old site as it was. A procedures document that cannot make a procedure at
 * all (a first step after another, a cycle, a step after one the procedure lacks) is refused earlier, when it is read,
 * with a message naming the file, the procedure and the step.
 * <p>
 * The same procedure always gives the same SVG. This class is immutable and thread-safe.
 */
public final class Flowchart {

    /** The font size of the drawing at its natural size, in px. */
    public static final int FONT_SIZE = Layout.FONT;
    /** The printed width in px the drawing is made to fit: A4 less margins of 15 mm, at 96 px to the inch. */
    public static final int PRINT_WIDTH = Layout.PRINT_WIDTH;

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,60}");

    private final Procedure procedure;
    private final Layout layout;

    private Flowchart(Procedure procedure) {
        this.procedure = procedure;
        this.layout = Layout.of(procedure);
        if (layout.width() > Layout.MAX_WIDTH) {
            List<String> steps = layout.boxes().stream().filter(b -> b.rank() == layout.widestRank())
                    .map(b -> b.step().kind().name()).toList();
            throw new IllegalArgumentException(String.format("Procedure '%s' cannot be laid out: its row of steps %s, "
                    + "with the edges that pass it, is %s px wide, more than the %s px at which its text still prints "
                    + "at 11 px on A4; give fewer steps a common predecessor or successor", procedure.name().zh(),
                    String.join(", ", steps), layout.width(), Layout.MAX_WIDTH));
        }
    }

    /**
     * Lays out a procedure's flowchart.
     *
     * @param procedure  the procedure, not null
     * @return the flowchart, not null
     * @throws IllegalArgumentException if the procedure cannot be laid out within the printed width: the message
     *         names the procedure and the steps of the row too wide
     */
    public static Flowchart of(Procedure procedure) {
        return new Flowchart(Objects.requireNonNull(procedure, "procedure"));
    }

    /**
     * Returns the procedure drawn.
     *
     * @return the procedure, not null
     */
    public Procedure procedure() {
        return procedure;
    }

    /**
     * Returns the width of the drawing at its natural size: its view box's width.
     *
     * @return the width in px
     */
    public int width() {
        return layout.width();
    }

    /**
     * Returns the height of the drawing at its natural size: its view box's height.
     *
     * @return the height in px
     */
    public int height() {
        return layout.height();
    }

    /**
     * Draws the flowchart as an inline {@code <svg>} element, with {@code role="img"} and a {@code <title>} naming
     * the procedure in both languages.
     *
     * @param id  the drawing's id, unique in its page, from which the ids of its title and arrowhead are made:
     *        a letter, then letters, digits, {@code _} or {@code -}, not null
     * @return the SVG, not null
     * @throws IllegalArgumentException if the id is malformed
     */
    public Markup svg(String id) {
        Objects.requireNonNull(id, "id");
        checkArgument(ID.matcher(id).matches(), "flowchart id must be a letter, then letters, digits, _ or -, but was "
                + "'%s'", id);
        String w = String.valueOf(layout.width());
        String h = String.valueOf(layout.height());
        String title = id + "-title";
        String arrow = id + "-arrow";
        Markup svg = Markup.create().open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id,
                "class", "flowchart", "viewBox", "0 0 " + w + " " + h, "width", w, "height", h, "role", "img",
                "aria-labelledby", title, "font-size", String.valueOf(FONT_SIZE), "data-steps",
                String.valueOf(procedure.steps().size()));
        svg.element("title", procedure.name().zh() + " · " + procedure.name().en(), "id", title);
        svg.open("defs").open("marker", "id", arrow, "viewBox", "0 0 10 10", "refX", "10", "refY", "5",
                "markerWidth", "7", "markerHeight", "7", "orient", "auto")
                .empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", "#1f2328").close("marker").close("defs");
        svg.open("g", "class", "edges", "fill", "none", "stroke", "#1f2328", "stroke-width", "1.3");
        for (Layout.Edge edge : layout.edges()) {
            svg.empty("path", "class", "edge", "data-from", edge.from().name(), "data-to", edge.to().name(),
                    "d", path(edge.points()), "marker-end", "url(#" + arrow + ")");
        }
        svg.close("g");
        for (Layout.Box box : layout.boxes()) {
            box(svg, box);
        }
        return svg.close("svg");
    }

    private static void box(Markup svg, Layout.Box box) {
        StepKind kind = box.step().kind();
        boolean conditional = box.step().condition() != Condition.ALWAYS;
        svg.open("g", "class", conditional ? "step conditional" : "step", "data-step", kind.name(),
                "data-layer", String.valueOf(box.layer()), "data-rank", String.valueOf(box.rank()));
        svg.empty("rect", "x", String.valueOf(box.x()), "y", String.valueOf(box.y()), "width",
                String.valueOf(box.width()), "height", String.valueOf(box.height()), "rx", "4", "fill", "#ffffff",
                "stroke", "#1f2328", "stroke-width", conditional ? "1.3" : "1.6",
                "stroke-dasharray", conditional ? "6 4" : null);
        lines(svg, box, box.zh(), Markup.ZH);
        lines(svg, box, box.en(), Markup.EN);
        svg.close("g");
    }

    private static void lines(Markup svg, Layout.Box box, List<String> lines, String lang) {
        int x = box.x() + Layout.PAD;
        svg.open("text", "lang", lang, "x", String.valueOf(x), "y", String.valueOf(box.y() + Layout.PAD),
                "fill", "#1f2328");
        // the step's name, the first line or lines, is bold: those before the role line's first one
        int nameLines = TextWrap.wrap(lang.equals(Markup.ZH) ? box.step().kind().label().zh()
                : box.step().kind().label().en(), (Layout.BOX_WIDTH - 2.0 * Layout.PAD) / Layout.FONT).size();
        for (int i = 0; i < lines.size(); i++) {
            svg.element("tspan", lines.get(i), "x", String.valueOf(x), "y",
                    String.valueOf(box.y() + Layout.PAD + Layout.LINE * (i + 1) - 4),
                    "font-weight", i < nameLines ? "bold" : null);
        }
        svg.close("text");
    }

    /** A path through the points: straight through a waypoint's rank, curved between ranks. */
    private static String path(List<Layout.Point> points) {
        StringBuilder d = new StringBuilder("M").append(points.get(0).x()).append(',').append(points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            Layout.Point p = points.get(i - 1);
            Layout.Point q = points.get(i);
            if (p.x() == q.x()) {
                d.append(" L").append(q.x()).append(',').append(q.y());
            } else {
                int mid = (q.y() - p.y()) / 2;
                d.append(" C").append(p.x()).append(',').append(p.y() + mid).append(' ').append(q.x()).append(',')
                        .append(q.y() - mid).append(' ').append(q.x()).append(',').append(q.y());
            }
        }
        return d.toString();
    }
}
