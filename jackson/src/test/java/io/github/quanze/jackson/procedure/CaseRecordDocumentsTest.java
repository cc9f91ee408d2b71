package io.github.quanze.jackson.procedure;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentReader;
import io.github.quanze.jackson.codec.DocumentWriter;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.testing.CaseBureau;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ProcedureTemplates;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CaseRecordDocumentsTest {

    static final DocumentContext BUREAU = DocumentContext.empty().with(Organization.class,
            CaseBureau.BUREAU_ORGANIZATION);

    static final String CASE = """
            kind: case-record
            version: 1
            id: 烟罚〔2026〕1号
            procedure: 行政处罚普通程序
            area: 烟草专卖
            opened: 2026-09-01
            grounds: [COMPLEX_OR_SERIOUS_VIOLATION, MAJOR_RIGHTS_AFTER_HEARING]
            hearingEligible: true
            events:
              - {type: PERFORMED, step: FILING, date: 2026-09-01, officers: [H-01]}
              - {type: PERFORMED, step: INVESTIGATION, date: 2026-09-10, officers: [H-01, H-04-EXPIRED], documents: [询问笔录]}
              - {type: PERFORMED, step: NOTICE, date: 2026-09-17, officers: [H-01, H-02]}
              - {type: PERFORMED, step: HEARING_RIGHT_NOTICE, date: 2026-09-17, officers: [H-01, H-02]}
              - {type: HEARING_REQUESTED, date: 2026-09-21}
              - {type: PERFORMED, step: STATEMENT_AND_DEFENCE, date: 2026-09-22, officers: [H-01]}
              - {type: PERFORMED, step: HEARING_NOTICE, date: 2026-09-30, officers: [H-01]}
              - {type: PERFORMED, step: HEARING, date: 2026-10-12, officers: [L-06]}
              - {type: PERFORMED, step: LEGALITY_REVIEW, date: 2026-10-14, officers: [L-07]}
              - {type: PERFORMED, step: COLLECTIVE_DECISION, date: 2026-10-16, officers: [A-08]}
              - type: PERFORMED
                step: DECISION
                date: 2026-10-19
                officers: [A-08]
                content: {type: PENALTY_DECISION, party: LEGAL_PERSON, kinds: [FINE, LICENCE_REVOKED], fine: 50000}
            """;

    static CaseRecord read(String yaml) {
        return QuanzeDocuments.yaml().reader(CaseRecordDocuments.CASE_RECORD).with(BUREAU).readString("case.yaml",
                yaml);
    }

    @Test
    void readsACaseAgainstTheOrganizationAndTheTemplates() {
        CaseRecord c = read(CASE);

        assertThat(c.procedure()).isEqualTo(ProcedureTemplates.PENALTY_ORDINARY);
        assertThat(c.organization()).isSameAs(CaseBureau.BUREAU_ORGANIZATION);
        assertThat(c.events()).hasSize(11).element(1).isInstanceOfSatisfying(CaseEvent.StepPerformed.class,
                p -> assertThat(p.documents()).containsExactly("询问笔录"));
        assertThat(c.isClosed()).isFalse();
        assertRoundTrip(CaseRecordDocuments.CASE_RECORD, c, BUREAU);
    }

    @Test
    void aDanglingOfficerIsAnErrorAtTheReference() {
        assertInvalid(CaseRecordDocuments.CASE_RECORD, BUREAU, CASE.replace("officers: [L-06]", "officers: [L-99]"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/events/7/officers/0");
                    assertThat(e.line()).isEqualTo(17);
                    assertThat(e.value()).contains("\"L-99\"");
                    assertThat(e.rule()).contains("Unknown officer 'L-99' in organization");
                });
    }

    @Test
    void theMalformedCatalogueReadsCasesWithThisBureau() {
        assertThat(QuanzeDocuments.yaml().reader(OrganizationDocuments.ORGANIZATION)
                .read(Path.of("src/test/resources/fixtures/organization-case-bureau.yaml")))
                .isEqualTo(CaseBureau.BUREAU_ORGANIZATION);
    }

    @Test
    void withoutAnOrganizationTheReaderSaysWhatIsMissing() {
        assertInvalid(CaseRecordDocuments.CASE_RECORD, DocumentContext.empty(), CASE)
                .hasMessageContaining("/procedure")
                .hasMessageContaining("refers to an organization, which was not given to the reader");
    }

    @Test
    void anUnknownProcedureIsAnErrorNamingWhereItWasLookedFor() {
        assertInvalid(CaseRecordDocuments.CASE_RECORD, BUREAU, CASE.replace("行政处罚普通程序", "某某程序"))
                .hasMessageContaining("doc.yaml:4:12 /procedure")
                .hasMessageContaining("unknown procedure '某某程序'")
                .hasMessageContaining("行政处罚简易程序");
    }

    @Test
    void anEventTheRecordRefusesIsAnErrorAtThatEvent() {
        String closedEarly = CASE.replace("  - {type: PERFORMED, step: COLLECTIVE_DECISION",
                "  - {type: PERFORMED, step: CLOSING, date: 2026-10-15, officers: [H-01]}\n"
                        + "  - {type: PERFORMED, step: COLLECTIVE_DECISION");
        assertInvalid(CaseRecordDocuments.CASE_RECORD, BUREAU, closedEarly)
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/events/10");
                    assertThat(e.rule()).contains("no event may follow");
                });
    }

    @Test
    void anEventRefusedInJsonLinesIsAnErrorAtThatEventsLineColumnAndPointer() {
        StringWriter out = new StringWriter();
        QuanzeDocuments.json().writer(CaseRecordDocuments.CASE_RECORD).with(BUREAU).writeLine(read(CASE), out);
        String line = out.toString().strip();
        String closing = "{\"type\":\"PERFORMED\",\"step\":\"CLOSING\",\"date\":\"2026-09-01\","
                + "\"officers\":[\"H-01\"]},";
        int events = line.indexOf("\"events\":[") + "\"events\":[".length();
        String closedFirst = line.substring(0, events) + closing + line.substring(events);
        DocumentReader<CaseRecord> reader = QuanzeDocuments.json().reader(CaseRecordDocuments.CASE_RECORD)
                .with(BUREAU);
        assertThatThrownBy(() -> {
            try (Stream<CaseRecord> read = reader.readAll("cases.jsonl",
                    new StringReader(line + "\n" + closedFirst + "\n"))) {
                read.forEach(r -> { });
            }
        }).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.line()).as(e.getMessage()).isEqualTo(2);
            assertThat(e.column()).as(e.getMessage()).isEqualTo(events + closing.length() + 1);
            assertThat(e.pointer()).isEqualTo("/events/1");
            assertThat(e.field()).contains("events");
            assertThat(e.rule()).contains("no event may follow");
        });
    }

    @Test
    void aCaseFollowingTheAgencysOwnProcedureNamesIt() {
        Procedures own = new Procedures(List.of(ProcedureTemplates.PENALTY_ORDINARY.toBuilder(
                io.github.quanze.text.BilingualText.of("本局普通程序", "the bureau's ordinary procedure")).build()));
        DocumentContext context = BUREAU.with(Procedures.class, own);
        CaseRecord c = QuanzeDocuments.yaml().reader(CaseRecordDocuments.CASE_RECORD).with(context)
                .readString("c", CASE.replace("行政处罚普通程序", "本局普通程序"));

        assertThat(c.procedure()).isEqualTo(own.procedures().get(0));
        assertRoundTrip(CaseRecordDocuments.CASE_RECORD, c, context);
    }

    @Property(tries = 60)
    void aGeneratedCaseSurvivesJsonAndYaml(@ForAll("cases") CaseRecord record) {
        assertRoundTrip(CaseRecordDocuments.CASE_RECORD, record, BUREAU);
    }

    @Provide
    Arbitrary<CaseRecord> cases() {
        return GeneratedCases.cases();
    }

    @Example // the testkit's generators run on jqwik's threads
    void thousandsOfCasesAreReadBackAsJsonLines() {
        List<CaseRecord> cases = GeneratedCases.sample(14, 3000);
        StringWriter lines = new StringWriter();
        DocumentWriter<CaseRecord> writer = QuanzeDocuments.json().writer(CaseRecordDocuments.CASE_RECORD)
                .with(BUREAU);
        cases.forEach(c -> writer.writeLine(c, lines));
        DocumentReader<CaseRecord> reader = QuanzeDocuments.json().reader(CaseRecordDocuments.CASE_RECORD)
                .with(BUREAU);

        assertThat(lines.toString().lines()).hasSize(3000);
        try (Stream<CaseRecord> read = reader.readAll("cases.jsonl", new StringReader(lines.toString()))) {
            assertThat(read.toList()).isEqualTo(cases);
        }
    }

    @Example
    void anErrorOnALineOfJsonLinesNamesThatLine() {
        List<CaseRecord> cases = GeneratedCases.sampleWhole(7, 500);
        DocumentWriter<CaseRecord> writer = QuanzeDocuments.json().writer(CaseRecordDocuments.CASE_RECORD)
                .with(BUREAU);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringWriter out = new StringWriter();
            writer.writeLine(cases.get(i), out);
            lines.add(out.toString().strip());
        }
        for (int bad : List.of(1, 2, 317, 500)) {
            List<String> broken = new ArrayList<>(lines);
            broken.set(bad - 1, broken.get(bad - 1).replace("\"H-0", "\"X-0"));
            DocumentReader<CaseRecord> reader = QuanzeDocuments.json().reader(CaseRecordDocuments.CASE_RECORD)
                    .with(BUREAU);
            List<CaseRecord> before = new ArrayList<>();
            assertThatThrownBy(() -> {
                try (Stream<CaseRecord> read = reader.readAll("cases.jsonl",
                        new StringReader(String.join("\n", broken) + "\n"))) {
                    read.forEach(before::add);
                }
            }).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                assertThat(e.line()).as(e.getMessage()).isEqualTo(bad);
                assertThat(e.getMessage()).startsWith("cases.jsonl:" + bad + ":");
                assertThat(e.rule()).contains("Unknown officer 'X-0");
            });
            assertThat(before).hasSize(bad - 1);
        }
    }

    @Example
    void aSyntaxErrorOnALineNamesThatLine() {
        String good = QuanzeDocuments.json().writer(CaseRecordDocuments.CASE_RECORD).with(BUREAU).compact()
                .writeString(GeneratedCases.sample(1, 1).get(0)).strip();
        String text = good + "\n" + good + "\n" + good.substring(0, 40) + "\n" + good + "\n";
        DocumentReader<CaseRecord> reader = QuanzeDocuments.json().reader(CaseRecordDocuments.CASE_RECORD)
                .with(BUREAU);
        assertThatThrownBy(() -> {
            try (Stream<CaseRecord> read = reader.readAll("cases.jsonl", new StringReader(text))) {
                read.forEach(c -> { });
            }
        }).isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.line()).isIn(3, 4));
    }
}
