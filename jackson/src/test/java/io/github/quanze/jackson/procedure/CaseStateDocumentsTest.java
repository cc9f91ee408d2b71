package io.github.quanze.jackson.procedure;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CaseStateDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String json(CaseState state) {
        return QuanzeDocuments.json().writer(CaseStateDocuments.CASE_STATE).writeString(state);
    }

    @Test
    void theLateHearingNoticeAndTheExpiredCertificateAreViolationsWithTheirData() {
        CaseRecord record = CaseRecordDocumentsTest.read(CaseRecordDocumentsTest.CASE);
        String text = json(record.replay(LocalDate.of(2026, 11, 24)));
        assertValid(CaseStateDocuments.CASE_STATE, QuanzeDocuments.json(), text);
        JsonNode state = JSON.readTree(text);

        assertThat(state.get("kind").asString()).isEqualTo("case-state");
        assertThat(state.get("caseId").asString()).isEqualTo("烟罚〔2026〕1号");
        assertThat(state.get("closed").asBoolean()).isFalse();
        assertThat(state.get("violations").valueStream().map(v -> v.get("code").asString()))
                .contains("PROCEDURE.UNCERTIFIED_OFFICER", "PROCEDURE.MISSED_DEADLINE");
        JsonNode late = state.get("violations").valueStream()
                .filter(v -> v.get("code").asString().equals("PROCEDURE.MISSED_DEADLINE")).findFirst().orElseThrow();
        assertThat(late.get("severity").asString()).isEqualTo("ERROR");
        assertThat(late.get("step").asString()).isEqualTo("HEARING_NOTICE");
        assertThat(late.get("parameters").get("step").get("code").asString()).isEqualTo("HEARING_NOTICE");
        assertThat(late.get("message").get("zh").asString()).isNotBlank();
        assertThat(late.get("message").get("en").asString()).isNotBlank();
        assertThat(late.get("cites").get(0).asString()).startsWith("《中华人民共和国行政处罚法》第六十四条");
        JsonNode uncertified = state.get("violations").valueStream()
                .filter(v -> v.get("code").asString().equals("PROCEDURE.UNCERTIFIED_OFFICER")).findFirst()
                .orElseThrow();
        assertThat(uncertified.get("people").get(0).get("officer").asString()).isEqualTo("H-04-EXPIRED");
        assertThat(uncertified.get("people").get(0).get("name").asString()).isEqualTo("钱承办");

        JsonNode hearingNotice = deadline(state, "HEARING_NOTICE");
        assertThat(hearingNotice.get("code").asString()).isEqualTo("PROCEDURE.DEADLINE.MET_LATE");
        assertThat(hearingNotice.get("status").get("state").asString()).isEqualTo("MET_LATE");
        assertThat(hearingNotice.get("status").get("metOn").asString()).isEqualTo("2026-09-30");
        assertThat(hearingNotice.get("limit").get("backward").asBoolean()).isTrue();
        assertThat(deadline(state, "DECISION").get("status").get("state").asString()).isEqualTo("MET");
        assertThat(deadline(state, "SERVICE").get("status").get("state").asString()).isEqualTo("OVERDUE");
    }

    @Test
    void duringTheCaseADeadlineIsStillRunning() {
        CaseRecord record = CaseRecordDocumentsTest.read(CaseRecordDocumentsTest.CASE.lines()
                .takeWhile(l -> !l.contains("LEGALITY_REVIEW")).reduce("", (a, b) -> a + b + "\n"));
        JsonNode state = JSON.readTree(json(record.replay(LocalDate.of(2026, 10, 13))));

        assertThat(deadline(state, "DECISION").get("status").get("state").asString()).isEqualTo("ON_TIME");
        assertThat(deadline(state, "DECISION").get("status").get("days").asInt()).isPositive();
        assertThat(state.get("pending").valueStream().map(JsonNode::asString)).contains("LEGALITY_REVIEW");
    }

    private static JsonNode deadline(JsonNode state, String step) {
        return state.get("deadlines").valueStream().filter(d -> d.get("step").asString().equals(step)).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline of " + step + " in " + state.get("deadlines")));
    }

    @Test
    void aCaseStateIsNotRead() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeDocuments.json()
                .reader(CaseStateDocuments.CASE_STATE)).withMessageContaining("is an output");
    }

    @Property(tries = 60)
    void theSameRecordReplayedTwiceWritesTheSameValidDocument(@ForAll("replays") Replay replay) {
        CaseRecord again = CaseRecordDocumentsTest.read(QuanzeDocuments.yaml()
                .writer(CaseRecordDocuments.CASE_RECORD).writeString(replay.record()));
        String first = json(replay.record().replay(replay.asOf()));
        String second = json(again.replay(replay.asOf()));

        assertThat(JSON.readTree(second)).isEqualTo(JSON.readTree(first));
        assertValid(CaseStateDocuments.CASE_STATE, QuanzeDocuments.json(), first);
        assertValid(CaseStateDocuments.CASE_STATE, QuanzeDocuments.yaml(), QuanzeDocuments.yaml()
                .writer(CaseStateDocuments.CASE_STATE).writeString(replay.record().replay(replay.asOf())));
    }

    record Replay(CaseRecord record, LocalDate asOf) {
    }

    @Provide
    Arbitrary<Replay> replays() {
        return Combinators.combine(GeneratedCases.cases(), Arbitraries.integers().between(0, 200))
                .as((r, days) -> {
                    LocalDate latest = r.events().stream().map(e -> e.date()).max(LocalDate::compareTo)
                            .orElse(r.opened());
                    return new Replay(r, latest.plusDays(days));
                });
    }
}
