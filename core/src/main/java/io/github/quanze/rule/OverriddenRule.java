package io.github.quanze.rule;

import io.github.quanze.text.Parameters;
import java.util.Objects;

/**
 * A rule that applied but gave way to an exception (被排除适用的规则): "一般给予…；有下列情形之一的，从重…".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param rule  the rule that applied but was overridden, not null
 * @param by  the applicable exception that overrode it, not null
 */
public record OverriddenRule(RuleRef rule, RuleRef by) {

    /**
     * Creates an overridden rule.
     *
     * @param rule  the rule that applied but was overridden, not null
     * @param by  the applicable exception that overrode it, not null
     */
    public OverriddenRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(by, "by");
    }

    /**
     * Returns the typed parameters a wording renders it from: the overridden rule's id ({@code rule}) and
     * {@code title}, and the id of the exception ({@code by}).
     *
     * @return the parameters, not null
     */
    public Parameters parameters() {
        return Parameters.builder().put("rule", rule.id().value()).put("title", rule.title())
                .put("by", by.id().value()).build();
    }
}
