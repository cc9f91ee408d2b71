package io.github.quanze.referral;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The wording of the joint team check (联动执法检查消息): one template per kind of finding (two where a late act is
 * shown), the parameters each kind carries, and the rendering of a {@link TeamFinding} in Chinese and English. The
 * check builds data only.
 */
final class ReferralMessages {

    private static final String OWN_RULE = "（依据本机关联动执法制度，非法律规定）";
    private static final String OWN_RULE_EN = " (under the agency's own joint enforcement rule, not a statute)";

    static final Template MEETING_MISSED = Template.of(
            "联动执法小组{team}{month}召开联席会议{held}次，少于每月至少{required}次的要求；组长{people}负责召集" + OWN_RULE,
            "Joint team {team} held {held} joint {held|meeting|meetings} in {month}, fewer than the {required} a "
                    + "month its rule asks; the leader {people} convenes them" + OWN_RULE_EN);
    static final Template NOT_FOLLOWED_UP = Template.of(
            "{from}于{referred}向{to}移送的{matter}，{to}未在{due}前跟进办理（联络员{people}）" + OWN_RULE,
            "{matter}, referred by {from} to {to} on {referred}, was not followed up by {to} by {due} (liaison "
                    + "{people})" + OWN_RULE_EN);
    static final Template FOLLOWED_UP_LATE = Template.of(
            "{from}于{referred}向{to}移送的{matter}，{to}应在{due}前跟进办理，迟至{followedUp}才跟进（联络员{people}）"
                    + OWN_RULE,
            "{matter}, referred by {from} to {to} on {referred}, was due to be followed up by {due} but was only "
                    + "followed up on {followedUp} (liaison {people})" + OWN_RULE_EN);
    static final Template NO_FEEDBACK = Template.of(
            "联动执法小组{team}于{held}开展的联动执法行动{operation}，执法结果未在{due}前向组长及成员汇报（参与单位："
                    + "{agencies}）" + OWN_RULE,
            "The result of operation {operation} of joint team {team} on {held} was not reported to the leader and "
                    + "members by {due} (agencies taking part: {agencies})" + OWN_RULE_EN);
    static final Template LATE_FEEDBACK = Template.of(
            "联动执法小组{team}于{held}开展的联动执法行动{operation}，执法结果应在{due}前汇报，迟至{reported}才汇报（参与"
                    + "单位：{agencies}）" + OWN_RULE,
            "The result of operation {operation} of joint team {team} on {held} was due to be reported by {due} but "
                    + "was only reported on {reported} (agencies taking part: {agencies})" + OWN_RULE_EN);
    private static final Template PERSON = Template.of("{name}（{agency}）", "{name} ({agency})");

    private static final Map<TeamFinding.Kind, ParameterSchema> SCHEMAS = new EnumMap<>(TeamFinding.Kind.class);

    static {
        SCHEMAS.put(TeamFinding.Kind.MEETING_MISSED, ParameterSchema.none().require("month", String.class)
                .require("held", Long.class).require("required", Long.class));
        SCHEMAS.put(TeamFinding.Kind.REFERRAL_NOT_FOLLOWED_UP, ParameterSchema.none().require("matter", String.class)
                .require("from", String.class).require("to", String.class).require("referred", LocalDate.class)
                .require("due", LocalDate.class).allow("followedUp", LocalDate.class));
        SCHEMAS.put(TeamFinding.Kind.NO_FEEDBACK, ParameterSchema.none().require("operation", String.class)
                .require("held", LocalDate.class).require("due", LocalDate.class).allow("reported", LocalDate.class));
    }

    private ReferralMessages() {}

    /** Checks the parameters of a finding against its kind. */
    static void check(TeamFinding.Kind kind, Parameters parameters) {
        SCHEMAS.get(kind).check(kind.code(), parameters);
    }

    static BilingualText message(TeamFinding f) {
        Parameters p = f.parameters();
        Parameters.Builder values = Parameters.builder().putAll(p).put("team", f.team()).put("people", people(f))
                .put("agencies", f.agencies().stream().map(Object::toString).toList());
        return switch (f.kind()) {
            case MEETING_MISSED -> MEETING_MISSED.render(values.build());
            case REFERRAL_NOT_FOLLOWED_UP -> (p.has("followedUp") ? FOLLOWED_UP_LATE : NOT_FOLLOWED_UP)
                    .render(values.build());
            case NO_FEEDBACK -> (p.has("reported") ? LATE_FEEDBACK : NO_FEEDBACK).render(values.build());
        };
    }

    private static BilingualText people(TeamFinding f) {
        return BilingualText.joinAll("、", ", ", f.people().stream().map(o -> PERSON.render(Parameters.builder()
                .put("name", o.name()).put("agency", o.agency().toString()).build())).toList());
    }
}
