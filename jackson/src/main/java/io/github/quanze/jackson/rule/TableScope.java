package io.github.quanze.jackson.rule;

/**
 * The table or rule book being read or written on this thread: the fact schema its {@code facts} field named and,
 * while reading, the table under construction. Cells are read by the type of their column and outcomes by the
 * codec of the fact schema, both of which earlier fields give; a codec reads only its own value, so the fields
 * hand them on through this scope. A document's reading or writing opens a new scope, so that one left by a
 * failed read is never used again.
 */
final class TableScope {

    private static final ThreadLocal<TableScope> CURRENT = new ThreadLocal<>();

    /** The schema the {@code facts} field named, null until it is read. */
    FactSchemas.Entry<?, ?> entry;
    /** The table being read, null when writing or before a table starts. */
    TableDraft table;

    private TableScope() {
    }

    /** Opens a new scope on this thread and returns it. */
    static TableScope open() {
        TableScope scope = new TableScope();
        CURRENT.set(scope);
        return scope;
    }

    /** Returns the scope open on this thread, opening one if there is none. */
    static TableScope current() {
        TableScope scope = CURRENT.get();
        return scope == null ? open() : scope;
    }

    /** Closes the scope, if it is still the one open. */
    void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    /** Returns the fact schema, or fails saying which field must come first. */
    FactSchemas.Entry<?, ?> entry(String what) {
        if (entry == null) {
            throw new IllegalArgumentException("the field facts must come before " + what);
        }
        return entry;
    }
}
