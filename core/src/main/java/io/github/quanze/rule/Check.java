package io.github.quanze.rule;

import java.util.List;
import java.util.Optional;

/**
 * A check (检查规则): one legal requirement tested against a subject, returning what it finds.
 * <p>
 * An empty list means the requirement is met. Checks are pure and thread-safe; dates are part of the subject.
 * {@link RuleSet#ofChecks} runs several on one engine with the decisions.
 *
 * @param <S>  the type of the subject checked
 * @param <R>  the type of the findings
 */
public interface Check<S, R extends Finding> {

    /**
     * Returns the check's id, title and legal basis.
     *
     * @return the reference, not null
     */
    RuleRef ref();

    /**
     * Checks a subject.
     *
     * @param subject  the subject, not null
     * @return the findings, empty if the requirement is met, not null
     */
    List<R> check(S subject);

    /**
     * Returns this check as a rule that applies when it finds something.
     *
     * @return the rule, not null
     */
    default Rule<S, List<R>> asRule() {
        Check<S, R> check = this;
        return new Rule<>() {
            @Override
            public RuleRef ref() {
                return check.ref();
            }

            @Override
            public Optional<List<R>> apply(S subject) {
                List<R> findings = check.check(subject);
                return findings.isEmpty() ? Optional.empty() : Optional.of(findings);
            }
        };
    }
}
