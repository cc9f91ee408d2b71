package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.allocation.AllocationReportDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.discretion.DiscretionDocuments;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import io.github.quanze.jackson.procedure.Procedures;
import io.github.quanze.jackson.review.ReviewDocuments;
import io.github.quanze.jackson.rule.DecisionDocuments;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ViolationKind;
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

    static final String[] STANDARDS = {"--frame", doc("frame.yaml"), "--standard", doc("standard-province.yaml"),
        "--standard", doc("standard-county.yaml")};

    static final String[] DISCRETION = command("discretion", with(new String[] {"--basis", doc("basis.yaml")},
            STANDARDS), "--offences", doc("offences.jsonl"));

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
    void aCaseWhoseDeadlinesLeaveTheCalendarStopsTheCommandBeforeAnythingIsPrinted(@TempDir Path directory)
            throws IOException {
        StringWriter out = new StringWriter();
        QuanzeDocuments.json().writer(CaseRecordDocuments.CASE_RECORD).with(bureau())
                .writeLine(CaseExample.record(), out);
        String line = out.toString().strip();
        // the same case 40 days later: every event still in 2026, its time limits running into 2027
        String later = java.util.regex.Pattern.compile("\"(2026-\\d\\d-\\d\\d)\"").matcher(line).replaceAll(m ->
                "\"" + java.time.LocalDate.parse(m.group(1)).plusDays(40) + "\"");
        assertThat(later).doesNotContain("\"2027-").isNotEqualTo(line);
        Path file = directory.resolve("cases.jsonl");
        String[] args = CASE.clone();
        args[0] = file.toString();
        args[args.length - 1] = "2026-12-31";
        Files.write(file, List.of(line, line));
        assertThat(Examples.run(command("check", args, "--json")).out().lines()).hasSize(2);

        Files.write(file, List.of(line, later));
        for (String[] run : List.of(command("check", args, "--json"),
                command("check", args), command("review", args))) {
            Examples.Run result = Examples.run(run);
            assertThat(result.status()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().lines()).singleElement().satisfies(l -> assertThat(l)
                    .startsWith(file + ": document 2: ").contains("2027"));
        }
    }

    @Test
    void aLineOfJsonLinesThatIsNotUtf8IsAnErrorAtItsLineAndTheOtherLinesAreRead(@TempDir Path directory)
            throws IOException {
        StringWriter out = new StringWriter();
        var writer = QuanzeDocuments.json().writer(CaseRecordDocuments.CASE_RECORD).with(bureau());
        writer.writeLine(CaseExample.record(), out);
        writer.writeLine(CaseExample.record(), out);
        byte[] bytes = out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = directory.resolve("cases.jsonl");
        Files.write(file, bytes);
        String[] args = CASE.clone();
        args[0] = file.toString();
        assertThat(Examples.run(command("check", args, "--json")).out().lines()).hasSize(2);

        int second = out.toString().indexOf('\n') + 1;
        bytes[out.toString().substring(0, second).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 20] =
                (byte) 0xC3; // a lead byte without its continuation
        Files.write(file, bytes);
        Examples.Run run = Examples.run(command("check", args, "--json"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith(file + ":2:")
                .contains("not well-formed").containsIgnoringCase("UTF-8"));
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

    @Test
    void discretionOverTheShippedDocumentsFindsThePlantedBreachAndRulesOnEachOffence() {
        Examples.Run zh = Examples.run(DISCRETION);
        Examples.Run en = Examples.run(with(DISCRETION, "--en"));
        StandardVerification verification = StandardVerifier.standard().verifyAll(TobaccoStandards.countyBureau());

        assertThat(zh.status()).isZero();
        assertThat(zh.err()).isEmpty();
        // besides the planted breach: no lighter tier where the statute gives confiscation only
        assertThat(verification.findings()).filteredOn(f -> f.kind() == StandardFinding.Kind.MITIGATION_IGNORED)
                .extracting(f -> f.item().orElseThrow()).containsExactly("TL-51-2", "TL-52-2");
        assertThat(verification.findings()).filteredOn(f -> f.kind() != StandardFinding.Kind.MITIGATION_IGNORED)
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(StandardFinding.Kind.NOT_CONTAINED);
                    assertThat(f.item()).contains("TL-57");
                });
        List<String> breaches = zh.out().lines().filter(l -> l.contains("超出其执行的上级基准")).toList();
        assertThat(breaches).singleElement().satisfies(l -> assertThat(l).contains("TL-57")
                .contains(TobaccoStandards.COUNTY_NUMBER).contains(TobaccoStandards.PROVINCE_NUMBER));
        for (var run : List.of(zh, en)) {
            java.util.Locale locale = run == en ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
            assertThat(run.out().lines().map(String::strip)).containsSubsequence(
                    verification.render().in(locale).lines().toList());
            List<Offence> offences = DiscretionExample.countyOffences();
            assertThat(run.out().lines().filter(l -> l.matches("\\d\\. TL-.*"))).hasSize(offences.size());
            for (int i = 0; i < offences.size(); i++) {
                PenaltyRuling ruling = TobaccoStandards.countyBureau().decide(offences.get(i));
                assertThat(run.out()).contains((i + 1) + ". " + offences.get(i).item() + " "
                        + ruling.disposition().label().in(locale)).contains("   " + ruling.text().in(locale));
            }
        }
        assertThat(zh.out()).contains("1. TL-58 给予行政处罚，一般处罚，罚款5580.00–7440.00元")
                .contains("3. TL-56 不予行政处罚").contains("4. TL-60 不再给予行政处罚");
    }

    @Test
    void discretionAsJsonPrintsTheVerificationThenARulingPerOffence() {
        Examples.Run run = Examples.run(with(DISCRETION, "--json"));
        DocumentContext context = DocumentContext.empty().with(BasisCatalogue.class, TobaccoLaw.basisCatalogue());

        List<String> lines = run.out().lines().toList();
        assertThat(run.status()).isZero();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(QuanzeDocuments.json().writer(DiscretionDocuments.STANDARD_VERIFICATION)
                .compact().with(context).writeString(StandardVerifier.standard()
                        .verifyAll(TobaccoStandards.countyBureau())));
        assertThat(lines.get(0)).startsWith("{\"kind\":\"standard-verification\",\"version\":1,\"standards\":[\""
                + TobaccoStandards.PROVINCE_NUMBER + "\",\"" + TobaccoStandards.COUNTY_NUMBER + "\"],\"clean\":false")
                .contains("\"code\":\"STANDARD.NOT_CONTAINED\"")
                .contains("\"higher\":\"" + TobaccoStandards.PROVINCE_NUMBER + "\"");
        List<Offence> offences = DiscretionExample.countyOffences();
        for (int i = 0; i < offences.size(); i++) {
            assertThat(lines.get(i + 1)).isEqualTo(QuanzeDocuments.json().writer(DiscretionDocuments.PENALTY_RULING)
                    .compact().with(context).writeString(TobaccoStandards.countyBureau().decide(offences.get(i))));
        }
        Examples.Run verificationOnly = Examples.run(command("discretion", STANDARDS, "--basis", doc("basis.yaml"),
                "--json"));
        assertThat(verificationOnly.out().lines().toList()).containsExactly(lines.get(0));
    }

    @Test
    void aMalformedStandardExitsWithTwoAndOneLine(@TempDir Path directory) throws IOException {
        Path broken = directory.resolve("standard-county.yaml");
        Files.writeString(broken, Files.readString(Path.of(doc("standard-county.yaml")))
                .replaceFirst("level: COUNTY", "level: TOWNSHIP"));
        Path unknownItem = directory.resolve("standard-item.yaml");
        Files.writeString(unknownItem, Files.readString(Path.of(doc("standard-county.yaml")))
                .replaceFirst("- code: TL-57\n", "- code: TL-99\n"));
        String[] args = DISCRETION.clone();
        args[8] = broken.toString();
        Examples.Run level = Examples.run(args);
        args[8] = unknownItem.toString();
        Examples.Run item = Examples.run(args);
        args[8] = doc("standard-county.yaml");
        args[4] = doc("case.yaml");
        Examples.Run wrongKind = Examples.run(args);

        for (Examples.Run run : List.of(level, item, wrongKind)) {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).hasSize(1);
        }
        assertThat(level.err()).startsWith(broken + ":").containsPattern(":\\d+:\\d+ /level: field \"level\" value "
                + "\"TOWNSHIP\": unknown value");
        assertThat(item.err()).startsWith(unknownItem + ":").contains("/items/").contains("\"TL-99\"")
                .contains("unknown violation item");
        assertThat(wrongKind.err()).startsWith(doc("case.yaml") + ":").contains("/kind");
    }

    @Test
    void discretionNeedsAFrameWithItsStandardsAndDocumentsForJson() {
        Examples.Run noFrame = Examples.run("discretion", "--standard", doc("standard-province.yaml"));
        Examples.Run noStandard = Examples.run("discretion", "--frame", doc("frame.yaml"), "--offences",
                doc("offences.jsonl"));
        Examples.Run builtInJson = Examples.run("discretion", "--json");
        Examples.Run checkNoFrame = Examples.run(command("check", CASE, "--standard", doc("standard-province.yaml")));

        for (Examples.Run run : List.of(noFrame, noStandard, builtInJson, checkNoFrame)) {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).singleElement().asString().contains("--");
        }
        assertThat(noFrame.err()).contains("--frame");
        assertThat(builtInJson.err()).contains("--json needs documents");
    }

    @Test
    void checkWithTheStandardsFindsARecordedFineOutsideItsTier(@TempDir Path directory) throws IOException {
        Path heavy = directory.resolve("case.yaml");
        Files.writeString(heavy, Files.readString(Path.of(doc("case.yaml"))).replace("fine: 12880.00",
                "fine: 16000.00"));
        String[] heavyCase = CASE.clone();
        heavyCase[0] = heavy.toString();
        String[] province = {"--frame", doc("frame.yaml"), "--standard", doc("standard-province.yaml")};

        Examples.Run checked = Examples.run(command("check", with(heavyCase, province), "--json"));
        Examples.Run report = Examples.run(command("check", with(heavyCase, province)));
        Examples.Run withoutStandards = Examples.run(command("check", heavyCase, "--json"));
        Examples.Run recordedFine = Examples.run(command("check", with(CASE, province), "--json"));

        CaseRecord record = QuanzeDocuments.yaml().reader(CaseRecordDocuments.CASE_RECORD).with(bureau()
                .with(BasisCatalogue.class, TobaccoLaw.basisCatalogue())).read(heavy);
        CaseState state = record.replay(CaseExample.REVIEWED, TobaccoStandards.city());
        assertThat(state.violations()).extracting(v -> v.kind()).contains(ViolationKind.FINE_OUTSIDE_TIER);
        assertThat(checked.status()).isZero();
        assertThat(checked.out().strip()).isEqualTo(QuanzeDocuments.json().writer(CaseStateDocuments.CASE_STATE)
                .compact().with(bureau().with(BasisCatalogue.class, TobaccoLaw.basisCatalogue())).writeString(state));
        assertThat(checked.out()).contains("\"code\":\"PROCEDURE.FINE_OUTSIDE_TIER\"");
        assertThat(report.out().strip()).isEqualTo(state.explain().zh());
        assertThat(withoutStandards.out()).doesNotContain("FINE_OUTSIDE_TIER").contains("\"kind\":\"case-state\"");
        assertThat(recordedFine.status()).isZero();
        assertThat(recordedFine.out()).doesNotContain("FINE_OUTSIDE").contains("\"kind\":\"case-state\"");
    }
}
