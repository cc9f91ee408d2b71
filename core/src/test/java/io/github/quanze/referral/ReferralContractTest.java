package io.github.quanze.referral;

import static io.github.quanze.referral.Teams.BUREAU;
import static io.github.quanze.referral.Teams.MARKET;
import static io.github.quanze.referral.Teams.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;

/** The team's rules and activities accept their bounds and refuse one step beyond, on both sides. */
class ReferralContractTest {

    @Example
    void aMeetingRule_asksForOneToTheMostMeetingsAMonth() {
        assertThat(MeetingRule.monthly(1).perMonth()).isEqualTo(1);
        assertThat(MeetingRule.monthly(MeetingRule.MAX_PER_MONTH).perMonth()).isEqualTo(MeetingRule.MAX_PER_MONTH);
        assertThatIllegalArgumentException().isThrownBy(() -> MeetingRule.monthly(0))
                .withMessage("Meeting rule: meetings per month must be 1 to 31, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> MeetingRule.monthly(MeetingRule.MAX_PER_MONTH + 1))
                .withMessage("Meeting rule: meetings per month must be 1 to 31, but was 32");
    }

    @Example
    void followUpAndFeedbackDays_areZeroToTheMost() {
        assertThat(Teams.builder(1).build().toString()).startsWith("JointTeam{某区联动执法小组, lead ");
        for (int ok : new int[] {0, JointTeam.MAX_DAYS}) {
            JointTeam.Builder b = JointTeam.builder();
            assertThat(b.followUpWithin(ok)).isSameAs(b);
            assertThat(b.feedbackWithin(ok)).isSameAs(b);
        }
        for (int bad : new int[] {-1, JointTeam.MAX_DAYS + 1}) {
            assertThatIllegalArgumentException().isThrownBy(() -> JointTeam.builder().followUpWithin(bad))
                    .withMessageContaining("must be 0 to 366 days, but was " + bad);
            assertThatIllegalArgumentException().isThrownBy(() -> JointTeam.builder().feedbackWithin(bad))
                    .withMessageContaining("must be 0 to 366 days, but was " + bad);
        }
    }

    @Example
    void teams_areEqualByEveryAttribute_andHashAlike() {
        JointTeam team = Teams.builder(1).build();
        assertThat(team).isEqualTo(Teams.builder(1).build()).hasSameHashCodeAs(Teams.builder(1).build());
        JointTeam twice = Teams.builder(2).build();
        assertThat(team).isNotEqualTo(twice).isNotEqualTo("某区联动执法小组");
        assertThat(team.hashCode()).isNotEqualTo(twice.hashCode());
        assertThat(team.toString()).contains(team.lead().toString());
    }

    @Example
    void anOperation_needsAnAgency_andEachCaseOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> JointOperation.of("行动-1", "某区联动执法小组",
                day("2026-01-05"), Set.of(), List.of("烟罚〔2026〕7号")))
                .withMessage("Joint operation 行动-1: at least one agency must take part");
        assertThatIllegalArgumentException().isThrownBy(() -> JointOperation.of("行动-1", "某区联动执法小组",
                day("2026-01-05"), Set.of(BUREAU), List.of("A", "A"))).withMessageContaining("name a case twice");
        assertThat(JointOperation.of("行动-1", "某区联动执法小组", day("2026-01-05"), Set.of(BUREAU), List.of())
                .cases()).isEmpty();
    }

    @Example
    void aReferral_goesToAnotherAgency_andIsFollowedUpOnItsDayOrLater() {
        LocalDate on = day("2026-03-02");
        assertThat(new TeamActivity.Referral(on, BUREAU, MARKET, "无证经营线索", Optional.of(on)).followedUp())
                .contains(on);
        assertThat(new TeamActivity.Referral(on, BUREAU, MARKET, "无证经营线索", Optional.empty()).followedUp())
                .isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new TeamActivity.Referral(on, BUREAU, MARKET,
                "无证经营线索", Optional.of(on.minusDays(1)))).withMessageContaining("followed up on 2026-03-01, "
                        + "before it was referred");
        assertThatIllegalArgumentException().isThrownBy(() -> new TeamActivity.Referral(on, BUREAU, BUREAU,
                "无证经营线索", Optional.empty())).withMessageContaining("refers from BUREAU to itself");
        assertThatIllegalArgumentException().isThrownBy(() -> new TeamActivity.Meeting(on, Set.of()))
                .withMessage("Joint meeting on 2026-03-02: at least one agency must attend");
    }
}
