package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.fault.Fault;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.allocation.AllocationDocuments;
import io.github.quanze.jackson.allocation.AllocationReportDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.fault.FaultDocuments;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.CatalogueFindingDocuments;
import io.github.quanze.jackson.power.CatalogueFindings;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import io.github.quanze.jackson.procedure.ProcedureDocuments;
import io.github.quanze.jackson.procedure.Procedures;
import io.github.quanze.jackson.review.ReviewDocuments;
import io.github.quanze.jackson.rule.DecisionDocuments;
import io.github.quanze.jackson.rule.TableDocuments;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tobacco bureau of seed 000 as the YAML documents shipped under {@code examples/documents/tobacco}: each
 * document reads back as the value the examples build in Java, and the documents give the Java-built bureau's
 * results exactly (audit findings, case violations and deadlines, review score). Run with
 * {@code -Dquanze.documents.write=true} to write the documents again after changing the bureau.
 */
class TobaccoDocumentsTest {

    static final Path DIRECTORY = Path.of("documents/tobacco");

    private static final QuanzeDocuments YAML = QuanzeDocuments.yaml();
    private static final QuanzeDocuments JSON = QuanzeDocuments.json();

    private static DocumentContext context = DocumentContext.empty();

    @BeforeAll
    static void writeWhenAsked() throws IOException {
        if (!Boolean.getBoolean("quanze.documents.write")) {
            return;
        }
        Files.createDirectories(DIRECTORY);
        DocumentContext c = DocumentContext.empty().with(BasisCatalogue.class, TobaccoLaw.basisCatalogue());
        write(BasisDocuments.BASIS_CATALOGUE, TobaccoLaw.basisCatalogue(), "basis.yaml", c);
        write(PowerDocuments.POWER_CATALOGUE, TobaccoCatalogue.catalogue(), "powers.yaml", c);
        write(OrganizationDocuments.ORGANIZATION, TobaccoBureau.organization(), "organization.yaml", c);
        c = c.with(PowerCatalogue.class, TobaccoCatalogue.catalogue())
                .with(Organization.class, TobaccoBureau.organization());
        write(AllocationDocuments.ALLOCATION_TABLE, TobaccoBureau.allocationTable(), "allocation.yaml", c);
        write(ProcedureDocuments.PROCEDURES, procedures(), "procedures.yaml", c);
        c = c.with(Procedures.class, procedures());
        write(CaseRecordDocuments.CASE_RECORD, CaseExample.record(), "case.yaml", c);
        write(ReviewDocuments.CASE_FILE, CaseExample.file(), "case-file.yaml",
                c.with(CaseRecord.class, CaseExample.record()));
        write(ReviewDocuments.REVIEW_STANDARD, ReviewStandards.DEFAULT, "review-standard.yaml", c);
        write(TableDocuments.RULE_BOOK, SanctionPolicy.national().officers(), "sanction-rules.yaml", c);
        write(FaultDocuments.FAULT, fault(), "fault.yaml", c);
    }

    /** The first fault the review of the case establishes: the officer whose certificate had expired. */
    static Fault fault() {
        return CaseExample.faults(CaseExample.review()).get(0);
    }

    private static <T> void write(DocumentKind<T> kind, T value, String file, DocumentContext c) {
        YAML.writer(kind).with(c).write(value, DIRECTORY.resolve(file));
    }

    static Procedures procedures() {
        return new Procedures(List.of(TobaccoProcedures.PRESERVATION_CASE));
    }

    private static <T> T read(DocumentKind<T> kind, String file) {
        return YAML.reader(kind).with(context).read(DIRECTORY.resolve(file));
    }

    @Test
    void theDocumentsAreTheJavaBuiltBureau() {
        context = DocumentContext.empty();
        BasisCatalogue basis = read(BasisDocuments.BASIS_CATALOGUE, "basis.yaml");
        assertThat(basis).isEqualTo(TobaccoLaw.basisCatalogue());
        context = context.with(BasisCatalogue.class, basis);
        PowerCatalogue powers = read(PowerDocuments.POWER_CATALOGUE, "powers.yaml");
        assertThat(powers).isEqualTo(TobaccoCatalogue.catalogue());
        Organization organization = read(OrganizationDocuments.ORGANIZATION, "organization.yaml");
        assertThat(organization).isEqualTo(TobaccoBureau.organization());
        context = context.with(PowerCatalogue.class, powers).with(Organization.class, organization);
        AllocationTable table = read(AllocationDocuments.ALLOCATION_TABLE, "allocation.yaml");
        assertThat(table).isEqualTo(TobaccoBureau.allocationTable());
        Procedures procedures = read(ProcedureDocuments.PROCEDURES, "procedures.yaml");
        assertThat(procedures).isEqualTo(procedures());
        context = context.with(Procedures.class, procedures);
        CaseRecord record = read(CaseRecordDocuments.CASE_RECORD, "case.yaml");
        assertThat(record).isEqualTo(CaseExample.record());
        context = context.with(CaseRecord.class, record);
        CaseFile file = read(ReviewDocuments.CASE_FILE, "case-file.yaml");
        assertThat(file).isEqualTo(CaseExample.file());
        ReviewStandard standard = read(ReviewDocuments.REVIEW_STANDARD, "review-standard.yaml");
        assertThat(standard).isEqualTo(ReviewStandards.DEFAULT);
        assertThat(read(TableDocuments.RULE_BOOK, "sanction-rules.yaml"))
                .isEqualTo(SanctionPolicy.national().officers());
        Fault fault = read(FaultDocuments.FAULT, "fault.yaml");
        // the facts, as a decision reads them, are the Java fault's; the grounds stay with the case
        assertThat(JSON.writer(FaultDocuments.FAULT).writeString(fault))
                .isEqualTo(JSON.writer(FaultDocuments.FAULT).writeString(fault()));
        assertThat(fault.gravity()).isEqualTo(fault().gravity());
    }

    @Test
    void theDocumentsGiveTheJavaBuiltBureausResults() {
        theDocumentsAreTheJavaBuiltBureau();
        PowerCatalogue powers = context.get(PowerCatalogue.class).orElseThrow();
        Organization organization = context.get(Organization.class).orElseThrow();
        AllocationTable table = read(AllocationDocuments.ALLOCATION_TABLE, "allocation.yaml");
        CaseRecord record = context.get(CaseRecord.class).orElseThrow();
        CaseFile file = read(ReviewDocuments.CASE_FILE, "case-file.yaml");
        ReviewStandard standard = read(ReviewDocuments.REVIEW_STANDARD, "review-standard.yaml");

        assertSameJson(CatalogueFindingDocuments.CATALOGUE_FINDINGS,
                CatalogueFindings.of(powers, TobaccoBureau.AUDIT_DATE),
                CatalogueFindings.of(TobaccoCatalogue.catalogue(), TobaccoBureau.AUDIT_DATE));
        assertSameJson(AllocationReportDocuments.ALLOCATION_REPORT,
                AllocationAudit.run(powers, organization, table, TobaccoBureau.AUDIT_DATE),
                AllocationAudit.run(TobaccoCatalogue.catalogue(), TobaccoBureau.organization(),
                        TobaccoBureau.allocationTable(), TobaccoBureau.AUDIT_DATE));
        for (var day : List.of(CaseExample.DURING, CaseExample.REVIEWED)) {
            assertSameJson(CaseStateDocuments.CASE_STATE, record.replay(day), CaseExample.record().replay(day));
        }
        var fromDocuments = CaseFileReview.review(file, standard, CaseExample.REVIEWED);
        assertSameJson(ReviewDocuments.REVIEW_REPORT, fromDocuments, CaseExample.review());
        assertThat(fromDocuments.total()).isEqualTo(CaseExample.review().total());

        @SuppressWarnings("unchecked")
        RuleBook<Fault, Sanction> rules = (RuleBook<Fault, Sanction>) (RuleBook<?, ?>) read(TableDocuments.RULE_BOOK,
                "sanction-rules.yaml");
        Fault fault = read(FaultDocuments.FAULT, "fault.yaml");
        Decision<?> fromRules = rules.decide(fault, fault.actDate(), CaseExample.REVIEWED);
        Decision<?> fromJava = SanctionPolicy.national().decide(fault(), CaseExample.REVIEWED);
        assertThat(fromRules.outcome()).isEqualTo(fromJava.outcome());
        assertSameJson(DecisionDocuments.DECISION, fromRules, fromJava);
    }

    private static <T> void assertSameJson(DocumentKind<T> kind, T fromDocuments, T fromJava) {
        String documents = JSON.writer(kind).with(context).writeString(fromDocuments);
        assertThat(documents).as(kind.name()).isEqualTo(JSON.writer(kind).with(context).writeString(fromJava));
        assertThat(documents).as(kind.name()).containsAnyOf("\"code\"", "\"fired\"");
    }
}
