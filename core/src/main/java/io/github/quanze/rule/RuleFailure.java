package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.Objects;

/**
 * A rule that failed while deciding (规则执行失败), as an {@link Severity#ERROR} finding.
 * <p>
 * A rule supplied by the caller that throws is a bug in the rule, not a legal outcome, but one bug must not hide
 * what the other rules found. {@link RuleSet#decide} therefore leaves the failing rule out, decides with the rest,
 * and reports the failure in {@link Decision#failures()}; it also logs the exception once at WARN through SLF4J. A
 * decision with a failure is incomplete: it must not be relied on until the rule is fixed and the case decided
 * again.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param ruleSet  the name of the rule set the rule belongs to, not null
 * @param rule  the rule that failed, with its id, title and basis, not null
 * @param error  the exception the rule threw, as its class name and message, not null
 */
public record RuleFailure(String ruleSet, RuleRef rule, String error) implements Finding {

    /** The stable machine code of every rule failure. */
    public static final String CODE = "RULE.FAILED";

    /**
     * Creates a rule failure.
     *
     * @param ruleSet  the name of the rule set the rule belongs to, not null
     * @param rule  the rule that failed, with its id, title and basis, not null
     * @param error  the exception the rule threw, as its class name and message, not null
     */
    public RuleFailure {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(error, "error");
    }

    /**
     * Obtains the failure of a rule that threw an exception.
     *
     * @param ruleSet  the name of the rule set, not null
     * @param rule  the rule that failed, not null
     * @param exception  what it threw, not null
     * @return the failure, not null
     */
    static RuleFailure of(String ruleSet, RuleRef rule, RuntimeException exception) {
        return new RuleFailure(ruleSet, rule, exception.toString());
    }

    /** Returns {@value #CODE}. */
    @Override
    public String code() {
        return CODE;
    }

    /** Returns {@link Severity#ERROR}: the decision is incomplete. */
    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    /** Returns the rule set ({@code ruleSet}), the rule's id ({@code rule}) and title, and the error. */
    @Override
    public Parameters parameters() {
        return Parameters.builder().put("ruleSet", ruleSet).put("rule", rule.id().value()).put("title", rule.title())
                .put("error", error).build();
    }

    @Override
    public BilingualText message() {
        return RuleMessages.failure(this);
    }

    /** Returns the basis of the rule that failed: what the decision could not apply. */
    @Override
    public Citation basis() {
        return rule.basis();
    }
}
