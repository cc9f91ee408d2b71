package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import io.github.quanze.text.TextBuilder;
import java.util.List;

/**
 * The wording of the verification of discretion standards (裁量基准校验消息): one template per kind of finding,
 * rendered from its parameters; a finding of an interpretation adds the interpretation's note.
 */
final class VerificationMessages {

    static final Template PROVISION_NOT_IN_FORCE = Template.of(
            "裁量基准{standard}事项{item}引用的{provisions}在基准施行之日（{day}）未施行或者已失效",
            "Standard {standard}, item {item}: {provisions} is not in force on the standard's first day ({day})");
    static final Template ROW_PROVISION_NOT_IN_FORCE = Template.of(
            "裁量基准{standard}事项{item}的格次{row}（{tier}）引用的{provisions}在基准施行之日（{day}）未施行或者已失效",
            "Standard {standard}, item {item}: row {row} ({tier}) cites {provisions}, which is not in force on the "
                    + "standard's first day ({day})");
    static final Template NO_PROVISION = Template.of("裁量基准{standard}事项{item}的格次{row}（{tier}）未引用任何依据",
            "Standard {standard}, item {item}: row {row} ({tier}) cites no provision");
    static final Template KIND_NOT_ALLOWED = Template.of(
            "裁量基准{standard}事项{item}的格次{row}（{tier}）设定了法定处罚种类以外的{kinds}",
            "Standard {standard}, item {item}: row {row} ({tier}) imposes {kinds}, which the statute does not "
                    + "provide for the item");
    static final Template KIND_NOT_ALLOWED_MITIGATED = Template.of(
            "裁量基准{standard}事项{item}的减轻处罚格次{row}（{tier}）设定了法定处罚种类以外的{kinds}（解释：减轻处罚可以低于"
                    + "法定下限或者改处较轻的法定种类，但不改处法定种类以外的处罚，为本库对行政处罚法第三十条至第三十二条“减轻”的理解）",
            "Standard {standard}, item {item}: mitigated row {row} ({tier}) imposes {kinds}, which the statute does "
                    + "not provide for the item (Interpretation: a mitigated penalty may go below the statutory minimum "
                    + "or to a lighter kind the statute provides, never to a kind it does not; our reading of 减轻 in "
                    + "Arts 30-32 of the Administrative Penalty Law)");
    static final Template MANDATORY_KIND_MISSING = Template.of(
            "裁量基准{standard}事项{item}的格次{row}（{tier}）遗漏了法律规定应当给予的{kinds}",
            "Standard {standard}, item {item}: row {row} ({tier}) omits {kinds}, which the statute mandates");
    static final Template ABOVE_MAXIMUM = Template.of(
            "裁量基准{standard}事项{item}的格次{row}（{tier}）高于法定罚款幅度（{statute}）的上限",
            "Standard {standard}, item {item}: row {row} ({tier}) goes above the statutory maximum ({statute})");
    static final Template BELOW_MINIMUM = Template.of(
            "裁量基准{standard}事项{item}的格次{row}（{tier}）低于法定罚款幅度（{statute}）的下限，而该格次不是减轻处罚",
            "Standard {standard}, item {item}: row {row} ({tier}) goes below the statutory minimum ({statute}), "
                    + "though it is not a mitigated tier");
    static final Template FORM_MISMATCH = Template.of(
            "裁量基准{standard}事项{item}的格次{row}（{tier}）的罚款与法定罚款幅度（{statute}）形式不同，无法比较",
            "Standard {standard}, item {item}: row {row} ({tier}) states its fine in another form than the statute "
                    + "({statute}), so they cannot be compared");
    static final Template LEVEL_ORDER = Template.of(
            "裁量基准{standard}事项{item}的格次{graverRow}（{graverTier}）重于格次{lighterRow}（{lighterTier}），"
                    + "罚款幅度却更低",
            "Standard {standard}, item {item}: row {graverRow} ({graverTier}) is of a graver level than row "
                    + "{lighterRow} ({lighterTier}), yet its fine is lower");
    static final Template MITIGATION_IGNORED = Template.of(
            "裁量基准{standard}事项{item}的格次{row}（{level}）可适用于依法应当从轻或者减轻处罚的当事人，重于从轻处罚",
            "Standard {standard}, item {item}: row {row} ({level}) may apply to a party the law says must be given a "
                    + "lighter or mitigated penalty, and is graver than a lighter penalty");
    static final Template MITIGATED_WITHOUT_GROUND = Template.of(
            "裁量基准{standard}事项{item}的减轻处罚格次{row}（{tier}）可适用于没有法定从轻或者减轻情节的当事人；减轻处罚须有法定情节"
                    + "（行政处罚法第三十条至第三十二条）",
            "Standard {standard}, item {item}: mitigated row {row} ({tier}) may apply to a party with no statutory "
                    + "ground of mitigation; a mitigated penalty needs one (Arts 30-32 of the Administrative Penalty "
                    + "Law)");
    static final Template MIDDLE_LIGHTER = Template.of(
            "裁量基准{standard}事项{item}的从轻处罚格次{row}（{tier}）的上限高于法定罚款幅度（{statute}）的中间值",
            "Standard {standard}, item {item}: lighter row {row} ({tier}) goes above the middle of the statutory "
                    + "range ({statute})");
    static final Template MIDDLE_HEAVIER = Template.of(
            "裁量基准{standard}事项{item}的从重处罚格次{row}（{tier}）的下限低于法定罚款幅度（{statute}）的中间值",
            "Standard {standard}, item {item}: heavier row {row} ({tier}) goes below the middle of the statutory "
                    + "range ({statute})");
    static final Template TABLE = Template.of("裁量基准{standard}事项{item}的格次表：{detail}",
            "Standard {standard}, item {item}, tiers: {detail}");
    static final Template NOT_CONTAINED = Template.of(
            "裁量基准{standard}事项{item}的格次{row}（{tier}）超出其执行的上级基准{higher}的格次{higherRow}（{higherTier}）",
            "Standard {standard}, item {item}: row {row} ({tier}) is not within row {higherRow} ({higherTier}) of "
                    + "the higher standard {higher} it implements");
    static final Template NOT_COMPARABLE = Template.of(
            "裁量基准{standard}事项{item}的格次{row}（{tier}）与其执行的上级基准{higher}的格次{higherRow}（{higherTier}）"
                    + "罚款形式不同，无法确认在其范围内",
            "Standard {standard}, item {item}: row {row} ({tier}) states its fine in another form than row "
                    + "{higherRow} ({higherTier}) of the higher standard {higher} it implements, so it cannot be "
                    + "shown to lie within it");
    static final Template ITEM_NOT_IN_HIGHER = Template.of(
            "裁量基准{standard}规定了事项{item}，其执行的上级基准{higher}未规定该事项",
            "Standard {standard} grades item {item}, which the higher standard {higher} it implements does not");
    static final Template INTERPRETATION = Template.of("{message}（解释：{note}）",
            "{message} (Interpretation: {note})");

    static final Template CLEAN = Template.of("裁量基准{standards}校验通过：未发现问题",
            "Standards {standards} verified: nothing found");
    static final Template FOUND = Template.of("裁量基准{standards}校验发现{count}项问题：",
            "Standards {standards}: verification found {count} {count|issue|issues}:");
    static final Template LINE = Template.of("【{severity}】{message}", "[{severity}] {message}");

    private VerificationMessages() {}

    static BilingualText finding(StandardFinding finding) {
        Parameters p = finding.parameters();
        Template template = switch (finding.kind()) {
            case PROVISION_NOT_IN_FORCE -> p.has("row") ? ROW_PROVISION_NOT_IN_FORCE : PROVISION_NOT_IN_FORCE;
            case NO_PROVISION -> NO_PROVISION;
            case KIND_NOT_ALLOWED -> KIND_NOT_ALLOWED;
            case KIND_NOT_ALLOWED_MITIGATED -> KIND_NOT_ALLOWED_MITIGATED;
            case MANDATORY_KIND_MISSING -> MANDATORY_KIND_MISSING;
            case ABOVE_MAXIMUM -> ABOVE_MAXIMUM;
            case BELOW_MINIMUM -> BELOW_MINIMUM;
            case FORM_MISMATCH -> FORM_MISMATCH;
            case LEVEL_ORDER -> LEVEL_ORDER;
            case MITIGATION_IGNORED -> MITIGATION_IGNORED;
            case MITIGATED_WITHOUT_GROUND -> MITIGATED_WITHOUT_GROUND;
            case MIDDLE_LIGHTER -> MIDDLE_LIGHTER;
            case MIDDLE_HEAVIER -> MIDDLE_HEAVIER;
            case GAP, OVERLAP, SHADOWED, EMPTY_ROW, DISPROPORTION -> TABLE;
            case NOT_CONTAINED -> p.has("comparable") && !p.bool("comparable") ? NOT_COMPARABLE : NOT_CONTAINED;
            case ITEM_NOT_IN_HIGHER -> ITEM_NOT_IN_HIGHER;
        };
        BilingualText message = template.render(p);
        if (finding.kind().interpretation().isEmpty()) {
            return message;
        }
        return INTERPRETATION.render(Parameters.builder().put("message", message)
                .put("note", finding.kind().interpretation().get().note()).build());
    }

    static BilingualText verification(List<String> standards, List<StandardFinding> findings) {
        Parameters parameters = Parameters.builder().put("standards", standards)
                .put("count", (long) findings.size()).build();
        if (findings.isEmpty()) {
            return CLEAN.render(parameters);
        }
        TextBuilder text = TextBuilder.of(FOUND.render(parameters));
        for (StandardFinding finding : findings) {
            text.append("\n- ", LINE.render(Parameters.builder().put("severity", finding.severity().label())
                    .put("message", finding.message()).build()));
        }
        return text.build();
    }
}
