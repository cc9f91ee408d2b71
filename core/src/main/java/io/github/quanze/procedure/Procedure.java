package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.internal.Required;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.TimeLimit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A procedure (执法流程): the steps of one kind of enforcement act, as a graph from a first step through the steps
 * that must come before others.
 * <p>
 * A procedure checks itself when built: one first step, every other step after some step (none unreachable), one
 * final step, every predecessor a step of the procedure, no cycle, every time limit counted from a step that comes
 * before it (or, counted back, from one that comes after it), and, when the roles of an agency's posts are given,
 * every step's role held by some post. {@link ProcedureTemplates} holds the statutory procedures; an agency defines
 * its own with {@link #builder}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Procedure {

    private final BilingualText name;
    private final List<Step> steps;
    private final Map<StepKind, Step> byKind;
    private final Map<StepKind, Set<StepKind>> ancestors;
    private final Map<StepKind, Set<StepKind>> successors;
    private final Step last;
    private final Optional<StepDeadline> hearingRequest;
    private final List<Exclusion> exclusions;

    private Procedure(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        checkArgument(!b.steps.isEmpty(), "Procedure '%s' must have at least one step", name.zh());
        Map<StepKind, Step> index = new EnumMap<>(StepKind.class);
        for (Step step : b.steps) {
            checkArgument(index.put(step.kind(), step) == null, "Procedure '%s' has step %s twice", name.zh(),
                    step.kind());
        }
        Step first = b.steps.get(0);
        checkArgument(first.after().isEmpty(), "Procedure '%s': its first step %s must not come after another",
                name.zh(), first.kind());
        for (Step step : b.steps) {
            checkKnown(index, step, step.after(), "comes after");
            step.separations().forEach(sep -> checkKnown(index, step, sep.steps(), "must be kept separate from"));
            checkArgument(step == first || !step.after().isEmpty(), "Procedure '%s': step %s is unreachable: it "
                    + "comes after no step, and only the first step %s may", name.zh(), step.kind(), first.kind());
            step.deadline().ifPresent(d -> checkArgument(index.containsKey(d.from()), "Procedure '%s': step %s has "
                    + "a time limit counted from %s, which the procedure does not have", name.zh(), step.kind(),
                    d.from()));
            checkArgument(b.roles == null || b.roles.contains(step.role()), "Procedure '%s': step %s needs a %s "
                    + "post, which no post of the agency holds", name.zh(), step.kind(), step.role());
            step.onTheSpotWith().ifPresent(with -> checkArgument(index.containsKey(with), "Procedure '%s': step %s "
                    + "is done on the spot with %s, which the procedure does not have", name.zh(), step.kind(), with));
            step.deemed().ifPresent(d -> checkArgument(index.containsKey(d.from()) && index.containsKey(d.unless()),
                    "Procedure '%s': step %s is deemed from %s unless %s, which the procedure does not both have",
                    name.zh(), step.kind(), d.from(), d.unless()));
        }
        b.hearingRequest.ifPresent(h -> checkArgument(index.containsKey(h.from()), "Procedure '%s': hearing requests "
                + "are counted from %s, which the procedure does not have", name.zh(), h.from()));
        for (Exclusion exclusion : b.exclusions) {
            for (StepKind limited : exclusion.limits()) {
                checkArgument(index.containsKey(limited) && index.get(limited).deadline().isPresent()
                        && !index.get(limited).deadline().get().limit().isBackward(), "Procedure '%s': exclusion %s "
                        + "applies to step %s, which the procedure does not have with a forward time limit",
                        name.zh(), exclusion.basis(), limited);
            }
        }
        this.hearingRequest = b.hearingRequest;
        this.exclusions = ImmutableList.copyOf(b.exclusions);
        rejectCycles(index);
        this.byKind = Maps.immutableEnumMap(index);
        this.steps = ImmutableList.copyOf(b.steps);
        this.ancestors = ancestors(index);
        this.successors = successors(index);
        for (Step step : b.steps) {
            step.deadline().ifPresent(d -> checkAnchor(step, d));
        }
        List<StepKind> finals = b.steps.stream().map(Step::kind).filter(k -> successors.get(k).isEmpty()).toList();
        checkArgument(finals.size() == 1, "Procedure '%s' must end in exactly one final step, but %s come before "
                + "no other step", name.zh(), finals);
        this.last = index.get(finals.get(0));
    }

    private void checkKnown(Map<StepKind, Step> index, Step step, Set<StepKind> named, String relation) {
        for (StepKind other : named) {
            checkArgument(index.containsKey(other), "Procedure '%s': step %s %s %s, which the procedure does not "
                    + "have", name.zh(), step.kind(), relation, other);
        }
    }

    private void checkAnchor(Step step, StepDeadline deadline) {
        StepKind from = deadline.from();
        if (deadline.limit().isBackward()) {
            checkArgument(ancestors.get(from).contains(step.kind()), "Procedure '%s': step %s has a time limit "
                    + "counted back from %s, which does not come after it, so the count has no end event",
                    name.zh(), step.kind(), from);
        } else {
            checkArgument(from == step.kind() || ancestors.get(step.kind()).contains(from), "Procedure '%s': step %s "
                    + "has a time limit counted from %s, which does not come before it, so the count has no start "
                    + "event", name.zh(), step.kind(), from);
        }
    }

    private static Map<StepKind, Set<StepKind>> ancestors(Map<StepKind, Step> index) {
        Map<StepKind, Set<StepKind>> result = new EnumMap<>(StepKind.class);
        for (StepKind kind : index.keySet()) {
            EnumSet<StepKind> seen = EnumSet.noneOf(StepKind.class);
            Deque<StepKind> todo = new ArrayDeque<>(index.get(kind).after());
            while (!todo.isEmpty()) {
                StepKind next = todo.pop();
                if (seen.add(next)) {
                    todo.addAll(index.get(next).after());
                }
            }
            result.put(kind, Sets.immutableEnumSet(seen));
        }
        return Maps.immutableEnumMap(result);
    }

    private static Map<StepKind, Set<StepKind>> successors(Map<StepKind, Step> index) {
        Map<StepKind, EnumSet<StepKind>> direct = new EnumMap<>(StepKind.class);
        index.keySet().forEach(k -> direct.put(k, EnumSet.noneOf(StepKind.class)));
        index.values().forEach(step -> step.after().forEach(before -> direct.get(before).add(step.kind())));
        Map<StepKind, Set<StepKind>> result = new EnumMap<>(StepKind.class);
        direct.forEach((k, v) -> result.put(k, Sets.immutableEnumSet(v)));
        return Maps.immutableEnumMap(result);
    }

    private void rejectCycles(Map<StepKind, Step> index) {
        Map<StepKind, Integer> state = new EnumMap<>(StepKind.class);
        for (StepKind kind : index.keySet()) {
            visit(kind, index, state, new ArrayList<>());
        }
    }

    private void visit(StepKind kind, Map<StepKind, Step> index, Map<StepKind, Integer> state, List<StepKind> path) {
        Integer seen = state.get(kind);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null) {
            List<StepKind> cycle = new ArrayList<>(path.subList(path.indexOf(kind), path.size()));
            cycle.add(kind);
            throw new IllegalArgumentException(String.format("Procedure '%s' has a cycle of steps: %s", name.zh(),
                    cycle));
        }
        state.put(kind, 1);
        path.add(kind);
        for (StepKind before : index.get(kind).after()) {
            visit(before, index, state, path);
        }
        path.remove(path.size() - 1);
        state.put(kind, 2);
    }

    /**
     * Obtains a builder.
     *
     * @param name  the procedure's name, such as 行政处罚普通程序, not null
     * @return a new builder, not null
     */
    public static Builder builder(BilingualText name) {
        return new Builder(name);
    }

    /**
     * Returns a builder holding this procedure's steps, hearing-request period and exclusions under another name, so
     * that an agency can adapt a statutory template, such as {@link ProcedureTemplates#PENALTY_ORDINARY} with an
     * exclusion its own rules allow. The hearing-request period can be set once on it.
     *
     * @param name  the new procedure's name, not null
     * @return a builder filled from this procedure, not null
     */
    public Builder toBuilder(BilingualText name) {
        Builder b = new Builder(name);
        b.steps.addAll(steps);
        b.hearingRequest = hearingRequest;
        b.exclusions.addAll(exclusions);
        return b;
    }

    /**
     * Returns the procedure's name.
     *
     * @return the name, not null
     */
    public BilingualText name() {
        return name;
    }

    /**
     * Returns the steps, the first step first, in the order they were declared.
     *
     * @return the steps, not null
     */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Returns the first step.
     *
     * @return the first step, not null
     */
    public Step first() {
        return steps.get(0);
    }

    /**
     * Returns the final step, the one no step comes after; performing it closes a case (结案).
     *
     * @return the final step, not null
     */
    public Step last() {
        return last;
    }

    /**
     * Returns the steps that come directly after a step.
     *
     * @param kind  a step of the procedure, not null
     * @return the steps that name it as a predecessor, not null
     * @throws IllegalArgumentException if the procedure has no such step
     */
    public Set<StepKind> successors(StepKind kind) {
        return successors.get(require(kind));
    }

    /**
     * Checks whether one step comes, directly or through others, before another.
     *
     * @param earlier  a step of the procedure, not null
     * @param later  a step of the procedure, not null
     * @return true if {@code later} comes after {@code earlier}
     * @throws IllegalArgumentException if the procedure lacks either step
     */
    public boolean precedes(StepKind earlier, StepKind later) {
        return ancestors.get(require(later)).contains(require(earlier));
    }

    /**
     * Returns the step of a kind.
     *
     * @param kind  the kind, not null
     * @return the step, empty if the procedure has none, not null
     */
    public Optional<Step> step(StepKind kind) {
        return Optional.ofNullable(byKind.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Checks whether the procedure has a step of a kind.
     *
     * @param kind  the kind, not null
     * @return true if it has
     */
    public boolean has(StepKind kind) {
        return byKind.containsKey(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The step by which a case of this procedure is decided: {@link StepKind#DECISION}, or
     * {@link StepKind#HEAD_APPROVAL} in a procedure without one (查封、扣押); empty for a procedure with neither, such as
     * 移送涉嫌犯罪案件.
     */
    Optional<StepKind> decisionStep() {
        if (has(StepKind.DECISION)) {
            return Optional.of(StepKind.DECISION);
        }
        return has(StepKind.HEAD_APPROVAL) ? Optional.of(StepKind.HEAD_APPROVAL) : Optional.empty();
    }

    /**
     * Returns the period within which a party must ask for a hearing, counted from the step that tells of the right
     * (行政处罚法 Art 64(1): 告知后五日内; 行政许可法 Art 47: 被告知听证权利之日起五日内).
     *
     * @return the period and the step it runs from, empty if requests have no period, not null
     */
    public Optional<StepDeadline> hearingRequest() {
        return hearingRequest;
    }

    /**
     * Returns the exclusions the procedure allows: the only activities whose time a case may leave out of its time
     * limits.
     *
     * @return the exclusions, not null
     */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /**
     * Returns the exclusion that covers an activity for a step's time limit.
     *
     * @param activity  the activity, not null
     * @param step  the step whose time limit it would stop, not null
     * @return the exclusion, empty if the procedure allows none, not null
     */
    public Optional<Exclusion> exclusion(ExcludedActivity activity, StepKind step) {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(step, "step");
        return exclusions.stream().filter(e -> e.activities().contains(activity) && e.limits().contains(step))
                .findFirst();
    }

    private StepKind require(StepKind kind) {
        checkArgument(has(kind), "Procedure '%s' has no step %s", name.zh(), kind);
        return kind;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Procedure other && name.equals(other.name) && steps.equals(other.steps)
                && hearingRequest.equals(other.hearingRequest) && exclusions.equals(other.exclusions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, steps, hearingRequest, exclusions);
    }

    @Override
    public String toString() {
        return "Procedure{" + name.zh() + ", " + steps.size() + " steps}";
    }

    /**
     * Builds a {@link Procedure} (执法程序): at least one step is required. The hearing-request period and the post
     * roles are set once each; steps and exclusions are added after those already there. A builder is not
     * thread-safe; the procedure it builds is.
     */
    public static final class Builder {
        private final Required required = new Required("Procedure");
        private final BilingualText name;
        private final List<Step> steps = new ArrayList<>();
        private Set<PostRole> roles;
        private Optional<StepDeadline> hearingRequest = Optional.empty();
        private final List<Exclusion> exclusions = new ArrayList<>();

        private Builder(BilingualText name) {
            this.name = name;
        }

        /**
         * Sets the period within which the party must ask for a hearing, counted from the step that tells of the
         * right; a later request is noted and does not make the hearing a duty.
         *
         * @param within  the period, such as {@link io.github.quanze.timelimit.StatutoryLimits#PENALTY_HEARING_REQUEST},
         *         not null
         * @param from  the step that tells of the right, not null
         * @return this builder, not null
         * @throws IllegalStateException if the hearing-request period is already set
         */
        public Builder hearingRequest(TimeLimit within, StepKind from) {
            this.hearingRequest = Optional.of(required.once("hearingRequest", new StepDeadline(within, from)));
            return this;
        }

        /**
         * Allows an exclusion: time the procedure's steps may leave out of their time limits, with its provision.
         *
         * @param exclusion  the exclusion, not null
         * @return this builder, not null
         * @throws NullPointerException if the exclusion is null
         */
        public Builder exclusion(Exclusion exclusion) {
            exclusions.add(Objects.requireNonNull(exclusion, "exclusion"));
            return this;
        }

        /**
         * Adds steps, the first one added being the first step of the procedure.
         *
         * @param added  the steps, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or a step is null
         */
        public Builder step(Step... added) {
            for (Step step : Objects.requireNonNull(added, "added")) {
                steps.add(Objects.requireNonNull(step, "step"));
            }
            return this;
        }

        /**
         * Declares the post roles an agency's posts hold, so that building rejects a step no post can perform.
         *
         * @param roles  the roles held, not null
         * @return this builder, not null
         * @throws NullPointerException if the roles or one of them is null
         * @throws IllegalStateException if the roles are already declared
         */
        public Builder staffedBy(Set<PostRole> roles) {
            this.roles = required.once("staffedBy", ImmutableSet.copyOf(Objects.requireNonNull(roles, "roles")));
            return this;
        }

        /**
         * Builds the procedure.
         *
         * @return the procedure, not null
         * @throws IllegalArgumentException if there is no step, a step appears twice, a step is unreachable, comes
         *         after a step the procedure lacks, has a time limit counted from a step it lacks or that cannot have
         *         happened when the count starts, needs a role no post holds, names a step the procedure lacks (on the
         *         spot, deemed, hearing requests, exclusions), the steps form a cycle, or the procedure does not end in
         *         exactly one final step; the message names the step
         */
        public Procedure build() {
            return new Procedure(this);
        }
    }
}
