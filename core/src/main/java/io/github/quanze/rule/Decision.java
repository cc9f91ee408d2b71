package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.Provision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A decision (决定) as a value: the outcome, the rules that fired, the rules they overrode, the rule-book version
 * applied and why, the provisions cited, and any rule that failed.
 * <p>
 * {@link #explain()} renders it as text a legal-affairs officer can paste into the reasons of a 处理决定书 draft.
 * A decision with {@link #failures()} is incomplete: a rule threw, and the outcome was reached without it.
 * Two decisions are equal when their rule set, outcome, fired and overridden rules, version and failures are equal;
 * the function that describes the outcome in words is not part of the value.
 * <p>
 * This class is immutable and thread-safe if the outcome is.
 *
 * @param <O>  the type of the outcome
 */
public final class Decision<O> {

    private static final BilingualText NO_APPLICABLE_RULE = BilingualText.of("无适用规则", "no applicable rule");
    private static final BilingualText NOT_DECIDED = BilingualText.of("未能决定：规则执行失败，无法确定是否有适用规则",
            "not decided: a rule failed, so it is unknown whether any rule applies");

    private final String ruleSet;
    private final Optional<O> outcome;
    private final List<RuleRef> fired;
    private final List<OverriddenRule> overridden;
    private final Optional<VersionChoice> version;
    private final List<RuleFailure> failures;
    private final Function<? super O, BilingualText> describer;
    /** The explanation, rendered on first request; a decision is a value, so racing threads render equal texts. */
    private volatile BilingualText explanation;

    Decision(String ruleSet, Optional<O> outcome, List<RuleRef> fired, List<OverriddenRule> overridden,
            Optional<VersionChoice> version, Function<? super O, BilingualText> describer) {
        this(ruleSet, outcome, fired, overridden, version, List.of(), describer);
    }

    private Decision(String ruleSet, Optional<O> outcome, List<RuleRef> fired, List<OverriddenRule> overridden,
            Optional<VersionChoice> version, List<RuleFailure> failures, Function<? super O, BilingualText> describer) {
        this.ruleSet = ruleSet;
        this.outcome = outcome;
        this.fired = fired;
        this.overridden = overridden;
        this.version = version;
        this.failures = failures;
        this.describer = describer;
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
     * Returns every provision the decision cites: those of the fired rules, then those of the version choice,
     * each once.
     *
     * @return the provisions, not null
     */
    public List<Provision> citations() {
        Set<Provision> all = new LinkedHashSet<>();
        fired.forEach(rule -> all.addAll(rule.basis().provisions()));
        version.ifPresent(v -> all.addAll(v.basis().provisions()));
        return ImmutableList.copyOf(all);
    }

    /**
     * Returns the outcome in words. Without an outcome, it says 无适用规则 (no applicable rule), or, when a rule
     * failed, that the decision could not be made: the failed rule might have applied.
     *
     * @return the outcome text, not null
     */
    public BilingualText outcomeText() {
        if (outcome.isPresent()) {
            return describer.apply(outcome.get());
        }
        return failures.isEmpty() ? NO_APPLICABLE_RULE : NOT_DECIDED;
    }

    /**
     * Explains the decision in Chinese and English, one statement a line: the outcome, each fired rule with its
     * basis and, where the rule goes beyond it, its interpretation, each overridden rule and the exception that
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
        StringBuilder zh = new StringBuilder("处理结果：").append(outcomeText().zh());
        StringBuilder en = new StringBuilder("Outcome: ").append(outcomeText().en());
        for (RuleRef rule : fired) {
            zh.append("\n适用规则 ").append(rule.id()).append("「").append(rule.title().zh()).append("」，依据")
                    .append(rule.basis());
            en.append("\nRule ").append(rule.id()).append(" applied: ").append(rule.title().en()).append(" (")
                    .append(rule.basis().toEnglish());
            rule.interpretation().ifPresent(note -> {
                zh.append("；").append(note.zh());
                en.append("; ").append(note.en());
            });
            en.append(')');
        }
        for (OverriddenRule o : overridden) {
            zh.append("\n规则 ").append(o.rule().id()).append("「").append(o.rule().title().zh()).append("」因例外规则 ")
                    .append(o.by().id()).append(" 适用而不予适用");
            en.append("\nRule ").append(o.rule().id()).append(" (").append(o.rule().title().en())
                    .append(") gave way to exception ").append(o.by().id());
        }
        version.ifPresent(v -> {
            zh.append('\n').append(v.explanation().zh());
            en.append("\nVersion: ").append(v.explanation().en());
        });
        for (RuleFailure failure : failures) {
            zh.append('\n').append(failure.message().zh());
            en.append('\n').append(failure.message().en());
        }
        return BilingualText.of(zh.toString(), en.toString());
    }

    Decision<O> withVersion(VersionChoice choice) {
        return new Decision<>(ruleSet, outcome, fired, overridden, Optional.of(choice), failures, describer);
    }

    /** Returns this decision with more failures, after its own, each once. */
    Decision<O> withFailures(List<RuleFailure> more) {
        if (more.isEmpty() || failures.containsAll(more)) {
            return this;
        }
        Set<RuleFailure> all = new LinkedHashSet<>(failures);
        all.addAll(more);
        return new Decision<>(ruleSet, outcome, fired, overridden, version, ImmutableList.copyOf(all), describer);
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
