package io.github.quanze.rule;

/**
 * Reads every column of a compiled table in one call (融合读取器), each at its own call site: the combination of atoms
 * the facts fall in, for the decision cache, and the rows they match, for deciding without it. An implementation is
 * a hidden class defined from {@link FusedTemplate} for one table.
 */
interface FusedReader {

    /**
     * Reads the facts and returns the number of their combination of atoms, the last column varying fastest.
     *
     * @throws IllegalArgumentException if a column reads null or a value it cannot hold
     */
    int point(Object facts);

    /**
     * Reads the facts and writes the rows whose cells all match them, as bitset words.
     *
     * @throws IllegalArgumentException if a column reads null or a value it cannot hold
     */
    void match(Object facts, long[] words);
}
