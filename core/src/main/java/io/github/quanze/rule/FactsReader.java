package io.github.quanze.rule;

/**
 * Reads every input column of a decision table from the facts in one call (一次读取全部输入列), the path
 * {@link DecisionTable#decide} takes instead of calling each column's own reader when the table has one.
 * <p>
 * A reader writes, for each column {@code c} in the table's order, exactly what the column's reader gives: an enum
 * constant's ordinal, 1 or 0 for a boolean, the integer itself for an integer column. The table checks each value
 * against its column and rejects one outside it, naming the column. {@link DecisionTable#decideByScan} always uses
 * the columns' readers, so comparing the two on the same facts checks a reader.
 * <p>
 * Why it exists: a table calls one function per column, and with many columns the JVM cannot inline those calls;
 * a reader reads the facts' fields in one place, where it can. Adding an input column to a builder drops its reader,
 * which would not know the new column.
 *
 * @param <F>  the type of the facts
 */
@FunctionalInterface
public interface FactsReader<F> {

    /**
     * Reads the facts.
     *
     * @param facts  the facts, not null
     * @param values  one slot per input column, in the table's column order, to write into
     */
    void read(F facts, int[] values);
}
