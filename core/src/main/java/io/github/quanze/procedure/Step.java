package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.timelimit.TimeLimit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A step of a procedure (程序环节): what is done, by which post role, by how many certified officers at least, after
 * which steps, when it is required, within what time, and on what legal basis.
 * <pre>{@code
 * Step investigation = Step.of(StepKind.INVESTIGATION, PostRole.HANDLER, basis)
 *         .officers(2).certified().after(StepKind.FILING);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Step {

    private final StepKind kind;
    private final PostRole role;
    private final int officers;
    private final Condition condition;
    private final Set<StepKind> after;
    private final boolean certified;
    private final Set<StepKind> separateFrom;
    private final Optional<StepDeadline> deadline;
    private final LegalBasis basis;

    private Step(StepKind kind, PostRole role, int officers, boolean certified, Condition condition,
            Set<StepKind> after, Set<StepKind> separateFrom, Optional<StepDeadline> deadline, LegalBasis basis) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.role = Objects.requireNonNull(role, "role");
        checkArgument(officers >= 1, "Step %s: officers must be at least 1, but was %s", kind, officers);
        this.officers = officers;
        this.certified = certified;
        this.condition = Objects.requireNonNull(condition, "condition");
        checkArgument(!after.contains(kind), "Step %s cannot come after itself", kind);
        this.after = Sets.immutableEnumSet(after);
        checkArgument(!separateFrom.contains(kind), "Step %s cannot be kept separate from itself", kind);
        this.separateFrom = Sets.immutableEnumSet(separateFrom);
        this.deadline = deadline;
        this.basis = Objects.requireNonNull(basis, "basis");
    }

    /**
     * Obtains a step performed by one officer of a role, always required, with no predecessor and no time limit.
     *
     * @param kind  what is done, not null
     * @param role  the post role that performs it, not null
     * @param basis  the provisions the step rests on, not null
     * @return the step, not null
     */
    public static Step of(StepKind kind, PostRole role, LegalBasis basis) {
        return new Step(kind, role, 1, false, Condition.ALWAYS, Set.of(), Set.of(), Optional.empty(), basis);
    }

    /**
     * Returns a copy requiring at least {@code n} certified officers (行政处罚法 Art 42: no fewer than two).
     *
     * @param n  the minimum, at least 1
     * @return the step, not null
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public Step officers(int n) {
        return new Step(kind, role, n, certified, condition, after, separateFrom, deadline, basis);
    }

    /**
     * Returns a copy that may only be performed after the given steps, where they are required (先告知后决定).
     *
     * @param first  a step that must come first, not null
     * @param more  further steps that must come first, not null
     * @return the step, not null
     * @throws IllegalArgumentException if the step names itself
     */
    public Step after(StepKind first, StepKind... more) {
        return new Step(kind, role, officers, certified, condition, Sets.union(after, EnumSet.of(first, more)),
                separateFrom, deadline, basis);
    }

    /**
     * Returns a copy whose officers must hold an enforcement certificate covering the case's area on the day
     * (行政处罚法 Art 42: 具有行政执法资格的执法人员; 行政强制法 Art 18(2)).
     *
     * @return the step, not null
     */
    public Step certified() {
        return new Step(kind, role, officers, true, condition, after, separateFrom, deadline, basis);
    }

    /**
     * Returns a copy whose officers must not have performed the given steps of the same case, such as a hearing
     * presided over by someone other than the investigators (行政处罚法 Art 64(四)).
     *
     * @param first  a step whose officers are excluded, not null
     * @param more  further such steps, not null
     * @return the step, not null
     * @throws IllegalArgumentException if the step names itself
     */
    public Step separateFrom(StepKind first, StepKind... more) {
        return new Step(kind, role, officers, certified, condition, after,
                Sets.union(separateFrom, EnumSet.of(first, more)), deadline, basis);
    }

    /**
     * Returns a copy required only under a condition.
     *
     * @param condition  the condition, not null
     * @return the step, not null
     */
    public Step when(Condition condition) {
        return new Step(kind, role, officers, certified, condition, after, separateFrom, deadline, basis);
    }

    /**
     * Returns a copy with a time limit counted from the day another step was performed, or back from it for a
     * backward limit.
     *
     * @param limit  the time limit, not null
     * @param from  the step that starts (or, backward, ends) the count, not null
     * @return the step, not null
     */
    public Step within(TimeLimit limit, StepKind from) {
        return new Step(kind, role, officers, certified, condition, after, separateFrom,
                Optional.of(new StepDeadline(limit, from)), basis);
    }

    /**
     * Returns what is done.
     *
     * @return the kind, not null
     */
    public StepKind kind() {
        return kind;
    }

    /**
     * Returns the post role that performs the step.
     *
     * @return the role, not null
     */
    public PostRole role() {
        return role;
    }

    /**
     * Returns the minimum number of certified officers.
     *
     * @return the minimum, at least 1
     */
    public int officers() {
        return officers;
    }

    /**
     * Checks whether the officers must be certified for the case's area.
     *
     * @return true if they must
     */
    public boolean isCertified() {
        return certified;
    }

    /**
     * Returns the steps whose officers may not perform this one.
     *
     * @return the steps, not null
     */
    public Set<StepKind> separateFrom() {
        return separateFrom;
    }

    /**
     * Returns when the step is required.
     *
     * @return the condition, not null
     */
    public Condition condition() {
        return condition;
    }

    /**
     * Returns the steps that must come first.
     *
     * @return the predecessors, not null
     */
    public Set<StepKind> after() {
        return after;
    }

    /**
     * Returns the time limit.
     *
     * @return the deadline rule, empty if the step has none, not null
     */
    public Optional<StepDeadline> deadline() {
        return deadline;
    }

    /**
     * Returns the provisions the step rests on.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Step other && kind == other.kind && role == other.role && officers == other.officers
                && certified == other.certified && separateFrom.equals(other.separateFrom) && condition == other.condition && after.equals(other.after) && deadline.equals(other.deadline)
                && basis.equals(other.basis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, role, officers, certified, condition, after, separateFrom, deadline, basis);
    }

    @Override
    public String toString() {
        return "Step{" + kind + ", " + role + (after.isEmpty() ? "" : ", after " + after) + "}";
    }
}
