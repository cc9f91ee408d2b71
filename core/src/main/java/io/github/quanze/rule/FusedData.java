package io.github.quanze.rule;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * What a reader defined from {@link FusedTemplate} holds as class data: for each column the handle that reads its
 * atom, the number of its atoms, and the rows each atom matches, flattened to {@code [atom * words + word]}.
 */
record FusedData(MethodHandle[] atoms, int[] radix, long[][] masks, int words) {

    private static final MethodHandle NONE = MethodHandles.dropArguments(MethodHandles.constant(int.class, 0), 0,
            Object.class);
    private static final long[] NO_MASKS = new long[0];

    /** The data of a template not defined as a hidden class: no column. */
    static final FusedData NONE_READ = new FusedData(new MethodHandle[0], new int[0], new long[0][], 0);

    int columns() {
        return atoms.length;
    }

    /** The reader of a column's atom, or one that reads 0 for a slot the table does not use. */
    MethodHandle atom(int column) {
        return column < atoms.length ? atoms[column] : NONE;
    }

    int radix(int column) {
        return column < radix.length ? radix[column] : 1;
    }

    long[] masks(int column) {
        return column < masks.length ? masks[column] : NO_MASKS;
    }
}
