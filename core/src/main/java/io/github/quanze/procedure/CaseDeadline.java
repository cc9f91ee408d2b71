package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.Deadline;
import io.github.quanze.timelimit.DeadlineStatus;
import java.util.Objects;

/**
 * A step's deadline in a case (环节期限) with its status on the day of the replay.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param step  the step that must be performed by the deadline, not null
 * @param deadline  the deadline as counted, with its adjustments, not null
 * @param status  its status on the day of the replay, not null
 */
public record CaseDeadline(StepKind step, Deadline deadline, DeadlineStatus status) {

    /** Creates a case deadline. */
    public CaseDeadline {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Describes the deadline in one line: 决定：2026-11-30届满，剩余5日.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        return BilingualText.of(step.label().zh() + "：" + deadline.due() + "届满，" + status.describe().zh(),
                step.label().en() + ": due " + deadline.due() + ", " + status.describe().en());
    }
}
