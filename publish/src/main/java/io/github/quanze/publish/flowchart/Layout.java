package io.github.quanze.publish.flowchart;

import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The layered drawing of a procedure (流程图布局), computed in the Sugiyama manner.
 * <ol>
 * <li>Layers: a step's layer is the longest path to it from the first step, so every edge goes to a later layer.
 * A layer with more boxes than fit across a printed page is split into consecutive ranks (rows), which keeps
 * that rule, since no edge joins two steps of one layer.</li>
 * <li>An edge that spans several ranks passes through a waypoint in each rank between, which holds its place in
 * the row, so that no box sits on an edge.</li>
 * <li>Order within a rank: the procedure's order first, then barycentre sweeps down and up, each item moved to
 * the mean position of its neighbours in the rank above (or below), ties kept in their order; the ordering with the
 * fewest crossings found is kept. Everything is deterministic: the same procedure gives the same layout.</li>
 * <li>Coordinates: each rank is packed left to right and centred; ranks are stacked top to bottom.</li>
 * </ol>
 */
final class Layout {

    /** The font size, in the drawing's units (px at its natural size). */
    static final int FONT = 13;
    /** The height of a line of text. */
    static final int LINE = 17;
    /** The padding inside a box. */
    static final int PAD = 8;
    /** The width of a box: twelve ems, room for eleven Chinese characters a line. */
    static final int BOX_WIDTH = 12 * FONT;
    /** The gap between two boxes of a rank. */
    static final int GAP = 20;
    /** The width a waypoint of a long edge takes in its rank, with its gaps. */
    static final int WAYPOINT = 12;
    /** The gap between two ranks, where the edges run. */
    static final int RANK_GAP = 44;
    /** The margin around the drawing. */
    static final int MARGIN = 10;
    /**
     * The printed width the drawing must fit with its text at least 11 px: an A4 page (210 mm) less margins of 15 mm
     * on each side, 180 mm, at 96 px to the inch.
     */
    static final int PRINT_WIDTH = 680;
    /** The most boxes a rank holds: as many as fit in the width at which the font prints at 11 px. */
    static final int BOXES_PER_RANK = (PRINT_WIDTH * FONT / 11 - 2 * MARGIN + GAP - 6 * WAYPOINT) / (BOX_WIDTH + GAP);
    /** The widest drawing whose font, scaled to the printed width, is still 11 px. */
    static final int MAX_WIDTH = PRINT_WIDTH * FONT / 11;

    private static final int SWEEPS = 8;

    /** A box: one step, with its lines in each language and its place. */
    record Box(Step step, int layer, int rank, List<String> zh, List<String> en, int x, int y, int width, int height) {
        int bottom() {
            return y + height;
        }

        int centre() {
            return x + width / 2;
        }
    }

    /** A point of an edge's path. */
    record Point(int x, int y) {}

    /** An edge from a step to one that comes after it, through the points its path passes. */
    record Edge(StepKind from, StepKind to, List<Point> points) {}

    private final List<Box> boxes;
    private final List<Edge> edges;
    private final int width;
    private final int height;
    private final int widestRank;

    private Layout(List<Box> boxes, List<Edge> edges, int width, int height, int widestRank) {
        this.boxes = List.copyOf(boxes);
        this.edges = List.copyOf(edges);
        this.width = width;
        this.height = height;
        this.widestRank = widestRank;
    }

    /** The widest rank (row), the one that sets the drawing's width. */
    int widestRank() {
        return widestRank;
    }

    List<Box> boxes() {
        return boxes;
    }

    List<Edge> edges() {
        return edges;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** An item of a rank: a step's box, or the waypoint of a long edge. */
    private static final class Item {
        final Step step;          // null for a waypoint
        final List<Item> up = new ArrayList<>();
        final List<Item> down = new ArrayList<>();
        int rank;
        int order;
        double barycentre;
        int x;
        int width;

        Item(Step step, int rank) {
            this.step = step;
            this.rank = rank;
        }
    }

    static Layout of(Procedure procedure) {
        Map<StepKind, Integer> layers = layers(procedure);
        Map<StepKind, Integer> ranks = new EnumMap<>(StepKind.class);
        int rankCount = 0;
        int maxLayer = layers.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int layer = 0; layer <= maxLayer; layer++) {
            int inLayer = 0;
            for (Step step : procedure.steps()) {
                if (layers.get(step.kind()) == layer) {
                    ranks.put(step.kind(), rankCount + inLayer / BOXES_PER_RANK);
                    inLayer++;
                }
            }
            rankCount += (inLayer + BOXES_PER_RANK - 1) / BOXES_PER_RANK;
        }

        List<List<Item>> rows = new ArrayList<>();
        for (int r = 0; r < rankCount; r++) {
            rows.add(new ArrayList<>());
        }
        Map<StepKind, Item> items = new EnumMap<>(StepKind.class);
        for (Step step : procedure.steps()) {
            Item item = new Item(step, ranks.get(step.kind()));
            item.width = BOX_WIDTH;
            items.put(step.kind(), item);
            rows.get(item.rank).add(item);
        }
        Map<StepKind, Map<StepKind, List<Item>>> chains = new EnumMap<>(StepKind.class);
        for (Step step : procedure.steps()) {
            for (StepKind before : step.after()) {
                Item from = items.get(before);
                Item to = items.get(step.kind());
                List<Item> chain = new ArrayList<>();
                Item previous = from;
                for (int r = from.rank + 1; r < to.rank; r++) {
                    Item waypoint = new Item(null, r);
                    waypoint.width = 0;
                    rows.get(r).add(waypoint);
                    link(previous, waypoint);
                    chain.add(waypoint);
                    previous = waypoint;
                }
                link(previous, to);
                chains.computeIfAbsent(before, k -> new EnumMap<>(StepKind.class)).put(step.kind(), chain);
            }
        }
        order(rows);
        return place(procedure, layers, rows, items, chains);
    }

    private static void link(Item upper, Item lower) {
        upper.down.add(lower);
        lower.up.add(upper);
    }

    /** A step's layer: the longest path to it from the first step. */
    static Map<StepKind, Integer> layers(Procedure procedure) {
        Map<StepKind, Integer> layers = new EnumMap<>(StepKind.class);
        for (Step step : procedure.steps()) {
            layer(procedure, step.kind(), layers);
        }
        return layers;
    }

    private static int layer(Procedure procedure, StepKind kind, Map<StepKind, Integer> layers) {
        Integer known = layers.get(kind);
        if (known != null) {
            return known;
        }
        int layer = 0;
        for (StepKind before : procedure.step(kind).orElseThrow().after()) {
            layer = Math.max(layer, layer(procedure, before, layers) + 1);
        }
        layers.put(kind, layer);
        return layer;
    }

    /** Orders each rank by barycentre sweeps, keeping the ordering with the fewest crossings. */
    private static void order(List<List<Item>> rows) {
        number(rows);
        List<List<Item>> best = copy(rows);
        int fewest = crossings(rows);
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int i = 1; i < rows.size(); i++) {
                List<Item> row = rows.get(down ? i : rows.size() - 1 - i);
                for (Item item : row) {
                    List<Item> neighbours = down ? item.up : item.down;
                    item.barycentre = neighbours.isEmpty() ? item.order
                            : neighbours.stream().mapToInt(n -> n.order).average().orElse(item.order);
                }
                row.sort(Comparator.comparingDouble(item -> item.barycentre));
                for (int k = 0; k < row.size(); k++) {
                    row.get(k).order = k;
                }
            }
            int now = crossings(rows);
            if (now < fewest) {
                fewest = now;
                best = copy(rows);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            rows.set(r, best.get(r));
        }
        number(rows);
    }

    private static void number(List<List<Item>> rows) {
        for (List<Item> row : rows) {
            for (int k = 0; k < row.size(); k++) {
                row.get(k).order = k;
            }
        }
    }

    private static List<List<Item>> copy(List<List<Item>> rows) {
        List<List<Item>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new ArrayList<>(row)));
        return copy;
    }

    /** Counts the pairs of edges between adjacent ranks that cross. */
    static int crossings(List<List<Item>> rows) {
        int crossings = 0;
        for (List<Item> row : rows) {
            List<int[]> segments = new ArrayList<>();
            for (Item item : row) {
                for (Item lower : item.down) {
                    segments.add(new int[] {item.order, lower.order});
                }
            }
            for (int a = 0; a < segments.size(); a++) {
                for (int b = a + 1; b < segments.size(); b++) {
                    int[] s = segments.get(a);
                    int[] t = segments.get(b);
                    if ((long) (s[0] - t[0]) * (s[1] - t[1]) < 0) {
                        crossings++;
                    }
                }
            }
        }
        return crossings;
    }

    private static Layout place(Procedure procedure, Map<StepKind, Integer> layers, List<List<Item>> rows,
            Map<StepKind, Item> items, Map<StepKind, Map<StepKind, List<Item>>> chains) {
        double ems = (BOX_WIDTH - 2.0 * PAD) / FONT;
        Map<StepKind, List<String>> zh = new EnumMap<>(StepKind.class);
        Map<StepKind, List<String>> en = new EnumMap<>(StepKind.class);
        Map<StepKind, Integer> heights = new EnumMap<>(StepKind.class);
        for (Step step : procedure.steps()) {
            List<String> zhLines = new ArrayList<>();
            List<String> enLines = new ArrayList<>();
            for (BilingualText line : StepLabel.lines(step)) {
                zhLines.addAll(TextWrap.wrap(line.zh(), ems));
                enLines.addAll(TextWrap.wrap(line.en(), ems));
            }
            zh.put(step.kind(), zhLines);
            en.put(step.kind(), enLines);
            heights.put(step.kind(), 2 * PAD + LINE * Math.max(zhLines.size(), enLines.size()));
        }
        int[] rowWidths = new int[rows.size()];
        int widest = 0;
        int widestRank = 0;
        for (int r = 0; r < rows.size(); r++) {
            int x = 0;
            Item previous = null;
            for (Item item : rows.get(r)) {
                if (previous != null) {
                    x += previous.step != null && item.step != null ? GAP : WAYPOINT / 2;
                }
                item.x = x;
                x += item.width;
                previous = item;
            }
            rowWidths[r] = x;
            if (x > widest) {
                widest = x;
                widestRank = r;
            }
        }
        int[] tops = new int[rows.size()];
        int[] rowHeights = new int[rows.size()];
        int y = MARGIN;
        for (int r = 0; r < rows.size(); r++) {
            int shift = MARGIN + (widest - rowWidths[r]) / 2;
            int tallest = 0;
            for (Item item : rows.get(r)) {
                item.x += shift;
                if (item.step != null) {
                    tallest = Math.max(tallest, heights.get(item.step.kind()));
                }
            }
            tops[r] = y;
            rowHeights[r] = tallest;
            y += tallest + RANK_GAP;
        }
        List<Box> boxes = new ArrayList<>();
        for (Step step : procedure.steps()) {
            Item item = items.get(step.kind());
            int h = heights.get(step.kind());
            boxes.add(new Box(step, layers.get(step.kind()), item.rank, zh.get(step.kind()), en.get(step.kind()),
                    item.x, tops[item.rank] + (rowHeights[item.rank] - h) / 2, BOX_WIDTH, h));
        }
        Map<StepKind, Box> byKind = new EnumMap<>(StepKind.class);
        boxes.forEach(b -> byKind.put(b.step().kind(), b));
        List<Edge> edges = new ArrayList<>();
        Map<StepKind, List<Edge>> leaving = new EnumMap<>(StepKind.class);
        Map<StepKind, List<Edge>> entering = new EnumMap<>(StepKind.class);
        for (Step step : procedure.steps()) {
            for (StepKind before : step.after()) {
                List<Point> points = new ArrayList<>();
                points.add(new Point(0, byKind.get(before).bottom()));
                for (Item waypoint : chains.get(before).get(step.kind())) {
                    points.add(new Point(waypoint.x, tops[waypoint.rank]));
                    points.add(new Point(waypoint.x, tops[waypoint.rank] + rowHeights[waypoint.rank]));
                }
                points.add(new Point(0, byKind.get(step.kind()).y()));
                Edge edge = new Edge(before, step.kind(), points);
                edges.add(edge);
                leaving.computeIfAbsent(before, k -> new ArrayList<>()).add(edge);
                entering.computeIfAbsent(step.kind(), k -> new ArrayList<>()).add(edge);
            }
        }
        ports(leaving, byKind, true);
        ports(entering, byKind, false);
        return new Layout(boxes, edges, widest + 2 * MARGIN, y - RANK_GAP + MARGIN, widestRank);
    }

    /**
     * Spreads the ends of a box's edges along its bottom (or top) side, in the order of where the edges go next, so
     * that they neither start from one point nor cross at the box.
     */
    private static void ports(Map<StepKind, List<Edge>> ends, Map<StepKind, Box> boxes, boolean leaving) {
        ends.forEach((kind, edges) -> {
            Box box = boxes.get(kind);
            List<Edge> sorted = new ArrayList<>(edges);
            sorted.sort(Comparator.comparingInt(e -> towards(e, boxes, leaving)));
            for (int i = 0; i < sorted.size(); i++) {
                Edge edge = sorted.get(i);
                int x = box.x() + box.width() * (i + 1) / (sorted.size() + 1);
                int index = leaving ? 0 : edge.points().size() - 1;
                edge.points().set(index, new Point(x, edge.points().get(index).y()));
            }
        });
    }

    /** The x of the point an edge goes to from this end: its next waypoint or the other box's centre. */
    private static int towards(Edge edge, Map<StepKind, Box> boxes, boolean leaving) {
        List<Point> points = edge.points();
        if (points.size() > 2) {
            return points.get(leaving ? 1 : points.size() - 2).x();
        }
        return boxes.get(leaving ? edge.to() : edge.from()).centre();
    }
}
