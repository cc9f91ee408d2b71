package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import io.github.quanze.text.TextBuilder;

/**
 * The wording of the rule engine itself (规则引擎的措辞): the plain lines of a {@link DecisionWording}, the message
 * of a {@link RuleFailure}. The lines say what the decision's data are, in the words of no domain: a domain words
 * its decisions through its own {@link DecisionWording}.
 */
final class RuleMessages {

    static final BilingualText NO_APPLICABLE_RULE = BilingualText.of("无适用规则", "no applicable rule");
    static final BilingualText NOT_DECIDED = BilingualText.of("未能决定：规则执行失败，无法确定是否有适用规则",
            "not decided: a rule failed, so it is unknown whether any rule applies");

    /** The plain wording: the decision's data, in the words of no domain. */
    static final WordingTemplates PLAIN = new WordingTemplates(
            Template.of("结果：{outcome}", "Outcome: {outcome}"),
            Template.of("适用 {id}「{title}」（{basis}）", "Applied {id}: {title} ({basis})"),
            Template.of("适用 {id}「{title}」（{basis}；{interpretation}）",
                    "Applied {id}: {title} ({basis}; {interpretation})"),
            Template.of("{rule}「{title}」让位于例外 {by}", "{rule} ({title}) gave way to exception {by}"),
            Template.of("版本：{applied}（行为日{actDate}，决定日{decisionDate}；两日适用同一版本；{basis}）",
                    "Version: {applied} (act on {actDate}, decided on {decisionDate}; one version in force on both "
                            + "days; {basis})"),
            Template.of("版本：{applied}（行为日{actDate}，决定日{decisionDate}；适用行为日的版本，决定日的版本结果不更轻；{basis}）",
                    "Version: {applied} (act on {actDate}, decided on {decisionDate}; the act-date version, as the "
                            + "decision-date version is not lighter; {basis})"),
            Template.of("版本：{applied}（行为日{actDate}，决定日{decisionDate}；适用决定日的版本，其结果更轻；{basis}）",
                    "Version: {applied} (act on {actDate}, decided on {decisionDate}; the decision-date version, as "
                            + "its outcome is lighter; {basis})"));
    static final Template FAILURE = Template.of(
            "规则集「{ruleSet}」的规则 {rule}「{title}」执行失败（{error}），本决定未适用该规则，应当修正规则后重新决定",
            "Rule {rule} ({title}) of rule set '{ruleSet}' failed ({error}); the decision leaves it out and must be "
                    + "made again once the rule is fixed");

    static final Template GAP = Template.of("决策表「{table}」有输入无任何行覆盖：{pattern}",
            "Table '{table}': no row covers {pattern}");
    static final Template OVERLAP = Template.of("决策表「{table}」的行 {first} 与 {second} 对同一输入均适用（唯一命中）：{pattern}",
            "Table '{table}': rows {first} and {second} both apply under UNIQUE to {pattern}");
    static final Template SHADOWED = Template.of("决策表「{table}」的行 {row} 被前面的行完全覆盖，永不适用（首条命中）",
            "Table '{table}': row {row} never fires under FIRST, as earlier rows cover it");
    static final Template EMPTY_ROW = Template.of("决策表「{table}」的行 {row} 不匹配任何输入",
            "Table '{table}': row {row} matches no input");
    static final Template DISPROPORTION = Template.of(
            "决策表「{table}」过罚不相当：{column} 更重的输入（{graver}）结果为「{graverOutcome}」，轻于较轻输入（{lesser}）的「{lesserOutcome}」",
            "Table '{table}': a graver {column} ({graver}) gets {graverOutcome}, lighter than {lesserOutcome} for "
                    + "{lesser}");
    static final Template CLEAN = Template.of("决策表「{table}」校验通过：无缺口、重叠、遮蔽、空行或过罚不相当",
            "Table '{table}' verified: no gap, overlap, shadowed row, empty row or disproportion");
    static final Template FOUND = Template.of("决策表「{table}」校验发现 {count} 项问题：",
            "Table '{table}': verification found {count} issues:");

    static final Template FINDINGS = Template.of("发现 {count} 项问题", "{count} findings");

    private RuleMessages() {}

    /** Describes the outcome of a rule set of checks: how many findings. */
    static BilingualText findings(java.util.List<?> findings) {
        return FINDINGS.render(Parameters.builder().put("count", (long) findings.size()).build());
    }

    static BilingualText tableFinding(TableFinding finding) {
        Template template = switch (finding.kind()) {
            case GAP -> GAP;
            case OVERLAP -> OVERLAP;
            case SHADOWED -> SHADOWED;
            case EMPTY_ROW -> EMPTY_ROW;
            case DISPROPORTION -> DISPROPORTION;
        };
        return template.render(finding.parameters());
    }

    static BilingualText verification(String table, java.util.List<TableFinding> findings) {
        Parameters parameters = Parameters.builder().put("table", table).put("count", (long) findings.size()).build();
        if (findings.isEmpty()) {
            return CLEAN.render(parameters);
        }
        TextBuilder text = TextBuilder.of(FOUND.render(parameters));
        for (TableFinding finding : findings) {
            text.append("\n- ", finding.message());
        }
        return text.build();
    }

    static BilingualText noOutcome(boolean failed) {
        return failed ? NOT_DECIDED : NO_APPLICABLE_RULE;
    }

    static BilingualText outcomeLine(WordingTemplates templates, BilingualText outcome) {
        return templates.outcome().render(Parameters.builder().put("outcome", outcome).build());
    }

    static BilingualText fired(WordingTemplates templates, RuleRef rule) {
        return (rule.interpretation().isPresent() ? templates.firedInterpreted() : templates.fired())
                .render(rule.parameters());
    }

    static BilingualText overridden(WordingTemplates templates, OverriddenRule o) {
        return templates.overridden().render(o.parameters());
    }

    static BilingualText version(WordingTemplates templates, VersionChoice v) {
        return templates.version(v.reason()).render(v.parameters());
    }

    static BilingualText failure(RuleFailure failure) {
        return FAILURE.render(failure.parameters());
    }

    /** Joins the lines of a decision, as {@link DecisionWording#explain} does by default. */
    static <O> BilingualText explain(DecisionWording<O> wording, Decision<? extends O> decision) {
        TextBuilder text = TextBuilder.of(wording.outcomeLine(outcomeText(wording, decision)));
        for (RuleRef rule : decision.fired()) {
            text.append("\n", wording.fired(rule));
        }
        for (OverriddenRule o : decision.overridden()) {
            text.append("\n", wording.overridden(o));
        }
        decision.version().ifPresent(v -> text.append("\n", wording.version(v)));
        for (RuleFailure failure : decision.failures()) {
            text.append("\n", failure.message());
        }
        return text.build();
    }

    static <O> BilingualText outcomeText(DecisionWording<O> wording, Decision<? extends O> decision) {
        return decision.outcome().isPresent() ? wording.outcome(decision.outcome().get())
                : wording.noOutcome(decision.hasFailures());
    }
}
