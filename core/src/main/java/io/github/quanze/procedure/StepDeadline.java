package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.TimeLimit;
import java.util.Objects;

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

    /**
     * Creates a step deadline.
     *
     * @param limit  the time limit, with its provisions, not null
     * @param from  the step whose day starts the count (or ends it, for a backward limit), not null
     */
    public StepDeadline {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(from, "from");
    }

    /**
     * Describes the limit with the step it counts from: 自立案起90日 / within 90 days of case filing; counted back,
     * 听证7个工作日前 / 7 working days before hearing.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        return ProcedureMessages.describe(this);
    }
}
