package io.github.quanze.referral;

import static io.github.quanze.referral.Teams.BUREAU;
import static io.github.quanze.referral.Teams.LEADER;
import static io.github.quanze.referral.Teams.MARKET;
import static io.github.quanze.referral.Teams.MARKET_LIAISON;
import static io.github.quanze.referral.Teams.OUTSIDER;
import static io.github.quanze.referral.Teams.POLICE;
import static io.github.quanze.referral.Teams.RULE;
import static io.github.quanze.referral.Teams.TEAM;
import static io.github.quanze.referral.Teams.day;
import static io.github.quanze.referral.Teams.feedback;
import static io.github.quanze.referral.Teams.meeting;
import static io.github.quanze.referral.Teams.operation;
import static io.github.quanze.referral.Teams.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.rule.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The check of a joint team over a period, against the seed's rules: at least one joint meeting a month, every
 * referral between members followed up, the result of every operation reported.
 */
class TeamCheckTest {

    private static final List<TeamActivity> CLEAN = List.of(
            meeting("2026-09-03", BUREAU, MARKET, POLICE), meeting("2026-10-08", BUREAU, MARKET),
            referral("2026-09-10", BUREAU, MARKET, "烟罚〔2026〕9号", "2026-09-17"),
            feedback("行动-1", "2026-09-15"));
    private static final List<JointOperation> OPERATIONS = List.of(operation("行动-1", "2026-09-12", "烟罚〔2026〕7号"));

    private static List<TeamFinding> check(String from, String to, List<JointOperation> operations,
            List<? extends TeamActivity> activities) {
        return TeamCheck.check(TEAM, day(from), day(to), operations, activities);
    }

    @Test
    void aTeamThatKeptItsRulesHasNoFinding() {
        assertThat(check("2026-09-01", "2026-10-31", OPERATIONS, CLEAN)).isEmpty();
    }

    @Test
    void aMonthWithoutAJointMeetingIsFound_onlyForWholeMonthsOfThePeriod() {
        List<TeamActivity> noOctober = List.of(CLEAN.get(0), CLEAN.get(2), CLEAN.get(3));
        List<TeamFinding> findings = check("2026-09-01", "2026-10-31", OPERATIONS, noOctober);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TEAM.MEETING_MISSED");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.date()).isEqualTo(day("2026-10-31"));
            assertThat(f.parameters().text("month")).isEqualTo("2026-10");
            assertThat(f.parameters().number("held")).isZero();
            assertThat(f.parameters().number("required")).isEqualTo(1);
            assertThat(f.people()).containsExactly(LEADER);
            assertThat(f.agencies()).containsExactly(BUREAU);
            assertThat(f.basis()).isEqualTo(RULE);
            assertThat(f.message().zh()).contains("2026-10", "本机关联动执法制度", "陈局长");
            assertThat(f.message().en()).contains("0 joint meetings", "agency's own");
        });
        // October only partly in the period: not judged
        assertThat(check("2026-09-01", "2026-10-30", OPERATIONS, noOctober)).isEmpty();
        // months before the team was set up are not judged
        assertThat(check("2025-11-01", "2025-12-31", List.of(), List.of())).isEmpty();
        assertThat(check("2025-12-01", "2026-01-31", List.of(), List.of())).extracting(f -> f.parameters()
                .text("month")).containsExactly("2026-01");
    }

    @Test
    void aRuleOfTwoMeetingsCountsThem() {
        JointTeam twice = Teams.builder(2).build();
        List<TeamFinding> findings = TeamCheck.check(twice, day("2026-09-01"), day("2026-09-30"), OPERATIONS, CLEAN);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.parameters().number("held")).isEqualTo(1));
        List<TeamActivity> two = new java.util.ArrayList<>(CLEAN);
        two.add(meeting("2026-09-30", BUREAU, POLICE));
        assertThat(TeamCheck.check(twice, day("2026-09-01"), day("2026-09-30"), OPERATIONS, two)).isEmpty();
    }

    @Test
    void aReferralNotFollowedUpOrFollowedUpLateIsFound() {
        List<TeamActivity> activities = List.of(CLEAN.get(0), CLEAN.get(1), CLEAN.get(3),
                referral("2026-09-10", BUREAU, MARKET, "线索-甲", null),
                referral("2026-09-11", POLICE, MARKET, "线索-乙", "2026-09-19"),
                referral("2026-09-12", MARKET, POLICE, "线索-丙", "2026-09-19"),
                referral("2026-10-28", MARKET, BUREAU, "线索-丁", null));
        List<TeamFinding> findings = check("2026-09-01", "2026-10-31", OPERATIONS, activities);

        assertThat(findings).extracting(TeamFinding::code).containsOnly("TEAM.REFERRAL_NOT_FOLLOWED_UP");
        assertThat(findings).extracting(f -> f.parameters().text("matter")).containsExactly("线索-甲", "线索-乙");
        TeamFinding none = findings.get(0);
        assertThat(none.date()).isEqualTo(day("2026-09-17"));
        assertThat(none.parameters().has("followedUp")).isFalse();
        assertThat(none.people()).containsExactly(MARKET_LIAISON);
        assertThat(none.message().zh()).contains("线索-甲", "未在2026-09-17前跟进", "马联络员");
        TeamFinding late = findings.get(1);
        assertThat(late.parameters().date("followedUp")).isEqualTo(day("2026-09-19"));
        assertThat(late.message().en()).contains("only followed up on 2026-09-19");
    }

    @Test
    void aFollowUpAfterThePeriodIsNotSeen() {
        List<TeamActivity> activities = List.of(CLEAN.get(0), CLEAN.get(3),
                referral("2026-09-10", BUREAU, MARKET, "线索-甲", "2026-09-17"));
        assertThat(check("2026-09-01", "2026-09-30", OPERATIONS, activities)).isEmpty();
        assertThat(check("2026-09-01", "2026-09-16", OPERATIONS, activities)).isEmpty();
        List<TeamActivity> later = List.of(CLEAN.get(0), CLEAN.get(3),
                referral("2026-09-10", BUREAU, MARKET, "线索-甲", "2026-10-02"));
        assertThat(check("2026-09-01", "2026-09-30", OPERATIONS, later)).singleElement()
                .satisfies(f -> assertThat(f.parameters().has("followedUp")).isFalse());
    }

    @Test
    void anOperationWithoutFeedbackIsFound() {
        List<JointOperation> operations = List.of(OPERATIONS.get(0), operation("行动-2", "2026-09-20"),
                operation("行动-3", "2026-09-29"));
        List<TeamActivity> activities = List.of(CLEAN.get(0), CLEAN.get(1), CLEAN.get(2), CLEAN.get(3),
                feedback("行动-2", "2026-09-25"));
        List<TeamFinding> findings = check("2026-09-01", "2026-10-31", operations, activities);

        assertThat(findings).hasSize(2).extracting(TeamFinding::code).containsOnly("TEAM.NO_FEEDBACK");
        assertThat(findings.get(0).parameters().text("operation")).isEqualTo("行动-2");
        assertThat(findings.get(0).parameters().date("reported")).isEqualTo(day("2026-09-25"));
        assertThat(findings.get(0).message().zh()).contains("迟至2026-09-25");
        assertThat(findings.get(1).parameters().text("operation")).isEqualTo("行动-3");
        assertThat(findings.get(1).parameters().has("reported")).isFalse();
        assertThat(findings.get(1).date()).isEqualTo(day("2026-10-02"));
        assertThat(findings.get(1).agencies()).containsExactly(BUREAU, MARKET);
        assertThat(findings.get(1).people()).containsExactly(LEADER, MARKET_LIAISON);
        // not yet due at the end of the period: no finding
        assertThat(check("2026-09-01", "2026-10-01", operations, activities)).extracting(f -> f.parameters()
                .text("operation")).containsExactly("行动-2");
    }

    @Test
    void badInputIsRefusedNamingTheTeamAndTheValue() {
        assertThatThrownBy(() -> check("2026-09-01", "2026-09-30", OPERATIONS,
                List.of(referral("2026-09-10", BUREAU, OUTSIDER, "线索-甲", null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("某区联动执法小组")
                .hasMessageContaining("OUTSIDER").hasMessageContaining("线索-甲");
        assertThatThrownBy(() -> check("2026-09-01", "2026-09-30", OPERATIONS, List.of(feedback("行动-9",
                "2026-09-10")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("行动-9");
        assertThatThrownBy(() -> check("2026-09-01", "2026-09-30", List.of(OPERATIONS.get(0), OPERATIONS.get(0)),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> check("2026-09-01", "2026-09-30", List.of(JointOperation.of("行动-x", "别的小组",
                day("2026-09-02"), Set.of(BUREAU), List.of())), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("别的小组");
        assertThatThrownBy(() -> check("2026-09-01", "2026-09-30", List.of(JointOperation.of("行动-y", TEAM.id(),
                day("2026-09-02"), Set.of(OUTSIDER), List.of())), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OUTSIDER");
        assertThatThrownBy(() -> check("2026-09-30", "2026-09-01", OPERATIONS, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-09-01");
        assertThatThrownBy(() -> check("2026-09-01", "2026-09-30", OPERATIONS,
                List.of(meeting("2026-09-02", BUREAU, OUTSIDER)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meeting");
        assertThatThrownBy(() -> referral("2026-09-10", BUREAU, BUREAU, "线索-甲", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("线索-甲");
        assertThatThrownBy(() -> referral("2026-09-10", BUREAU, MARKET, "线索-甲", "2026-09-09"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-09-09");
    }

    @Test
    void aLogChecksAsTheCheckDoes() {
        TeamLog log = new TeamLog(TEAM.id(), OPERATIONS, List.of(CLEAN.get(0), CLEAN.get(2)));
        assertThat(log.check(TEAM, day("2026-09-01"), day("2026-10-31"))).isEqualTo(check("2026-09-01",
                "2026-10-31", OPERATIONS, List.of(CLEAN.get(0), CLEAN.get(2)))).hasSize(2);
        JointTeam other = JointTeam.builder().id("别的小组").established(day("2026-01-01")).lead(LEADER)
                .member(MARKET_LIAISON).scope("食品安全").meetings(MeetingRule.monthly(1)).followUpWithin(7)
                .feedbackWithin(3).rule(RULE).build();
        assertThatThrownBy(() -> log.check(other, day("2026-09-01"), day("2026-10-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("别的小组");
        assertThatThrownBy(() -> new TeamLog("别的小组", OPERATIONS, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("行动-1");
    }

    @Test
    void whatIsDueInThePeriodIsJudged_whenItWasReferredOrHeldInTheMonthBefore() {
        List<JointOperation> operations = List.of(operation("行动-9", "2026-09-29"));
        List<TeamActivity> activities = List.of(meeting("2026-09-03", BUREAU), meeting("2026-10-08", BUREAU),
                referral("2026-09-28", BUREAU, MARKET, "线索-月末", null));
        // referred on 09-28, due 10-05; held on 09-29, feedback due 10-02: neither is due in September
        assertThat(check("2026-09-01", "2026-09-30", operations, activities)).isEmpty();
        List<TeamFinding> october = check("2026-10-01", "2026-10-31", operations, activities);
        assertThat(october).extracting(TeamFinding::code).containsExactly("TEAM.REFERRAL_NOT_FOLLOWED_UP",
                "TEAM.NO_FEEDBACK");
        assertThat(october).extracting(TeamFinding::date).containsExactly(day("2026-10-05"), day("2026-10-02"));
        assertThat(check("2026-09-01", "2026-10-31", operations, activities)).isEqualTo(october);
        // due before the period: judged by the period it fell in, not again
        assertThat(check("2026-10-06", "2026-10-31", operations, activities)).isEmpty();
        // on time: nothing in either month
        List<TeamActivity> kept = List.of(meeting("2026-09-03", BUREAU), meeting("2026-10-08", BUREAU),
                referral("2026-09-28", BUREAU, MARKET, "线索-月末", "2026-10-05"), feedback("行动-9", "2026-10-02"));
        assertThat(check("2026-10-01", "2026-10-31", operations, kept)).isEmpty();
    }

    @Test
    void aFeedbackBeforeItsOperationIsRefused() {
        List<JointOperation> operations = List.of(operation("行动-9", "2026-09-20"));
        assertThatThrownBy(() -> check("2026-09-01", "2026-09-30", operations, List.of(feedback("行动-9",
                "2026-09-19")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("某区联动执法小组")
                .hasMessageContaining("行动-9").hasMessageContaining("2026-09-19").hasMessageContaining("2026-09-20");
        assertThat(check("2026-09-01", "2026-09-30", operations, List.of(meeting("2026-09-03", BUREAU),
                feedback("行动-9", "2026-09-20")))).isEmpty();
        // a log that holds both refuses it when it is made
        assertThatThrownBy(() -> new TeamLog(TEAM.id(), operations, List.of(feedback("行动-9", "2026-09-19"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("某区联动执法小组")
                .hasMessageContaining("行动-9").hasMessageContaining("2026-09-19").hasMessageContaining("2026-09-20");
        assertThat(new TeamLog(TEAM.id(), operations, List.of(feedback("行动-9", "2026-09-20"))).activities())
                .hasSize(1);
    }
}
