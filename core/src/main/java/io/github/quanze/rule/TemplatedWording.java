package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import java.util.function.Function;

/** A wording from templates ({@link DecisionWording#of}). */
final class TemplatedWording<O> implements DecisionWording<O> {

    private final Function<? super O, BilingualText> outcome;
    private final WordingTemplates templates;

    TemplatedWording(Function<? super O, BilingualText> outcome, WordingTemplates templates) {
        this.outcome = outcome;
        this.templates = templates;
    }

    @Override
    public BilingualText outcome(O value) {
        return outcome.apply(value);
    }

    @Override
    public BilingualText outcomeLine(BilingualText text) {
        return RuleMessages.outcomeLine(templates, text);
    }

    @Override
    public BilingualText fired(RuleRef rule) {
        return RuleMessages.fired(templates, rule);
    }

    @Override
    public BilingualText overridden(OverriddenRule overridden) {
        return RuleMessages.overridden(templates, overridden);
    }

    @Override
    public BilingualText version(VersionChoice version) {
        return RuleMessages.version(templates, version);
    }

    @Override
    public String toString() {
        return "DecisionWording{" + templates.outcome() + "}";
    }
}
