package io.github.quanze.sanction;

import io.github.quanze.rule.OverriddenRule;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.VersionChoice;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;

/**
 * The wording of decisions to hold to account (处理决定的表述), kept apart from the tables: the lines of
 * {@link LegalWording}, as the reasons of a 处理决定书 state them.
 */
final class SanctionMessages {

    static final Template OUTCOME = Template.of("处理结果：{outcome}", "Outcome: {outcome}");
    static final Template FIRED = Template.of("适用规则 {id}「{title}」，依据{basis}", "Rule {id} applied: {title} ({basis})");
    static final Template FIRED_INTERPRETED = Template.of("适用规则 {id}「{title}」，依据{basis}；{interpretation}",
            "Rule {id} applied: {title} ({basis}; {interpretation})");
    static final Template OVERRIDDEN = Template.of("规则 {rule}「{title}」因例外规则 {by} 适用而不予适用",
            "Rule {rule} ({title}) gave way to exception {by}");
    static final Template SAME_VERSION = Template.of(
            "行为发生于{actDate}，处理于{decisionDate}，适用{applied}：行为时与处理时适用同一版本（依据：{basis}）",
            "Version: act on {actDate}, decided on {decisionDate}, applying {applied}: the same version was in force "
                    + "at the act and at the decision (basis: {basis})");
    static final Template ACT_TIME_VERSION = Template.of("行为发生于{actDate}，处理于{decisionDate}，适用{applied}："
                    + "适用行为时的规定（从旧），处理时的规定不轻于行为时的规定（依据：{basis}）",
            "Version: act on {actDate}, decided on {decisionDate}, applying {applied}: the version in force at the "
                    + "act applies, as the later version is not lighter (basis: {basis})");
    static final Template LIGHTER_LATER_VERSION = Template.of("行为发生于{actDate}，处理于{decisionDate}，适用{applied}："
                    + "处理时的规定处理较轻，适用处理时的规定（从轻）（依据：{basis}）",
            "Version: act on {actDate}, decided on {decisionDate}, applying {applied}: the version in force at the "
                    + "decision applies, as it gives a lighter outcome (basis: {basis})");

    private SanctionMessages() {}

    static BilingualText outcomeLine(BilingualText outcome) {
        return OUTCOME.render(Parameters.builder().put("outcome", outcome).build());
    }

    static BilingualText fired(RuleRef rule) {
        return (rule.interpretation().isPresent() ? FIRED_INTERPRETED : FIRED).render(rule.parameters());
    }

    static BilingualText overridden(OverriddenRule o) {
        return OVERRIDDEN.render(o.parameters());
    }

    static BilingualText version(VersionChoice v) {
        Template template = switch (v.reason()) {
            case SAME_VERSION -> SAME_VERSION;
            case ACT_TIME_VERSION -> ACT_TIME_VERSION;
            case LIGHTER_LATER_VERSION -> LIGHTER_LATER_VERSION;
        };
        return template.render(v.parameters());
    }
}
