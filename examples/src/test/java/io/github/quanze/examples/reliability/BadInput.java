package io.github.quanze.examples.reliability;

import java.util.List;
import java.util.function.Supplier;

/**
 * One row of the bad-input catalogue: a call that must be refused, the exception it must be refused with, the words
 * its message must contain (the field, a prefix of the value, the rule), and what must be as it was afterwards.
 *
 * @param id  the row's stable id, family and number
 * @param family  the entry-point family the call belongs to
 * @param description  what is wrong with the input
 * @param trial  prepares the inputs afresh and returns the call with its "nothing changed" check
 * @param type  the exception the call must throw, exactly
 * @param words  the words its message must contain
 * @param pending  why the row is not asserted yet (the behaviour it expects is being changed), or null
 */
record BadInput(String id, String family, String description, Supplier<Trial> trial,
        Class<? extends Throwable> type, List<String> words, String pending) {

    @Override
    public String toString() {
        return id + " " + description + (pending == null ? "" : " (pending)");
    }

    /** The call on prepared inputs, and the check that it left them as they were. */
    interface Trial {
        /** Performs the call that must be refused. */
        void call() throws Throwable;

        /** Asserts that the refused call changed nothing: inputs, builders and files are as before. */
        void assertUnchanged();
    }

    /** A call that throws a checked exception or none. */
    @FunctionalInterface
    interface Call {
        void run() throws Throwable;
    }

    /** A call on a prepared value. */
    @FunctionalInterface
    interface CallOn<V> {
        void run(V value) throws Throwable;
    }
}
