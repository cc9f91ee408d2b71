package io.github.quanze.procedure;

import java.util.Objects;
import io.github.quanze.timelimit.TimeLimit;

/**
 * The time limit of a step (环节时限): a {@link TimeLimit} counted from the day another step was performed, or, for a
 * limit counted back ("听证的七日前"), back from it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param limit  the time limit, with its provisions, not null
 * @param from  the step whose day starts the count (or ends it, for a backward limit), not null
 */
public record StepDeadline(TimeLimit limit, StepKind from) {

    /** Creates a step deadline. */
    public StepDeadline {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(from, "from");
    }
}
