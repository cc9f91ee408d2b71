package io.github.quanze.jackson.procedure;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.LegalityOpinion;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.ReviewAspect;
import io.github.quanze.procedure.ViolationKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The documents of the three systems (三项制度): records, legality opinions, publication, the review catalogue. */
class ThreeSystemsDocumentsTest {

    static final String CASE = """
            kind: case-record
            version: 1
            id: 烟罚〔2026〕5号
            procedure: 行政处罚普通程序
            area: 烟草专卖
            opened: 2026-09-01
            hearingEligible: true
            publication:
              decision: DECISION
              within: {amount: 7, unit: WORKING_DAYS}
              withdrawal: {amount: 3, unit: WORKING_DAYS}
              basis: [《中华人民共和国行政处罚法》第四十八条第一款]
            reviewCatalogue:
              name: 某局重大执法决定法制审核目录清单
              entries:
                - {name: 罚款五万元以上, fineAtLeast: 50000}
                - {name: 吊销许可证, penalties: [LICENCE_REVOKED]}
                - {name: 查封扣押, step: SEIZURE}
            events:
              - {type: PERFORMED, step: FILING, date: 2026-09-01, officers: [H-01], records: [TEXT]}
              - {type: PERFORMED, step: INVESTIGATION, date: 2026-09-10, officers: [H-01, H-02], records: [TEXT, AUDIO_VIDEO]}
              - {type: PERFORMED, step: NOTICE, date: 2026-09-17, officers: [H-01, H-02]}
              - {type: PERFORMED, step: HEARING_RIGHT_NOTICE, date: 2026-09-17, officers: [H-01, H-02]}
              - {type: PERFORMED, step: STATEMENT_AND_DEFENCE, date: 2026-09-22, officers: [H-01]}
              - type: PERFORMED
                step: LEGALITY_REVIEW
                date: 2026-10-14
                officers: [L-07]
                content:
                  type: LEGALITY_OPINION
                  passed: false
                  findings:
                    - {aspect: FACTS}
                    - {aspect: EVIDENCE, issue: 违法经营数额的证据不足}
              - type: PERFORMED
                step: DECISION
                date: 2026-10-19
                officers: [A-08]
                content: {type: PENALTY_DECISION, party: LEGAL_PERSON, kinds: [FINE], fine: 60000}
                records: []
              - {type: PUBLISHED, date: 2026-11-02, channel: 门户网站}
              - {type: OVERTURNED, date: 2026-12-01, outcome: REVOKED, by: RECONSIDERATION}
              - {type: WITHDRAWN, date: 2026-12-10, reasonsStated: false}
            """;

    private static CaseRecord read(String yaml) {
        return QuanzeDocuments.yaml().reader(CaseRecordDocuments.CASE_RECORD).with(CaseRecordDocumentsTest.BUREAU)
                .readString("case.yaml", yaml);
    }

    @Test
    void aCaseWithRecordsAnOpinionPublicityAndACatalogueReadsAndSurvives() {
        CaseRecord c = read(CASE);

        assertThat(c.publication()).hasValueSatisfying(r -> assertThat(r.within().amount()).isEqualTo(7));
        assertThat(c.reviewCatalogue()).hasValueSatisfying(k -> assertThat(k.entries()).hasSize(3));
        assertThat(c.events().get(0)).isInstanceOfSatisfying(CaseEvent.StepPerformed.class,
                p -> assertThat(p.records()).contains(java.util.Set.of(RecordKind.TEXT)));
        assertThat(c.events().get(2)).isInstanceOfSatisfying(CaseEvent.StepPerformed.class,
                p -> assertThat(p.records()).isEmpty());
        assertThat(c.events().get(6)).isInstanceOfSatisfying(CaseEvent.StepPerformed.class,
                p -> assertThat(p.records()).contains(java.util.Set.of()));
        assertThat(c.events().get(5)).isInstanceOfSatisfying(CaseEvent.StepPerformed.class,
                p -> assertThat(p.content()).contains(new LegalityOpinion(false, java.util.List.of(
                        LegalityOpinion.Finding.sound(ReviewAspect.FACTS),
                        LegalityOpinion.Finding.issue(ReviewAspect.EVIDENCE, "违法经营数额的证据不足")))));
        assertRoundTrip(CaseRecordDocuments.CASE_RECORD, c, CaseRecordDocumentsTest.BUREAU);
    }

    @Test
    void theViolationsOfTheThreeSystemsAreWrittenAsValidStates() {
        CaseState state = read(CASE).replay(LocalDate.of(2026, 12, 31));
        assertThat(state.violations()).extracting(v -> v.kind()).contains(ViolationKind.RECORD_MISSING,
                ViolationKind.DECIDED_AGAINST_REVIEW, ViolationKind.PUBLICATION_OVERDUE,
                ViolationKind.LATE_WITHDRAWAL, ViolationKind.WITHDRAWN_WITHOUT_REASONS);
        String text = QuanzeDocuments.json().writer(CaseStateDocuments.CASE_STATE).writeString(state);
        assertValid(CaseStateDocuments.CASE_STATE, QuanzeDocuments.json(), text);
        assertThat(text).contains("PROCEDURE.DECIDED_AGAINST_REVIEW", "EVIDENCE", "PROCEDURE.LATE_WITHDRAWAL");
    }

    @Test
    void thePenaltyRuleWithItsNamedLimitsSurvives() {
        PublicationRule rule = PublicationRule.penalty();
        CaseRecord c = read(CASE.replace("""
                publication:
                  decision: DECISION
                  within: {amount: 7, unit: WORKING_DAYS}
                  withdrawal: {amount: 3, unit: WORKING_DAYS}
                  basis: [《中华人民共和国行政处罚法》第四十八条第一款]
                """, ""));
        assertThat(c.publication()).isEmpty();
        CaseRecord withRule = CaseRecord.builder().id(c.id()).procedure(c.procedure()).organization(c.organization())
                .area(c.area()).opened(c.opened()).hearingEligible(true).publication(rule).build()
                .appendAll(c.events());
        assertRoundTrip(CaseRecordDocuments.CASE_RECORD, withRule, CaseRecordDocumentsTest.BUREAU);
    }

    @Test
    void anUnknownRecordKindIsAnErrorAtTheValue() {
        assertInvalid(CaseRecordDocuments.CASE_RECORD, CaseRecordDocumentsTest.BUREAU,
                CASE.replace("records: [TEXT, AUDIO_VIDEO]", "records: [TEXT, PHOTO]"))
                .hasMessageContaining("/events/1/records/1").hasMessageContaining("PHOTO");
    }

    @Test
    void aPublicationBeforeTheDecisionIsAnErrorAtThatEvent() {
        assertInvalid(CaseRecordDocuments.CASE_RECORD, CaseRecordDocumentsTest.BUREAU,
                CASE.replace("{type: PUBLISHED, date: 2026-11-02", "{type: PUBLISHED, date: 2026-10-02"))
                .hasMessageContaining("/events/").hasMessageContaining("烟罚〔2026〕5号")
                .hasMessageContaining("before the decision");
    }

    @Test
    void aCatalogueEntryWithTwoTriggersAndAFailedOpinionWithoutIssueAreErrors() {
        assertInvalid(CaseRecordDocuments.CASE_RECORD, CaseRecordDocumentsTest.BUREAU,
                CASE.replace("{name: 罚款五万元以上, fineAtLeast: 50000}",
                        "{name: 罚款五万元以上, fineAtLeast: 50000, licences: true}"))
                .hasMessageContaining("reviewCatalogue").hasMessageContaining("exactly one trigger");
        assertInvalid(CaseRecordDocuments.CASE_RECORD, CaseRecordDocumentsTest.BUREAU,
                CASE.replace("        - {aspect: EVIDENCE, issue: 违法经营数额的证据不足}\n", ""))
                .hasMessageContaining("content").hasMessageContaining("issue");
    }
}
