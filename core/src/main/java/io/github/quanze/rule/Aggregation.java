package io.github.quanze.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link HitPolicy#COLLECT} table or rule set combines the outcomes of every applicable rule into one (结果合并).
 * <p>
 * For sanctions, for example: the heaviest governmental sanction plus every accessory measure. Implementations must
 * be pure and must not depend on the order of their input beyond what they document; a table may combine the
 * outcomes of one set of rows once and reuse the result.
 *
 * @param <O>  the type of the outcome
 */
@FunctionalInterface
public interface Aggregation<O> {

    /**
     * Combines outcomes.
     *
     * @param outcomes  the outcomes of the applicable rules, in declared order, at least one, not null
     * @return the combined outcome, not null
     */
    O combine(List<O> outcomes);

    /**
     * Obtains the aggregation that keeps the heaviest outcome, the first of equals. Two such aggregations of equal
     * orders are equal.
     *
     * @param <O>  the type of the outcome
     * @param order  the order on outcomes, heavier is greater, not null
     * @return the aggregation, not null
     */
    static <O> Aggregation<O> heaviest(Comparator<? super O> order) {
        return new Heaviest<>(Objects.requireNonNull(order, "order"));
    }
}

/** Keeps the heaviest outcome, the first of equals. */
record Heaviest<O>(Comparator<? super O> order) implements Aggregation<O> {

    @Override
    public O combine(List<O> outcomes) {
        O heaviest = outcomes.get(0);
        for (O outcome : outcomes) {
            if (order.compare(outcome, heaviest) > 0) {
                heaviest = outcome;
            }
        }
        return heaviest;
    }

    @Override
    public String toString() {
        return "heaviest";
    }
}
