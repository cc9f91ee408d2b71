package io.github.quanze.testkit;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A sequence of generated choices (选择序列) that a generator of a consistent world reads in order, where each choice
 * depends on the ones before it.
 * <p>
 * Unlike a {@code java.util.Random} seeded from a generated long, every choice is a generated value of its own, so
 * jqwik shrinks the choices one by one towards zero: the first option of each choice, no repetition, no shuffling.
 * A shrunk counterexample is the smallest world the generator can draw. The choices wrap round when a generator
 * reads more of them than were drawn.
 * <p>
 * An instance is read once by the generator it is given to; it is not thread-safe.
 */
public final class Choices {

    private static final int MAX = 1 << 20;

    private final List<Integer> values;
    private int next;

    private Choices(List<Integer> values) {
        this.values = List.copyOf(values);
    }

    /**
     * Returns an arbitrary of {@code count} choices, each shrinking towards zero.
     *
     * @param count  the number of choices, positive
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public static Arbitrary<Choices> of(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("Choice count must be positive, but was " + count);
        }
        return Arbitraries.integers().between(0, MAX - 1).list().ofSize(count).map(Choices::new);
    }

    /**
     * Returns choices that all take their first option, as a fully shrunk value does.
     *
     * @return the choices, not null
     */
    public static Choices first() {
        return new Choices(List.of(0));
    }

    /**
     * Reads the next choice among {@code bound} options.
     *
     * @param bound  the number of options, positive
     * @return a number from 0 to {@code bound - 1}
     * @throws IllegalArgumentException if {@code bound} is not positive
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("Choice bound must be positive, but was " + bound);
        }
        int value = values.get(next);
        next = (next + 1) % values.size();
        return value % bound;
    }

    /**
     * Reads the next choice between two options.
     *
     * @return false for the first option, true for the second
     */
    public boolean nextBoolean() {
        return nextInt(2) == 1;
    }

    /**
     * Reads the next choice among the given options.
     *
     * @param <T>  the type of the options
     * @param options  the options, not empty, not null
     * @return one of the options, not null
     * @throws IllegalArgumentException if there are no options
     */
    public <T> T pick(List<T> options) {
        Objects.requireNonNull(options, "options");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Cannot pick from no options");
        }
        return options.get(nextInt(options.size()));
    }

    /**
     * Reorders a list by the next choices; choices of zero leave it as it is.
     *
     * @param list  the list to reorder in place, not null
     */
    public void shuffle(List<?> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, i - nextInt(i + 1));
        }
    }

    @Override
    public String toString() {
        return "Choices" + values;
    }
}
