package io.github.quanze.testkit;

import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;

/**
 * Shrinks a falsifying value as a property run does: draws values until one fails the check, then takes the first
 * smaller candidate that still fails, until none does.
 */
public final class Shrinking {

    private Shrinking() {}

    public static <T> T shrink(Arbitrary<T> arbitrary, Predicate<T> fails, long seed) {
        Random random = new Random(seed);
        Shrinkable<T> current = null;
        for (int i = 0; i < 1000 && current == null; i++) {
            Shrinkable<T> drawn = arbitrary.generator(1000).next(random);
            if (fails.test(drawn.value())) {
                current = drawn;
            }
        }
        if (current == null) {
            throw new AssertionError("No value of " + arbitrary + " fails the check");
        }
        for (int step = 0; step < 10_000; step++) {
            Optional<Shrinkable<T>> smaller = current.shrink().limit(2000).filter(s -> fails.test(s.value()))
                    .findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            current = smaller.get();
        }
        return current.value();
    }
}
