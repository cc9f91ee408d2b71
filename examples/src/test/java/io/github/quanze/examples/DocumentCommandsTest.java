package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.allocation.AllocationReportDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import io.github.quanze.jackson.procedure.Procedures;
import io.github.quanze.jackson.review.ReviewDocuments;
import io.github.quanze.jackson.rule.DecisionDocuments;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.sanction.SanctionPolicy;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line over the tobacco bureau's documents gives the Java-built bureau's reports and documents, and
 * an invalid document exits with status 2 and one line naming file, line and field.
 */
class DocumentCommandsTest {

    private static final String DIR = TobaccoDocumentsTest.DIRECTORY.toString();

    private static String doc(String name) {
        return DIR + "/" + name;
    }

    private static final String[] AUDIT = {"audit", "--basis", doc("basis.yaml"), "--catalogue", doc("powers.yaml"),
            "--organization", doc("organization.yaml"), "--allocation", doc("allocation.yaml"),
            "--date", "2026-06-30"};

    private static final String[] CASE = {doc("case.yaml"), "--basis", doc("basis.yaml"), "--organization",
            doc("organization.yaml"), "--procedures", doc("procedures.yaml"), "--date", "2026-11-24"};

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static String[] command(String name, String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(with(args, more)));
        return all.toArray(String[]::new);
    }

    private static DocumentContext bureau() {
        return DocumentContext.empty().with(Organization.class, TobaccoBureau.organization())
                .with(Procedures.class, TobaccoDocumentsTest.procedures());
    }

    @Test
    void auditOfTheDocumentsPrintsTheBuiltInReport() {
        for (String language : List.of("--zh", "--en")) {
            String[] extra = language.equals("--en") ? new String[] {"--en"} : new String[0];
            Examples.Run documents = Examples.run(with(AUDIT, extra));
            Examples.Run builtIn = Examples.run(with(new String[] {"audit"}, extra));

            assertThat(documents.status()).isZero();
            assertThat(documents.err()).isEmpty();
            assertThat(documents.out().lines().skip(1).toList()).isEqualTo(builtIn.out().lines().skip(1).toList());
            // the heading names the agency as the organization names it; the built-in report has its English name
            assertThat(documents.out().lines().findFirst().orElseThrow()).startsWith("示例市烟草专卖局");
            if (extra.length == 0) {
                assertThat(documents.out()).isEqualTo(builtIn.out());
            }
        }
    }

    @Test
    void auditAsJsonPrintsTheCatalogueFindingsAndTheAllocationReport() {
        Examples.Run run = Examples.run(with(AUDIT, "--json"));

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"kind\":\"catalogue-findings\",\"version\":1,");
        assertThat(lines.get(1)).isEqualTo(QuanzeDocuments.json().writer(AllocationReportDocuments.ALLOCATION_REPORT)
                .compact().with(DocumentContext.empty()).writeString(AllocationAudit.run(TobaccoCatalogue.catalogue(),
                        TobaccoBureau.organization(), TobaccoBureau.allocationTable(), TobaccoBureau.AUDIT_DATE)));
    }

    @Test
    void checkPrintsTheReplayedStateOfTheCase() {
        Examples.Run run = Examples.run(command("check", CASE));
        Examples.Run json = Examples.run(command("check", CASE, "--json"));

        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).isEqualTo(CaseExample.record().replay(CaseExample.REVIEWED).explain().zh());
        assertThat(json.out().strip()).isEqualTo(QuanzeDocuments.json().writer(CaseStateDocuments.CASE_STATE)
                .compact().writeString(CaseExample.record().replay(CaseExample.REVIEWED)));
        assertThat(json.out()).contains("\"code\":\"PROCEDURE.MISSED_DEADLINE\"");
    }

    @Test
    void checkStreamsJsonLinesOfManyCases(@TempDir Path directory) throws IOException {
        Path lines = directory.resolve("cases.jsonl");
        StringWriter out = new StringWriter();
        var writer = QuanzeDocuments.json().writer(CaseRecordDocuments.CASE_RECORD).with(bureau());
        String yaml = Files.readString(Path.of(doc("case.yaml")));
        for (int i = 1; i <= 3; i++) {
            CaseRecord record = QuanzeDocuments.yaml().reader(CaseRecordDocuments.CASE_RECORD).with(bureau())
                    .readString("case.yaml", yaml.replace("示烟罚〔2026〕37号", "示烟罚〔2026〕" + i + "号"));
            writer.writeLine(record, out);
        }
        Files.writeString(lines, out.toString());

        String[] args = CASE.clone();
        args[0] = lines.toString();
        Examples.Run run = Examples.run(command("check", args, "--json"));

        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"kind\":\"case-state\""));
        assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf(",\"asOf\""))))
                .containsExactly("{\"kind\":\"case-state\",\"version\":1,\"caseId\":\"示烟罚〔2026〕1号\"",
                        "{\"kind\":\"case-state\",\"version\":1,\"caseId\":\"示烟罚〔2026〕2号\"",
                        "{\"kind\":\"case-state\",\"version\":1,\"caseId\":\"示烟罚〔2026〕3号\"");
    }

    @Test
    void reviewScoresTheFileAsTheJavaReview() {
        Examples.Run run = Examples.run(command("review", CASE, "--standard", doc("review-standard.yaml"),
                "--findings", doc("case-file.yaml")));
        Examples.Run json = Examples.run(command("review", CASE, "--findings", doc("case-file.yaml"), "--json"));

        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).isEqualTo(CaseExample.review().explain().zh());
        assertThat(json.out().strip()).isEqualTo(QuanzeDocuments.json().writer(ReviewDocuments.REVIEW_REPORT)
                .compact().writeString(CaseExample.review()));
    }

    @Test
    void decideGivesTheNationalPolicysDecisionAndVerifyReportsEachVersion() {
        Examples.Run json = Examples.run("decide", "--table", doc("sanction-rules.yaml"), "--facts", doc("fault.yaml"),
                "--date", "2026-11-24", "--json");
        Examples.Run text = Examples.run("decide", "--table", doc("sanction-rules.yaml"), "--facts", doc("fault.yaml"),
                "--date", "2026-11-24", "--en");
        Examples.Run verify = Examples.run("verify", doc("sanction-rules.yaml"));

        var decision = SanctionPolicy.national().decide(TobaccoDocumentsTest.fault(), CaseExample.REVIEWED);
        assertThat(json.status()).isZero();
        assertThat(json.out().strip()).isEqualTo(QuanzeDocuments.json().writer(DecisionDocuments.DECISION)
                .compact().writeString(decision));
        assertThat(text.out()).contains(decision.explain().en());
        assertThat(verify.status()).isZero();
        assertThat(verify.out()).contains(SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2020).name());
    }

    @Test
    void anInvalidDocumentExitsWithTwoAndOneLineNamingFileLineAndField(@TempDir Path directory) throws IOException {
        Path broken = directory.resolve("organization.yaml");
        Files.writeString(broken, Files.readString(Path.of(doc("organization.yaml")))
                .replaceFirst("status: SUSPENDED", "status: SUSPENDD"));
        String[] args = CASE.clone();
        args[4] = broken.toString();

        for (Examples.Run run : Stream.of(command("check", args), command("review", args)).map(Examples::run).toList()) {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith(broken + ":")
                    .containsPattern(":\\d+:\\d+ /credentials/\\d+/statusChanges/0/status: field \"status\" value "
                            + "\"SUSPENDD\": unknown value"));
        }
        Examples.Run missing = Examples.run("verify", directory.resolve("none.yaml").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("Cannot read " + directory.resolve("none.yaml") + ": no such file");
    }

    @Test
    void anInvalidLineInJsonLinesStopsTheCommandBeforeAnythingIsPrinted(@TempDir Path directory) throws IOException {
        StringWriter out = new StringWriter();
        var writer = QuanzeDocuments.json().writer(CaseRecordDocuments.CASE_RECORD).with(bureau());
        for (int i = 0; i < 3; i++) {
            writer.writeLine(CaseExample.record(), out);
        }
        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        lines.set(1, lines.get(1).replace("\"O-09\"", "\"O-99\""));
        Path file = directory.resolve("cases.jsonl");
        Files.write(file, lines);
        String[] args = CASE.clone();
        args[0] = file.toString();

        for (String[] run : List.of(command("check", args, "--json"), command("check", args),
                command("review", args, "--json"))) {
            Examples.Run result = Examples.run(run);
            assertThat(result.status()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().lines()).singleElement().satisfies(l -> assertThat(l)
                    .startsWith(file + ":2:").contains("\"O-99\""));
        }
    }

    @Test
    void aTableThatIsNotADocumentOrADirectoryGivesOneLine(@TempDir Path directory) throws IOException {
        Path truncated = directory.resolve("table.json");
        Files.writeString(truncated, "{\"kind\": \"decision-table\", \"rows\": [");
        Path noKind = directory.resolve("table.yaml");
        Files.writeString(noKind, "kind: [1]\n");

        Examples.Run bad = Examples.run("verify", truncated.toString());
        Examples.Run kindless = Examples.run("verify", noKind.toString());
        Examples.Run folder = Examples.run("verify", directory.toString());

        assertThat(List.of(bad, kindless, folder)).allSatisfy(run -> {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).hasSize(1);
        });
        assertThat(bad.err()).startsWith(truncated + ":1:").contains("not well-formed");
        assertThat(kindless.err()).contains("/kind").contains("must name its kind");
        assertThat(folder.err().strip()).isEqualTo("Cannot read " + directory + ": it is a directory");
    }

    @Test
    void aValueTheLibraryRefusesGivesOneLine() {
        String[] args = CASE.clone();
        args[args.length - 1] = "2026-11-20"; // the reviewer's findings are dated 2026-11-24, after this review
        Examples.Run early = Examples.run(command("review", args, "--findings", doc("case-file.yaml")));

        assertThat(early.status()).isEqualTo(2);
        assertThat(early.out()).isEmpty();
        assertThat(early.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("2026-11-24"));
    }
}
