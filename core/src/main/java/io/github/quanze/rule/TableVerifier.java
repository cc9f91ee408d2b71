package io.github.quanze.rule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Static verification of a decision table over its value ranges: each column's values are grouped into the ranges
 * its cells distinguish, so that a row is a box and the input space a finite grid of boxes.
 */
final class TableVerifier<F, O> {

    /** The proportionality check enumerates every point of the grid; beyond this it refuses. */
    static final int MAX_POINTS = 1_000_000;

    private final DecisionTable<F, O> table;
    private final TableIndex index;
    private final int columns;
    private final BitSet[][] rowBoxes;

    TableVerifier(DecisionTable<F, O> table) {
        this.table = table;
        this.index = table.index();
        this.columns = table.columns().size();
        this.rowBoxes = new BitSet[table.rows().size()][columns];
        for (int r = 0; r < rowBoxes.length; r++) {
            for (int c = 0; c < columns; c++) {
                BitSet atoms = new BitSet();
                for (int a = 0; a < index.radix[c]; a++) {
                    if (index.rowMatchesAtom(r, c, a)) {
                        atoms.set(a);
                    }
                }
                rowBoxes[r][c] = atoms;
            }
        }
    }

    TableVerification<O> verify() {
        Resolver<O> resolver = table.resolver();
        List<TableVerification.Overlap> overlaps = new ArrayList<>();
        List<RuleId> shadowed = new ArrayList<>();
        if (resolver.policy() == HitPolicy.UNIQUE) {
            overlaps = overlaps(resolver);
        }
        if (resolver.policy() == HitPolicy.FIRST) {
            shadowed = shadowed(resolver);
        }
        DecisionWording<? super O> wording = resolver.wording();
        return new TableVerification<O>(table.name(), gaps(), overlaps, shadowed, emptyRows(resolver),
                disproportions(resolver), wording::outcome);
    }

    /** Rows with a cell that admits no value of its column: they match no input, whatever the hit policy. */
    private List<RuleId> emptyRows(Resolver<O> resolver) {
        List<RuleId> empty = new ArrayList<>();
        for (int r = 0; r < rowBoxes.length; r++) {
            for (BitSet column : rowBoxes[r]) {
                if (column.isEmpty()) {
                    empty.add(resolver.ref(r).id());
                    break;
                }
            }
        }
        return empty;
    }

    private List<InputPattern> gaps() {
        List<BitSet[]> remaining = new ArrayList<>();
        remaining.add(universe());
        for (BitSet[] row : rowBoxes) {
            List<BitSet[]> next = new ArrayList<>();
            for (BitSet[] box : remaining) {
                next.addAll(subtract(box, row));
            }
            remaining = next;
        }
        merge(remaining);
        List<InputPattern> gaps = new ArrayList<>();
        remaining.forEach(box -> gaps.add(pattern(box)));
        return gaps;
    }

    private List<TableVerification.Overlap> overlaps(Resolver<O> resolver) {
        List<TableVerification.Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < rowBoxes.length; i++) {
            for (int j = i + 1; j < rowBoxes.length; j++) {
                if (resolver.overrides(i, j) || resolver.overrides(j, i)) {
                    continue;
                }
                BitSet[] common = intersect(rowBoxes[i], rowBoxes[j]);
                if (common != null) {
                    overlaps.add(new TableVerification.Overlap(resolver.ref(i).id(), resolver.ref(j).id(),
                            pattern(common)));
                }
            }
        }
        return overlaps;
    }

    private List<RuleId> shadowed(Resolver<O> resolver) {
        List<RuleId> shadowed = new ArrayList<>();
        for (int j = 0; j < rowBoxes.length; j++) {
            List<BitSet[]> rest = new ArrayList<>();
            rest.add(rowBoxes[j]);
            for (int i = 0; i < j && !rest.isEmpty(); i++) {
                if (resolver.overrides(j, i)) {
                    continue;
                }
                List<BitSet[]> next = new ArrayList<>();
                for (BitSet[] box : rest) {
                    next.addAll(subtract(box, rowBoxes[i]));
                }
                rest = next;
            }
            if (rest.isEmpty()) {
                shadowed.add(resolver.ref(j).id());
            }
        }
        return shadowed;
    }

    private List<TableVerification.Disproportion<O>> disproportions(Resolver<O> resolver) {
        Comparator<? super O> order = resolver.order();
        List<TableVerification.Disproportion<O>> found = new ArrayList<>();
        boolean ordered = table.columns().stream().anyMatch(c -> c.direction() != Column.Direction.NONE);
        if (order == null || !ordered) {
            return found;
        }
        int[] sizes = new int[columns];
        long total = 1;
        for (int c = 0; c < columns; c++) {
            sizes[c] = index.radix[c];
            total *= sizes[c];
            if (total > MAX_POINTS) {
                throw new IllegalStateException(String.format("Table '%s' has more than %s input points to check "
                        + "for proportionality; split it or narrow its integer ranges", table.name(), MAX_POINTS));
            }
        }
        List<Optional<O>> outcomes = new ArrayList<>((int) total);
        int[] point = new int[columns];
        for (int p = 0; p < total; p++) {
            decode(p, sizes, point);
            Optional<O> outcome;
            try {
                outcome = table.decideAt(point).outcome();
            } catch (IllegalStateException overlap) {
                outcome = Optional.empty();
            }
            outcomes.add(outcome);
        }
        for (int p = 0; p < total; p++) {
            decode(p, sizes, point);
            int stride = 1;
            for (int c = columns - 1; c >= 0; c--) {
                Column.Direction direction = table.columns().get(c).direction();
                if (direction != Column.Direction.NONE && point[c] + 1 < sizes[c]) {
                    int q = p + stride;
                    int lesser = direction == Column.Direction.GREATER ? p : q;
                    int graver = direction == Column.Direction.GREATER ? q : p;
                    Optional<O> light = outcomes.get(lesser);
                    Optional<O> heavy = outcomes.get(graver);
                    if (light.isPresent() && heavy.isPresent() && order.compare(heavy.get(), light.get()) < 0) {
                        found.add(new TableVerification.Disproportion<>(table.columns().get(c).name(),
                                pointPattern(lesser, sizes), pointPattern(graver, sizes), light.get(), heavy.get()));
                    }
                }
                stride *= sizes[c];
            }
        }
        return found;
    }

    /** Decodes a point number into one value index per column, the last column varying fastest. */
    private void decode(int p, int[] sizes, int[] point) {
        for (int c = columns - 1; c >= 0; c--) {
            point[c] = p % sizes[c];
            p /= sizes[c];
        }
    }

    private InputPattern pointPattern(int p, int[] sizes) {
        int[] point = new int[columns];
        decode(p, sizes, point);
        BitSet[] box = new BitSet[columns];
        for (int c = 0; c < columns; c++) {
            box[c] = new BitSet();
            box[c].set(point[c]);
        }
        return pattern(box);
    }

    private BitSet[] universe() {
        BitSet[] box = new BitSet[columns];
        for (int c = 0; c < columns; c++) {
            box[c] = new BitSet();
            box[c].set(0, index.radix[c]);
        }
        return box;
    }

    /** Returns {@code a} minus {@code b} as disjoint boxes. */
    private List<BitSet[]> subtract(BitSet[] a, BitSet[] b) {
        if (intersect(a, b) == null) {
            return List.<BitSet[]>of(a);
        }
        List<BitSet[]> pieces = new ArrayList<>();
        BitSet[] rest = copy(a);
        for (int c = 0; c < columns; c++) {
            BitSet outside = (BitSet) rest[c].clone();
            outside.andNot(b[c]);
            if (!outside.isEmpty()) {
                BitSet[] piece = copy(rest);
                piece[c] = outside;
                pieces.add(piece);
            }
            rest[c].and(b[c]);
        }
        return pieces;
    }

    private BitSet[] intersect(BitSet[] a, BitSet[] b) {
        BitSet[] common = new BitSet[columns];
        for (int c = 0; c < columns; c++) {
            common[c] = (BitSet) a[c].clone();
            common[c].and(b[c]);
            if (common[c].isEmpty()) {
                return null;
            }
        }
        return common;
    }

    /** Merges boxes that differ in one column only, until none do. */
    private void merge(List<BitSet[]> boxes) {
        boolean merged = true;
        while (merged) {
            merged = false;
            search:
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    int differing = -1;
                    for (int c = 0; c < columns; c++) {
                        if (!boxes.get(i)[c].equals(boxes.get(j)[c])) {
                            if (differing >= 0) {
                                differing = -2;
                                break;
                            }
                            differing = c;
                        }
                    }
                    if (differing >= 0) {
                        boxes.get(i)[differing].or(boxes.get(j)[differing]);
                        boxes.remove(j);
                        merged = true;
                        break search;
                    }
                }
            }
        }
    }

    private BitSet[] copy(BitSet[] box) {
        BitSet[] copy = new BitSet[columns];
        for (int c = 0; c < columns; c++) {
            copy[c] = (BitSet) box[c].clone();
        }
        return copy;
    }

    private InputPattern pattern(BitSet[] box) {
        List<String> names = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add(table.columns().get(c).name());
            cells.add(describe(c, box[c]));
        }
        return new InputPattern(names, cells);
    }

    private String describe(int c, BitSet atoms) {
        if (atoms.cardinality() == index.radix[c]) {
            return "-";
        }
        Column column = table.columns().get(c);
        List<String> parts = new ArrayList<>();
        if (!column.isRange()) {
            atoms.stream().forEach(a -> parts.add(String.valueOf(column.values().get(a))));
            return parts.size() == 1 ? parts.get(0) : "{" + String.join(", ", parts) + "}";
        }
        int a = atoms.nextSetBit(0);
        while (a >= 0) {
            int end = atoms.nextClearBit(a) - 1;
            long low = index.rangeOf(c, a, column.max())[0];
            long high = index.rangeOf(c, end, column.max())[1];
            parts.add(low == high ? String.valueOf(low) : "[" + low + ", " + high + "]");
            a = atoms.nextSetBit(end + 1);
        }
        return String.join(" or ", parts);
    }
}
