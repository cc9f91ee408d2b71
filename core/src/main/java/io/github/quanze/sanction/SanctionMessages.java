package io.github.quanze.sanction;

import io.github.quanze.rule.OverriddenRule;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.VersionChoice;
import io.github.quanze.rule.VersionReason;
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
    static final Template VERSION = Template.of("行为发生于{actDate}，处理于{decisionDate}，适用{applied}：{reason}（依据：{basis}）",
            "Version: act on {actDate}, decided on {decisionDate}, applying {applied}: {reason} (basis: {basis})");
    static final BilingualText SAME_VERSION = BilingualText.of("行为时与处理时适用同一版本",
            "the same version was in force at the act and at the decision");
    static final BilingualText ACT_TIME_VERSION = BilingualText.of("适用行为时的规定（从旧），处理时的规定不轻于行为时的规定",
            "the version in force at the act applies, as the later version is not lighter");
    static final BilingualText LIGHTER_LATER_VERSION = BilingualText.of("处理时的规定处理较轻，适用处理时的规定（从轻）",
            "the version in force at the decision applies, as it gives a lighter outcome");

    private SanctionMessages() {}

    static BilingualText outcomeLine(BilingualText outcome) {
        return OUTCOME.render(Parameters.builder().put("outcome", outcome).build());
    }

    static BilingualText fired(RuleRef rule) {
        Parameters.Builder p = Parameters.builder().put("id", rule.id().value()).put("title", rule.title())
                .put("basis", rule.basis());
        rule.interpretation().ifPresent(note -> p.put("interpretation", note));
        return (rule.interpretation().isPresent() ? FIRED_INTERPRETED : FIRED).render(p.build());
    }

    static BilingualText overridden(OverriddenRule o) {
        return OVERRIDDEN.render(Parameters.builder().put("rule", o.rule().id().value())
                .put("title", o.rule().title()).put("by", o.by().id().value()).build());
    }

    static BilingualText version(VersionChoice v) {
        return VERSION.render(Parameters.builder().put("actDate", v.actDate()).put("decisionDate", v.decisionDate())
                .put("applied", v.applied()).put("reason", reason(v.reason())).put("basis", v.basis()).build());
    }

    /** The reason for a version under 从旧兼从轻, as a decision states it. */
    static BilingualText reason(VersionReason reason) {
        return switch (reason) {
            case SAME_VERSION -> SAME_VERSION;
            case ACT_TIME_VERSION -> ACT_TIME_VERSION;
            case LIGHTER_LATER_VERSION -> LIGHTER_LATER_VERSION;
        };
    }
}
