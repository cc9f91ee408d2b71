package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule set (规则集): rules written as code, with exceptions between them and a hit policy.
 * <p>
 * Use a rule set for rules whose conditions are not a table of values: checks that compute over a subject and
 * return findings ({@link #ofChecks}), or decisions that need arithmetic. Where conditions are values of a few
 * inputs, a {@link DecisionTable} is faster and can be verified. A rule declared an exception to another
 * ({@link Builder#exception}) replaces it whenever both apply, as statutes write "一般给予…；有下列情形之一的，
 * 从重…"; cycles of exceptions are rejected when built.
 * <p>
 * A rule that throws does not stop the decision: it is left out, the other rules decide, and the decision reports
 * it as a {@link RuleFailure} ({@link Decision#failures()}, an {@link Severity#ERROR} finding), with one WARN log
 * through SLF4J for each failure.
 * <p>
 * This class is immutable and thread-safe if its rules are.
 *
 * @param <F>  the type of the facts
 * @param <O>  the type of the outcome
 */
public final class RuleSet<F, O> implements Decider<F, O> {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

    private final List<Rule<F, O>> rules;
    private final Resolver<O> resolver;

    private RuleSet(Builder<F, O> builder) {
        this.rules = ImmutableList.copyOf(builder.rules);
        List<RuleRef> refs = new ArrayList<>();
        rules.forEach(rule -> refs.add(Objects.requireNonNull(rule.ref(), "rule ref")));
        this.resolver = Resolver.create(builder.name, refs, builder.exceptions, builder.policy, builder.aggregation,
                builder.order, builder.describer);
    }

    /**
     * Obtains a builder.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     * @param name  the rule set's name, such as 默认处分规则, not blank
     * @param policy  how outcomes of several applicable rules combine, not null
     * @return a new builder, not null
     */
    public static <F, O> Builder<F, O> builder(String name, HitPolicy policy) {
        return new Builder<>(name, policy);
    }

    /**
     * Obtains a rule set of checks: each check that finds something contributes its findings, in declared order.
     *
     * @param <S>  the type of the subject checked
     * @param <R>  the type of the findings
     * @param name  the rule set's name, not blank
     * @param checks  the checks, not null
     * @return the rule set, whose outcome is every finding, not null
     * @throws IllegalArgumentException if two checks share an id
     */
    public static <S, R extends Finding> RuleSet<S, List<R>> ofChecks(String name, List<? extends Check<S, R>> checks) {
        Builder<S, List<R>> builder = new Builder<S, List<R>>(name, HitPolicy.COLLECT)
                .aggregation(lists -> lists.stream().flatMap(List::stream).collect(ImmutableList.toImmutableList()))
                .describer(findings -> BilingualText.of("发现 " + findings.size() + " 项问题",
                        findings.size() + " findings"));
        checks.forEach(check -> builder.add(check.asRule()));
        return builder.build();
    }

    @Override
    public String name() {
        return resolver.name();
    }

    /**
     * Returns the rules, in declared order.
     *
     * @return the rules, not null
     */
    public List<Rule<F, O>> rules() {
        return rules;
    }

    /**
     * Decides on facts: applies every rule, then resolves those that apply by the exceptions and the hit policy.
     * <p>
     * A rule that throws is left out of the decision and reported in {@link Decision#failures()}; the exception is
     * logged once at WARN.
     *
     * @param facts  the facts, not null
     * @return the decision, with an empty outcome if no rule applies, not null
     * @throws IllegalStateException if several rules apply under {@link HitPolicy#UNIQUE}
     */
    @Override
    public Decision<O> decide(F facts) {
        Objects.requireNonNull(facts, "facts");
        int[] applicable = new int[rules.size()];
        @SuppressWarnings("unchecked")
        O[] outcomes = (O[]) new Object[rules.size()];
        int count = 0;
        List<RuleFailure> failures = List.of();
        for (int i = 0; i < rules.size(); i++) {
            Optional<O> outcome;
            try {
                outcome = Objects.requireNonNull(rules.get(i).apply(facts), "rule returned null, not an Optional");
            } catch (RuntimeException e) {
                RuleRef ref = resolver.ref(i);
                LOG.warn("Rule '{}' of rule set '{}' failed; the decision leaves it out", ref.id(), name(), e);
                failures = failures.isEmpty() ? new ArrayList<>() : failures;
                failures.add(RuleFailure.of(name(), ref, e));
                continue;
            }
            if (outcome.isPresent()) {
                outcomes[i] = outcome.get();
                applicable[count++] = i;
            }
        }
        Decision<O> decision = resolver.resolve(applicable, count, i -> outcomes[i]);
        return failures.isEmpty() ? decision : decision.withFailures(failures);
    }

    @Override
    public String toString() {
        return "RuleSet{" + name() + ", " + rules.size() + " rules, " + resolver.policy() + "}";
    }

    /**
     * Builds a {@link RuleSet}. A builder is not thread-safe; the rule set it builds is.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     */
    public static final class Builder<F, O> {
        private final String name;
        private final HitPolicy policy;
        private final List<Rule<F, O>> rules = new ArrayList<>();
        private final List<RuleId[]> exceptions = new ArrayList<>();
        private Aggregation<O> aggregation;
        private Comparator<? super O> order;
        private Function<? super O, BilingualText> describer;

        private Builder(String name, HitPolicy policy) {
            this.name = name;
            this.policy = policy;
        }

        /**
         * Adds a rule, after those already added.
         *
         * @param rule  the rule, not null
         * @return this builder, not null
         */
        public Builder<F, O> add(Rule<F, O> rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Declares {@code exception} an exception to {@code base}: when both apply, only the exception does.
         *
         * @param exception  the exception's id, not null
         * @param base  the id of the rule it replaces, not null
         * @return this builder, not null
         */
        public Builder<F, O> exception(RuleId exception, RuleId base) {
            exceptions.add(new RuleId[] {Objects.requireNonNull(exception, "exception"),
                    Objects.requireNonNull(base, "base")});
            return this;
        }

        /**
         * Sets how outcomes combine under {@link HitPolicy#COLLECT}.
         *
         * @param aggregation  the aggregation, not null
         * @return this builder, not null
         */
        public Builder<F, O> aggregation(Aggregation<O> aggregation) {
            this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
            return this;
        }

        /**
         * Sets the order on outcomes, heavier is greater, used by {@link HitPolicy#PRIORITY} and by rule books.
         *
         * @param order  the order, not null
         * @return this builder, not null
         */
        public Builder<F, O> order(Comparator<? super O> order) {
            this.order = Objects.requireNonNull(order, "order");
            return this;
        }

        /**
         * Sets how an outcome reads in Chinese and English, for {@link Decision#explain()}.
         *
         * @param describer  the description of an outcome, not null
         * @return this builder, not null
         */
        public Builder<F, O> describer(Function<? super O, BilingualText> describer) {
            this.describer = Objects.requireNonNull(describer, "describer");
            return this;
        }

        /**
         * Builds the rule set.
         *
         * @return the rule set, not null
         * @throws IllegalArgumentException if the name is blank, two rules share an id, an exception names an
         *         unknown rule or closes a cycle, or the hit policy lacks its order or aggregation
         */
        public RuleSet<F, O> build() {
            return new RuleSet<>(this);
        }
    }
}
