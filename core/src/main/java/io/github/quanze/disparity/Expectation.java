package io.github.quanze.disparity;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.TierLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * What the discretion standard gives for the facts of a case (基准应有的裁量): the level of the tier its
 * circumstances fall in and, where the tier sets a fine, the concrete fine range for the case. The caller works it
 * out from the standard in force (and the statute) for the decided case; the analysis compares the decision with it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param level  the level the standard gives, not null
 * @param bounds  the fine range it gives for the case, empty where it sets no fine or the caller does not know it,
 *        not null
 */
public record Expectation(TierLevel level, Optional<FineBounds> bounds) {

    /**
     * Creates an expectation.
     *
     * @param level  the level the standard gives, not null
     * @param bounds  the fine range it gives for the case, empty where it sets no fine or the caller does not know it,
     *         not null
     * @throws IllegalArgumentException if the level is {@link TierLevel#NO_PENALTY} and a fine range is given: a
     *         case not to be penalised has no fine to expect
     */
    public Expectation {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(bounds, "bounds");
        checkArgument(level != TierLevel.NO_PENALTY || bounds.isEmpty(), "Expectation: level NO_PENALTY (不予处罚) "
                + "cannot have fine bounds, but was given %s", bounds.map(b -> b.min() + "-" + b.max()).orElse(""));
    }

    /**
     * Obtains the expectation of a level with no fine range.
     *
     * @param level  the level the standard gives, not null
     * @return the expectation, not null
     */
    public static Expectation of(TierLevel level) {
        return new Expectation(level, Optional.empty());
    }

    /**
     * Obtains the expectation of a level with its fine range for the case.
     *
     * @param level  the level the standard gives, not {@link TierLevel#NO_PENALTY}, not null
     * @param bounds  the fine range for the case, not null
     * @return the expectation, not null
     * @throws IllegalArgumentException if the level is {@link TierLevel#NO_PENALTY}
     */
    public static Expectation of(TierLevel level, FineBounds bounds) {
        return new Expectation(level, Optional.of(Objects.requireNonNull(bounds, "bounds")));
    }
}
