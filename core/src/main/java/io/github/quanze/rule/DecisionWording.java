package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a decision reads (决定的表述): the words for an outcome, for each rule fired or overridden, for the version a
 * rule book applied, and how they make up the explanation of a {@link Decision}.
 * <p>
 * The rule engine knows no domain, so it does not say "处理结果" or "行为发生于…": the domain that makes the
 * decision supplies its wording, set on the table or rule set ({@link TableSpec.Builder#wording},
 * {@link RuleSet.Builder#wording}): its templates ({@link #of}), or an implementation of its own. Every method but
 * {@link #outcome} has a plain default, which states the decision's data without the words of any domain
 * ({@link #describing}); an implementation overrides the lines it words differently, or {@link #explain} to arrange
 * them differently. Implementations are pure and thread-safe, and keep
 * their templates apart from the rules, as every rendering in quanze does.
 *
 * @param <O>  the type of the outcome
 */
public interface DecisionWording<O> {

    /**
     * Describes an outcome, such as 书面检查 / written self-criticism.
     *
     * @param outcome  the outcome, not null
     * @return the description, not null
     */
    BilingualText outcome(O outcome);

    /**
     * Says that there is no outcome: no rule applies, or, when a rule failed, the decision could not be made.
     *
     * @param failed  whether a rule failed while deciding
     * @return the text, not null
     */
    default BilingualText noOutcome(boolean failed) {
        return RuleMessages.noOutcome(failed);
    }

    /**
     * Words the first line of an explanation, which gives the outcome.
     *
     * @param outcome  the outcome in words, {@link #outcome} or {@link #noOutcome}, not null
     * @return the line, not null
     */
    default BilingualText outcomeLine(BilingualText outcome) {
        return RuleMessages.outcomeLine(RuleMessages.PLAIN, outcome);
    }

    /**
     * Words the line of a rule that fired: its id, title, citation and any interpretation.
     *
     * @param rule  the rule, not null
     * @return the line, not null
     */
    default BilingualText fired(RuleRef rule) {
        return RuleMessages.fired(RuleMessages.PLAIN, rule);
    }

    /**
     * Words the line of a rule that gave way to an exception.
     *
     * @param overridden  the rule and the exception, not null
     * @return the line, not null
     */
    default BilingualText overridden(OverriddenRule overridden) {
        return RuleMessages.overridden(RuleMessages.PLAIN, overridden);
    }

    /**
     * Words the line of the version a rule book applied and why.
     *
     * @param version  the version choice, not null
     * @return the line, not null
     */
    default BilingualText version(VersionChoice version) {
        return RuleMessages.version(RuleMessages.PLAIN, version);
    }

    /**
     * Explains a decision, one statement a line: the outcome, each rule fired, each rule overridden, the version,
     * then each rule that failed ({@link RuleFailure#message()}).
     *
     * @param decision  the decision, not null
     * @return the explanation in Chinese and English, not null
     */
    default BilingualText explain(Decision<? extends O> decision) {
        return RuleMessages.explain(this, decision);
    }

    /**
     * Obtains the plain wording with a description of outcomes.
     *
     * @param <O>  the type of the outcome
     * @param outcome  describes an outcome, not null
     * @return the wording, not null
     */
    static <O> DecisionWording<O> describing(Function<? super O, BilingualText> outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return outcome::apply;
    }

    /**
     * Obtains a wording from templates, one for each line ({@link WordingTemplates}), and a description of outcomes:
     * how a domain words its decisions.
     *
     * @param <O>  the type of the outcome
     * @param outcome  describes an outcome, not null
     * @param templates  the templates of the lines, not null
     * @return the wording, not null
     */
    static <O> DecisionWording<O> of(Function<? super O, BilingualText> outcome, WordingTemplates templates) {
        return new TemplatedWording<>(Objects.requireNonNull(outcome, "outcome"),
                Objects.requireNonNull(templates, "templates"));
    }

    /**
     * Obtains the plain wording, which describes an outcome by its {@code toString()} in both languages.
     *
     * @param <O>  the type of the outcome
     * @return the wording, not null
     */
    static <O> DecisionWording<O> plain() {
        return o -> {
            String text = String.valueOf(o);
            return BilingualText.of(text, text);
        };
    }
}
