package io.github.quanze.examples;

import static io.github.quanze.examples.Digest.list;
import static io.github.quanze.examples.Digest.opt;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationFinding;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.CatalogueFinding;
import io.github.quanze.power.PowerCatalogue;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal results (法律结果) of {@code audit} ({@link AuditExample}): on the tobacco bureau's audit date, the
 * instruments in force, the catalogue's self-check findings, the allocation audit's findings, and each officer's
 * certification.
 */
final class AuditResults {

    private AuditResults() {}

    /** The audit's legal results on a day: the example audits on {@link TobaccoBureau#AUDIT_DATE}. */
    static Digest digest(LocalDate date) {
        BasisCatalogue basis = TobaccoLaw.basisCatalogue();
        PowerCatalogue catalogue = TobaccoCatalogue.catalogue();
        Organization organization = TobaccoBureau.organization();
        Digest d = new Digest().section("audit");
        d.line("date=" + date, "instruments=" + basis.instruments().size(), "inForce=" + basis.inForceOn(date).size(),
                "powers=" + catalogue.size());
        d.section("audit.catalogue-findings");
        catalogue.findings().forEach(f -> d.line(catalogueFindingLine(f)));
        d.section("audit.allocation-findings");
        allocationFindings(catalogue, organization, date).forEach(f -> d.line(allocationFindingLine(f)));
        d.section("audit.certifications");
        organization.officers().forEach(o -> d.line(certificationLine(o, organization, date)));
        return d;
    }

    private static List<AllocationFinding> allocationFindings(PowerCatalogue catalogue, Organization organization,
            LocalDate date) {
        return AllocationAudit.run(catalogue, organization, TobaccoBureau.allocationTable(), date).findings();
    }

    static String catalogueFindingLine(CatalogueFinding finding) {
        return "finding code=" + finding.code() + " severity=" + finding.severity() + " power="
                + finding.power().value() + " provisions=" + finding.provisions().size();
    }

    static String allocationFindingLine(AllocationFinding finding) {
        return "finding code=" + finding.code() + " severity=" + finding.severity() + " powers="
                + list(finding.powers().stream().map(p -> p.value()).toList()) + " posts="
                + list(finding.posts().stream().map(p -> p.value()).toList());
    }

    static String certificationLine(Officer officer, Organization organization, LocalDate date) {
        Certification certification = organization.certification(officer.id(), TobaccoCatalogue.AREA, date);
        return "officer " + officer.id().value() + " agency=" + officer.agency().value() + " posts="
                + list(officer.posts().stream().map(p -> p.value()).sorted().toList()) + " certification="
                + certification.outcome() + " credential=" + opt(certification.credentialNumber());
    }
}
