package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule set (规则集): rules written as code, with exceptions between them and a hit policy.
 * <p>
 * Use a rule set for rules whose conditions are not a table of values: checks that compute over a subject and
 * return findings ({@link #ofChecks}), or decisions that need arithmetic. Where conditions are values of a few
 * inputs, a {@link DecisionTable} is faster and can be verified. A rule declared an exception to another
 * ({@link RuleBuilder#overrides}) replaces it whenever both apply, as statutes write "一般给予…；有下列情形之一的，
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
        builder.settings.check();
        List<Rule<F, O>> built = new ArrayList<>();
        List<Overriding> exceptions = new ArrayList<>();
        for (RuleBuilder<F, O> rule : builder.rules) {
            built.add(rule.toRule());
            rule.draft.overriding().ifPresent(exceptions::add);
        }
        this.rules = ImmutableList.copyOf(built);
        List<RuleRef> refs = new ArrayList<>();
        rules.forEach(rule -> refs.add(Objects.requireNonNull(rule.ref(), "rule ref")));
        this.resolver = new Resolver<>(builder.name, "rule", refs, builder.settings,
                Exceptions.close(builder.settings.owner, "rule", refs.stream().map(RuleRef::id).toList(),
                        exceptions));
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
                .wording(RuleMessages::findings);
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
     * Builds a {@link RuleSet} (规则集构建器): settings, then rules, each written with {@link #rule(String)} or added whole with
     * {@link #add(Rule)}, in the style of {@link TableSpec.Builder}. Every setting is made once; a second call fails,
     * naming both values. A builder is not thread-safe; the rule set it builds is.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     */
    public static final class Builder<F, O> {
        private final String name;
        private final DeciderSettings<O> settings;
        private final List<RuleBuilder<F, O>> rules = new ArrayList<>();

        private Builder(String name, HitPolicy policy) {
            this.settings = new DeciderSettings<>("Rule set", name, policy);
            this.name = name;
        }

        /**
         * Starts a rule after those already added; its title, citation, condition and outcome follow.
         *
         * @param id  the rule's stable id, not null
         * @return the rule's builder, not null
         * @throws IllegalArgumentException if the id is malformed or taken
         */
        public RuleBuilder<F, O> rule(String id) {
            return add(new RuleBuilder<>(this, new RuleDraft("Rule set", name, "rule", id), null));
        }

        /**
         * Adds a rule written as code, such as a {@link Check#asRule()}, after those already added; the rules it
         * overrides may follow.
         *
         * @param rule  the rule, not null
         * @return the rule's builder, whose title, citation, condition and outcome are the rule's, not null
         * @throws IllegalArgumentException if the id is taken
         */
        public RuleBuilder<F, O> add(Rule<F, O> rule) {
            Objects.requireNonNull(rule, "rule");
            return add(new RuleBuilder<>(this, new RuleDraft("Rule set", name, "rule",
                    Objects.requireNonNull(rule.ref(), "rule ref")), rule));
        }

        private RuleBuilder<F, O> add(RuleBuilder<F, O> rule) {
            for (RuleBuilder<F, O> earlier : rules) {
                checkArgument(!earlier.draft.id().equals(rule.draft.id()), "%s has duplicate rule id '%s'",
                        settings.owner, rule.draft.id());
            }
            rules.add(rule);
            return rule;
        }

        /**
         * Sets how outcomes combine under {@link HitPolicy#COLLECT}.
         *
         * @param aggregation  the aggregation, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the aggregation is set already
         */
        public Builder<F, O> aggregation(Aggregation<O> aggregation) {
            settings.aggregation(aggregation);
            return this;
        }

        /**
         * Sets the order on outcomes, heavier is greater, used by {@link HitPolicy#PRIORITY} and by rule books.
         *
         * @param order  the order, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the order is set already
         */
        public Builder<F, O> order(Comparator<? super O> order) {
            settings.order(order);
            return this;
        }

        /**
         * Sets how the rule set's decisions read ({@link Decision#explain()}); the plain wording otherwise.
         *
         * @param wording  the wording, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the wording is set already
         */
        public Builder<F, O> wording(DecisionWording<? super O> wording) {
            settings.wording(wording);
            return this;
        }

        /**
         * Builds the rule set.
         *
         * @return the rule set, not null
         * @throws IllegalArgumentException if a rule lacks its title, citation, condition or outcome, an exception
         *         names an unknown rule or closes a cycle, or the hit policy lacks its order or aggregation
         */
        public RuleSet<F, O> build() {
            return new RuleSet<>(this);
        }
    }

    /**
     * Builds one rule of a {@link RuleSet} (规则构建器): its title and citation, its condition and outcome, and the rules it
     * overrides, each set once, as {@link TableSpec.RowBuilder} builds a row. A rule added whole
     * ({@link Builder#add(Rule)}) has its title, citation, condition and outcome already.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     */
    public static final class RuleBuilder<F, O> {
        private final Builder<F, O> set;
        private final RuleDraft draft;
        private final Rule<F, O> whole;
        private Predicate<? super F> when;
        private Function<? super F, ? extends O> then;

        private RuleBuilder(Builder<F, O> set, RuleDraft draft, Rule<F, O> whole) {
            this.set = set;
            this.draft = draft;
            this.whole = whole;
        }

        /**
         * Sets what the rule says, in Chinese and English.
         *
         * @param title  the title, not null
         * @return this rule, not null
         * @throws IllegalArgumentException if the title is set already
         */
        public RuleBuilder<F, O> title(BilingualText title) {
            draft.title(title);
            return this;
        }

        /**
         * Sets what the rule rests on, such as provisions of law.
         *
         * @param basis  the citation, not null
         * @return this rule, not null
         * @throws IllegalArgumentException if the citation is set already
         */
        public RuleBuilder<F, O> basis(Citation basis) {
            draft.basis(basis);
            return this;
        }

        /**
         * Sets what the rule adds to its citation and on whose authority (解释).
         *
         * @param interpretation  the interpretation, not null
         * @return this rule, not null
         * @throws IllegalArgumentException if the interpretation is set already
         */
        public RuleBuilder<F, O> interpretation(BilingualText interpretation) {
            draft.interpretation(interpretation);
            return this;
        }

        /**
         * Sets when the rule applies.
         *
         * @param condition  the condition on the facts, not null
         * @return this rule, not null
         * @throws IllegalArgumentException if the condition is set already, or the rule was added whole
         */
        public RuleBuilder<F, O> when(Predicate<? super F> condition) {
            checkArgument(whole == null, "%s was added whole; its condition is its own", draft.owner());
            when = draft.<Predicate<? super F>>once("condition", when, Objects.requireNonNull(condition, "condition"));
            return this;
        }

        /**
         * Sets the outcome when the rule applies, computed from the facts.
         *
         * @param outcome  the outcome of the facts, not null
         * @return this rule, not null
         * @throws IllegalArgumentException if the outcome is set already, or the rule was added whole
         */
        public RuleBuilder<F, O> then(Function<? super F, ? extends O> outcome) {
            checkArgument(whole == null, "%s was added whole; its outcome is its own", draft.owner());
            then = draft.<Function<? super F, ? extends O>>once("outcome", then, Objects.requireNonNull(outcome, "outcome"));
            return this;
        }

        /**
         * Declares this rule an exception to other rules: when both apply, only this one does.
         *
         * @param ids  the ids of the rules it overrides, at least one, not null
         * @return this rule, not null
         * @throws IllegalArgumentException if an id is malformed, this rule's own, or named twice
         */
        public RuleBuilder<F, O> overrides(String... ids) {
            draft.overrides(Arrays.stream(Objects.requireNonNull(ids, "ids")).map(RuleId::of).toList());
            return this;
        }

        /**
         * Declares this rule an exception to every other rule but those declared so too.
         *
         * @return this rule, not null
         * @throws IllegalArgumentException if the rule names rules it overrides, or is declared so already
         */
        public RuleBuilder<F, O> overridesEveryOther() {
            draft.overridesEveryOther();
            return this;
        }

        /**
         * Starts the next rule (see {@link Builder#rule(String)}).
         *
         * @param id  the next rule's id, not null
         * @return the next rule's builder, not null
         * @throws IllegalArgumentException if the id is malformed or taken
         */
        public RuleBuilder<F, O> rule(String id) {
            return set.rule(id);
        }

        /**
         * Adds the next rule whole (see {@link Builder#add(Rule)}).
         *
         * @param rule  the rule, not null
         * @return the next rule's builder, not null
         * @throws IllegalArgumentException if the id is taken
         */
        public RuleBuilder<F, O> add(Rule<F, O> rule) {
            return set.add(rule);
        }

        /**
         * Builds the rule set (see {@link Builder#build()}).
         *
         * @return the rule set, not null
         * @throws IllegalArgumentException as {@link Builder#build()} does
         */
        public RuleSet<F, O> build() {
            return set.build();
        }

        private Rule<F, O> toRule() {
            if (whole != null) {
                return whole;
            }
            List<String> missing = new ArrayList<>();
            draft.missing(missing);
            if (when == null) {
                missing.add("condition");
            }
            if (then == null) {
                missing.add("outcome");
            }
            draft.complete(missing);
            return Rule.of(draft.ref(), when, then);
        }
    }
}
