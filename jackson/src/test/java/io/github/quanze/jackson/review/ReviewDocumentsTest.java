package io.github.quanze.jackson.review;

import static io.github.quanze.jackson.testing.CaseBureau.PENALTY_CASE;
import static io.github.quanze.jackson.testing.CaseBureau.QIAN;
import static io.github.quanze.jackson.testing.CaseBureau.WANG;
import static io.github.quanze.jackson.testing.CaseBureau.penaltyCase;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.testing.CaseBureau;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.Role;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.DefectKind;
import io.github.quanze.review.Grade;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.review.ReviewerFinding;
import io.github.quanze.testkit.QuanzeArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReviewDocumentsTest {

    private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 30);
    private static final CaseRecord CLEAN = penaltyCase(PENALTY_CASE);
    private static final CaseRecord UNCERTIFIED = penaltyCase(CaseBureau.replace(PENALTY_CASE,
            StepKind.INVESTIGATION, CaseBureau.step(StepKind.INVESTIGATION, "2026-09-02", WANG, QIAN)));
    private static final DocumentContext WITH_CLEAN = DocumentContext.empty().with(CaseRecord.class, CLEAN);

    /** An agency's own standard, as it writes it. */
    private static final String OWN = """
            kind: review-standard
            version: 1
            name: 某县行政许可案卷评查标准
            issuer: 某县司法局
            effectiveFrom: 2026-01-01
            total: 50
            passFrom: 30
            excellentFrom: 45
            items:
              - code: SUBJECT
                name: {zh: 执法主体, en: enforcement subject}
                part: CONTENT
                points: 30
              - code: FILING
                name: {zh: 案卷归档, en: filing}
                part: FORM
                points: 20
            criteria:
              - code: SUBJECT.UNCERTIFIED
                item: SUBJECT
                name: {zh: 执法人员不具备执法资格, en: an officer was not certified}
                veto: true
                defectKind: NO_CREDENTIAL
                basis: [《中华人民共和国行政处罚法》第四十二条第一款]
              - code: FILING.PAGES
                item: FILING
                name: {zh: 页码缺失或者错误, en: page numbers missing or wrong}
                deduction: 2
                basis: [《中华人民共和国行政处罚法》第四十七条]
            violations:
              - violation: UNCERTIFIED_OFFICER
                criterion: SUBJECT.UNCERTIFIED
            """;

    @Example
    void theDefaultStandardSurvivesExactly() {
        assertRoundTrip(ReviewDocuments.REVIEW_STANDARD, ReviewStandards.DEFAULT, DocumentContext.empty());
        assertRoundTrip(ReviewDocuments.REVIEW_STANDARDS, ReviewStandards.of(ReviewStandards.DEFAULT),
                DocumentContext.empty());
    }

    @Property(tries = 200)
    void aStandardSurvivesJsonAndYaml(@ForAll("standards") ReviewStandard standard) {
        assertRoundTrip(ReviewDocuments.REVIEW_STANDARD, standard, DocumentContext.empty());
        assertRoundTrip(ReviewDocuments.REVIEW_STANDARDS, ReviewStandards.of(standard), DocumentContext.empty());
    }

    @Example
    void anAgencysOwnStandardIsReadThroughTheBuilderAndWrittenBack() {
        ReviewStandard own = QuanzeDocuments.yaml().reader(ReviewDocuments.REVIEW_STANDARD).readString("own.yaml", OWN);

        assertThat(own.total()).isEqualTo(50);
        assertThat(own.grade(44, false)).isEqualTo(Grade.PASS);
        assertThat(own.criterion("SUBJECT.UNCERTIFIED").isVeto()).isTrue();
        assertThat(own.criterion("SUBJECT.UNCERTIFIED").defectKind()).contains(DefectKind.NO_CREDENTIAL);
        assertThat(own.criterion("FILING.PAGES").defectKind()).isEmpty();
        assertThat(own.criterionFor(ViolationKind.UNCERTIFIED_OFFICER)).contains(own.criterion("SUBJECT.UNCERTIFIED"));
        assertThat(own.criterionFor(ViolationKind.MISSING_STEP)).isEmpty();
        String yaml = QuanzeDocuments.yaml().writer(ReviewDocuments.REVIEW_STANDARD).writeString(own);
        assertThat(yaml).contains("veto: true").contains("deduction: 2").doesNotContain("note:")
                .doesNotContain("veto: false").contains("《中华人民共和国行政处罚法》第四十二条第一款");
        assertRoundTrip(ReviewDocuments.REVIEW_STANDARD, own, DocumentContext.empty());
    }

    @Example
    void theDefaultStandardIsWrittenWithoutItsDefaults() {
        String yaml = QuanzeDocuments.yaml().writer(ReviewDocuments.REVIEW_STANDARD).writeString(ReviewStandards.DEFAULT);

        assertThat(yaml).startsWith("kind: review-standard\nversion: 1\nname: 行政执法案卷评查标准（quanze默认）\n")
                .doesNotContain("total:").doesNotContain("passFrom:").contains("violation: MISSING_STEP");
    }

    @Example
    void aDuplicateCriterionCodeIsAnErrorAtTheSecond() {
        String twice = OWN.replace("code: FILING.PAGES", "code: SUBJECT.UNCERTIFIED");

        assertInvalid(ReviewDocuments.REVIEW_STANDARD, DocumentContext.empty(), twice).satisfies(e -> {
            InvalidDocumentException d = (InvalidDocumentException) e;
            assertThat(d.pointer()).isEqualTo("/criteria/1");
            assertThat(d.line()).isEqualTo(25);
            assertThat(d.field()).contains("criteria");
            assertThat(d.rule()).contains("two criteria of code \"SUBJECT.UNCERTIFIED\"");
        });
    }

    @Example
    void theBuildersRulesAreTheErrorsRules() {
        assertInvalid(ReviewDocuments.REVIEW_STANDARD, DocumentContext.empty(), OWN.replace("deduction: 2",
                "deduction: 21")).hasMessageContaining(
                        "criterion 'FILING.PAGES' deducts 21 points, more than its item 'FILING' carries (20)");
        assertInvalid(ReviewDocuments.REVIEW_STANDARD, DocumentContext.empty(), OWN.replace("total: 50",
                "total: 60")).hasMessageContaining("items add up to 50 points, not the declared total 60");
        assertInvalid(ReviewDocuments.REVIEW_STANDARD, DocumentContext.empty(), OWN.replace("veto: true",
                "veto: true\n    deduction: 3")).hasMessageContaining("deduction must be 0 for a veto item");
    }

    @Example
    void versionsThatOverlapAreRefused() {
        ReviewStandard v2025 = ReviewStandards.DEFAULT.toBuilder().effectiveUntil(LocalDate.of(2026, 1, 1)).build();
        ReviewStandard v2026 = ReviewStandard.builder(v2025.name(), v2025.issuer(), LocalDate.of(2026, 1, 1))
                .item(v2025.items().get(0)).total(v2025.items().get(0).points()).thresholds(9, 6).build();
        ReviewStandards versions = ReviewStandards.of(v2025, v2026);
        assertRoundTrip(ReviewDocuments.REVIEW_STANDARDS, versions, DocumentContext.empty());

        String text = QuanzeDocuments.yaml().writer(ReviewDocuments.REVIEW_STANDARDS).writeString(versions)
                .replace("effectiveUntil: 2026-01-01", "effectiveUntil: 2026-03-01");
        assertInvalid(ReviewDocuments.REVIEW_STANDARDS, DocumentContext.empty(), text)
                .hasMessageContaining("overlaps version");
    }

    @Example
    void aCaseFileNamesItsCaseAndItsPeopleByTheirIds() {
        CaseFile file = QuanzeDocuments.yaml().reader(ReviewDocuments.CASE_FILE).with(WITH_CLEAN).readString("f.yaml", """
                kind: case-file
                version: 1
                caseId: 烟罚〔2026〕1号
                findings:
                  - criterion: FILING.PAGES
                    occurrences: 2
                    note: 卷内第12页、第13页未编页码
                    reviewer: 卫东
                    date: 2026-11-30
                    people: [{officer: H-02, role: HANDLER}]
                """);

        assertThat(file.record()).isSameAs(CLEAN);
        assertThat(file.findings()).singleElement().satisfies(f -> {
            assertThat(f.occurrences()).isEqualTo(2);
            assertThat(f.people()).containsExactly(new Involvement(CaseBureau.LI, "李承办", Role.HANDLER));
        });
    }

    @Property(tries = 100)
    void aCaseFileSurvivesJsonAndYaml(@ForAll("files") CaseFile file) {
        assertRoundTrip(ReviewDocuments.CASE_FILE, file, DocumentContext.empty().with(CaseRecord.class, file.record()));
    }

    @Example
    void aCaseFileRefersOnlyToWhatItsRecordHolds() {
        String file = """
                kind: case-file
                version: 1
                caseId: 烟罚〔2026〕1号
                findings:
                  - criterion: FILING.PAGES
                    note: 未编页码
                    reviewer: 卫东
                    date: 2026-11-30
                    people: [{officer: H-99, role: HANDLER}]
                """;
        assertInvalid(ReviewDocuments.CASE_FILE, WITH_CLEAN, file).satisfies(e -> {
            InvalidDocumentException d = (InvalidDocumentException) e;
            assertThat(d.pointer()).isEqualTo("/findings/0/people/0/officer");
            assertThat(d.field()).contains("officer");
            assertThat(d.value()).contains("\"H-99\"");
            assertThat(d.rule()).contains("Unknown officer 'H-99' in organization");
        });
        assertInvalid(ReviewDocuments.CASE_FILE, WITH_CLEAN, file.replace("1号", "2号"))
                .hasMessageContaining("doc.yaml:3:9 /caseId: field \"caseId\" value \"烟罚〔2026〕2号\": unknown case");
        assertInvalid(ReviewDocuments.CASE_FILE, DocumentContext.empty(), file)
                .hasMessageContaining("which was not given to the reader");
        assertInvalid(ReviewDocuments.CASE_FILE, WITH_CLEAN, file.replace("H-99", "H-01")
                .replace("    note", "    occurrences: 0\n    note"))
                .hasMessageContaining("occurrences must be 1 to 10000, but were 0");
    }

    @Example
    void aReportHasItsScoreGradeAndDefectsAsFindings() {
        CaseFile file = CaseFile.of(CLEAN)
                .with(ReviewerFinding.of("DOCUMENTS.IRREGULAR", "听证通知书未载明听证地点", "卫东", REVIEWED))
                .with(new ReviewerFinding("FILING.PAGES", 2, "卷内第12页、第13页未编页码", "卫东", REVIEWED, List.of()));
        ReviewReport report = CaseFileReview.review(file, ReviewStandards.DEFAULT, REVIEWED);
        JsonNode json = writeAndCheck(report);

        assertThat(json.get("total").asInt()).isEqualTo(95);
        assertThat(json.get("grade").asString()).isEqualTo("EXCELLENT");
        assertThat(json.get("agency").asString()).isEqualTo("BUREAU");
        assertThat(json.get("standard").get("name").asString()).isEqualTo("行政执法案卷评查标准（quanze默认）");
        assertThat(json.get("defects")).hasSize(2);
        JsonNode pages = json.get("defects").get(1);
        assertThat(pages.get("code").asString()).isEqualTo("REVIEW.REVIEWER_FINDING");
        assertThat(pages.get("severity").asString()).isEqualTo("WARNING");
        assertThat(pages.get("criterion").asString()).isEqualTo("FILING.PAGES");
        assertThat(pages.get("points").asInt()).isEqualTo(4);
        assertThat(pages.get("parameters").get("occurrences").asInt()).isEqualTo(2);
        assertThat(pages.get("people").get(0).get("name").asString()).isEqualTo("王承办");
        assertThat(pages.get("cites").get(0).asString()).isEqualTo("《中华人民共和国行政处罚法》第四十七条");
        assertThat(pages.get("message").get("zh").asString()).contains("卷内第12页");
        assertThat(pages.get("message").get("en").asString()).isNotBlank();
        assertThat(json.get("scores").get(6).get("points").asInt()).isEqualTo(6);
    }

    @Example
    void aVetoFailsTheFileAndIsAnError() {
        JsonNode json = writeAndCheck(CaseFileReview.review(CaseFile.of(UNCERTIFIED), ReviewStandards.DEFAULT,
                REVIEWED));

        assertThat(json.get("total").asInt()).isZero();
        assertThat(json.get("grade").asString()).isEqualTo("FAIL");
        JsonNode veto = json.get("defects").get(0);
        assertThat(veto.get("code").asString()).isEqualTo("REVIEW.VIOLATION");
        assertThat(veto.get("severity").asString()).isEqualTo("ERROR");
        assertThat(veto.get("criterion").asString()).isEqualTo("SUBJECT.UNCERTIFIED");
        assertThat(veto.get("veto").asBoolean()).isTrue();
        assertThat(veto.get("violation").asString()).isEqualTo("UNCERTIFIED_OFFICER");
        assertThat(veto.get("people").get(0).get("officer").asString()).isEqualTo(QIAN.value());
        assertThat(veto.has("reviewer")).isFalse();
    }

    @Property(tries = 50)
    void aReportIsWrittenTheSameFromTheSameInputs(@ForAll("files") CaseFile file) {
        ReviewReport once = CaseFileReview.review(file, ReviewStandards.DEFAULT, REVIEWED);
        ReviewReport again = CaseFileReview.review(new CaseFile(file.record(), List.copyOf(file.findings())),
                ReviewStandards.DEFAULT, REVIEWED);

        String json = QuanzeDocuments.json().writer(ReviewDocuments.REVIEW_REPORT).writeString(once);
        assertThat(QuanzeDocuments.json().writer(ReviewDocuments.REVIEW_REPORT).writeString(again)).isEqualTo(json);
        assertValid(ReviewDocuments.REVIEW_REPORT, QuanzeDocuments.json(), json);
        assertValid(ReviewDocuments.REVIEW_REPORT, QuanzeDocuments.yaml(),
                QuanzeDocuments.yaml().writer(ReviewDocuments.REVIEW_REPORT).writeString(once));
    }

    private static JsonNode writeAndCheck(ReviewReport report) {
        String json = QuanzeDocuments.json().writer(ReviewDocuments.REVIEW_REPORT).writeString(report);
        assertValid(ReviewDocuments.REVIEW_REPORT, QuanzeDocuments.json(), json);
        return JsonMapper.builder().build().readTree(json);
    }

    @Provide
    Arbitrary<ReviewStandard> standards() {
        return QuanzeArbitraries.reviewStandards();
    }

    @Provide
    Arbitrary<CaseFile> files() {
        List<String> criteria = ReviewStandards.DEFAULT.criteria().stream().map(c -> c.code()).toList();
        Arbitrary<Involvement> people = Combinators.combine(
                Arbitraries.of(CaseBureau.WANG, CaseBureau.LI, CaseBureau.CHEN, CaseBureau.ZHOU),
                Arbitraries.of(Role.class)).as((id, role) -> new Involvement(id,
                        CaseBureau.BUREAU_ORGANIZATION.officer(id).name(), role));
        Arbitrary<ReviewerFinding> findings = Combinators.combine(Arbitraries.of(criteria),
                Arbitraries.integers().between(1, ReviewerFinding.MAX_OCCURRENCES),
                Arbitraries.of("询问笔录第3页未签名", "卷内第12页未编页码\n第13页亦同", "index missing", "true", "null", "12"),
                Arbitraries.of("卫东", "Reviewer 2", "2024", "0.5", "no"), Arbitraries.integers().between(0, 60),
                people.list().ofMaxSize(3).uniqueElements()).as((criterion, n, note, reviewer, days, who) ->
                        new ReviewerFinding(criterion, n, note, reviewer, REVIEWED.minusDays(days), who));
        return Combinators.combine(Arbitraries.of(CLEAN, UNCERTIFIED), findings.list().ofMaxSize(8))
                .as(CaseFile::new);
    }
}
