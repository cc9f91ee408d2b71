package io.github.quanze.jackson.organization;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.power.Values;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.Leadership;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.text.BilingualText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OrganizationDocumentsTest {

    @Test
    void readsTheFixtureBureau() throws IOException {
        Organization org = read(fixture());

        assertThat(org.agencies()).extracting(a -> a.id().value()).containsExactly("SYC", "SYX");
        assertThat(org.post(PostId.of("FJZ")).leadership()).contains(Leadership.DEPUTY);
        assertThat(org.agencyOf(PostId.of("XJ-JC"))).isEqualTo(AgencyId.of("SYX"));
        assertThat(org.officersAt(PostId.of("JC-JC"))).extracting(o -> o.id().value()).containsExactly("O-09", "O-10");
        var history = org.credentialsOf(OfficerId.of("O-10")).get(0).statusChanges();
        assertThat(history).extracting(c -> c.status()).containsExactly(CredentialStatus.SUSPENDED,
                CredentialStatus.VALID);
        assertThat(history.get(0).reason()).isEqualTo(BilingualText.of("执法过错，离岗培训三个月", "执法过错，离岗培训三个月"));
        assertThat(history.get(1).reason().en()).isEqualTo("training completed and passed");
        assertThat(org.certification(OfficerId.of("O-10"), "烟草专卖", LocalDate.of(2026, 6, 30)).outcome())
                .isEqualTo(CertificationOutcome.SUSPENDED);
    }

    @Test
    void theTobaccoBureauSurvivesJsonAndYaml() {
        assertRoundTrip(OrganizationDocuments.ORGANIZATION, TobaccoOrganization.organization(),
                DocumentContext.empty());
    }

    @Test
    void aReasonIsOneStringWhereItHasOneWording() {
        String yaml = QuanzeDocuments.yaml().writer(OrganizationDocuments.ORGANIZATION)
                .writeString(TobaccoOrganization.organization());

        assertThat(yaml).contains("reason: 执法过错，离岗培训三个月\n")
                .containsPattern("reason:\n +zh: 培训期满，考核合格\n +en: training completed and passed\n");
    }

    @Property(tries = 60)
    void aGeneratedOrganizationSurvivesJsonAndYaml(@ForAll("organizations") Organization organization) {
        assertRoundTrip(OrganizationDocuments.ORGANIZATION, organization, DocumentContext.empty());
    }

    @Test
    void anOfficerAtAPostOfAnotherAgencyIsTheOrganizationsOwnError() throws IOException {
        String text = fixture().replace("posts: [XJ-JC]", "posts: [JC-JC]");

        assertInvalid(OrganizationDocuments.ORGANIZATION, DocumentContext.empty(), text).isInstanceOfSatisfying(
                InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEmpty();
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.rule()).isEqualTo("Officer O-13 of agency 'SYX' cannot hold post 'JC-JC' of "
                            + "agency 'SYC'");
                });
    }

    @Test
    void anExpiredStatusIsNotRecordedInAHistory() throws IOException {
        String text = fixture().replace("status: SUSPENDED", "status: EXPIRED");

        assertInvalid(OrganizationDocuments.ORGANIZATION, DocumentContext.empty(), text)
                .hasMessageContaining("/credentials/2/statusChanges/0/status")
                .hasMessageContaining("expected one of VALID, SUSPENDED, REVOKED, CANCELLED");
    }

    @Test
    void aStatusChangeBeforeTheValidityStartsIsTheCertificatesOwnError() throws IOException {
        String text = fixture().replace("date: 2026-05-01", "date: 2022-05-01");

        assertInvalid(OrganizationDocuments.ORGANIZATION, DocumentContext.empty(), text).isInstanceOfSatisfying(
                InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/credentials/2");
                    assertThat(e.rule()).contains("status change on 2022-05-01 is before validity starts (2023-01-01)");
                });
    }

    @Test
    void postsAndOfficersAreReferredToById() {
        DocumentContext context = DocumentContext.empty().with(Organization.class,
                TobaccoOrganization.organization());

        assertThat(Values.read(OrganizationDocuments.POST_REFERENCE, context, "JC-JC"))
                .isEqualTo(TobaccoOrganization.INSPECTOR);
        assertThat(Values.read(OrganizationDocuments.OFFICER_REFERENCE, context, "O-05"))
                .isEqualTo(OfficerId.of("O-05"));
        assertThat(Values.error(OrganizationDocuments.POST_REFERENCE, context, "JCDD-JC"))
                .contains("Unknown post 'JCDD-JC' in organization");
        assertThat(Values.error(OrganizationDocuments.OFFICER_REFERENCE, context, "O-99"))
                .contains("Unknown officer 'O-99' in organization");
        assertThat(Values.error(OrganizationDocuments.OFFICER_REFERENCE, context, "O 99"))
                .contains("Officer id must be 1-64 letters or digits");
    }

    @Provide
    Arbitrary<Organization> organizations() {
        return Arbitraries.integers().between(0, 25).flatMap(size -> Arbitraries.randomValue(
                random -> GeneratedOrganizations.organization(random, size)));
    }

    static String fixture() throws IOException {
        return Files.readString(Path.of("src/test/resources/fixtures/organization-bureau.yaml"));
    }

    private static Organization read(String text) {
        return QuanzeDocuments.yaml().reader(OrganizationDocuments.ORGANIZATION).readString("org.yaml", text);
    }
}
