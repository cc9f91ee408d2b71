package io.github.quanze.procedure;

import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
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

    /**
     * Creates a case deadline.
     *
     * @param step  the step that must be performed by the deadline, not null
     * @param deadline  the deadline as counted, with its adjustments, not null
     * @param status  its status on the day of the replay, not null
     */
    public CaseDeadline {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Describes the deadline in one line: 决定：2026-11-30届满，未到期，尚余5日.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        return ProcedureMessages.describe(this);
    }

    /**
     * Returns the stable machine code of the deadline's status, such as {@code PROCEDURE.DEADLINE.OVERDUE}.
     *
     * @return the code, not null
     */
    public String code() {
        return "PROCEDURE.DEADLINE." + status.state().name();
    }

    /**
     * Returns how serious the deadline's status is: an error once missed, a warning when due soon or today,
     * information otherwise.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return status.severity();
    }

    /**
     * Returns the deadline as typed parameters: {@code step}, {@code start}, {@code due}, and the status's
     * {@code state}, {@code days}, {@code workingDays} and, for a deadline met, {@code metOn}.
     *
     * @return the parameters, not null
     */
    public Parameters parameters() {
        return Parameters.builder().put("step", step).put("start", deadline.start()).put("due", deadline.due())
                .putAll(status.parameters()).build();
    }
}
