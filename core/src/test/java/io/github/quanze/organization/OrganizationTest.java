package io.github.quanze.organization;

import io.github.quanze.power.AgencyId;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.AGENCY_COUNTY;
import static io.github.quanze.testing.Fixtures.AREA_MARKET;
import static io.github.quanze.testing.Fixtures.AREA_TOBACCO;
import static io.github.quanze.testing.Fixtures.CREDENTIAL_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.DATE_2024_06_01;
import static io.github.quanze.testing.Fixtures.OFFICER_CHIEF;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_B;
import static io.github.quanze.testing.Fixtures.OFFICER_LICENCE;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_COUNTY;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.POST_SECTION_CHIEF;
import static io.github.quanze.testing.Fixtures.UNIT_MONOPOLY;
import static io.github.quanze.testing.Fixtures.credential;
import static io.github.quanze.testing.Fixtures.officer;
import static io.github.quanze.testing.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrganizationTest {

    @Example
    void certification_isCertifiedWithAValidCertificateForTheArea() {
        Certification answer = ORGANIZATION.certification(OFFICER_INSPECTOR_A, AREA_TOBACCO, DATE_2024_06_01);
        assertThat(answer.isCertified()).isTrue();
        assertThat(answer.credentialNumber()).contains("ZF-0004");
        assertThat(ORGANIZATION.isCertifiedFor(OFFICER_INSPECTOR_A, AREA_TOBACCO, DATE_2024_06_01)).isTrue();
    }

    @Example
    void certification_matchesAnAreaWithSpacesAtEitherEnd() {
        Certification answer = ORGANIZATION.certification(OFFICER_INSPECTOR_A, " 烟草专卖\u3000", DATE_2024_06_01);
        assertThat(answer.isCertified()).isTrue();
        assertThat(answer.area()).isEqualTo(AREA_TOBACCO);
        assertThat(ORGANIZATION.isCertifiedFor(OFFICER_INSPECTOR_A, "烟草专卖 ", DATE_2024_06_01)).isTrue();
        assertThat(ORGANIZATION.countCertifiedAt(POST_INSPECTOR, " 烟草专卖", DATE_2024_06_01, 2)).isEqualTo(1);
        Organization padded = ORGANIZATION.toBuilder()
                .replaceCredential(CREDENTIAL_INSPECTOR_A.toBuilder().areas(List.of("烟草专卖 ")).build()).build();
        assertThat(padded.isCertifiedFor(OFFICER_INSPECTOR_A, AREA_TOBACCO, DATE_2024_06_01)).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ORGANIZATION.certification(OFFICER_INSPECTOR_A, "烟草\n专卖", DATE_2024_06_01))
                .withMessageStartingWith("Enforcement area must not contain control character U+000A");
    }

    @Example
    void certification_explainsEachReasonForNotBeingCertified() {
        assertThat(ORGANIZATION.certification(OFFICER_LICENCE, AREA_TOBACCO, DATE_2024_06_01).outcome())
                .isEqualTo(CertificationOutcome.EXPIRED);
        assertThat(ORGANIZATION.certification(OFFICER_INSPECTOR_B, AREA_TOBACCO, DATE_2024_06_01).outcome())
                .isEqualTo(CertificationOutcome.SUSPENDED);
        assertThat(ORGANIZATION.certification(OFFICER_INSPECTOR_A, AREA_MARKET, DATE_2024_06_01))
                .isEqualTo(new Certification(OFFICER_INSPECTOR_A, AREA_MARKET, DATE_2024_06_01,
                        CertificationOutcome.AREA_NOT_COVERED, Optional.empty()));
        assertThat(ORGANIZATION.certification(OFFICER_INSPECTOR_A, AREA_TOBACCO, LocalDate.of(2021, 6, 1)).outcome())
                .isEqualTo(CertificationOutcome.NOT_YET_VALID);
        Organization withNewcomer = ORGANIZATION.toBuilder()
                .addOfficer(officer(OfficerId.of("O-99"), "新人", AGENCY_CITY, POST_INSPECTOR)).build();
        Certification none = withNewcomer.certification(OfficerId.of("O-99"), AREA_TOBACCO, DATE_2024_06_01);
        assertThat(none.outcome()).isEqualTo(CertificationOutcome.NO_CREDENTIAL);
        assertThat(none.explanation().zh()).isEqualTo("执法人员 O-99 在 2024-06-01 未取得执法证（执法领域：烟草专卖）");
    }

    @Example
    void certification_prefersAValidCertificateOverAnExpiredOne() {
        Organization renewed = ORGANIZATION.toBuilder()
                .addCredential(credential("ZF-0103", OFFICER_LICENCE, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)))
                .build();
        assertThat(renewed.certification(OFFICER_LICENCE, AREA_TOBACCO, DATE_2024_06_01).credentialNumber())
                .contains("ZF-0103");
    }

    @Example
    void queries_followUnitsToAgencies() {
        assertThat(ORGANIZATION.agencyOf(POST_COUNTY)).isEqualTo(AGENCY_COUNTY);
        assertThat(ORGANIZATION.officersAt(POST_INSPECTOR)).extracting(Officer::id)
                .containsExactly(OFFICER_INSPECTOR_A, OFFICER_INSPECTOR_B);
        assertThat(ORGANIZATION.officersAt(PostId.of("VACANT"))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> ORGANIZATION.post(PostId.of("NONE")))
                .withMessage("Unknown post 'NONE' in organization");
    }

    @Example
    void build_rejectsAPostNamingAnUnknownUnit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ORGANIZATION.toBuilder().addPost(post(PostId.of("X"), UnitId.of("GHOST"), "幽灵岗")).build())
                .withMessage("Post X names unknown unit 'GHOST'");
    }

    @Example
    void build_rejectsBrokenReferences() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ORGANIZATION.toBuilder().addUnit(new Unit(UnitId.of("U"), AgencyId.of("NONE"), "科")).build())
                .withMessage("Unit U names unknown agency 'NONE'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ORGANIZATION.toBuilder()
                        .addOfficer(officer(OfficerId.of("O-98"), "甲", AGENCY_CITY, PostId.of("NONE"))).build())
                .withMessage("Officer O-98 names unknown post 'NONE'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ORGANIZATION.toBuilder()
                        .addOfficer(officer(OfficerId.of("O-98"), "甲", AGENCY_CITY, POST_COUNTY)).build())
                .withMessage("Officer O-98 of agency 'CITY' cannot hold post 'COUNTY-INSPECTOR' of agency 'COUNTY'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ORGANIZATION.toBuilder().addCredential(credential("ZF-0999", OfficerId.of("NOBODY"),
                        LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).build())
                .withMessage("Credential 'ZF-0999' names unknown holder 'NOBODY'");
    }

    @Example
    void build_rejectsDuplicateIds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ORGANIZATION.toBuilder().addPost(post(POST_INSPECTOR, UNIT_MONOPOLY, "重复岗")).build())
                .withMessage("Organization has duplicate post 'INSPECTOR'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ORGANIZATION.toBuilder()
                        .addOfficer(officer(OFFICER_CHIEF, "重名", AGENCY_CITY, POST_SECTION_CHIEF)).build())
                .withMessage("Organization has duplicate officer 'O-02'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ORGANIZATION.toBuilder().addCredential(credential("ZF-0004", OFFICER_CHIEF,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).build())
                .withMessage("Organization has duplicate credential number 'ZF-0004'");
    }

    @Example
    void ids_rejectMalformedValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> PostId.of("a b"))
                .withMessage("Post id must be 1-64 letters or digits, optionally joined by '-', '_' or '.', but was 'a b'");
        assertThat(PostId.of("局长岗")).hasToString("局长岗");
    }

    @Property
    void buildingFromInvalidInputThrowsAndChangesNoExistingValue(@ForAll("invalidChanges") UnaryOperator<Organization.Builder> change) {
        Organization before = ORGANIZATION.toBuilder().build();
        Organization.Builder builder = ORGANIZATION.toBuilder();
        assertThatIllegalArgumentException().isThrownBy(() -> change.apply(builder).build());
        assertThat(ORGANIZATION).isEqualTo(before);
        assertThat(ORGANIZATION.officers()).hasSize(6);
    }

    @Provide
    Arbitrary<UnaryOperator<Organization.Builder>> invalidChanges() {
        Arbitrary<String> suffix = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
        return Arbitraries.oneOf(
                suffix.map(s -> b -> b.addPost(post(PostId.of("P" + s), UnitId.of("NO" + s), "岗"))),
                suffix.map(s -> b -> b.addOfficer(officer(OfficerId.of("O" + s), "某", AgencyId.of("NO" + s)))),
                suffix.map(s -> b -> b.addCredential(credential("ZF" + s, OfficerId.of("NO" + s),
                        LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))),
                Arbitraries.of(ORGANIZATION.posts()).map(p -> b -> b.addPost(p)),
                Arbitraries.of(ORGANIZATION.officers()).map(o -> b -> b.addOfficer(o)));
    }

    @Example
    void replaceCredential_swapsTheCertificateOfThatNumberOnly() {
        EnforcementCredential held = ORGANIZATION.credentialsOf(OFFICER_INSPECTOR_A).get(0);
        EnforcementCredential suspended = held.withStatusChange(new CredentialStatusChange(DATE_2024_06_01,
                CredentialStatus.SUSPENDED, "暂扣执法证件"));
        Organization changed = ORGANIZATION.toBuilder().replaceCredential(suspended).build();
        assertThat(changed.credentialsOf(OFFICER_INSPECTOR_A)).containsExactly(suspended);
        assertThat(changed.credentials()).hasSameSizeAs(ORGANIZATION.credentials());
        assertThat(ORGANIZATION.credentialsOf(OFFICER_INSPECTOR_A)).containsExactly(held);
        EnforcementCredential unknown = held.toBuilder().number("ZF-NONE").build();
        assertThatIllegalArgumentException().isThrownBy(() -> ORGANIZATION.toBuilder().replaceCredential(unknown))
                .withMessage("Organization builder holds no certificate numbered 'ZF-NONE' to replace");
    }
}
