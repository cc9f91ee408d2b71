package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.discretion.RulingGround;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.TimeLimit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The wording of the procedure package (程序用语): every sentence its findings and states show, in Chinese and
 * English, rendered from their data. The replay builds data only; {@link ProcedureViolation#message()},
 * {@link CaseNote#message()}, {@link CaseState#explain()} and the other descriptions come here. What each kind
 * carries is declared in {@link ProcedureSchemas}.
 */
final class ProcedureMessages {

    /** How the replay holds the handlers to a case's time limits: an interpretation, said with the violation. */
    private static final BilingualText HANDLERS_ANSWER = BilingualText.of("解释：承办人对办案期限负责",
            "interpretation: the case handlers answer for its time limits");
    private static final BilingualText SAME_DAY = BilingualText.of("解释：当场指同日",
            "interpretation: on the spot means on the same day");

    private static final Template MISSING_STEP = Template.of("案件于{date}{closing}，未进行{step}",
            "the case was closed ({closing}) on {date} without {step}");
    private static final Template WRONG_ORDER = Template.of("{step}于{date}进行，此前未进行{before}",
            "{step} on {date} was not preceded by {before}");
    private static final Template TOO_FEW_OFFICERS = Template.of("{step}（{date}）仅{officers}名执法人员参与，应当不少于{required}名",
            "{step} on {date}: {officers} {officers|officer|officers} took part, at least {required} required");
    private static final Template UNCERTIFIED_OFFICER = Template.of("{step}（{date}）：{certification}",
            "{step} on {date}: {certification}");
    private static final Template NOT_SEPARATED = Template.of("{name}参与{other}，又于{date}参与{step}",
            "{name} took part in {other} and in {step} on {date}");
    private static final Template UNQUALIFIED_LEGAL_REVIEWER = Template.of("{name}于{date}从事法制审核，未记录其取得法律"
            + "职业资格，也未记录其自2021-07-15前即从事法制审核（解释：未记录此前从事法制审核的，视为初次从事）",
            "{name} did legality review on {date} with no legal professional qualification and no record of "
                    + "reviewing before 2021-07-15 (interpretation: without such a record the review counts as a "
                    + "first)");
    private static final Template NOT_BY_HEAD = Template.of("{step}（{date}）应当由行政机关负责人进行，参与人员均不担任负责人岗位",
            "{step} on {date} is for a head of the agency, and none of those who took part holds a head's post");
    private static final Template NOT_ON_THE_SPOT = Template.of("{step}应当在{with}时当场进行（{withOn}），实际于{date}进行（{sameDay}）",
            "{step} was due on the spot at {with} ({withOn}) but was done on {date} ({sameDay})");
    private static final Template BEYOND_PROCEDURE = Template.of("{procedure}于{date}对{party}作出{penalties}，超出该程序可以作出的处罚",
            "{procedure}: on {date} the party ({party}) got {penalties}, more than the procedure may decide");
    private static final Template BEYOND_PROCEDURE_FINE = Template.of(
            "{procedure}于{date}对{party}作出{penalties}（罚款{fine}元），超出该程序可以作出的处罚",
            "{procedure}: on {date} the party ({party}) got {penalties} (a fine of {fine} yuan), more than the "
                    + "procedure may decide");
    private static final Template FINE_ABOVE_SMALL = Template.of("于{date}当场收缴罚款{collected}元，以「{ground}」为由，但罚款"
            + "{fine}元超过一百元", "{collected} yuan collected on the spot on {date} on the ground \"{ground}\", but the "
            + "fine of {fine} yuan is above 100");
    private static final Template GROUND_NOT_ALLOWED = Template.of("于{date}当场收缴罚款{collected}元，以「{ground}」为由，"
            + "{procedure}不适用该情形", "{collected} yuan collected on the spot on {date} on the ground \"{ground}\", but "
            + "{procedure} does not allow that ground");
    private static final Template RECORD_NOT_ATTESTED = Template.of("{step}（{date}）未记录当事人签名或者盖章、拒绝签名的注明"
            + "或者见证人签名", "{step} on {date} records no signature of the party, no note of a refusal and no witness");
    private static final Template REFUSED_WITHOUT_EITHER = Template.of("于{date}作出不予行政许可决定，未说明理由，未告知申请人"
            + "依法申请行政复议或者提起行政诉讼的权利", "licence refused on {date} without reasons and without telling of "
            + "the right to reconsideration or litigation");
    private static final Template REFUSED_WITHOUT_REASONS = Template.of("于{date}作出不予行政许可决定，未说明理由",
            "licence refused on {date} without reasons");
    private static final Template REFUSED_WITHOUT_REMEDIES = Template.of("于{date}作出不予行政许可决定，未告知申请人依法申请"
            + "行政复议或者提起行政诉讼的权利", "licence refused on {date} without telling of the right to "
            + "reconsideration or litigation");
    private static final Template MISSED_DEADLINE = Template.of("{step}应当于{date}（含当日）前完成（{limit}），已超过时限（{handlers}）",
            "{step} was due by {date} ({limit}) and the limit was missed ({handlers})");
    private static final Template EXTENDED = Template.of("{step}期限于{date}延长{extension}",
            "the limit of {step} extended on {date} by {extension}");
    private static final Template EXTENSION_NOT_PROVIDED = Template.of("{extended}，但该期限的规定未设延长",
            "{extended}, which the provision does not allow");
    private static final Template EXTENSION_BEFORE_START = Template.of("{extended}，但期限自{periodBegan}起才开始计算",
            "{extended}, before the limit began on {periodBegan}");
    private static final Template EXTENSION_AFTER_EXPIRY = Template.of("{extended}，但期限已于{periodEnded}届满",
            "{extended}, after the limit ran out on {periodEnded}");
    private static final Template EXTENSION_WITHOUT_APPROVAL = Template.of("{extended}，未经{approver}批准",
            "{extended} without the approval of {approver}");
    private static final Template EXTENSION_NOT_BY_HEAD = Template.of("{extended}，批准人{name}不担任行政机关负责人岗位，应当由"
            + "{approver}批准", "{extended}, approved by {name}, who holds no head's post; {approver} must approve");
    private static final Template EXTENSION_NOT_NOTIFIED = Template.of("{extended}，未将延长期限及其理由告知当事人（{handlers}）",
            "{extended} without telling the party of it and its reasons ({handlers})");
    private static final Template EXTENSION_OVER_CAP = Template.of("{extended}，超过法定上限{maximum}，超出部分不计",
            "{extended}, beyond the cap of {maximum}; the excess does not count");
    private static final Template EXCLUSION_NOT_NOTIFIED = Template.of("自{date}起的{activity}期间不计入期限，未书面告知当事人"
            + "（{handlers}）", "the {activity} from {date} was left out of the time limit without telling the party "
            + "in writing ({handlers})");
    private static final Template PENALTY = Template.of("{penalties}的处罚决定", "a decision of {penalties}");
    private static final Template PENALTY_FINE = Template.of("{penalties}的处罚决定（罚款{fine}元）",
            "a decision of {penalties} (a fine of {fine} yuan)");
    private static final Template RANGE = Template.of("{min}元至{max}元", "{min} to {max} yuan");
    private static final Template RANGE_OF_BASE = Template.of("{min}元至{max}元（按罚款基数{base}元计算）",
            "{min} to {max} yuan (on a base of {base} yuan)");
    private static final Template PENALTY_AFTER_LIMITATION = Template.of("违法行为{item}的追责时效自{start}起算，至"
            + "{lastDay}届满，{discovered}才被发现，不再给予行政处罚，但于{date}作出{penalty}", "the limitation for act "
            + "{item} ran from {start} to {lastDay} and the act was discovered only on {discovered}, so no penalty may "
            + "be given; yet {penalty} was made on {date}");
    private static final Template PENALTY_NOT_ALLOWED = Template.of("违法行为{item}{disposition}（{reason}），但于{date}"
            + "作出{penalty}", "act {item}: {disposition} ({reason}); yet {penalty} was made on {date}");
    private static final Template PENALTY_AGAINST_STANDARD = Template.of("违法行为{item}依裁量基准{disposition}（{reason}；"
            + "{binds}），但于{date}作出{penalty}", "act {item}: {disposition} under the discretion standard "
            + "({reason}; {binds}); yet {penalty} was made on {date}");
    private static final Template STANDARD_ROW = Template.of("裁量基准{standard}「{row}」", "row {row} of standard "
            + "{standard}");
    private static final Template STANDARD_LIST = Template.of("裁量基准{standard}", "standard {standard}");
    private static final Template KIND_NOT_ALLOWED = Template.of("于{date}对违法行为{item}作出{penalty}，其中{notAllowed}"
            + "不在可以作出的种类（{allowed}）之内（{kinds}）", "{penalty} was made on {date} for act {item}, but "
            + "{notAllowed} {notAllowed|is|are} not among the kinds that may be imposed ({allowed}) ({kinds})");
    /** Which kinds the replay allows beyond the provisions: the law for confiscation, our reading for 减轻. */
    private static final BilingualText GAINS_ALWAYS = BilingualText.of("没收违法所得依行政处罚法第二十八条第二款总是可以作出",
            "confiscation of illegal gains may always be imposed, under Art 28 para 2 of the Administrative Penalty "
                    + "Law");
    private static final BilingualText GAINS_AND_LIGHTEST = BilingualText.of("没收违法所得依行政处罚法第二十八条第二款总是"
            + "可以作出；解释：依法可以减轻处罚的，可以改处警告或者通报批评", "confiscation of illegal gains may always be "
            + "imposed, under Art 28 para 2 of the Administrative Penalty Law; interpretation: where a mitigated penalty "
            + "is lawful, a warning or public criticism may be chosen instead");
    private static final Template FINE_ABOVE_STATUTE = Template.of("于{date}对违法行为{item}罚款{fine}元，超过法定幅度"
            + "{range}的上限", "a fine of {fine} yuan on {date} for act {item}, above the statutory range of {range}");
    private static final Template FINE_BELOW_STATUTE = Template.of("于{date}对违法行为{item}罚款{fine}元，低于法定幅度"
            + "{range}的下限，既非减轻处罚的裁量格次，也无行政处罚法第三十条至第三十二条规定的情形（解释：裁量基准的减轻处罚格次"
            + "视为可以减轻处罚）", "a fine of {fine} yuan on {date} for act {item}, below the statutory range of {range}, "
            + "with neither a tier of mitigated penalty nor a ground of Arts 30 to 32 of the Administrative Penalty Law "
            + "(interpretation: a standard's tier of mitigated penalty is taken to make a mitigated penalty lawful)");
    private static final Template FINE_OUTSIDE_TIER = Template.of("于{date}对违法行为{item}罚款{fine}元，不在裁量基准"
            + "{standard}「{row}」{tier}的幅度{range}之内（{binds}）", "a fine of {fine} yuan on {date} for act {item}, "
            + "outside the range of {range} of the {tier} in row {row} of standard {standard} ({binds})");
    private static final Template FINE_OUTSIDE_BOTH_TIERS = Template.of("于{date}对违法行为{item}罚款{fine}元，不在裁量基准"
            + "{standard}「{row}」{tier}的幅度{range}之内，也不在依行政处罚法第三十七条比较后未适用的裁量基准{setAside}"
            + "「{setAsideRow}」的幅度{setAsideRange}之内（{binds}；{eitherEdition}）", "a fine of {fine} yuan on {date} "
            + "for act {item}, outside the range of {range} of the {tier} in row {row} of standard {standard}, and "
            + "outside the range of {setAsideRange} in row {setAsideRow} of standard {setAside}, compared and not "
            + "applied under Art 37 ({binds}; {eitherEdition})");
    private static final Template SET_ASIDE_RANGE = Template.of("{setAsideMin}元至{setAsideMax}元",
            "{setAsideMin} to {setAsideMax} yuan");
    private static final Template SECOND_FINE = Template.of("于{date}对违法行为{item}（{act}）罚款{fine}元，此前已于"
            + "{first}对同一违法行为罚款{earlier}元（{sameAct}）", "a fine of {fine} yuan on {date} for act {item} of {act}, "
            + "which was already fined {earlier} yuan on {first} ({sameAct})");
    /** How the replay reads a standard's tiers: binding on the agency that applies it, said with the violation. */
    private static final BilingualText STANDARD_BINDS = BilingualText.of("解释：所适用的裁量基准约束作出决定的行政机关，"
            + "案件记录未载明经批准不予适用", "interpretation: the standard applied binds the deciding agency, and the "
            + "case record shows no approval to depart from it");
    private static final BilingualText SAME_ACT = BilingualText.of("解释：同一违法行为项目、同一行为日期视为同一违法行为；"
            + "撤销原决定后重新作出的罚款未予区分", "interpretation: the same violation item on the same day is taken as "
            + "the same act; a fine decided anew after the first decision was revoked is not told apart");
    /** How the replay reads Art 37 for standards: either edition's tier, said with the violation. */
    private static final BilingualText EITHER_EDITION = BilingualText.of("解释：行政处罚法第三十七条规定的是法律、法规、"
            + "规章的从旧兼从轻，对裁量基准，罚款在违法行为发生时或者作出处罚决定时任一版本该格次幅度之内的，不认为超出",
            "interpretation: Art 37 speaks of laws, regulations and rules; for discretion standards, a fine within the "
            + "tier of the edition at the act or of the one at the decision is not taken as outside");
    private static final Template INTERPRETED = Template.of("{text}（{note}）", "{text} ({note})");

    private static final Template LATE_HEARING_REQUEST = Template.of("当事人于{date}要求听证，已超过{step}后{limit}的期限"
            + "（至{due}），听证不因此成为必经环节", "the party asked for a hearing on {date}, after the period of {limit} "
            + "from {step} (ended {due}); the hearing did not become required");
    private static final Template EXCLUSION_NOT_ALLOWED = Template.of("自{date}起的{activity}期间，{procedure}无不计入期限的"
            + "规定，照常计入期限", "the {activity} from {date} is counted: {procedure} excludes no such time");
    private static final Template DEEMED_STEP = Template.of("{from}后{limit}内（至{due}）未进行{unless}或者{step}，视为已于"
            + "{deemedOn}{step}", "neither {unless} nor {step} within {limit} of {from} (by {due}), so {step} counts "
            + "as done on {deemedOn}");
    private static final Template WAIVED = Template.of("当事人于{date}明确放弃{step}",
            "the party expressly waived {step} on {date}");

    private static final Template OPEN = Template.of("案件{caseId}截至{asOf}：待办环节：{pending}；已办环节：{done}",
            "Case {caseId} as of {asOf}: next: {pending}; done: {done}");
    private static final Template STOPPED = Template.of("案件{caseId}截至{asOf}：期限暂停计算中，待办环节：{pending}；已办环节："
            + "{done}", "Case {caseId} as of {asOf}: time stopped, next: {pending}; done: {done}");
    private static final Template CLOSED = Template.of("案件{caseId}截至{asOf}：已结案；已办环节：{done}",
            "Case {caseId} as of {asOf}: closed; done: {done}");
    private static final BilingualText NO_STEP = BilingualText.of("无", "none");
    private static final Template DEADLINE_LINE = Template.of("  期限 {deadline}", "  deadline {deadline}");
    private static final Template NO_VIOLATION = Template.of("  未发现程序违法", "  no procedural violation");
    private static final Template VIOLATIONS = Template.of("  程序违法{count}项：",
            "  {count} {count|violation|violations}:");
    private static final Template VIOLATION_LINE = Template.of("  - {kind}：{violation}", "  - {kind}: {violation}");
    private static final Template NOTE_LINE = Template.of("  提示 {kind}：{note}", "  note {kind}: {note}");

    private static final Template INVOLVED = Template.of("{message}；涉及：{people}（依据：{basis}）",
            "{message}; involved: {people} (basis: {basis})");
    private static final Template CITED = Template.of("{message}（依据：{basis}）", "{message} (basis: {basis})");
    private static final Template PERSON = Template.of("{name}（{role}）", "{name} ({role})");
    private static final Template CASE_DEADLINE = Template.of("{step}：{due}届满，{status}", "{step}: due {due}, {status}");
    private static final Template COUNTED_BACK = Template.of("{from}{limit}", "{limit} {from}");
    private static final Template COUNTED_FROM = Template.of("自{from}起{limit}", "within {limit} of {from}");
    private static final Template OFFICERS = Template.of("{count}人", "{count} {count|officer|officers}");
    private static final Template CERTIFIED_OFFICERS = Template.of("持证{count}人",
            "{count} certified {count|officer|officers}");

    private static final Template RECORD_MISSING = Template.of("{step}（{date}）记录了{made}，缺少{anyOf}中的任何一种",
            "{step} on {date} left {made} and no {anyOf}");
    private static final Template RECORD_NONE = Template.of("{step}（{date}）未制作任何记录，缺少{anyOf}",
            "{step} on {date} left no record at all, and no {anyOf}");
    private static final Template AUDIO_VIDEO_MISSING = Template.of("{step}（{date}）未全程音像记录（仅有{made}；"
            + "解释：国办发〔2018〕118号要求推行全程音像记录，法律未作规定，本步骤的要求视为本机关落实该意见的规定）",
            "{step} on {date} has no full audio-video record (only {made}; interpretation: Guo Ban Fa [2018] No. 118 "
            + "asks agencies to introduce it and no statute requires it; the step's requirement is taken as the "
            + "agency's rule implementing the opinion)");
    private static final Template AUDIO_VIDEO_NONE = Template.of("{step}（{date}）未全程音像记录，也未制作其他记录（"
            + "解释：国办发〔2018〕118号要求推行全程音像记录，法律未作规定，本步骤的要求视为本机关落实该意见的规定）",
            "{step} on {date} has no full audio-video record, nor any other record (interpretation: Guo Ban Fa [2018] "
            + "No. 118 asks agencies to introduce it and no statute requires it; the step's requirement is taken as "
            + "the agency's rule implementing the opinion)");
    private static final Template PUBLICATION_OVERDUE = Template.of("{from}于{decided}作出，其信息应当于{date}（含当日）前"
            + "公开（{limit}），未按期公开（{handlers}）", "{from} made on {decided} was due to be published by {date} "
            + "({limit}) and was not published in time ({handlers})");
    private static final Template LATE_WITHDRAWAL = Template.of("已公开的决定于{overturned}经{by}{outcome}，其信息应当于"
            + "{date}（含当日）前撤回（{limit}；解释：自变更、撤销等决定生效之日起算），未按期撤回（{handlers}）",
            "the published decision was {outcome} through {by} on {overturned}; its information was due to be "
            + "withdrawn by {date} ({limit}; interpretation: counted from the day the ruling took effect) and was not "
            + "withdrawn in time ({handlers})");
    private static final Template LATE_WITHDRAWAL_REPUBLISHED = Template.of("决定于{overturned}经{by}{outcome}后，其信息"
            + "又于{published}公开，应当于{date}（含当日）前撤回（{limit}；解释：决定被变更、撤销等之后公开的信息，自公开"
            + "之日起同样应当撤回），未按期撤回（{handlers}）", "after the decision was {outcome} through {by} on "
            + "{overturned}, its information was published on {published} and was due to be withdrawn by {date} "
            + "({limit}; interpretation: information published after the ruling must be withdrawn likewise, counted "
            + "from its publication) and was not withdrawn in time ({handlers})");
    private static final Template WITHDRAWN_WITHOUT_REASONS = Template.of("于{date}撤回决定信息（决定于{overturned}经{by}"
            + "{outcome}），未公开说明理由", "decision information withdrawn on {date} (the decision {outcome} through "
            + "{by} on {overturned}) without public reasons");
    private static final Template DECIDED_AGAINST_REVIEW = Template.of("{step}于{date}作出，而{reviewed}的法制审核未通过"
            + "（{issues}存在问题），此后未再经审核通过", "{step} on {date} followed a legality review of {reviewed} "
            + "that did not pass it (issues in {issues}), and no later review passed it");
    private static final Template DECIDED_AGAINST_REVIEW_READ = Template.of("{step}于{date}作出，而{reviewed}的法制审核"
            + "未通过（{issues}存在问题），此后未再经审核通过（解释：行政处罚法第五十八条第一款“审核未通过的，不得作出决定”"
            + "对列入国办发〔2018〕118号审核目录的行政许可、行政强制决定同样适用）", "{step} on {date} followed a legality "
            + "review of {reviewed} that did not pass it (issues in {issues}), and no later review passed it "
            + "(interpretation: Art 58 para 1 of the Administrative Penalty Law, no decision after a failed review, is "
            + "taken to hold for licensing and coercive decisions listed for review under Guo Ban Fa [2018] No. 118)");

    private ProcedureMessages() {}

    /** The message of a violation, with what the steps concerned say of their own interpretation. */
    static BilingualText message(ProcedureViolation v) {
        Parameters d = v.details();
        Parameters.Builder p = Parameters.builder().put("step", v.step()).put("date", v.date()).putAll(d);
        if (v.people().size() == 1) {
            p.put("name", v.people().get(0).name());
        }
        BilingualText text = violation(v, p).render(p.build());
        for (BilingualText note : v.interpretations()) {
            text = INTERPRETED.render(Parameters.builder().put("text", text).put("note", note).build());
        }
        return text;
    }

    /** Picks the template of a violation and adds the values it renders that are not data. */
    private static Template violation(ProcedureViolation v, Parameters.Builder p) {
        Parameters d = v.details();
        switch (v.kind()) {
            case MISSING_STEP:
                return MISSING_STEP;
            case WRONG_ORDER:
                return WRONG_ORDER;
            case TOO_FEW_OFFICERS:
                return TOO_FEW_OFFICERS;
            case UNCERTIFIED_OFFICER:
                p.put("certification", new Certification(v.people().get(0).officer(), d.text("area"), v.date(),
                        d.constant("outcome", CertificationOutcome.class),
                        d.get("credential").map(String.class::cast)).explanation());
                return UNCERTIFIED_OFFICER;
            case NOT_SEPARATED:
                return NOT_SEPARATED;
            case UNQUALIFIED_LEGAL_REVIEWER:
                return UNQUALIFIED_LEGAL_REVIEWER;
            case NOT_BY_HEAD:
                return NOT_BY_HEAD;
            case NOT_ON_THE_SPOT:
                p.put("sameDay", SAME_DAY);
                return NOT_ON_THE_SPOT;
            case BEYOND_PROCEDURE:
                return d.has("fine") ? BEYOND_PROCEDURE_FINE : BEYOND_PROCEDURE;
            case COLLECTION_NOT_ALLOWED:
                return d.bool("groundAllowed") ? FINE_ABOVE_SMALL : GROUND_NOT_ALLOWED;
            case RECORD_NOT_ATTESTED:
                return RECORD_NOT_ATTESTED;
            case REFUSAL_WITHOUT_REASONS:
                return d.bool("reasonsGiven") ? REFUSED_WITHOUT_REMEDIES
                        : d.bool("remediesTold") ? REFUSED_WITHOUT_REASONS : REFUSED_WITHOUT_EITHER;
            case MISSED_DEADLINE:
                p.put("limit", limit(d)).put("handlers", HANDLERS_ANSWER);
                return MISSED_DEADLINE;
            case EXCLUSION_NOT_NOTIFIED:
                p.put("handlers", HANDLERS_ANSWER);
                return EXCLUSION_NOT_NOTIFIED;
            case PENALTY_AFTER_LIMITATION:
            case PENALTY_NOT_ALLOWED:
            case PENALTY_AGAINST_STANDARD:
            case KIND_NOT_ALLOWED:
            case FINE_OUTSIDE_STATUTORY_RANGE:
            case FINE_OUTSIDE_TIER:
            case SECOND_FINE:
                return penalty(v, p);
            case RECORD_MISSING:
                return d.list("made").isEmpty() ? RECORD_NONE : RECORD_MISSING;
            case AUDIO_VIDEO_MISSING:
                return d.list("made").isEmpty() ? AUDIO_VIDEO_NONE : AUDIO_VIDEO_MISSING;
            case PUBLICATION_OVERDUE:
            case LATE_WITHDRAWAL:
                p.put("limit", limit(d)).put("handlers", HANDLERS_ANSWER);
                if (v.kind() == ViolationKind.LATE_WITHDRAWAL) {
                    return d.has("published") ? LATE_WITHDRAWAL_REPUBLISHED : LATE_WITHDRAWAL;
                }
                return PUBLICATION_OVERDUE;
            case WITHDRAWN_WITHOUT_REASONS:
                return WITHDRAWN_WITHOUT_REASONS;
            case DECIDED_AGAINST_REVIEW:
                return d.has("licence") || v.step() == StepKind.HEAD_APPROVAL ? DECIDED_AGAINST_REVIEW_READ
                        : DECIDED_AGAINST_REVIEW;
            case NOT_REFERRED:
            case PENALTY_INSTEAD_OF_REFERRAL:
            case LATE_REFERRAL:
            case LATE_HANDOVER:
            case REFERRAL_REFUSED_WITHOUT_REASONS:
            case REFERRAL_MATERIALS_MISSING:
            case SEIZED_ITEMS_NOT_TRANSFERRED:
            case REFERRAL_NOT_BY_PRINCIPAL:
            case LEAD_NOT_REFERRED:
                return ReferralMessages.violation(v, p);
            default:
                return extension(v, p);
        }
    }

    /** The violations of a recorded penalty: the penalty as decided, then what the law or the standard says. */
    private static Template penalty(ProcedureViolation v, Parameters.Builder p) {
        Parameters d = v.details();
        if (d.has("penalties")) {
            p.put("penalty", (d.has("fine") ? PENALTY_FINE : PENALTY).render(d));
        }
        if (d.has("min")) {
            p.put("range", (d.has("base") ? RANGE_OF_BASE : RANGE).render(d));
        }
        switch (v.kind()) {
            case PENALTY_AFTER_LIMITATION:
                return PENALTY_AFTER_LIMITATION;
            case PENALTY_NOT_ALLOWED:
                p.put("reason", Template.format(d.list("grounds")));
                return PENALTY_NOT_ALLOWED;
            case PENALTY_AGAINST_STANDARD:
                List<Object> reasons = new ArrayList<>();
                reasons.add((d.has("row") ? STANDARD_ROW : STANDARD_LIST).render(d));
                if (d.has("grounds")) {
                    reasons.addAll(d.list("grounds"));
                }
                p.put("reason", Template.format(reasons)).put("binds", STANDARD_BINDS);
                return PENALTY_AGAINST_STANDARD;
            case KIND_NOT_ALLOWED:
                p.put("kinds", d.bool("mitigable") ? GAINS_AND_LIGHTEST : GAINS_ALWAYS);
                return KIND_NOT_ALLOWED;
            case FINE_OUTSIDE_STATUTORY_RANGE:
                return d.amount("fine").compareTo(d.amount("max")) > 0 ? FINE_ABOVE_STATUTE : FINE_BELOW_STATUTE;
            case FINE_OUTSIDE_TIER:
                p.put("binds", STANDARD_BINDS);
                if (d.has("setAside")) {
                    p.put("setAsideRange", SET_ASIDE_RANGE.render(d)).put("eitherEdition", EITHER_EDITION);
                    return FINE_OUTSIDE_BOTH_TIERS;
                }
                return FINE_OUTSIDE_TIER;
            default:
                p.put("sameAct", SAME_ACT);
                return SECOND_FINE;
        }
    }

    /** The violations of an extension: what was extended, then what is wrong with it. */
    private static Template extension(ProcedureViolation v, Parameters.Builder p) {
        Parameters d = v.details();
        PeriodUnit unit = d.constant("unit", PeriodUnit.class);
        p.put("extended", EXTENDED.render(Parameters.builder().put("step", v.step()).put("date", v.date())
                .put("extension", unit.describe(d.number("amount"))).build()));
        switch (v.kind()) {
            case EXTENSION_WITHOUT_APPROVAL:
                return EXTENSION_WITHOUT_APPROVAL;
            case EXTENSION_NOT_BY_HEAD:
                return EXTENSION_NOT_BY_HEAD;
            case EXTENSION_NOT_NOTIFIED:
                p.put("handlers", HANDLERS_ANSWER);
                return EXTENSION_NOT_NOTIFIED;
            case EXTENSION_OVER_CAP:
                p.put("maximum", unit.describe(d.number("cap")));
                return EXTENSION_OVER_CAP;
            default:
                return d.has("periodBegan") ? EXTENSION_BEFORE_START
                        : d.has("periodEnded") ? EXTENSION_AFTER_EXPIRY : EXTENSION_NOT_PROVIDED;
        }
    }

    /** The message of a note. */
    static BilingualText message(CaseNote n) {
        Parameters d = n.details();
        Parameters.Builder p = Parameters.builder().put("step", n.step()).put("date", n.date()).putAll(d);
        switch (n.kind()) {
            case LATE_HEARING_REQUEST:
                return LATE_HEARING_REQUEST.render(p.put("limit", limit(d)).build());
            case EXCLUSION_NOT_ALLOWED:
                return EXCLUSION_NOT_ALLOWED.render(p.build());
            case DEEMED_STEP:
                return DEEMED_STEP.render(p.put("limit", limit(d)).build());
            case LATE_RECONSIDERATION_REQUEST:
            case POLICE_LATE:
            case PENALTY_PENDING_REFERRAL:
            case PENALTY_BEFORE_REFERRAL:
            case PENALTY_WHILE_REFERRED:
            case PENALTY_WAITS_ON_REFERRAL:
                return ReferralMessages.note(n, p);
            default:
                return WAIVED.render(p.build());
        }
    }

    /** A time limit kept as {@code amount}, {@code unit} and {@code backward}: 7个工作日前 / 7 working days before. */
    private static BilingualText limit(Parameters d) {
        TimeLimit limit = TimeLimit.of(Math.toIntExact(d.number("amount")), d.constant("unit", PeriodUnit.class));
        return (d.bool("backward") ? limit.before() : limit).describe();
    }

    /** The violation in one line: the message, the people and the provisions. */
    static BilingualText describe(ProcedureViolation v) {
        Parameters.Builder p = Parameters.builder().put("message", v.message()).put("basis", v.basis().toText());
        return v.people().isEmpty() ? CITED.render(p.build()) : INVOLVED.render(p.put("people", v.people()).build());
    }

    /** 张三（承办人）. */
    static BilingualText describe(Involvement person) {
        return PERSON.render(Parameters.builder().put("name", person.name()).put("role", person.role()).build());
    }

    /** 决定：2026-11-30届满，剩余5日. */
    static BilingualText describe(CaseDeadline d) {
        return CASE_DEADLINE.render(Parameters.builder().put("step", d.step()).put("due", d.deadline().due())
                .put("status", d.status().describe()).build());
    }

    /** 听证7个工作日前 / 自立案起90日. */
    static BilingualText describe(StepDeadline d) {
        Parameters p = Parameters.builder().put("from", d.from()).put("limit", d.limit().describe()).build();
        return (d.limit().isBackward() ? COUNTED_BACK : COUNTED_FROM).render(p);
    }

    /** 持证2人 / 2 certified officers. */
    static BilingualText officers(Step step) {
        Parameters p = Parameters.builder().put("count", step.officers()).build();
        return (step.isCertified() ? CERTIFIED_OFFICERS : OFFICERS).render(p);
    }

    /** Checks what a violation of a kind must carry beyond its parameters: whom it names, which variant it is. */
    static void check(ViolationKind kind, Parameters details, List<Involvement> people) {
        String code = "PROCEDURE." + kind.name();
        ProcedureSchemas.check(code, ProcedureSchemas.of(kind), details);
        checkArgument(!ProcedureSchemas.isAboutOnePerson(kind) || people.size() == 1, "%s: names the officer "
                + "concerned, so exactly one person, but had %s", code, people.size());
        checkArgument(kind != ViolationKind.REFUSAL_WITHOUT_REASONS || !details.bool("reasonsGiven")
                || !details.bool("remediesTold"), "%s: reasons were given and remedies told, which is no violation",
                code);
        checkArgument(!details.has("periodBegan") || !details.has("periodEnded"), "%s: an extension is before the "
                + "period began or after it ended, not both", code);
        checkArgument(kind != ViolationKind.PENALTY_AGAINST_STANDARD || details.has("row")
                || details.has("grounds") && details.list("grounds").contains(RulingGround.FIRST_OFFENCE),
                "%s: names the row of the standard's 不予处罚 tier or its list of first offences, but had neither", code);
        long setAside = List.of("setAside", "setAsideRow", "setAsideMin", "setAsideMax").stream()
                .filter(details::has).count();
        checkArgument(setAside == 0 || setAside == 4, "%s: the standard set aside is named with its row and range, "
                + "all or none", code);
    }

    /** Where the case stands, its deadlines, its violations and its notes, one per line. */
    static BilingualText explain(CaseState s) {
        Parameters.Builder p = Parameters.builder().put("caseId", s.caseId()).put("asOf", s.asOf())
                .put("pending", steps(s.pending())).put("done", steps(s.done()));
        List<BilingualText> lines = new ArrayList<>();
        lines.add((s.closed() ? CLOSED : s.suspended() ? STOPPED : OPEN).render(p.build()));
        for (CaseDeadline d : s.deadlines()) {
            lines.add(DEADLINE_LINE.render(Parameters.builder().put("deadline", d.describe()).build()));
        }
        int count = s.violations().size();
        Template summary = count == 0 ? NO_VIOLATION : VIOLATIONS;
        lines.add(summary.render(Parameters.builder().put("count", count).build()));
        for (ProcedureViolation v : s.violations()) {
            lines.add(VIOLATION_LINE.render(Parameters.builder().put("kind", v.kind()).put("violation", v.describe())
                    .build()));
        }
        for (CaseNote n : s.notes()) {
            lines.add(NOTE_LINE.render(Parameters.builder().put("kind", n.kind()).put("note", n.message()).build()));
        }
        return BilingualText.joinAll("\n", "\n", lines);
    }

    /** Steps joined with 、 or commas, 无 / none for no step. */
    private static BilingualText steps(Collection<StepKind> steps) {
        return steps.isEmpty() ? NO_STEP : Template.format(List.copyOf(steps));
    }
}
