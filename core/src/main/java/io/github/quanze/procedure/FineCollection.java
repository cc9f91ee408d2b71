package io.github.quanze.procedure;

import io.github.quanze.internal.Amounts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fine collected on the spot (当场收缴罚款): how much, and on which ground of 行政处罚法 Art 68 or 69.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param yuan  the amount collected, in yuan, positive, not null
 * @param ground  the ground relied on, not null
 */
public record FineCollection(BigDecimal yuan, CollectionGround ground) implements StepContent {

    /**
     * Creates the content of a collection.
     *
     * @param yuan  the amount collected, in yuan, positive, not null
     * @param ground  the ground relied on, not null
     * @throws IllegalArgumentException if the amount is not a positive amount of whole fen
     */
    public FineCollection {
        yuan = Amounts.yuan("Fine collection: amount", yuan);
        if (yuan.signum() == 0) {
            throw new IllegalArgumentException("Fine collection: amount must be more than 0 yuan");
        }
        Objects.requireNonNull(ground, "ground");
    }
}
