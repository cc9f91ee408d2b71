package io.github.quanze.jackson.rule;

import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.Output;

/**
 * The table or rule book being read or written: the fact schema its {@code facts} field named and, while reading,
 * the table under construction. Cells are read by the type of their column and outcomes by the codec of the fact
 * schema, both of which earlier fields give; a codec reads only its own value, so the fields hand them on through
 * this scope. It is the state of one {@link Input} or {@link Output}, so it lives as long as one reading or writing
 * and is never seen by another; a table or rule book read as a document starts it afresh.
 */
final class TableScope {

    /** The schema the {@code facts} field named, null until it is read. */
    FactSchemas.Entry<?, ?> entry;
    /** The table being read, null when writing or before a table starts. */
    TableDraft table;

    /** Returns the scope of an input. */
    static TableScope of(Input in) {
        return in.state(TableScope.class, TableScope::new);
    }

    /** Returns the scope of an output. */
    static TableScope of(Output out) {
        return out.state(TableScope.class, TableScope::new);
    }

    /** Starts the scope of an input afresh, for a table or rule book read as a document, and returns it. */
    static TableScope start(Input in) {
        TableScope scope = of(in);
        scope.entry = null;
        scope.table = null;
        return scope;
    }

    /** Returns the fact schema, or fails saying which field must come first. */
    FactSchemas.Entry<?, ?> entry(String what) {
        if (entry == null) {
            throw new IllegalArgumentException("the field facts must come before " + what);
        }
        return entry;
    }
}
