package io.github.quanze.benchmarks;

import io.github.quanze.sanction.Sanction;
import java.util.List;
import java.util.Optional;

/**
 * A peer's decision with the rules it fired, for the checks against the table's trace.
 *
 * @param sanction  the combined sanction of the rules fired, empty if none fired
 * @param fired  the rows of the table whose rules fired, in firing order
 */
public record TracedDecision(Optional<Sanction> sanction, List<String> fired) {

    /** Copies the rules fired. */
    public TracedDecision {
        fired = List.copyOf(fired);
    }
}
