package io.github.quanze.testkit.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.TeamActivity;
import io.github.quanze.referral.TeamLog;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Shrinking;
import java.time.LocalDate;
import java.util.List;
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

    @Provide
    Arbitrary<JointTeam> teams() {
        return QuanzeArbitraries.jointTeams();
    }

    @Provide
    Arbitrary<TeamLog> logs() {
        return QuanzeArbitraries.teamLogs();
    }
}
