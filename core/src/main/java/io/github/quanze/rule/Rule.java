package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rule (规则): reads typed facts and, when it applies, gives a typed outcome.
 * <p>
 * Rules are pure: no clock, no I/O, no state. Dates are part of the facts. A rule that throws has a bug, which is not
 * a legal outcome: {@link RuleSet#decide} leaves it out and reports it as a {@link RuleFailure}, an ERROR finding of
 * the decision.
 *
 * @param <F>  the type of the facts
 * @param <O>  the type of the outcome
 */
public interface Rule<F, O> {

    /**
     * Returns the rule's id, title and legal basis.
     *
     * @return the reference, not null
     */
    RuleRef ref();

    /**
     * Applies the rule to facts.
     *
     * @param facts  the facts, not null
     * @return the outcome if the rule applies, empty otherwise, not null
     */
    Optional<O> apply(F facts);

    /**
     * Obtains a rule from a condition and an outcome.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     * @param ref  the rule's id, title and legal basis, not null
     * @param when  whether the rule applies, not null
     * @param then  the outcome when it applies, not null
     * @return the rule, not null
     */
    static <F, O> Rule<F, O> of(RuleRef ref, Predicate<? super F> when, Function<? super F, ? extends O> then) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(then, "then");
        return new Rule<>() {
            @Override
            public RuleRef ref() {
                return ref;
            }

            @Override
            public Optional<O> apply(F facts) {
                return when.test(facts) ? Optional.of(then.apply(facts)) : Optional.empty();
            }

            @Override
            public String toString() {
                return "Rule{" + ref.id() + "}";
            }
        };
    }

    /**
     * Obtains a rule from its parts.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     * @param id  the stable identifier, not null
     * @param title  what the rule says, not null
     * @param basis  the provisions it rests on, not null
     * @param when  whether the rule applies, not null
     * @param then  the outcome when it applies, not null
     * @return the rule, not null
     */
    static <F, O> Rule<F, O> of(String id, BilingualText title, Citation basis, Predicate<? super F> when,
            Function<? super F, ? extends O> then) {
        return of(RuleRef.of(id, title, basis), when, then);
    }
}
