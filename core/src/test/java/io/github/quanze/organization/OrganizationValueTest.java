package io.github.quanze.organization;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.AREA_MARKET;
import static io.github.quanze.testing.Fixtures.AREA_TOBACCO;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.POST_DIRECTOR;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.UNIT_MONOPOLY;
import static io.github.quanze.testing.Fixtures.UNIT_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;

/** Posts, officers and certificates as values: what each builder call keeps, equality, order and labels. */
class OrganizationValueTest {

    private static Post.Builder post() {
        return Post.builder().id(POST_DIRECTOR).unit(UNIT_OFFICE).name("局长岗").addDuties("主持全面工作");
    }

    @Example
    void postsAreEqualByEveryAttribute() {
        Post p = post().leadership(Leadership.PRINCIPAL).build();

        assertThat(post().leadership(Leadership.PRINCIPAL).build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p).isNotEqualTo(null)
                .isNotEqualTo(post().build())
                .isNotEqualTo(post().leadership(Leadership.DEPUTY).build())
                .isNotEqualTo(post().addDuty("分管执法").leadership(Leadership.PRINCIPAL).build())
                .isNotEqualTo(Post.builder().id(POST_INSPECTOR).unit(UNIT_OFFICE).name("局长岗")
                        .addDuties("主持全面工作").leadership(Leadership.PRINCIPAL).build())
                .isNotEqualTo(Post.builder().id(POST_DIRECTOR).unit(UNIT_MONOPOLY).name("局长岗")
                        .addDuties("主持全面工作").leadership(Leadership.PRINCIPAL).build())
                .isNotEqualTo(Post.builder().id(POST_DIRECTOR).unit(UNIT_OFFICE).name("副局长岗")
                        .addDuties("主持全面工作").leadership(Leadership.PRINCIPAL).build());
        assertThat(p).hasToString("Post{DIRECTOR「局长岗」 in OFFICE}");
        assertThat(p.leadership()).contains(Leadership.PRINCIPAL);
    }

    @Example
    void anOfficersLegalQualificationAndReviewDayAreKept_andOptional() {
        Officer qualified = Officer.builder().id(OfficerId.of("O-90")).name("审核员").agency(AGENCY_CITY)
                .addPost(POST_INSPECTOR).legalQualification(LocalDate.of(2019, 3, 1))
                .legalReviewerSince(LocalDate.of(2020, 5, 1)).build();
        Officer plain = Officer.builder().id(OfficerId.of("O-91")).name("执法员").agency(AGENCY_CITY)
                .addPost(POST_INSPECTOR).build();

        assertThat(qualified.legalQualification()).contains(LocalDate.of(2019, 3, 1));
        assertThat(qualified.legalReviewerSince()).contains(LocalDate.of(2020, 5, 1));
        assertThat(qualified.posts()).containsExactly(POST_INSPECTOR);
        assertThat(plain.legalQualification()).isEmpty();
        assertThat(plain.legalReviewerSince()).isEmpty();
    }

    @Example
    void aCertificatesAreasAndStatusChangesAreKept_andAreasCanBeReplaced() {
        CredentialStatusChange suspended = new CredentialStatusChange(LocalDate.of(2025, 3, 1),
                CredentialStatus.SUSPENDED, "暂扣执法证");
        CredentialStatusChange restored = new CredentialStatusChange(LocalDate.of(2025, 6, 1),
                CredentialStatus.VALID, "恢复");
        EnforcementCredential c = EnforcementCredential.builder().number("ZF-9").holder(OFFICER_INSPECTOR_A)
                .issuingAuthority("某市人民政府").addArea(AREA_TOBACCO).addArea(AREA_MARKET)
                .validFrom(LocalDate.of(2024, 1, 1)).validUntil(LocalDate.of(2026, 12, 31))
                .addStatusChanges(suspended, restored).build();

        assertThat(c.areas()).containsExactly(AREA_TOBACCO, AREA_MARKET);
        assertThat(c.statusChanges()).containsExactly(suspended, restored);
        assertThat(c.statusOn(LocalDate.of(2025, 4, 1))).isEqualTo(CredentialStatus.SUSPENDED);
        assertThat(c.statusOn(LocalDate.of(2025, 7, 1))).isEqualTo(CredentialStatus.VALID);
        assertThat(c.toBuilder().areas(List.of(AREA_MARKET)).build().areas()).containsExactly(AREA_MARKET);
    }

    @Example
    void unitIdsAreOrderedByTheirText() {
        List<UnitId> ids = new ArrayList<>(List.of(UnitId.of("B"), UnitId.of("C"), UnitId.of("A")));
        ids.sort(null);

        assertThat(ids).containsExactly(UnitId.of("A"), UnitId.of("B"), UnitId.of("C"));
        assertThat(UnitId.of("A").compareTo(UnitId.of("A"))).isZero();
        assertThat(UnitId.of("A").compareTo(UnitId.of("B"))).isNegative();
    }

    @Example
    void eachStatusGivesItsOwnCertificationOutcome() {
        assertThat(Arrays.stream(CredentialStatus.values()).map(CertificationOutcome::of)).containsExactly(
                CertificationOutcome.CERTIFIED, CertificationOutcome.SUSPENDED, CertificationOutcome.REVOKED,
                CertificationOutcome.CANCELLED, CertificationOutcome.NOT_YET_VALID, CertificationOutcome.EXPIRED);
        assertThat(CredentialStatus.REVOKED.label().zh()).isEqualTo("取消执法资格");
        assertThat(Leadership.DEPUTY.label().zh()).isEqualTo("副职负责人");
        assertThat(Leadership.PRINCIPAL.label().en()).isEqualTo("principal head");
    }
}
