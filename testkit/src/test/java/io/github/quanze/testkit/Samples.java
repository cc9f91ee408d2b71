package io.github.quanze.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * Draws values as a property run does, from a fixed seed, so that a test of a generator's spread gives the same
 * values on every run.
 */
public final class Samples {

    private Samples() {}

    public static <T> List<T> draw(Arbitrary<T> arbitrary, int count, long seed) {
        Random random = new Random(seed);
        RandomGenerator<T> generator = arbitrary.generator(1000);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(generator.next(random).value());
        }
        return values;
    }
}
