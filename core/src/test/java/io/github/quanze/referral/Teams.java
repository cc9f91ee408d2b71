package io.github.quanze.referral;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.Agency;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.Cases;
import java.time.LocalDate;
import java.util.Set;

/**
 * A joint team for the tests: the bureau of {@link Cases} leads, with a market supervision bureau and a police
 * station as members, under an agency's own rule of at least one joint meeting a month (the seed's 每月至少召开一次),
 * follow-up within 7 days and feedback within 3 days.
 */
public final class Teams {

    public static final AgencyId BUREAU = Cases.BUREAU;
    public static final AgencyId MARKET = AgencyId.of("MARKET");
    public static final AgencyId POLICE = AgencyId.of("POLICE");
    public static final AgencyId OUTSIDER = AgencyId.of("OUTSIDER");

    /** The agencies the callers of the tests know. */
    public static final Set<AgencyId> KNOWN = Set.of(BUREAU, MARKET, POLICE);

    /** The bureau's organization with the market bureau added, so that a case can pass between them. */
    public static final Organization SHARED = Cases.BUREAU_ORGANIZATION.toBuilder()
            .addAgency(new Agency(MARKET, "某区市场监督管理局")).addAgency(new Agency(POLICE, "某派出所")).build();

    /** The agency's own rule that sets up the team: a normative document of the lead agency, never a statute. */
    public static final LegalInstrument OWN_RULE = LegalInstrument.builder().title("某市基层联动执法工作制度")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("某联发〔2026〕1号")
            .effectiveDate(LocalDate.of(2026, 1, 1)).build();
    public static final LegalBasis RULE = LegalBasis.of(Provision.of(OWN_RULE, 5));

    public static final TeamOfficer LEADER = TeamOfficer.of(BUREAU, Cases.CHEN, "陈局长");
    public static final TeamOfficer MARKET_LIAISON = TeamOfficer.of(MARKET, OfficerId.of("M-01"), "马联络员");
    public static final TeamOfficer POLICE_LIAISON = TeamOfficer.of(POLICE, OfficerId.of("P-01"), "潘联络员");

    public static final JointTeam TEAM = builder(1).build();

    private Teams() {}

    /** The team's builder, complete, with a rule of so many meetings a month. */
    public static JointTeam.Builder builder(int meetingsPerMonth) {
        return JointTeam.builder().id("某区联动执法小组").established(LocalDate.of(2026, 1, 1)).lead(LEADER)
                .member(MARKET_LIAISON).member(POLICE_LIAISON).scope("烟草专卖", "食品安全")
                .meetings(MeetingRule.monthly(meetingsPerMonth)).followUpWithin(7).feedbackWithin(3).rule(RULE);
    }

    public static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    public static TeamActivity.Meeting meeting(String date, AgencyId... attendees) {
        return new TeamActivity.Meeting(day(date), Set.of(attendees));
    }

    public static TeamActivity.Referral referral(String date, AgencyId from, AgencyId to, String matter,
            String followedUp) {
        return new TeamActivity.Referral(day(date), from, to, matter,
                java.util.Optional.ofNullable(followedUp).map(LocalDate::parse));
    }

    public static TeamActivity.Feedback feedback(String operation, String date) {
        return new TeamActivity.Feedback(operation, day(date), BUREAU);
    }

    public static JointOperation operation(String id, String date, String... cases) {
        return JointOperation.of(id, TEAM.id(), day(date), Set.of(BUREAU, MARKET), java.util.List.of(cases));
    }
}
