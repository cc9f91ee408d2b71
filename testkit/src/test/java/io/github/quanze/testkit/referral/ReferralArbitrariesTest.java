package io.github.quanze.testkit.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.TeamActivity;
import io.github.quanze.referral.TeamLog;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Samples;
import io.github.quanze.testkit.Shrinking;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReferralArbitrariesTest {

    @Property(tries = 200)
    void aTeamIsLedByTheBureauAndItsLogIsCheckedAgainstIt(@ForAll("teams") JointTeam team,
            @ForAll("logs") TeamLog log) {
        assertThat(team.lead()).isEqualTo(ReferralArbitraries.BUREAU);
        assertThat(team.members()).contains(ReferralArbitraries.MARKET).doesNotContain(ReferralArbitraries.BUREAU)
                .doesNotHaveDuplicates();
        assertThat(log.team()).isEqualTo(team.id());
        assertThat(log.check(team, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isNotNull();
    }

    @Example
    void aLogIsNotCheckedAgainstAnotherTeam() {
        JointTeam team = QuanzeArbitraries.jointTeams().sample();
        TeamLog other = new TeamLog("另一小组", List.of(), List.of());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> other.check(team, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Example
    void aLogWithAReferralShrinksToThatReferralAlone() {
        TeamLog smallest = Shrinking.shrink(QuanzeArbitraries.teamLogs(),
                log -> log.activities().stream().anyMatch(a -> a instanceof TeamActivity.Referral), 7);
        assertThat(smallest.operations()).isEmpty();
        assertThat(smallest.activities()).singleElement().isInstanceOf(TeamActivity.Referral.class);
    }

    @Example
    void aTeamShrinksToTheBureauAndOneMemberOverTwoAreas() {
        JointTeam smallest = Shrinking.shrink(QuanzeArbitraries.jointTeams(), t -> true, 8);

        assertThat(smallest.members()).containsExactly(ReferralArbitraries.MARKET);
        assertThat(smallest.scope()).containsExactlyInAnyOrder("烟草专卖", "食品安全");
        assertThat(smallest.followUpDays()).isEqualTo(1);
        assertThat(smallest.feedbackDays()).isZero();
    }

    @Example
    void teamsHaveOneOrTwoMembersOverOneOrTwoAreas() {
        List<JointTeam> drawn = Samples.draw(QuanzeArbitraries.jointTeams(), 100, 9);

        assertThat(drawn).anyMatch(t -> t.members().size() == 1).anyMatch(t -> t.members().size() == 2)
                .anyMatch(t -> t.scope().size() == 1).anyMatch(t -> t.scope().size() == 2)
                .allMatch(t -> t.members().size() == 1 || t.members().contains(ReferralArbitraries.TRANSPORT));
    }

    @Example
    void aLogShrinksToNothingOrToTheFirstOptionOfWhatItMustHold() {
        TeamLog empty = Shrinking.shrink(QuanzeArbitraries.teamLogs(), log -> true, 10);
        TeamLog operation = Shrinking.shrink(QuanzeArbitraries.teamLogs(), log -> !log.operations().isEmpty(), 11);
        TeamLog referral = Shrinking.shrink(QuanzeArbitraries.teamLogs(),
                log -> log.activities().stream().anyMatch(a -> a instanceof TeamActivity.Referral), 12);
        TeamLog meeting = Shrinking.shrink(QuanzeArbitraries.teamLogs(), log -> !log.activities().isEmpty(), 13);

        assertThat(empty.operations()).isEmpty();
        assertThat(empty.activities()).isEmpty();
        assertThat(operation.activities()).isEmpty();
        assertThat(operation.operations()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("行动-1");
            assertThat(o.date()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(o.agencies()).containsExactly(ReferralArbitraries.BUREAU);
            assertThat(o.cases()).containsExactly("烟罚〔2026〕1号");
        });
        assertThat(referral.activities()).singleElement().isEqualTo(new TeamActivity.Referral(
                LocalDate.of(2026, 1, 1), ReferralArbitraries.BUREAU, ReferralArbitraries.MARKET, "线索-1",
                Optional.empty()));
        assertThat(meeting.activities()).singleElement().isEqualTo(new TeamActivity.Meeting(
                LocalDate.of(2026, 1, 1), Set.of(ReferralArbitraries.BUREAU)));
    }

    @Example
    void logsHoldUpToFiveOperationsAndTenActivitiesOfEveryKind() {
        List<TeamLog> drawn = Samples.draw(QuanzeArbitraries.teamLogs(), 200, 14);

        assertThat(drawn).allSatisfy(log -> {
            assertThat(log.operations()).hasSizeLessThanOrEqualTo(5);
            assertThat(log.activities()).hasSizeLessThanOrEqualTo(10);
        });
        assertThat(drawn).anyMatch(log -> log.operations().size() == 5).anyMatch(log -> log.activities().size() == 10)
                .anyMatch(log -> log.activities().stream().anyMatch(TeamActivity.Feedback.class::isInstance))
                .anyMatch(log -> log.operations().stream().anyMatch(o -> o.agencies().size() == 2))
                .anyMatch(log -> log.operations().stream().anyMatch(o -> o.cases().isEmpty()))
                .anyMatch(log -> log.activities().stream().anyMatch(a -> a instanceof TeamActivity.Referral r
                        && r.followedUp().isPresent()))
                .anyMatch(log -> log.activities().stream().anyMatch(a -> a instanceof TeamActivity.Meeting m
                        && m.attendees().size() == 2));
    }

    @Provide
    Arbitrary<JointTeam> teams() {
        return QuanzeArbitraries.jointTeams();
    }

    @Provide
    Arbitrary<TeamLog> logs() {
        return QuanzeArbitraries.teamLogs();
    }
}
