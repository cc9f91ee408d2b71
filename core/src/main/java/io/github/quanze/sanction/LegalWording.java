package io.github.quanze.sanction;

import io.github.quanze.rule.DecisionWording;
import io.github.quanze.rule.OverriddenRule;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.VersionChoice;
import io.github.quanze.text.BilingualText;
import java.util.Objects;
import java.util.function.Function;

/**
 * The wording of a decision to hold to account (处理决定的表述), as the reasons of a 处理决定书 state it: 处理结果：…;
 * 适用规则 … 「…」，依据…; 规则 … 因例外规则 … 适用而不予适用; 行为发生于…，处理于…，适用…：处理时的规定处理较轻，适用
 * 处理时的规定（从轻）.
 * <p>
 * The national sanction tables word their decisions so, and so do the tables that decide measures on assessments;
 * an embedding system uses it for its own tables of the same kind with {@link #of}.
 * <p>
 * This class is immutable and thread-safe if the description of outcomes is.
 *
 * @param <O>  the type of the outcome
 */
public final class LegalWording<O> implements DecisionWording<O> {

    private final Function<? super O, BilingualText> outcome;

    private LegalWording(Function<? super O, BilingualText> outcome) {
        this.outcome = outcome;
    }

    /**
     * Obtains the wording with a description of outcomes.
     *
     * @param <O>  the type of the outcome
     * @param outcome  describes an outcome, such as {@code Sanction::describe}, not null
     * @return the wording, not null
     */
    public static <O> LegalWording<O> of(Function<? super O, BilingualText> outcome) {
        return new LegalWording<>(Objects.requireNonNull(outcome, "outcome"));
    }

    /** Describes an outcome with the function given. */
    @Override
    public BilingualText outcome(O outcome) {
        return this.outcome.apply(outcome);
    }

    /** Returns 处理结果：… / Outcome: …. */
    @Override
    public BilingualText outcomeLine(BilingualText outcome) {
        return SanctionMessages.outcomeLine(outcome);
    }

    /** Returns 适用规则 …「…」，依据…（；解释…） / Rule … applied: … (…). */
    @Override
    public BilingualText fired(RuleRef rule) {
        return SanctionMessages.fired(rule);
    }

    /** Returns 规则 …「…」因例外规则 … 适用而不予适用 / Rule … (…) gave way to exception …. */
    @Override
    public BilingualText overridden(OverriddenRule overridden) {
        return SanctionMessages.overridden(overridden);
    }

    /** Returns 行为发生于…，处理于…，适用…：…（依据：…） / Version: act on …, decided on …, applying …: … (basis: …). */
    @Override
    public BilingualText version(VersionChoice version) {
        return SanctionMessages.version(version);
    }

    @Override
    public String toString() {
        return "LegalWording";
    }
}
