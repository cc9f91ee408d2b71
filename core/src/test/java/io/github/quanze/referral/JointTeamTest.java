package io.github.quanze.referral;

import static io.github.quanze.referral.Teams.BUREAU;
import static io.github.quanze.referral.Teams.LEADER;
import static io.github.quanze.referral.Teams.MARKET;
import static io.github.quanze.referral.Teams.MARKET_LIAISON;
import static io.github.quanze.referral.Teams.OUTSIDER;
import static io.github.quanze.referral.Teams.POLICE;
import static io.github.quanze.referral.Teams.POLICE_LIAISON;
import static io.github.quanze.referral.Teams.RULE;
import static io.github.quanze.referral.Teams.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Cases;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A joint team's values: its lead, members, scope and rules, and the cases of its operations. */
class JointTeamTest {

    @Test
    void aTeamHoldsItsLeadMembersAndRules() {
        assertThat(TEAM.lead()).isEqualTo(BUREAU);
        assertThat(TEAM.leader()).isEqualTo(LEADER);
        assertThat(TEAM.members()).containsExactly(MARKET, POLICE);
        assertThat(TEAM.agencies()).containsExactly(BUREAU, MARKET, POLICE);
        assertThat(TEAM.includes(POLICE)).isTrue();
        assertThat(TEAM.includes(OUTSIDER)).isFalse();
        assertThat(TEAM.contact(MARKET)).contains(MARKET_LIAISON);
        assertThat(TEAM.contact(BUREAU)).contains(LEADER);
        assertThat(TEAM.contact(OUTSIDER)).isEmpty();
        assertThat(TEAM.scope()).containsExactly("烟草专卖", "食品安全");
        assertThat(TEAM.meetings().perMonth()).isEqualTo(1);
        assertThat(TEAM.rule()).isEqualTo(RULE);
        assertThat(Teams.builder(1).build()).isEqualTo(TEAM).hasSameHashCodeAs(TEAM);
        assertThat(Teams.builder(2).build()).isNotEqualTo(TEAM);
    }

    @Test
    void aTeamWithoutALeadIsRefusedByName() {
        JointTeam.Builder noLead = JointTeam.builder().id("无组长小组").established(LocalDate.of(2026, 1, 1))
                .member(MARKET_LIAISON).scope("食品安全").meetings(MeetingRule.monthly(1)).followUpWithin(7)
                .feedbackWithin(3).rule(RULE);
        assertThatThrownBy(noLead::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("无组长小组").hasMessageContaining("lead");
    }

    @Test
    void aTeamNeedsAMemberAndAScope_andNoAgencyTwice() {
        assertThatThrownBy(() -> JointTeam.builder().id("独自小组").lead(LEADER).scope("食品安全").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("独自小组")
                .hasMessageContaining("member");
        assertThatThrownBy(() -> JointTeam.builder().id("小组").lead(LEADER).member(MARKET_LIAISON).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("scope");
        assertThatThrownBy(() -> JointTeam.builder().id("小组").lead(LEADER).member(MARKET_LIAISON).scope("食品")
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("meetings")
                .hasMessageContaining("rule");
        JointTeam.Builder b = JointTeam.builder().id("小组").lead(LEADER).member(MARKET_LIAISON);
        assertThatThrownBy(() -> b.member(TeamOfficer.of(BUREAU, OfficerId.of("X-1"), "某人")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BUREAU");
        assertThatThrownBy(() -> b.member(TeamOfficer.of(MARKET, OfficerId.of("X-2"), "某人")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> JointTeam.builder().member(POLICE_LIAISON).lead(TeamOfficer.of(POLICE,
                OfficerId.of("X-3"), "某人"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POLICE");
        assertThatThrownBy(() -> b.followUpWithin(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("followUpWithin");
        assertThatThrownBy(() -> MeetingRule.monthly(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MeetingRule.monthly(31).perMonth()).isEqualTo(31);
        assertThatThrownBy(() -> MeetingRule.monthly(32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseOfAnOperationReferencesItAndIsListedByIt() {
        JointOperation operation = Teams.operation("行动-1", "2026-09-12", "烟罚〔2026〕7号");
        CaseRecord listed = Cases.penaltyCase("烟罚〔2026〕7号", LocalDate.of(2026, 9, 12)).operation("行动-1").build();
        CaseRecord notReferencing = Cases.penaltyCase("烟罚〔2026〕7号", LocalDate.of(2026, 9, 12)).build();
        CaseRecord notListed = Cases.penaltyCase("烟罚〔2026〕8号", LocalDate.of(2026, 9, 12)).operation("行动-1").build();

        assertThat(operation.produced(listed)).isTrue();
        assertThat(operation.produced(notReferencing)).isFalse();
        assertThat(operation.produced(notListed)).isFalse();
        assertThat(listed.operation()).contains("行动-1");
        assertThat(listed).isNotEqualTo(notReferencing);
        assertThatThrownBy(() -> JointOperation.of("行动-2", TEAM.id(), LocalDate.of(2026, 9, 1), Set.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("行动-2");
        assertThatThrownBy(() -> JointOperation.of("行动-2", TEAM.id(), LocalDate.of(2026, 9, 1), Set.of(BUREAU),
                List.of("甲", "甲"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Cases.penaltyCase("烟罚〔2026〕7号", LocalDate.of(2026, 9, 12)).operation(" 行动 "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operation");
    }

    @Test
    void aBuilderWithoutAnIdYetSaysSoInItsMessages() {
        assertThatThrownBy(() -> JointTeam.builder().member(POLICE_LIAISON).lead(TeamOfficer.of(POLICE,
                OfficerId.of("X-3"), "某人"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id not set yet").hasMessageNotContaining("null");
        JointTeam.Builder b = JointTeam.builder().lead(LEADER).member(MARKET_LIAISON);
        assertThatThrownBy(() -> b.member(MARKET_LIAISON)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id not set yet").hasMessageNotContaining("null");
        assertThatThrownBy(() -> b.scope(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("null");
        assertThatThrownBy(() -> JointTeam.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id not set yet").hasMessageNotContaining("null");
        // once the id is set, the messages name it
        assertThatThrownBy(() -> JointTeam.builder().id("小组").lead(LEADER).member(TeamOfficer.of(BUREAU,
                OfficerId.of("X-1"), "某人"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("小组").hasMessageNotContaining("id not set yet");
        JointTeam.Builder scoped = JointTeam.builder().id("小组").scope("食品安全");
        assertThatThrownBy(() -> scoped.scope(" 食品安全 ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("小组").hasMessageContaining("食品安全").hasMessageContaining("twice");
        assertThatThrownBy(() -> JointTeam.builder().scope("药品", "药品")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("twice");
        assertThat(scoped.scope("药品", "烟草专卖").lead(LEADER).member(MARKET_LIAISON).established(LocalDate.of(2026,
                1, 1)).meetings(MeetingRule.monthly(1)).followUpWithin(7).feedbackWithin(3).rule(RULE).build()
                .scope()).containsExactly("食品安全", "药品", "烟草专卖");
    }
}
