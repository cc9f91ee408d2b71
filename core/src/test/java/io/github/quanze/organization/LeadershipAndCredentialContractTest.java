package io.github.quanze.organization;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.OFFICER_CHIEF;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.UNIT_OFFICE;
import static io.github.quanze.testing.Fixtures.credential;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;

/** The highest leadership among an officer's posts, in either order of posts; a credential's authority and text. */
class LeadershipAndCredentialContractTest {

    private static final PostId HEAD = PostId.of("HEAD");
    private static final PostId DEPUTY = PostId.of("DEPUTY");

    private static final Organization LEADERS = ORGANIZATION.toBuilder()
            .addPost(Post.builder().id(HEAD).unit(UNIT_OFFICE).name("局长岗").addDuties("主持全面工作")
                    .leadership(Leadership.PRINCIPAL).build())
            .addPost(Post.builder().id(DEPUTY).unit(UNIT_OFFICE).name("副局长岗").addDuties("协助局长工作")
                    .leadership(Leadership.DEPUTY).build())
            .addOfficer(officer("O-90", DEPUTY, HEAD))
            .addOfficer(officer("O-91", HEAD, DEPUTY))
            .addOfficer(officer("O-92", DEPUTY))
            .addOfficer(officer("O-93", POST_INSPECTOR, DEPUTY))
            .addOfficer(officer("O-94", POST_INSPECTOR))
            .build();

    private static Officer officer(String id, PostId... posts) {
        return Officer.builder().id(OfficerId.of(id)).name("干部" + id).agency(AGENCY_CITY).addPosts(posts).build();
    }

    @Example
    void theHighestLeadershipCounts_whateverTheOrderOfPosts() {
        assertThat(LEADERS.leadershipOf(OfficerId.of("O-90"))).contains(Leadership.PRINCIPAL);
        assertThat(LEADERS.leadershipOf(OfficerId.of("O-91"))).contains(Leadership.PRINCIPAL);
        assertThat(LEADERS.leadershipOf(OfficerId.of("O-92"))).contains(Leadership.DEPUTY);
        assertThat(LEADERS.leadershipOf(OfficerId.of("O-93"))).contains(Leadership.DEPUTY);
        assertThat(LEADERS.leadershipOf(OfficerId.of("O-94"))).isEqualTo(Optional.empty());
    }

    @Example
    void aCredential_namesItsAuthority_andDiffersInHashByNumber() {
        EnforcementCredential one = credential("ZF-0101", OFFICER_CHIEF, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31));
        EnforcementCredential other = credential("ZF-0102", OFFICER_CHIEF, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31));
        assertThat(one.issuingAuthority()).isEqualTo("某市人民政府");
        assertThat(one.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(one).hasToString("EnforcementCredential{ZF-0101 of O-02, [烟草专卖], 2024-01-01..2026-12-31}");
    }
}
