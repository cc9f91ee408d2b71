package io.github.quanze.rule;

import java.util.List;
import java.util.TreeSet;

/**
 * The compiled index of a table specification (决策表索引): each column's values grouped into the value ranges its
 * cells tell apart ("atoms": an enum constant, a boolean, a declared string, or an interval of numbers), and for each
 * column and atom, the rows whose cell there matches, as bitset words. Deciding is then one AND per column, whatever
 * the number of rows. The index depends on the specification only, not on how the facts are read.
 */
final class TableIndex {

    /**
     * The most input combinations whose decisions a table keeps: 262,144, a table of about 1 MB of references at
     * most, enough for the national officer table's 147,456 combinations.
     */
    static final int MEMO_LIMIT = 1 << 18;

    final int columns;
    final int rows;
    final int words;
    /** For each range column, the first value of each atom, ascending; null for the other columns. */
    final long[][] starts;
    /** [column][atom][word]: the rows whose cell in that column matches that atom. */
    final long[][][] masks;
    /** The number of atoms of each column. */
    final int[] radix;
    /** The number of combinations of atoms, or {@code MEMO_LIMIT + 1} if there are more. */
    final int points;

    TableIndex(TableSpec<?> spec) {
        List<Column> cols = spec.columns();
        List<? extends Row<?>> rowList = spec.rows();
        this.columns = cols.size();
        this.rows = rowList.size();
        this.words = Math.max(1, (rows + 63) >>> 6);
        this.starts = new long[columns][];
        this.masks = new long[columns][][];
        this.radix = new int[columns];
        long product = 1;
        for (int c = 0; c < columns; c++) {
            Column column = cols.get(c);
            if (column.isRange()) {
                TreeSet<Long> bounds = new TreeSet<>(List.of(column.min()));
                for (Row<?> row : rowList) {
                    Cell cell = row.cell(column.name());
                    if (cell.kind() == Cell.Kind.RANGE) {
                        if (!cell.openLow()) {
                            bounds.add(cell.low());
                        }
                        if (!cell.openHigh() && cell.high() < column.max()) {
                            bounds.add(cell.high() + 1);
                        }
                    }
                }
                starts[c] = bounds.stream().mapToLong(Long::longValue).toArray();
                radix[c] = starts[c].length;
            } else {
                radix[c] = column.values().size();
            }
            masks[c] = new long[radix[c]][words];
            for (int a = 0; a < radix[c]; a++) {
                Object value = column.isRange() ? (Object) starts[c][a] : column.values().get(a);
                for (int r = 0; r < rows; r++) {
                    if (rowList.get(r).cell(column.name()).matches(value)) {
                        masks[c][a][r >>> 6] |= 1L << r;
                    }
                }
            }
            product = Math.min(product * radix[c], MEMO_LIMIT + 1L);
        }
        this.points = (int) product;
    }

    /** Returns the atom of a number of a range column, given the first value of each of its atoms. */
    static int atomOf(long[] s, long value) {
        int low = 0;
        int high = s.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (s[mid] <= value) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Returns the numbers of an atom of a range column: [first, last]. */
    long[] rangeOf(int column, int atom, long max) {
        long[] s = starts[column];
        return new long[] {s[atom], atom + 1 < s.length ? s[atom + 1] - 1 : max};
    }

    boolean rowMatchesAtom(int row, int column, int atom) {
        return (masks[column][atom][row >>> 6] & 1L << row) != 0;
    }

    /** ANDs the masks of one atom per column into the rows that match them all. */
    long[] match(int[] atoms) {
        long[] match = masks[0][atoms[0]].clone();
        for (int c = 1; c < columns; c++) {
            long[] mask = masks[c][atoms[c]];
            for (int w = 0; w < words; w++) {
                match[w] &= mask[w];
            }
        }
        return match;
    }
}
