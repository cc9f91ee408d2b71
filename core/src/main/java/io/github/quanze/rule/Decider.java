package io.github.quanze.rule;

/**
 * Something that decides (决定者): a {@link RuleSet} or a {@link DecisionTable}, which a {@link RuleBook} holds one
 * version of at a time.
 * <p>
 * The interface is sealed: a decision's failures, overrides and citations are only as sound as the engine that
 * made them, so custom logic enters as a {@link Rule} or {@link Check} of a rule set, which are the extension
 * points, not as a decider of its own.
 *
 * @param <F>  the type of the facts
 * @param <O>  the type of the outcome
 */
public sealed interface Decider<F, O> permits RuleSet, DecisionTable {

    /**
     * Returns the name, used in decisions and messages.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Decides on facts.
     *
     * @param facts  the facts, not null
     * @return the decision, with an empty outcome if no rule applies, not null
     * @throws IllegalArgumentException if the facts are null or hold a value the rules cannot read
     * @throws IllegalStateException if several rules apply under {@link HitPolicy#UNIQUE}
     */
    Decision<O> decide(F facts);
}
