package io.github.quanze.testkit.referral;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.referral.JointOperation;
import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.MeetingRule;
import io.github.quanze.referral.TeamActivity;
import io.github.quanze.referral.TeamLog;
import io.github.quanze.referral.TeamOfficer;
import io.github.quanze.testkit.Choices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of joint enforcement teams (联动执法小组) of a bureau and a market agency, and of their logs (联动执法台账):
 * operations, meetings, referrals of leads and feedback, within 2026. Valid by construction; shrinks to a team of
 * one member and an empty log.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReferralArbitraries {

    /** The agency that leads generated teams. */
    public static final AgencyId BUREAU = AgencyId.of("BUREAU");
    /** The agency that joins them. */
    public static final AgencyId MARKET = AgencyId.of("MARKET");
    /** The agency that joins them now and then. */
    public static final AgencyId TRANSPORT = AgencyId.of("TRANSPORT");
    /** The local rule generated teams are set up under, 《某市基层联动执法工作制度》. */
    public static final LegalInstrument OWN_RULE = LegalInstrument.builder().title("某市基层联动执法工作制度")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("某联发〔2026〕1号")
            .effectiveDate(LocalDate.of(2026, 1, 1)).build();
    /** The id of generated teams. */
    public static final String TEAM = "某区联动执法小组";

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final AgencyId[] AGENCIES = {BUREAU, MARKET};

    private ReferralArbitraries() {}

    /**
     * Returns teams led by the bureau's head with a member of the market agency and now and then one of transport,
     * meeting 1 to 4 times a month, following up leads within 1 to 30 days and reporting back within 0 to 10.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<JointTeam> teams() {
        return Combinators.combine(Arbitraries.integers().between(1, 2), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(1, 20), Arbitraries.of(true, false))
                .as((members, meetings, followUp, feedback, article, twoAreas) -> {
                    JointTeam.Builder b = JointTeam.builder().id(TEAM).established(START)
                            .lead(TeamOfficer.of(BUREAU, OfficerId.of("A-08"), "陈局长"))
                            .member(TeamOfficer.of(MARKET, OfficerId.of("M-01"), "马联络员"));
                    if (members == 2) {
                        b.member(TeamOfficer.of(TRANSPORT, OfficerId.of("T-01"), "牛联络员"));
                    }
                    if (twoAreas) {
                        b.scope("烟草专卖", "食品安全");
                    } else {
                        b.scope("烟草专卖");
                    }
                    return b.meetings(MeetingRule.monthly(meetings)).followUpWithin(followUp)
                            .feedbackWithin(feedback).rule(LegalBasis.of(Provision.of(OWN_RULE, article))).build();
                });
    }

    /**
     * Returns logs of the generated team: up to 5 operations and 10 activities.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<TeamLog> logs() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 10),
                Choices.of(64)).as(ReferralArbitraries::log);
    }

    private static TeamLog log(int operationCount, int activityCount, Choices random) {
        List<JointOperation> operations = new ArrayList<>();
        for (int i = 0; i < operationCount; i++) {
            Set<AgencyId> agencies = random.nextBoolean() ? Set.of(BUREAU, MARKET) : Set.of(agency(random));
            List<String> cases = random.nextBoolean() ? List.of() : List.of("烟罚〔2026〕" + (i + 1) + "号");
            operations.add(JointOperation.of("行动-" + (i + 1), TEAM, START.plusDays(random.nextInt(300)), agencies,
                    cases));
        }
        List<TeamActivity> activities = new ArrayList<>();
        for (int i = 0; i < activityCount; i++) {
            LocalDate day = START.plusDays(random.nextInt(300));
            switch (random.nextInt(3)) {
                case 0 -> activities.add(new TeamActivity.Meeting(day, random.nextBoolean() ? Set.of(BUREAU, MARKET)
                        : Set.of(agency(random))));
                case 1 -> {
                    AgencyId from = agency(random);
                    activities.add(new TeamActivity.Referral(day, from, from == BUREAU ? MARKET : BUREAU,
                            "线索-" + (i + 1), random.nextBoolean() ? Optional.of(day.plusDays(random.nextInt(40)))
                                    : Optional.empty()));
                }
                default -> {
                    if (operations.isEmpty()) {
                        activities.add(new TeamActivity.Meeting(day, Set.of(BUREAU)));
                    } else {
                        JointOperation operation = operations.get(random.nextInt(operations.size()));
                        activities.add(new TeamActivity.Feedback(operation.id(),
                                operation.date().plusDays(random.nextInt(20)), agency(random)));
                    }
                }
            }
        }
        return new TeamLog(TEAM, operations, activities);
    }

    private static AgencyId agency(Choices random) {
        return AGENCIES[random.nextInt(AGENCIES.length)];
    }
}
