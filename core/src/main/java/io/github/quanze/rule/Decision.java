package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A decision (决定) as a value: the outcome, the rules that fired, the rules they overrode, the rule-book version
 * applied and why, the provisions cited, and any rule that failed.
 * <p>
 * {@link #explain()} renders it in the wording of the domain that decided ({@link DecisionWording}): for a sanction,
 * text a legal-affairs officer can paste into the reasons of a 处理决定书 draft.
 * A decision with {@link #failures()} is incomplete: a rule threw, and the outcome was reached without it.
 * Two decisions are equal when their rule set, outcome, fired and overridden rules, version and failures are equal;
 * the wording is not part of the value.
 * <p>
 * This class is immutable and thread-safe if the outcome is.
 *
 * @param <O>  the type of the outcome
 */
public final class Decision<O> {

    private final String ruleSet;
    private final Optional<O> outcome;
    private final List<RuleRef> fired;
    private final List<OverriddenRule> overridden;
    private final Optional<VersionChoice> version;
    private final List<RuleFailure> failures;
    private final DecisionWording<? super O> wording;
    /** The explanation, rendered on first request; a decision is a value, so racing threads render equal texts. */
    private volatile BilingualText explanation;

    Decision(String ruleSet, Optional<O> outcome, List<RuleRef> fired, List<OverriddenRule> overridden,
            Optional<VersionChoice> version, DecisionWording<? super O> wording) {
        this(ruleSet, outcome, fired, overridden, version, List.of(), wording);
    }

    private Decision(String ruleSet, Optional<O> outcome, List<RuleRef> fired, List<OverriddenRule> overridden,
            Optional<VersionChoice> version, List<RuleFailure> failures, DecisionWording<? super O> wording) {
        this.ruleSet = ruleSet;
        this.outcome = outcome;
        this.fired = fired;
        this.overridden = overridden;
        this.version = version;
        this.failures = failures;
        this.wording = wording;
    }

    /**
     * Returns the name of the rule set that decided.
     *
     * @return the name, not null
     */
    public String ruleSet() {
        return ruleSet;
    }

    /**
     * Returns the outcome, empty when no rule applied. An empty outcome means that no rule applies only when
     * {@link #hasFailures()} is false.
     *
     * @return the outcome, not null
     */
    public Optional<O> outcome() {
        return outcome;
    }

    /**
     * Returns the rules whose outcomes make up the decision, in declared order.
     *
     * @return the fired rules, not null
     */
    public List<RuleRef> fired() {
        return fired;
    }

    /**
     * Returns the rules that applied but gave way to an exception.
     *
     * @return the overridden rules, in declared order, not null
     */
    public List<OverriddenRule> overridden() {
        return overridden;
    }

    /**
     * Returns the rule-book version applied, for decisions made through a {@link RuleBook}.
     *
     * @return the version choice, not null
     */
    public Optional<VersionChoice> version() {
        return version;
    }

    /**
     * Returns the rules that threw while deciding, as {@link Severity#ERROR} findings. The decision left them out,
     * so it is incomplete when this list is not empty.
     *
     * @return the failures, in declared order, not null
     */
    public List<RuleFailure> failures() {
        return failures;
    }

    /**
     * Checks whether a rule failed while deciding.
     *
     * @return true if {@link #failures()} is not empty, and the decision must not be relied on
     */
    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /**
     * Returns every part the decision cites, such as each provision of law: those of the fired rules, then those of
     * the version choice, each once.
     *
     * @return the parts cited ({@link Citation#parts()}), not null
     */
    public List<Citation> citations() {
        Set<Citation> all = new LinkedHashSet<>();
        fired.forEach(rule -> all.addAll(rule.basis().parts()));
        version.ifPresent(v -> all.addAll(v.basis().parts()));
        return ImmutableList.copyOf(all);
    }

    /**
     * Returns the outcome in words. Without an outcome, it says 无适用规则 (no applicable rule), or, when a rule
     * failed, that the decision could not be made: the failed rule might have applied.
     *
     * @return the outcome text, not null
     */
    public BilingualText outcomeText() {
        return RuleMessages.outcomeText(wording, this);
    }

    /**
     * Explains the decision in Chinese and English, in the wording of the table or rule set that made it
     * ({@link DecisionWording#explain}): by default one statement a line, the outcome, each fired rule with its
     * citation and, where the rule goes beyond it, its interpretation, each overridden rule and the exception that
     * overrode it, the version applied, and each rule that failed.
     *
     * @return the explanation, not null
     */
    public BilingualText explain() {
        BilingualText text = explanation;
        if (text == null) {
            text = render();
            explanation = text;
        }
        return text;
    }

    private BilingualText render() {
        return wording.explain(this);
    }

    /** Returns an equal decision of its own, whose explanation is rendered anew. */
    Decision<O> copy() {
        return new Decision<>(ruleSet, outcome, fired, overridden, version, failures, wording);
    }

    Decision<O> withVersion(VersionChoice choice) {
        return new Decision<>(ruleSet, outcome, fired, overridden, Optional.of(choice), failures, wording);
    }

    /** Returns this decision with more failures, after its own, each once. */
    Decision<O> withFailures(List<RuleFailure> more) {
        if (more.isEmpty() || failures.containsAll(more)) {
            return this;
        }
        Set<RuleFailure> all = new LinkedHashSet<>(failures);
        all.addAll(more);
        return new Decision<>(ruleSet, outcome, fired, overridden, version, ImmutableList.copyOf(all), wording);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Decision<?> other && ruleSet.equals(other.ruleSet) && outcome.equals(other.outcome)
                && fired.equals(other.fired) && overridden.equals(other.overridden) && version.equals(other.version)
                && failures.equals(other.failures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleSet, outcome, fired, overridden, version, failures);
    }

    @Override
    public String toString() {
        return "Decision{" + ruleSet + ": " + outcome.map(Object::toString).orElse("none") + ", fired "
                + fired.stream().map(RuleRef::id).toList()
                + (failures.isEmpty() ? "" : ", failed " + failures.stream().map(f -> f.rule().id()).toList()) + "}";
    }
}
