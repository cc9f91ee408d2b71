package io.github.quanze.sanction;

import io.github.quanze.rule.DecisionWording;
import io.github.quanze.text.BilingualText;
import java.util.function.Function;

/**
 * The wording of a decision to hold to account (处理决定的表述), as the reasons of a 处理决定书 state it: 处理结果：…;
 * 适用规则 …「…」，依据…; 规则 … 因例外规则 … 适用而不予适用; 行为发生于…，处理于…，适用…：处理时的规定处理较轻，适用
 * 处理时的规定（从轻）.
 * <p>
 * The national sanction tables word their decisions so, and so do the tables that decide measures on assessments;
 * an embedding system uses it for its own tables of the same kind.
 */
public final class LegalWording {

    private LegalWording() {}

    /**
     * Obtains the wording with a description of outcomes.
     *
     * @param <O>  the type of the outcome
     * @param outcome  describes an outcome, such as {@code Sanction::describe}, not null
     * @return the wording, not null
     */
    public static <O> DecisionWording<O> of(Function<? super O, BilingualText> outcome) {
        return DecisionWording.of(outcome, SanctionMessages.DECISION);
    }
}
