package io.github.quanze.jackson.procedure;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.testing.CaseBureau;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.PoliceAnswer;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.ReferralApproval;
import io.github.quanze.procedure.ReferralKind;
import io.github.quanze.procedure.ReferralMaterial;
import io.github.quanze.procedure.ReferralTransfer;
import io.github.quanze.procedure.SeizedItems;
import io.github.quanze.procedure.ViolationKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The documents of a referral of a suspected crime: its events and what its steps record. */
class ReferralDocumentsTest {

    static final String CASE = """
            kind: case-record
            version: 1
            id: 烟罚〔2026〕9号
            procedure: 行政处罚普通程序
            area: 烟草专卖
            opened: 2026-09-01
            events:
              - {type: PERFORMED, step: FILING, date: 2026-09-01, officers: [H-01]}
              - {type: PERFORMED, step: INVESTIGATION, date: 2026-09-02, officers: [H-01, H-02]}
              - type: CRIME_SUSPECTED
                date: 2026-09-03
                kind: PUBLIC_SECURITY
                finding: 非法经营卷烟金额达到追诉标准
                thresholds: [刑法第二百二十五条]
                officers: [H-01, H-02]
              - {type: PERFORMED, step: REFERRAL_REPORT, date: 2026-09-03, officers: [H-01, H-02]}
              - type: PERFORMED
                step: REFERRAL_APPROVAL
                date: 2026-09-04
                officers: [A-08]
                content: {type: REFERRAL_APPROVAL, approved: true, time: "10:00"}
              - type: PERFORMED
                step: REFERRAL
                date: 2026-09-05
                officers: [H-01, H-02]
                content:
                  type: REFERRAL_TRANSFER
                  kind: PUBLIC_SECURITY
                  authority: 某市公安局
                  materials: [REFERRAL_LETTER, INVESTIGATION_REPORT, ITEMS_LIST]
                  items: [卷烟200条]
                  seized: TRANSFERRED
                  time: "09:00"
              - {type: ANSWERED, date: 2026-09-05, answer: RECEIPT_SIGNED, authority: 某市公安局}
              - {type: ANSWERED, date: 2026-09-07, answer: FILED, authority: 某市公安局}
              - type: PERFORMED
                step: ITEMS_HANDOVER
                date: 2026-09-09
                officers: [H-01, H-02]
                content: {type: ITEMS_HANDOVER, items: [卷烟200条]}
              - {type: PERFORMED, step: CLOSING, date: 2026-09-15, officers: [H-01]}
            """;

    @Test
    void readsAReferralAndReplaysItLawful() {
        CaseRecord c = CaseRecordDocumentsTest.read(CASE);

        assertThat(c.events().get(2)).isEqualTo(new CaseEvent.CrimeSuspected(LocalDate.of(2026, 9, 3),
                ReferralKind.PUBLIC_SECURITY, "非法经营卷烟金额达到追诉标准", List.of("刑法第二百二十五条"),
                List.of(CaseBureau.WANG, CaseBureau.LI)));
        assertThat(((CaseEvent.StepPerformed) c.events().get(4)).content()).contains(ReferralApproval.approve()
                .at(LocalTime.of(10, 0)));
        assertThat(((CaseEvent.StepPerformed) c.events().get(5)).content()).contains(ReferralTransfer.toPolice(
                "某市公安局", ReferralMaterial.REFERRAL_LETTER, ReferralMaterial.INVESTIGATION_REPORT,
                ReferralMaterial.ITEMS_LIST).withItems(List.of("卷烟200条"), SeizedItems.TRANSFERRED)
                .at(LocalTime.of(9, 0)));
        assertThat(c.events().get(7)).isEqualTo(new CaseEvent.Answered(LocalDate.of(2026, 9, 7),
                PoliceAnswer.FILED, "某市公安局"));
        CaseState state = c.replay(LocalDate.of(2026, 12, 31));
        assertThat(state.violations()).as(state.explain().en()).isEmpty();
        assertRoundTrip(CaseRecordDocuments.CASE_RECORD, c, CaseRecordDocumentsTest.BUREAU);
    }

    @Test
    void aRefusalWithReasonsAndTheStandaloneTemplateRoundTrip() {
        String refused = CASE.replace("procedure: 行政处罚普通程序", "procedure: 移送涉嫌犯罪案件")
                .replace("  - {type: PERFORMED, step: FILING, date: 2026-09-01, officers: [H-01]}\n", "")
                .replace("  - {type: PERFORMED, step: INVESTIGATION, date: 2026-09-02, officers: [H-01, H-02]}\n", "")
                .replace("{type: REFERRAL_APPROVAL, approved: true, time: \"10:00\"}",
                        "{type: REFERRAL_APPROVAL, approved: false, reasons: 未达追诉标准, presiding: true}");
        String cut = refused.substring(0, refused.indexOf("  - type: PERFORMED\n    step: REFERRAL\n"))
                + "  - {type: PERFORMED, step: CLOSING, date: 2026-09-15, officers: [H-01]}\n";

        CaseRecord c = CaseRecordDocumentsTest.read(cut);

        assertThat(c.procedure()).isEqualTo(ProcedureTemplates.CRIMINAL_REFERRAL);
        assertThat(((CaseEvent.StepPerformed) c.events().get(2)).content())
                .contains(ReferralApproval.refuse("未达追诉标准").byPresidingDeputy());
        assertThat(c.replay(LocalDate.of(2026, 12, 31)).violations(ViolationKind.NOT_REFERRED)).isEmpty();
        assertRoundTrip(CaseRecordDocuments.CASE_RECORD, c, CaseRecordDocumentsTest.BUREAU);
    }

    @Test
    void theStateOfALateHandOverCarriesItsDataAndDeadlines() {
        CaseRecord c = CaseRecordDocumentsTest.read(CASE.replace("date: 2026-09-09", "date: 2026-09-11"));
        String text = QuanzeDocuments.json().writer(CaseStateDocuments.CASE_STATE)
                .writeString(c.replay(LocalDate.of(2026, 12, 31)));
        assertValid(CaseStateDocuments.CASE_STATE, QuanzeDocuments.json(), text);
        JsonNode state = JsonMapper.builder().build().readTree(text);

        JsonNode late = state.get("violations").get(0);
        assertThat(late.get("code").asString()).isEqualTo("PROCEDURE.LATE_HANDOVER");
        assertThat(late.get("parameters").get("filed").asString()).isEqualTo("2026-09-07");
        assertThat(late.get("people").valueStream().map(p -> p.get("officer").asString()))
                .containsExactly("A-08", "H-01", "H-02");
        assertThat(state.get("deadlines").valueStream().map(d -> d.get("step").asString()))
                .containsExactly("REFERRAL_APPROVAL", "REFERRAL", "ITEMS_HANDOVER");
    }

    @Test
    void aMalformedTimeIsAnErrorAtTheValue() {
        assertInvalid(CaseRecordDocuments.CASE_RECORD, CaseRecordDocumentsTest.BUREAU,
                CASE.replace("time: \"09:00\"", "time: \"25:00\""))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/events/5/content/time");
                    assertThat(e.value()).contains("\"25:00\"");
                });
    }

    @Test
    void aTimeIsExactlyHoursAndMinutes() {
        for (String bad : List.of("09:00:30", "9:00", "09:00:00.5", "0900")) {
            assertInvalid(CaseRecordDocuments.CASE_RECORD, CaseRecordDocumentsTest.BUREAU,
                    CASE.replace("time: \"09:00\"", "time: \"" + bad + "\""))
                    .as(bad).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                        assertThat(e.pointer()).isEqualTo("/events/5/content/time");
                        assertThat(e.getMessage()).contains("HH:MM");
                    });
        }
    }

    @Test
    void aMaterialOrItemListedTwiceIsAnError() {
        assertInvalid(CaseRecordDocuments.CASE_RECORD, CaseRecordDocumentsTest.BUREAU,
                CASE.replace("materials: [REFERRAL_LETTER, INVESTIGATION_REPORT, ITEMS_LIST]",
                        "materials: [REFERRAL_LETTER, INVESTIGATION_REPORT, ITEMS_LIST, REFERRAL_LETTER]"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).startsWith("/events/5/content/materials");
                    assertThat(e.getMessage()).contains("REFERRAL_LETTER is listed twice");
                });
    }

    @Test
    void anUnknownAnswerOrAnAnswerBeforeItsReferralIsAnError() {
        assertInvalid(CaseRecordDocuments.CASE_RECORD, CaseRecordDocumentsTest.BUREAU,
                CASE.replace("answer: FILED", "answer: ARRESTED"))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/events/7/answer"));
        assertInvalid(CaseRecordDocuments.CASE_RECORD, CaseRecordDocumentsTest.BUREAU,
                CASE.replace("{type: ANSWERED, date: 2026-09-05", "{type: ANSWERED, date: 2026-09-04"))
                .hasMessageContaining("on 2026-09-04 follows no transfer to the public security organ");
    }
}
