package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import io.github.quanze.basis.BilingualText;
import io.github.quanze.basis.Provision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A decision (决定) as a value: the outcome, the rules that fired, the rules they overrode, the rule-book version
 * applied and why, and the provisions cited.
 * <p>
 * {@link #explain()} renders it as text a legal-affairs officer can paste into the reasons of a 处理决定书 draft.
 * Two decisions are equal when their rule set, outcome, fired and overridden rules and version are equal; the
 * function that describes the outcome in words is not part of the value.
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
    private final Function<? super O, BilingualText> describer;
    /** The explanation, rendered on first request; a decision is a value, so racing threads render equal texts. */
    private volatile BilingualText explanation;

    Decision(String ruleSet, Optional<O> outcome, List<RuleRef> fired, List<OverriddenRule> overridden,
            Optional<VersionChoice> version, Function<? super O, BilingualText> describer) {
        this.ruleSet = ruleSet;
        this.outcome = outcome;
        this.fired = fired;
        this.overridden = overridden;
        this.version = version;
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
     * Returns the outcome, empty when no rule applied.
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
     * Returns the outcome in words, or 未适用任何规则 when no rule applied.
     *
     * @return the outcome text, not null
     */
    public BilingualText outcomeText() {
        return outcome.<BilingualText>map(describer::apply)
                .orElseGet(() -> BilingualText.of("无适用规则", "no rule applies"));
    }

    /**
     * Explains the decision in Chinese and English, one statement a line: the outcome, each fired rule with its
     * basis, each overridden rule and the exception that overrode it, and the version applied.
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
                    .append(rule.basis().toEnglish()).append(')');
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
        return BilingualText.of(zh.toString(), en.toString());
    }

    Decision<O> withVersion(VersionChoice choice) {
        return new Decision<>(ruleSet, outcome, fired, overridden, Optional.of(choice), describer);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Decision<?> other && ruleSet.equals(other.ruleSet) && outcome.equals(other.outcome)
                && fired.equals(other.fired) && overridden.equals(other.overridden) && version.equals(other.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleSet, outcome, fired, overridden, version);
    }

    @Override
    public String toString() {
        return "Decision{" + ruleSet + ": " + outcome.map(Object::toString).orElse("none") + ", fired "
                + fired.stream().map(RuleRef::id).toList() + "}";
    }
}
