package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An exception between rules (例外规则): when rule {@code rule} applies, the rules it overrides do not, as statutes
 * write "一般给予…；有下列情形之一的，从重…". An exception reaches further through the exceptions it overrides: if A
 * overrides B and B overrides C, A overrides C.
 * <p>
 * An exception to every other rule ({@link #everyOther()}), such as an exemption that clears any sanction, does
 * not override the other rules declared so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param rule  the exception's id, not null
 * @param overridden  the ids of the rules it overrides, each once, in declared order; empty for an exception to
 *        every other rule, not null
 * @param everyOther  whether it overrides every other rule not itself an exception to every other rule
 */
public record Overriding(RuleId rule, List<RuleId> overridden, boolean everyOther) {

    /**
     * Creates an exception.
     *
     * @param rule  the exception's id, not null
     * @param overridden  the ids of the rules it overrides, each once, in declared order; empty for an exception to
     *         every other rule, not null
     * @param everyOther  whether it overrides every other rule not itself an exception to every other rule
     * @throws IllegalArgumentException if it overrides nothing, lists a rule twice or itself, or lists rules as well
     *         as every other
     */
    public Overriding {
        Objects.requireNonNull(rule, "rule");
        overridden = ImmutableList.copyOf(overridden);
        checkArgument(everyOther ? overridden.isEmpty() : !overridden.isEmpty(), "Rule '%s' must override either "
                + "rules it names or every other rule, but was given %s and everyOther %s", rule, overridden,
                everyOther);
        checkArgument(new HashSet<>(overridden).size() == overridden.size(), "Rule '%s' overrides a rule twice: %s",
                rule, overridden);
        checkArgument(!overridden.contains(rule), "Rule '%s' cannot be an exception to itself", rule);
    }

    /**
     * Obtains an exception to the rules named.
     *
     * @param rule  the exception's id, not null
     * @param overridden  the rules it overrides, at least one, each once, not null
     * @return the exception, not null
     * @throws IllegalArgumentException if it lists no rule, a rule twice, or itself
     */
    public static Overriding of(RuleId rule, List<RuleId> overridden) {
        return new Overriding(rule, overridden, false);
    }

    /**
     * Obtains an exception to every other rule.
     *
     * @param rule  the exception's id, not null
     * @return the exception, not null
     */
    public static Overriding ofEveryOther(RuleId rule) {
        return new Overriding(rule, List.of(), true);
    }

    /** Returns the exception as a table prints it: {@code A overrides B, C} or {@code A overrides every other}. */
    @Override
    public String toString() {
        return rule + " overrides " + (everyOther ? "every other" : String.join(", ",
                overridden.stream().map(RuleId::value).toList()));
    }
}
