package io.github.quanze.organization;

import io.github.quanze.power.AgencyId;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.CREDENTIAL_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.UNIT_MONOPOLY;
import static io.github.quanze.testing.Probes.dates;
import static io.github.quanze.testing.Probes.ints;
import static io.github.quanze.testing.Probes.probe;

import io.github.quanze.testing.TextProbes;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Example;

/**
 * Bad input to every factory and builder of the package gives a value, a short IllegalArgumentException, or a
 * NullPointerException naming the argument; never an error from inside. The text arguments are probed by
 * {@link TextProbes}.
 */
class OrganizationProbeTest extends TextProbes {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @Example
    void numbersAndDates_areTakenOrRejectedShortly() {
        ints("Organization.countCertifiedAt", n -> ORGANIZATION.countCertifiedAt(POST_INSPECTOR, "烟草专卖", DAY, n));
        dates("EnforcementCredential.validFrom", d -> credential().validFrom(d).build());
        dates("EnforcementCredential.validUntil", d -> credential().validUntil(d).build());
        dates("EnforcementCredential.statusOn", CREDENTIAL_INSPECTOR_A::statusOn);
        dates("CredentialStatusChange", d -> CREDENTIAL_INSPECTOR_A.withStatusChange(
                new CredentialStatusChange(d, CredentialStatus.SUSPENDED, "离岗培训")));
        dates("Organization.certification", d -> ORGANIZATION.certification(OFFICER_INSPECTOR_A, "烟草专卖", d));
        dates("Organization.countCertifiedAt", d -> ORGANIZATION.countCertifiedAt(POST_INSPECTOR, "烟草专卖", d, 2));
    }

    @Example
    void nulls_areRejectedByName() {
        probe("Agency(id)", () -> new Agency(null, "某局"));
        probe("Unit(agency)", () -> new Unit(UNIT_MONOPOLY, null, "某科"));
        probe("Post.addDuties", () -> Post.builder().addDuties((String) null));
        probe("Officer.addPosts", () -> Officer.builder().addPosts((PostId) null));
        probe("EnforcementCredential.addAreas", () -> EnforcementCredential.builder().addAreas((String) null));
        probe("EnforcementCredential.covers", () -> CREDENTIAL_INSPECTOR_A.covers(null));
        probe("EnforcementCredential.statusOn", () -> CREDENTIAL_INSPECTOR_A.statusOn(null));
        probe("EnforcementCredential.withStatusChange", () -> CREDENTIAL_INSPECTOR_A.withStatusChange(null));
        probe("CredentialStatusChange(status)", () -> new CredentialStatusChange(DAY, null, "理由"));
        probe("Certification(area)", () -> new Certification(OFFICER_INSPECTOR_A, null, DAY,
                CertificationOutcome.CERTIFIED, Optional.empty()));
        probe("Organization.addAgency", () -> Organization.builder().addAgency(null));
        probe("Organization.addCredential", () -> Organization.builder().addCredential(null));
        probe("Organization.replaceCredential", () -> ORGANIZATION.toBuilder().replaceCredential(null));
        probe("Organization.findOfficer", () -> ORGANIZATION.findOfficer(null));
        probe("Organization.officer", () -> ORGANIZATION.officer(null));
        probe("Organization.agencyOf", () -> ORGANIZATION.agencyOf(null));
        probe("Organization.officersAt", () -> ORGANIZATION.officersAt(null));
        probe("Organization.credentialsOf", () -> ORGANIZATION.credentialsOf(null));
        probe("Organization.certification(officer)", () -> ORGANIZATION.certification(null, "烟草专卖", DAY));
        probe("Organization.certification(area)", () -> ORGANIZATION.certification(OFFICER_INSPECTOR_A, null, DAY));
        probe("Organization.certification(date)",
                () -> ORGANIZATION.certification(OFFICER_INSPECTOR_A, "烟草专卖", null));
        probe("Organization.isCertifiedFor(area)", () -> ORGANIZATION.isCertifiedFor(OFFICER_INSPECTOR_A, null, DAY));
        probe("Organization.countCertifiedAt(post)", () -> ORGANIZATION.countCertifiedAt(null, "烟草专卖", DAY, 1));
        probe("Organization.countCertifiedAt(area)",
                () -> ORGANIZATION.countCertifiedAt(POST_INSPECTOR, null, DAY, 1));
    }

    @Override
    protected Map<String, Consumer<String>> textCalls() {
        Map<String, Consumer<String>> calls = new LinkedHashMap<>();
        calls.put("AgencyId.of", AgencyId::of);
        calls.put("UnitId.of", UnitId::of);
        calls.put("PostId.of", PostId::of);
        calls.put("OfficerId.of", OfficerId::of);
        calls.put("Agency(name)", t -> new Agency(AGENCY_CITY, t));
        calls.put("Unit(name)", t -> new Unit(UNIT_MONOPOLY, AGENCY_CITY, t));
        calls.put("Post.name", t -> post().name(t).build());
        calls.put("Post.duty", t -> post().addDuties(t).build());
        calls.put("Officer.name", t -> Officer.builder().id(OfficerId.of("O")).name(t).agency(AGENCY_CITY)
                .addPosts(POST_INSPECTOR).build());
        calls.put("EnforcementCredential.number", t -> credential().number(t).build());
        calls.put("EnforcementCredential.issuingAuthority", t -> credential().issuingAuthority(t).build());
        calls.put("EnforcementCredential.area", t -> credential().addAreas(t).build());
        calls.put("EnforcementCredential.covers", CREDENTIAL_INSPECTOR_A::covers);
        calls.put("CredentialStatusChange(reason)", t -> new CredentialStatusChange(DAY, CredentialStatus.SUSPENDED,
                t));
        calls.put("Certification(area)", t -> new Certification(OFFICER_INSPECTOR_A, t, DAY,
                CertificationOutcome.CERTIFIED, Optional.empty()));
        calls.put("Organization.certification", t -> ORGANIZATION.certification(OFFICER_INSPECTOR_A, t, DAY));
        calls.put("Organization.isCertifiedFor", t -> ORGANIZATION.isCertifiedFor(OFFICER_INSPECTOR_A, t, DAY));
        calls.put("Organization.countCertifiedAt", t -> ORGANIZATION.countCertifiedAt(POST_INSPECTOR, t, DAY, 2));
        return calls;
    }

    /** A post, as a builder on which each attribute can be set once more. */
    private static Post.Builder post() {
        return Post.builder().id(PostId.of("P")).unit(UNIT_MONOPOLY).name("稽查岗").build().toBuilder();
    }

    /** A certificate, as a builder on which each attribute can be set once more. */
    private static EnforcementCredential.Builder credential() {
        return EnforcementCredential.builder().number("ZF-9").holder(OFFICER_INSPECTOR_A).issuingAuthority("某市人民政府")
                .addAreas("烟草专卖").validFrom(LocalDate.of(2024, 1, 1)).validUntil(LocalDate.of(2026, 12, 31)).build()
                .toBuilder();
    }
}
