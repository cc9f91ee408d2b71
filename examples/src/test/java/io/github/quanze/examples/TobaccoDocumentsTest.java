package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.fault.Fault;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.allocation.AllocationDocuments;
import io.github.quanze.jackson.allocation.AllocationReportDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.discretion.DiscretionDocuments;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tobacco bureau of seed 000 as the YAML documents shipped under {@code examples/documents/tobacco}: each
 * document reads back as the value the examples build in Java, and the documents give the Java-built bureau's
 * results exactly (audit findings, case violations and deadlines, review score, the verification of the discretion
 * standards and the rulings under them). Run with
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
        c = c.with(StatutoryFrame.class, TobaccoFrame.frame());
        for (DiscretionFile<?> file : discretionFiles()) {
            Files.writeString(DIRECTORY.resolve(file.name()), file.written(c));
        }
    }

    /**
     * A discretion document as the code writes it: the frame, the two standards (read with the frame) and the
     * county bureau's offences as JSON lines.
     *
     * @param name  the file's name
     * @param kind  the document kind
     * @param values  the values, one for YAML, any number for JSON lines
     */
    record DiscretionFile<T>(String name, DocumentKind<T> kind, List<T> values) {

        /** The text the code writes for the file. */
        String written(DocumentContext c) {
            if (!name.endsWith(".jsonl")) {
                return YAML.writer(kind).with(c).writeString(values.get(0));
            }
            StringWriter lines = new StringWriter();
            values.forEach(v -> JSON.writer(kind).with(c).writeLine(v, lines));
            return lines.toString();
        }

        /** The values read back from the shipped file, with the context given. */
        List<T> read(DocumentContext c) {
            Path file = DIRECTORY.resolve(name);
            if (!name.endsWith(".jsonl")) {
                return List.of(YAML.reader(kind).with(c).read(file));
            }
            try (var in = Files.newBufferedReader(file); Stream<T> read = JSON.reader(kind).with(c)
                    .readAll(file.toString(), in)) {
                return read.toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<DiscretionFile<?>> discretionFiles() {
        return List.of(
                new DiscretionFile<>("frame.yaml", DiscretionDocuments.STATUTORY_FRAME,
                        List.of(TobaccoFrame.frame())),
                new DiscretionFile<>("standard-province.yaml", DiscretionDocuments.DISCRETION_STANDARD,
                        List.of(TobaccoStandards.provincial())),
                new DiscretionFile<>("standard-county.yaml", DiscretionDocuments.DISCRETION_STANDARD,
                        List.of(TobaccoStandards.countyStandard())),
                new DiscretionFile<>("offences.jsonl", DiscretionDocuments.OFFENCE_DOCUMENT,
                        DiscretionExample.countyOffences()));
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

    @Test
    void theDiscretionDocumentsAreWhatTheCodeWritesAndReadAsItsValues() throws IOException {
        DocumentContext c = DocumentContext.empty().with(BasisCatalogue.class, TobaccoLaw.basisCatalogue());
        DocumentContext withFrame = c.with(StatutoryFrame.class, TobaccoFrame.frame());

        for (DiscretionFile<?> file : discretionFiles()) {
            assertThat(Files.readString(DIRECTORY.resolve(file.name()))).as(file.name())
                    .isEqualTo(file.written(withFrame));
        }
        StatutoryFrame frame = YAML.reader(DiscretionDocuments.STATUTORY_FRAME).with(c)
                .read(DIRECTORY.resolve("frame.yaml"));
        assertThat(frame).isEqualTo(TobaccoFrame.frame());
        assertThat(frame.items()).hasSize(15);
        DocumentContext read = c.with(StatutoryFrame.class, frame);
        for (DiscretionFile<?> file : discretionFiles().subList(1, 4)) {
            assertThat(file.read(read)).as(file.name()).isEqualTo(file.values());
        }
        assertThat(discretionFiles().get(3).read(read)).hasSize(4);
    }

    @Test
    void theDiscretionDocumentsGiveTheJavaBuiltRulingsAndVerification() {
        DocumentContext c = DocumentContext.empty().with(BasisCatalogue.class, TobaccoLaw.basisCatalogue())
                .with(StatutoryFrame.class, TobaccoFrame.frame());
        PenaltyDiscretion fromDocuments = PenaltyDiscretion.of(List.of(
                YAML.reader(DiscretionDocuments.DISCRETION_STANDARD).with(c)
                        .read(DIRECTORY.resolve("standard-province.yaml")),
                YAML.reader(DiscretionDocuments.DISCRETION_STANDARD).with(c)
                        .read(DIRECTORY.resolve("standard-county.yaml"))));
        @SuppressWarnings("unchecked")
        List<Offence> offences = (List<Offence>) discretionFiles().get(3).read(c);

        StandardVerification verification = StandardVerifier.standard().verifyAll(fromDocuments);
        assertSameJson(DiscretionDocuments.STANDARD_VERIFICATION, verification,
                StandardVerifier.standard().verifyAll(TobaccoStandards.countyBureau()));
        assertThat(verification.findings(StandardFinding.Kind.NOT_CONTAINED)).isNotEmpty();
        for (Offence offence : offences) {
            assertThat(JSON.writer(DiscretionDocuments.PENALTY_RULING).writeString(fromDocuments.decide(offence)))
                    .isEqualTo(JSON.writer(DiscretionDocuments.PENALTY_RULING)
                            .writeString(TobaccoStandards.countyBureau().decide(offence)));
        }
        // the tour's case records its offence; replayed with the provincial standard read from the documents
        theDocumentsAreTheJavaBuiltBureau();
        CaseRecord record = context.get(CaseRecord.class).orElseThrow();
        PenaltyDiscretion province = PenaltyDiscretion.of(List.of(fromDocuments.standards().get(0)));
        assertSameJson(CaseStateDocuments.CASE_STATE, record.replay(CaseExample.REVIEWED, province),
                CaseExample.record().replay(CaseExample.REVIEWED, TobaccoStandards.city()));
    }

    private static <T> void assertSameJson(DocumentKind<T> kind, T fromDocuments, T fromJava) {
        String documents = JSON.writer(kind).with(context).writeString(fromDocuments);
        assertThat(documents).as(kind.name()).isEqualTo(JSON.writer(kind).with(context).writeString(fromJava));
        assertThat(documents).as(kind.name()).containsAnyOf("\"code\"", "\"fired\"");
    }
}
