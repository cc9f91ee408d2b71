package io.github.quanze.sanction;

import io.github.quanze.rule.WordingTemplates;
import io.github.quanze.text.Template;

/**
 * The wording of decisions to hold to account (处理决定的表述), kept apart from the tables: the templates of
 * {@link LegalWording}, as the reasons of a 处理决定书 state them.
 */
final class SanctionMessages {

    /** 处理结果：…; 适用规则 …「…」，依据…; 规则 … 因例外规则 … 适用而不予适用; 行为发生于…，处理于…，适用…. */
    static final WordingTemplates DECISION = new WordingTemplates(
            Template.of("处理结果：{outcome}", "Outcome: {outcome}"),
            Template.of("适用规则 {id}「{title}」，依据{basis}", "Rule {id} applied: {title} ({basis})"),
            Template.of("适用规则 {id}「{title}」，依据{basis}；{interpretation}",
                    "Rule {id} applied: {title} ({basis}; {interpretation})"),
            Template.of("规则 {rule}「{title}」因例外规则 {by} 适用而不予适用", "Rule {rule} ({title}) gave way to exception {by}"),
            Template.of("行为发生于{actDate}，处理于{decisionDate}，适用{applied}：行为时与处理时适用同一版本（依据：{basis}）",
                    "Version: act on {actDate}, decided on {decisionDate}, applying {applied}: the same version was "
                            + "in force at the act and at the decision (basis: {basis})"),
            Template.of("行为发生于{actDate}，处理于{decisionDate}，适用{applied}：适用行为时的规定（从旧），处理时的规定不轻于"
                            + "行为时的规定（依据：{basis}）",
                    "Version: act on {actDate}, decided on {decisionDate}, applying {applied}: the version in force at "
                            + "the act applies, as the later version is not lighter (basis: {basis})"),
            Template.of("行为发生于{actDate}，处理于{decisionDate}，适用{applied}：处理时的规定处理较轻，适用处理时的规定（从轻）"
                            + "（依据：{basis}）",
                    "Version: act on {actDate}, decided on {decisionDate}, applying {applied}: the version in force at "
                            + "the decision applies, as it gives a lighter outcome (basis: {basis})"));

    private SanctionMessages() {}
}
