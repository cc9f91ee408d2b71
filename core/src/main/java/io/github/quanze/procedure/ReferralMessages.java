package io.github.quanze.procedure;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.TimeLimit;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The parameters and sentences of the violations and notes of a referral of a suspected crime (移送检查的参数和表述),
 * for {@link ProcedureSchemas} and {@link ProcedureMessages}.
 */
final class ReferralMessages {

    private static final ParameterSchema LIMIT = ParameterSchema.none().require("amount", Long.class)
            .require("unit", PeriodUnit.class).require("backward", Boolean.class);
    private static final ParameterSchema PENALTY = ParameterSchema.none().requireList("penalties", PenaltyKind.class)
            .allow("fine", BigDecimal.class);

    private static final Template NOT_REFERRED = Template.of("案件于{found}认定涉嫌犯罪，应当移送公安机关，但于{date}{closing}，"
            + "未移送", "a suspected crime was found on {found}, and the case must go to the public security organ, but "
            + "it was closed ({closing}) on {date} without referral");
    private static final Template NOT_REFERRED_SKIPPING = Template.of("案件于{found}认定涉嫌犯罪，应当移送公安机关，但于{date}"
            + "{closing}，未移送（未进行{missing}）", "a suspected crime was found on {found}, and the case must go to the "
            + "public security organ, but it was closed ({closing}) on {date} without referral (nor {missing})");
    private static final Template INSTEAD_SKIPPING = Template.of("案件于{found}认定涉嫌犯罪，于{decided}作出{penalty}，至"
            + "{date}{closing}未移送公安机关（未进行{missing}），以行政处罚代替移送", "a suspected crime was found on "
            + "{found}; {penalty} was made on {decided}, and the case was closed ({closing}) on {date} without referral "
            + "(nor {missing}): a penalty in place of referral");
    private static final Template INSTEAD = Template.of("案件于{found}认定涉嫌犯罪，于{decided}作出{penalty}，至{date}"
            + "{closing}未移送公安机关，以行政处罚代替移送", "a suspected crime was found on {found}; {penalty} was made on "
            + "{decided}, and the case was closed ({closing}) on {date} without referral: a penalty in place of referral");
    private static final Template LATE_DECISION = Template.of("移送涉嫌犯罪案件的书面报告于{from}提出，负责人应当于{date}"
            + "（含当日）前作出批准或者不批准移送的决定（{limit}），实际于{done}作出（{reading}）", "the written report "
            + "proposing referral was made on {from}; the head had to decide by {date} ({limit}), and decided on {done} "
            + "({reading})");
    private static final Template OPEN_DECISION = Template.of("移送涉嫌犯罪案件的书面报告于{from}提出，负责人应当于{date}"
            + "（含当日）前作出批准或者不批准移送的决定（{limit}），未作出（{reading}）", "the written report proposing "
            + "referral was made on {from}; the head had to decide by {date} ({limit}), and has not ({reading})");
    private static final Template LATE_TRANSFER = Template.of("移送于{approved}批准，应当在{limit}内移送公安机关，实际于"
            + "{transferred}移送", "the referral was approved at {approved} and had to go to the public security organ "
            + "within {limit}; it went at {transferred}");
    private static final Template OPEN_TRANSFER = Template.of("移送于{approved}批准，应当在{limit}内（至{date}）移送公安机关，"
            + "未移送", "the referral was approved at {approved} and had to go to the public security organ within "
            + "{limit} (by {date}); it has not");
    private static final BilingualText DATES_ONLY = BilingualText.of("解释：未记录批准和移送的具体时刻，移送日期晚于"
            + "批准次日的，日期本身即可证明超过二十四小时", "interpretation: the times of day are not recorded; a transfer "
            + "dated after the day following the approval is late on the dates alone");
    private static final BilingualText HANDOVER_READING = BilingualText.of("解释：逾期移交涉案物品按逾期移送处理，"
            + "第十六条第一款仅明文规定逾期不将案件移送", "interpretation: a late hand-over of items is treated as a late "
            + "referral; Art 16 para 1 names only a late referral of the case");
    private static final Template REFUSED = Template.of("{step}（{date}）决定不批准移送，未将不予批准的理由记录在案",
            "{step} ({date}) refused the referral without recording the reasons");
    private static final Template MATERIALS = Template.of("于{date}向{authority}移送涉嫌犯罪案件，未附{missing}",
            "the case went to {authority} on {date} without {missing}");
    private static final Template SEIZED = Template.of("于{date}向{authority}移送涉嫌犯罪案件，查封、扣押的财物未一并移送",
            "the case went to {authority} on {date} without the property sealed up or seized");
    private static final Template NOT_PRINCIPAL = Template.of("{name}于{date}审批移送，系副职负责人，未记录其主持工作",
            "{name} decided on the referral on {date} as a deputy head not recorded as presiding over the agency");
    private static final Template LEAD = Template.of("于{found}发现公职人员涉嫌职务犯罪的案件线索，于{date}{closing}，未移送"
            + "监察机关或者人民检察院（{reading}）", "a duty-crime lead was found on {found}, and the case was closed ({closing}) on "
            + "{date} without referring it to the supervisory commission or the procuratorate ({reading})");

    private static final Template LATE_RECONSIDERATION = Template.of("于{date}提请复议，已超过收到不予立案通知书（{notified}）"
            + "后{limit}的期限（至{due}）；提请复议是行政执法机关的权利，逾期不构成违法", "reconsideration was asked for "
            + "on {date}, after {limit} from the notice of non-filing ({notified}, due {due}); asking is the agency's "
            + "right, so lateness is no breach");
    private static final Template POLICE_LATE = Template.of("{authority}{answer}，行政执法机关于{date}收到，晚于自{from}起"
            + "{limit}（至{due}）；该期限是公安机关的职责", "{authority}: {answer}, received on {date}, after {limit} from "
            + "{from} (due {due}); the limit is the police's duty");
    private static final Template PENDING = Template.of("案件于{found}认定涉嫌犯罪，于{date}作出{penalty}，尚未移送公安机关；"
            + "不移送即结案的，构成以行政处罚代替移送；第三条、第五条要求立即移送，但未规定“立即”的具体时限，案件未结前仅作"
            + "提示（解释）", "a suspected crime was found on {found}; {penalty} was made on {date} and the case is not "
            + "yet referred; closing it so would be a penalty in place of referral; Arts 3 and 5 require an immediate "
            + "referral but set no time for it, so while the case is open this is only a note (interpretation)");
    private static final Template WHILE_REFERRED = Template.of("案件已于{referred}移送公安机关，尚未退回，于{date}作出"
            + "{penalty}；移送后处罚程序应待公安机关的处理结果（第十一条；行政处罚法第二十七条），但法律未禁止此时作出任何处罚，"
            + "本库仅作提示（解释）", "the case was referred to the police on {referred} and not given back when {penalty} "
            + "was made on {date}; after a referral the penalty waits on the police (Art 11; Art 27 of the Administrative "
            + "Penalty Law), but no statute bars every penalty then, so this is only a note (interpretation)");
    private static final Template BEFORE = Template.of("移送（{date}）前已作出{penalty}", "{penalty} was made before the "
            + "referral ({date})");
    private static final Template BEFORE_CONTINUING = Template.of("移送（{date}）前已作出{penalty}，其中{continuing}"
            + "不停止执行", "{penalty} was made before the referral ({date}); {continuing} keeps running");
    private static final Template FINE_SET_OFF = Template.of("{text}；已给予的罚款，人民法院判处罚金时依法折抵相应罚金",
            "{text}; the fine is set off against a criminal fine");
    private static final Template PENALTY_TEXT = Template.of("{penalties}的处罚决定", "a decision of {penalties}");
    private static final Template PENALTY_FINE = Template.of("{penalties}的处罚决定（罚款{fine}元）",
            "a decision of {penalties} (a fine of {fine} yuan)");

    private static final Template LATE_TRANSFER_DATES = Template.of("移送于{approved}批准，应当在{limit}内移送公安机关，"
            + "实际于{transferred}移送（{dates}）", "the referral was approved on {approved} and had to go to the public "
            + "security organ within {limit}; it went on {transferred} ({dates})");
    private static final Template OPEN_TRANSFER_DATES = Template.of("移送于{approved}批准，应当在{limit}内（至迟{date}）"
            + "移送公安机关，未移送（{dates}）", "the referral was approved on {approved} and had to go to the public "
            + "security organ within {limit} (on {date} at the latest); it has not ({dates})");

    private static final Template LATE_HANDOVER = Template.of("公安机关立案通知于{filed}收到，应当于{date}（含当日）前"
            + "移交涉案物品和有关材料（{limit}），实际于{done}移交（{reading}）", "the filing notice was received on "
            + "{filed}; the items had to be handed over by {date} ({limit}), and were on {done} ({reading})");
    private static final Template OPEN_HANDOVER = Template.of("公安机关立案通知于{filed}收到，应当于{date}（含当日）前"
            + "移交涉案物品和有关材料（{limit}），未移交（{reading}）", "the filing notice was received on {filed}; the "
            + "items had to be handed over by {date} ({limit}), and were not ({reading})");

    private static final Template LATE_TRANSFER_HOUR = Template.of("移送于{approved}批准，应当在{limit}内（至{until}）移送"
            + "公安机关，实际于{transferred}移送（未记录移送时刻，移送日期晚于期限届满之日）", "the referral was approved at "
            + "{approved} and had to go to the public security organ within {limit} (by {until}); it went on "
            + "{transferred} (its time not recorded, on a day after the limit ran out)");
    private static final BilingualText HEAD_READING = BilingualText.of("解释：负责人逾期未作出是否移送的决定，致使案件"
            + "不能及时移送，按第十六条第一款逾期不移送处理", "interpretation: a head's decision not made in time keeps the "
            + "case from going in time, and is treated as a late referral under Art 16 para 1");
    private static final BilingualText LEAD_READING = BilingualText.of("第十九条未规定相应的法律责任条款，按不履行法定"
            + "职责处理（解释）", "Art 19 has no liability article of its own; treated as a failure to act "
            + "(interpretation)");
    private static final BilingualText SAME_DAY = BilingualText.of("解释：当日作出的处罚决定视为在认定涉嫌犯罪之后作出",
            "interpretation: a decision made on the day of the finding counts as made after it");
    /** The reason shown for the days a referral leaves out of a penalty period. */
    static final BilingualText AWAY = BilingualText.of("移送涉嫌犯罪案件期间（解释：行政处罚法第六十条未规定移送期间，"
            + "按中止计算处理）", "time the case was with the referral (interpretation: Art 60 of the Administrative "
            + "Penalty Law says nothing of a referral; counted out like a suspension)");
    private static final Template WAITING = Template.of("案件于{from}认定涉嫌犯罪，{status}；其间调查取证之后的处罚环节"
            + "暂不进行，该期间不计入行政处罚法第六十条的期限（解释：第十一条禁止以行政处罚代替移送，第二十七条、第五十七条"
            + "第一款第四项规定移送司法机关，第六十条未规定移送期间）", "a suspected crime was found on {from}; {status}; "
            + "meanwhile the penalty steps after the investigation wait and the time is left out of the period of "
            + "Art 60 of the Administrative Penalty Law (interpretation: Art 11 forbids a penalty in place of referral, "
            + "Arts 27 and 57 para 1 item (4) send the case to the judicial organs, and Art 60 says nothing of a "
            + "referral)");
    private static final Template BACK = Template.of("于{back}回到本机关", "it came back to the agency on {back}");
    private static final Template REFERRED_WAITING = Template.of("已于{referred}移送，尚待公安机关处理",
            "it was referred on {referred} and is with the police");
    private static final BilingualText NOT_YET = BilingualText.of("尚未移送；第三条、第五条要求立即移送，但未规定“立即”"
            + "的具体时限，案件未结前仅作提示，结案时仍未移送的构成不移送（解释）", "it is not yet referred; Arts 3 and 5 "
            + "require an immediate referral but set no time for it, so while the case is open this is only a note, and "
            + "closing it unreferred is a failure to refer (interpretation)");

    private ReferralMessages() {}

    static ParameterSchema schema(ViolationKind kind) {
        switch (kind) {
            case NOT_REFERRED:
                return ParameterSchema.none().require("found", LocalDate.class)
                        .require("referralKind", ReferralKind.class).require("closing", StepKind.class)
                        .allowList("missing", StepKind.class);
            case PENALTY_INSTEAD_OF_REFERRAL:
                return PENALTY.require("found", LocalDate.class).require("decided", LocalDate.class)
                        .require("closing", StepKind.class).allowList("missing", StepKind.class);
            case LATE_REFERRAL:
                return LIMIT.require("stage", StepKind.class).require("from", LocalDate.class)
                        .allow("done", LocalDate.class).allow("fromTime", String.class)
                        .allow("doneTime", String.class);
            case LATE_HANDOVER:
                return LIMIT.require("filed", LocalDate.class).allow("done", LocalDate.class);
            case REFERRAL_MATERIALS_MISSING:
                return ParameterSchema.none().require("authority", String.class)
                        .requireList("missing", ReferralMaterial.class);
            case SEIZED_ITEMS_NOT_TRANSFERRED:
                return ParameterSchema.none().require("authority", String.class);
            case LEAD_NOT_REFERRED:
                return ParameterSchema.none().require("found", LocalDate.class).require("closing", StepKind.class);
            default:
                return ParameterSchema.none();
        }
    }

    static ParameterSchema schema(NoteKind kind) {
        switch (kind) {
            case LATE_RECONSIDERATION_REQUEST:
                return LIMIT.require("notified", LocalDate.class).require("due", LocalDate.class);
            case POLICE_LATE:
                return LIMIT.require("answer", PoliceAnswer.class).require("authority", String.class)
                        .require("from", LocalDate.class).require("due", LocalDate.class);
            case PENALTY_PENDING_REFERRAL:
                return PENALTY.require("found", LocalDate.class);
            case PENALTY_BEFORE_REFERRAL:
                return PENALTY.require("referred", LocalDate.class).allowList("continuing", PenaltyKind.class);
            case PENALTY_WHILE_REFERRED:
                return PENALTY.require("referred", LocalDate.class);
            case PENALTY_WAITS_ON_REFERRAL:
                return ParameterSchema.none().require("from", LocalDate.class).allow("back", LocalDate.class)
                        .allow("referred", LocalDate.class);
            default:
                return ParameterSchema.none();
        }
    }

    /** The template of a referral violation, with the values it renders that are not data added to {@code p}. */
    static Template violation(ProcedureViolation v, Parameters.Builder p) {
        Parameters d = v.details();
        switch (v.kind()) {
            case NOT_REFERRED:
                return d.has("missing") ? NOT_REFERRED_SKIPPING : NOT_REFERRED;
            case PENALTY_INSTEAD_OF_REFERRAL:
                p.put("penalty", sameDay(d));
                return d.has("missing") ? INSTEAD_SKIPPING : INSTEAD;
            case LATE_REFERRAL:
                p.put("limit", limit(d));
                if (d.constant("stage", StepKind.class) == StepKind.REFERRAL_APPROVAL) {
                    p.put("reading", HEAD_READING);
                    return d.has("done") ? LATE_DECISION : OPEN_DECISION;
                }
                p.put("approved", when(d.date("from"), d, "fromTime"));
                p.put("dates", DATES_ONLY);
                if (d.has("done")) {
                    p.put("transferred", when(d.date("done"), d, "doneTime"));
                    if (d.has("fromTime") && !d.has("doneTime")) {
                        try {
                            p.put("until", d.date("from").atTime(java.time.LocalTime.parse(d.text("fromTime")))
                                    .plusHours(d.number("amount")).toString().replace('T', ' '));
                            return LATE_TRANSFER_HOUR;
                        } catch (java.time.format.DateTimeParseException e) {
                            return LATE_TRANSFER_DATES;
                        }
                    }
                    return d.has("fromTime") ? LATE_TRANSFER : LATE_TRANSFER_DATES;
                }
                return d.has("fromTime") ? OPEN_TRANSFER : OPEN_TRANSFER_DATES;
            case LATE_HANDOVER:
                p.put("limit", limit(d)).put("reading", HANDOVER_READING);
                return d.has("done") ? LATE_HANDOVER : OPEN_HANDOVER;
            case REFERRAL_REFUSED_WITHOUT_REASONS:
                return REFUSED;
            case REFERRAL_MATERIALS_MISSING:
                return MATERIALS;
            case SEIZED_ITEMS_NOT_TRANSFERRED:
                return SEIZED;
            case REFERRAL_NOT_BY_PRINCIPAL:
                return NOT_PRINCIPAL;
            default:
                p.put("reading", LEAD_READING);
                return LEAD;
        }
    }

    /** The message of a referral note. */
    static BilingualText note(CaseNote n, Parameters.Builder p) {
        Parameters d = n.details();
        switch (n.kind()) {
            case LATE_RECONSIDERATION_REQUEST:
                return LATE_RECONSIDERATION.render(p.put("limit", limit(d)).build());
            case POLICE_LATE:
                return POLICE_LATE.render(p.put("limit", limit(d)).build());
            case PENALTY_PENDING_REFERRAL:
                return PENDING.render(p.put("penalty", penalty(d)).build());
            case PENALTY_WHILE_REFERRED:
                return WHILE_REFERRED.render(p.put("penalty", penalty(d)).build());
            case PENALTY_WAITS_ON_REFERRAL:
                BilingualText status = d.has("back") ? BACK.render(d) : d.has("referred")
                        ? REFERRED_WAITING.render(d) : NOT_YET;
                return WAITING.render(p.put("status", status).build());
            default:
                p.put("penalty", penalty(d));
                BilingualText text = (d.has("continuing") ? BEFORE_CONTINUING : BEFORE).render(p.build());
                if (d.has("fine")) {
                    text = FINE_SET_OFF.render(Parameters.builder().put("text", text).build());
                }
                return text;
        }
    }

    /** 2026-09-01 10:00, or the date alone. */
    private static String when(LocalDate date, Parameters d, String time) {
        return d.has(time) ? date + " " + d.text(time) : date.toString();
    }

    /** The penalty, with the same-day reading where it was decided on the day of the finding. */
    private static BilingualText sameDay(Parameters d) {
        BilingualText text = penalty(d);
        return d.date("decided").equals(d.date("found")) ? BilingualText.of(text.zh() + "（" + SAME_DAY.zh() + "）",
                text.en() + " (" + SAME_DAY.en() + ")") : text;
    }

    private static BilingualText penalty(Parameters d) {
        return (d.has("fine") ? PENALTY_FINE : PENALTY_TEXT).render(d);
    }

    private static BilingualText limit(Parameters d) {
        return TimeLimit.of(Math.toIntExact(d.number("amount")), d.constant("unit", PeriodUnit.class)).describe();
    }
}
