package io.github.quanze.rule;

/**
 * How the outcomes of several applicable rules combine into one (命中策略), after exceptions have removed the rules
 * they override. The names and meanings follow DMN.
 */
public enum HitPolicy {
    /**
     * At most one rule may apply; two applicable rules are an error in the rule set, reported by
     * verification as an overlap and, if it happens anyway, by an exception when deciding.
     */
    UNIQUE,
    /** The first applicable rule in declared order wins; later rules it covers are shadowed. */
    FIRST,
    /** The applicable rule with the heaviest outcome wins, by the rule set's order on outcomes. */
    PRIORITY,
    /** Every applicable rule contributes; an aggregation combines their outcomes into one. */
    COLLECT
}
