package io.github.quanze.organization;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.AGENCY_COUNTY;
import static io.github.quanze.testing.Fixtures.AREA_MARKET;
import static io.github.quanze.testing.Fixtures.AREA_TOBACCO;
import static io.github.quanze.testing.Fixtures.DATE_2026_12_31;
import static io.github.quanze.testing.Fixtures.OFFICER_CHIEF;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_B;
import static io.github.quanze.testing.Fixtures.OFFICER_LICENCE;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_DIRECTOR;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.UNIT_COUNTY;
import static io.github.quanze.testing.Fixtures.UNIT_OFFICE;
import static io.github.quanze.testing.Fixtures.credential;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import net.jqwik.api.Example;

/** An organization's equality and its certification questions, answered both ways. */
class OrganizationContractTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @Example
    void equals_everyPart() {
        Organization copy = ORGANIZATION.toBuilder().build();
        assertThat(ORGANIZATION).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(ORGANIZATION).isNotEqualTo(ORGANIZATION.toBuilder().addAgency(new Agency(AgencyId.of("PROV"),
                "某省烟草专卖局")).build());
        assertThat(ORGANIZATION).isNotEqualTo(ORGANIZATION.toBuilder().addUnit(new Unit(UnitId.of("LEGAL"),
                AGENCY_CITY, "法规科")).build());
        assertThat(ORGANIZATION).isNotEqualTo(ORGANIZATION.toBuilder().addPost(Post.builder().id(PostId.of("NEW"))
                .unit(UNIT_COUNTY).name("新岗").addDuties("依法履行职责").build()).build());
        assertThat(ORGANIZATION).isNotEqualTo(ORGANIZATION.toBuilder().addOfficer(Officer.builder()
                .id(OfficerId.of("O-99")).name("新人").agency(AGENCY_CITY).addPosts(POST_DIRECTOR).build()).build());
        assertThat(ORGANIZATION).isNotEqualTo(ORGANIZATION.toBuilder().addCredential(credential("ZF-0099",
                OFFICER_CHIEF, LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31))).build());
        assertThat(ORGANIZATION).isNotEqualTo(ORGANIZATION.toString()).isNotEqualTo(null);
    }

    @Example
    void isCertifiedFor_answersBothWays() {
        assertThat(ORGANIZATION.isCertifiedFor(OFFICER_INSPECTOR_A, AREA_TOBACCO, DAY)).isTrue();
        assertThat(ORGANIZATION.isCertifiedFor(OFFICER_INSPECTOR_A, AREA_MARKET, DAY)).isFalse();
        assertThat(ORGANIZATION.isCertifiedFor(OFFICER_INSPECTOR_B, AREA_TOBACCO, DAY)).isFalse();
        assertThat(ORGANIZATION.isCertifiedFor(OFFICER_LICENCE, AREA_TOBACCO, LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(ORGANIZATION.isCertifiedFor(OFFICER_LICENCE, AREA_TOBACCO, LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(ORGANIZATION.isCertifiedFor(OFFICER_CHIEF, AREA_TOBACCO, DATE_2026_12_31)).isTrue();
    }

    @Example
    void countCertifiedAt_stopsAtEnough() {
        // two inspectors hold the post; only A's credential is valid on the day
        assertThat(ORGANIZATION.officersAt(POST_INSPECTOR)).hasSize(2);
        assertThat(ORGANIZATION.countCertifiedAt(POST_INSPECTOR, AREA_TOBACCO, DAY, 2)).isEqualTo(1);
        assertThat(ORGANIZATION.countCertifiedAt(POST_INSPECTOR, AREA_MARKET, DAY, 2)).isZero();
        Organization bothValid = ORGANIZATION.toBuilder().replaceCredential(credential("ZF-0005", OFFICER_INSPECTOR_B,
                LocalDate.of(2021, 1, 1), DATE_2026_12_31)).build();
        assertThat(bothValid.countCertifiedAt(POST_INSPECTOR, AREA_TOBACCO, DAY, 2)).isEqualTo(2);
        assertThat(bothValid.countCertifiedAt(POST_INSPECTOR, AREA_TOBACCO, DAY, 1)).isEqualTo(1);
        assertThat(bothValid.countCertifiedAt(POST_INSPECTOR, AREA_TOBACCO, DAY, 3)).isEqualTo(2);
    }

    @Example
    void certification_namesTheValidCredentialOrTheLatestOther() {
        Certification valid = ORGANIZATION.certification(OFFICER_INSPECTOR_A, AREA_TOBACCO, DAY);
        assertThat(valid.outcome()).isEqualTo(CertificationOutcome.CERTIFIED);
        assertThat(valid.credentialNumber()).contains("ZF-0004");
        Certification expired = ORGANIZATION.certification(OFFICER_LICENCE, AREA_TOBACCO, DAY);
        assertThat(expired.outcome()).isNotEqualTo(CertificationOutcome.CERTIFIED);
        assertThat(expired.credentialNumber()).contains("ZF-0003");
        Certification uncovered = ORGANIZATION.certification(OFFICER_INSPECTOR_A, AREA_MARKET, DAY);
        assertThat(uncovered.outcome()).isEqualTo(CertificationOutcome.AREA_NOT_COVERED);
        assertThat(uncovered.credentialNumber()).isEmpty();
        // a renewed credential that starts later is the one reported, whichever order they were added in
        Organization renewedLate = ORGANIZATION.toBuilder().addCredential(credential("ZF-0103", OFFICER_LICENCE,
                LocalDate.of(2024, 7, 1), DATE_2026_12_31)).build();
        assertThat(renewedLate.certification(OFFICER_LICENCE, AREA_TOBACCO, DAY).credentialNumber())
                .contains("ZF-0103");
        assertThat(renewedLate.certification(OFFICER_LICENCE, AREA_TOBACCO, LocalDate.of(2024, 7, 1)).outcome())
                .isEqualTo(CertificationOutcome.CERTIFIED);
    }

    @Example
    void lookUps_answerForKnownAndUnknownIds() {
        assertThat(ORGANIZATION.findAgencyOf(POST_DIRECTOR)).contains(AGENCY_CITY);
        assertThat(ORGANIZATION.findAgencyOf(PostId.of("NONE"))).isEmpty();
        assertThat(ORGANIZATION.agencyOf(POST_DIRECTOR)).isEqualTo(AGENCY_CITY);
        assertThat(ORGANIZATION.unit(UNIT_OFFICE).agency()).isEqualTo(AGENCY_CITY);
        assertThat(ORGANIZATION.findAgency(AGENCY_COUNTY)).isPresent();
        assertThat(ORGANIZATION.findAgency(AgencyId.of("NONE"))).isEmpty();
        assertThat(ORGANIZATION.findOfficer(OfficerId.of("O-99"))).isEmpty();
        assertThat(ORGANIZATION.findPost(PostId.of("NONE"))).isEmpty();
    }
    @Example
    void findAndIdentity_answerBothWays() {
        assertThat(ORGANIZATION.findOfficer(OFFICER_CHIEF)).hasValueSatisfying(o -> assertThat(o.id())
                .isEqualTo(OFFICER_CHIEF));
        assertThat(ORGANIZATION.findPost(POST_DIRECTOR)).hasValueSatisfying(p -> assertThat(p.id())
                .isEqualTo(POST_DIRECTOR));
        Organization smaller = ORGANIZATION.toBuilder().addAgency(new Agency(AgencyId.of("PROV"), "某省烟草专卖局"))
                .build();
        assertThat(ORGANIZATION.hashCode()).isNotEqualTo(smaller.hashCode());
        assertThat(ORGANIZATION).hasToString("Organization{2 agencies, 3 units, 5 posts, 6 officers, 6 credentials}");
        Officer chief = ORGANIZATION.officer(OFFICER_CHIEF);
        Officer renamed = Officer.builder().id(OFFICER_CHIEF).name("李副科长").agency(AGENCY_CITY)
                .addPosts(chief.posts().toArray(new PostId[0])).build();
        assertThat(chief).isNotEqualTo(renamed).isNotEqualTo(ORGANIZATION.officer(OFFICER_LICENCE))
                .isNotEqualTo(null);
        assertThat(chief.hashCode()).isNotEqualTo(renamed.hashCode());
        assertThat(chief).isEqualTo(chief.toBuilder().build());
        assertThat(chief.toString()).isEqualTo("Officer{O-02「李科长」 of CITY}");
    }
}
