package io.github.quanze.procedure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The state of a case on a day (案件状态), replayed from its history: the steps done, the steps due next, every
 * deadline with its status, and the procedural violations.
 * <p>
 * Violations are values, never exceptions: an overdue decision or an uncertified officer is what the state reports.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param caseId  the case number, not null
 * @param asOf  the day of the replay, not null
 * @param done  the steps performed, in the order they were first performed, not null
 * @param pending  the required steps not yet performed whose required predecessors are all done (当前环节), not null
 * @param closed  whether the final step is performed
 * @param suspended  whether time is stopped at the end of the day (an excluded activity is under way)
 * @param deadlines  the deadlines whose count has started, in procedure order, not null
 * @param violations  the violations, ordered by date, then step, then kind, not null
 * @param notes  what the replay took into account that is nobody's breach (a late request for a hearing, a step
 *         waived or deemed done, time that could not be left out), ordered by date, not null
 */
public record CaseState(String caseId, LocalDate asOf, List<StepKind> done, Set<StepKind> pending, boolean closed,
        boolean suspended, List<CaseDeadline> deadlines, List<ProcedureViolation> violations, List<CaseNote> notes) {

    /**
     * Creates a state.
     *
     * @param caseId  the case number, not null
     * @param asOf  the day of the replay, not null
     * @param done  the steps performed, in the order they were first performed, not null
     * @param pending  the required steps not yet performed whose required predecessors are all done (当前环节), not null
     * @param closed  whether the final step is performed
     * @param suspended  whether time is stopped at the end of the day (an excluded activity is under way)
     * @param deadlines  the deadlines whose count has started, in procedure order, not null
     * @param violations  the violations, ordered by date, then step, then kind, not null
     * @param notes  what the replay took into account that is nobody's breach (a late request for a hearing, a step
     *         waived or deemed done, time that could not be left out), ordered by date, not null
     */
    public CaseState {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(asOf, "asOf");
        done = ImmutableList.copyOf(done);
        pending = Sets.immutableEnumSet(pending);
        deadlines = ImmutableList.copyOf(deadlines);
        violations = ImmutableList.copyOf(violations);
        notes = ImmutableList.copyOf(notes);
    }

    /**
     * Returns the violations of a kind.
     *
     * @param kind  the kind, not null
     * @return the violations, not null
     */
    public List<ProcedureViolation> violations(ViolationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return violations.stream().filter(v -> v.kind() == kind).toList();
    }

    /**
     * Checks whether the replay found no violation.
     *
     * @return true if there is none
     */
    public boolean isClean() {
        return violations.isEmpty();
    }

    /**
     * Explains the state: where the case stands, its deadlines and its violations, one per line.
     *
     * @return the explanation in Chinese and English, not null
     */
    public BilingualText explain() {
        return ProcedureMessages.explain(this);
    }
}
