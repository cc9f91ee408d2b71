package io.github.quanze.jackson.referral;

import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.UnionCodec;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.referral.JointOperation;
import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.MeetingRule;
import io.github.quanze.referral.TeamActivity;
import io.github.quanze.referral.TeamLog;
import io.github.quanze.referral.TeamOfficer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 联动执法文档 The documents of joint enforcement: a joint team, and a team's log of operations and activity. (A case
 * transferred between agencies is part of the case record: its {@code TRANSFERRED} event and the receiving record's
 * {@code transferredFrom}.)
 * <p>
 * A team's rule ({@code rule}) is a list of citations of the agency's own rule, resolved against the basis catalogue
 * given to the reader; the people of a team are {@code {agency, officer, name}}; its meeting rule is
 * {@code meetingsPerMonth}. A log's activities carry their {@code type} first: {@code MEETING}, {@code REFERRAL}
 * or {@code FEEDBACK}.
 * A team's {@code scope}, an operation's {@code agencies} and {@code cases} and a meeting's {@code attendees} name
 * each value once ({@code uniqueItems}): a value listed twice is refused where it stands, since the team, operation
 * or meeting holds it once and the document would not read back as written.
 * <pre>
 * kind: joint-team
 * version: 1
 * id: 某区联动执法小组
 * established: 2026-01-01
 * lead: {agency: BUREAU, officer: A-08, name: 陈局长}
 * members:
 *   - {agency: MARKET, officer: M-01, name: 马联络员}
 * scope: [食品安全]
 * meetingsPerMonth: 1
 * followUpWithin: 7
 * feedbackWithin: 3
 * rule: [《某市基层联动执法工作制度》第五条]
 * </pre>
 */
public final class ReferralDocuments {

    private static final ObjectCodec<TeamOfficer> PERSON = ObjectCodec
            .builder("teamOfficer", PersonDraft::new, d -> TeamOfficer.of(d.agency, d.officer, d.name))
            .description("联动执法小组成员 A person of a joint team, with the agency they come from")
            .required("agency", PowerDocuments.AGENCY_ID, TeamOfficer::agency, (d, v) -> d.agency = v)
            .required("officer", OrganizationDocuments.OFFICER_ID, TeamOfficer::officer, (d, v) -> d.officer = v)
            .required("name", Codecs.STRING, TeamOfficer::name, (d, v) -> d.name = v)
            .build();

    private static final ObjectCodec<JointTeam> TEAM = ObjectCodec
            .builder("jointTeam", JointTeam::builder, JointTeam.Builder::build)
            .description("联动执法小组 A joint enforcement team")
            .required("id", Codecs.STRING, JointTeam::id, JointTeam.Builder::id)
            .about("The day the team was set up")
            .required("established", Codecs.DATE, JointTeam::established, JointTeam.Builder::established)
            .about("The leader (组长), of the lead agency (牵头部门)")
            .required("lead", PERSON, JointTeam::leader, JointTeam.Builder::lead)
            .about("The liaisons (联络员) of the member agencies, at least one")
            .list("members", PERSON, JointTeam::liaisons, JointTeam.Builder::member)
            .about("The enforcement areas the team handles, at least one")
            .uniqueList("scope", Codecs.STRING, JointTeam::scope, (b, v) -> b.scope(v))
            .about("The fewest joint meetings in a calendar month")
            .required("meetingsPerMonth", Codecs.integer(1, MeetingRule.MAX_PER_MONTH),
                    t -> t.meetings().perMonth(), (b, v) -> b.meetings(MeetingRule.monthly(v)))
            .about("The days within which a member follows up a referral")
            .required("followUpWithin", Codecs.integer(0, JointTeam.MAX_DAYS), JointTeam::followUpDays,
                    JointTeam.Builder::followUpWithin)
            .about("The days after an operation within which its result is reported")
            .required("feedbackWithin", Codecs.integer(0, JointTeam.MAX_DAYS), JointTeam::feedbackDays,
                    JointTeam.Builder::feedbackWithin)
            .about("The agency's own rule that sets up the team")
            .required("rule", BasisDocuments.LEGAL_BASIS, JointTeam::rule, JointTeam.Builder::rule)
            .build();

    private static final ObjectCodec<JointOperation> OPERATION = ObjectCodec
            .builder("jointOperation", OperationDraft::new, OperationDraft::build)
            .description("联动执法行动 A joint operation, its agencies and the cases it produced")
            .required("id", Codecs.STRING, JointOperation::id, (d, v) -> d.id = v)
            .about("The id of the team that ran it")
            .required("team", Codecs.STRING, JointOperation::team, (d, v) -> d.team = v)
            .required("date", Codecs.DATE, JointOperation::date, (d, v) -> d.date = v)
            .about("The agencies that took part, at least one")
            .uniqueList("agencies", PowerDocuments.AGENCY_ID, JointOperation::agencies,
                    (d, v) -> d.agencies.add(v))
            .about("The case numbers it produced")
            .uniqueList("cases", Codecs.STRING, JointOperation::cases, (d, v) -> d.cases.add(v))
            .build();

    private static final ObjectCodec<TeamActivity.Meeting> MEETING = ObjectCodec
            .builder("meeting", MeetingDraft::new, d -> new TeamActivity.Meeting(d.date, d.attendees))
            .description("联席会议 A joint meeting held")
            .required("date", Codecs.DATE, TeamActivity.Meeting::date, (d, v) -> d.date = v)
            .about("The agencies that attended, at least one")
            .uniqueList("attendees", PowerDocuments.AGENCY_ID, TeamActivity.Meeting::attendees,
                    (d, v) -> d.attendees.add(v))
            .build();

    private static final ObjectCodec<TeamActivity.Referral> REFERRAL = ObjectCodec
            .builder("referral", ReferralDraft::new, ReferralDraft::build)
            .description("案件、线索移送 A case or lead referred between members, and its follow-up")
            .required("date", Codecs.DATE, TeamActivity.Referral::date, (d, v) -> d.date = v)
            .required("from", PowerDocuments.AGENCY_ID, TeamActivity.Referral::from, (d, v) -> d.from = v)
            .required("to", PowerDocuments.AGENCY_ID, TeamActivity.Referral::to, (d, v) -> d.to = v)
            .about("The case number or the lead")
            .required("matter", Codecs.STRING, TeamActivity.Referral::matter, (d, v) -> d.matter = v)
            .about("The day the receiving agency followed it up")
            .optional("followedUp", Codecs.DATE, TeamActivity.Referral::followedUp, (d, v) -> d.followedUp = v)
            .build();

    private static final ObjectCodec<TeamActivity.Feedback> FEEDBACK = ObjectCodec
            .builder("feedback", FeedbackDraft::new, d -> new TeamActivity.Feedback(d.operation, d.date, d.by))
            .description("执法结果汇报 The result of an operation reported to the leader and members")
            .about("The operation's id")
            .required("operation", Codecs.STRING, TeamActivity.Feedback::operation, (d, v) -> d.operation = v)
            .required("date", Codecs.DATE, TeamActivity.Feedback::date, (d, v) -> d.date = v)
            .about("The agency that reported")
            .required("by", PowerDocuments.AGENCY_ID, TeamActivity.Feedback::by, (d, v) -> d.by = v)
            .build();

    private static final Codec<TeamActivity> ACTIVITY = UnionCodec.<TeamActivity>builder("teamActivity")
            .variant("MEETING", TeamActivity.Meeting.class, MEETING)
            .variant("REFERRAL", TeamActivity.Referral.class, REFERRAL)
            .variant("FEEDBACK", TeamActivity.Feedback.class, FEEDBACK)
            .build();

    private static final ObjectCodec<TeamLog> LOG = ObjectCodec
            .builder("teamLog", LogDraft::new, d -> new TeamLog(d.team, d.operations, d.activities))
            .description("联动执法工作台账 A joint team's operations and activity")
            .about("The team's id")
            .required("team", Codecs.STRING, TeamLog::team, (d, v) -> d.team = v)
            .list("operations", OPERATION, TeamLog::operations, (d, v) -> d.operations.add(v))
            .about("Meetings, referrals and feedback, each with its type first, in any order")
            .list("activities", ACTIVITY, TeamLog::activities, (d, v) -> d.activities.add(v))
            .build();

    /** 联动执法小组 The document of a joint team, read with the basis catalogue that holds its rule. */
    public static final DocumentKind<JointTeam> JOINT_TEAM = DocumentKind.of("joint-team", 1, JointTeam.class,
            "联动执法小组 joint enforcement team", TEAM);

    /** 联动执法工作台账 The document of a team's log: its operations, meetings, referrals and feedback. */
    public static final DocumentKind<TeamLog> TEAM_LOG = DocumentKind.of("team-log", 1, TeamLog.class,
            "联动执法工作台账 joint team log", LOG);

    private ReferralDocuments() {
    }

    private static final class PersonDraft {
        AgencyId agency;
        OfficerId officer;
        String name;
    }

    private static final class OperationDraft {
        String id;
        LocalDate date;
        final List<AgencyId> agencies = new ArrayList<>();
        final List<String> cases = new ArrayList<>();
        String team;

        JointOperation build() {
            return JointOperation.of(id, team, date, new java.util.LinkedHashSet<>(agencies), cases);
        }
    }

    private static final class MeetingDraft {
        LocalDate date;
        final java.util.Set<AgencyId> attendees = new java.util.LinkedHashSet<>();
    }

    private static final class ReferralDraft {
        LocalDate date;
        AgencyId from;
        AgencyId to;
        String matter;
        LocalDate followedUp;

        TeamActivity.Referral build() {
            return new TeamActivity.Referral(date, from, to, matter, Optional.ofNullable(followedUp));
        }
    }

    private static final class FeedbackDraft {
        String operation;
        LocalDate date;
        AgencyId by;
    }

    private static final class LogDraft {
        String team;
        final List<JointOperation> operations = new ArrayList<>();
        final List<TeamActivity> activities = new ArrayList<>();
    }
}
