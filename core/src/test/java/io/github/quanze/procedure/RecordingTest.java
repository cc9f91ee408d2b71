package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.ViolationFaults;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandards;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 执法全过程记录: 行政处罚法 Art 47, 行政强制法 Art 18(7)-(9), 国办发〔2018〕118号 (全程音像记录). */
class RecordingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private static List<CaseEvent> penaltyWithDecision(CaseEvent.StepPerformed decision) {
        return Cases.replace(PENALTY_CASE, StepKind.DECISION, decision);
    }

    @Test
    void art47AStageWithNeitherTextNorAudioVideoIsARecordMissing() {
        CaseEvent.StepPerformed none = step(StepKind.DECISION, "2026-10-19", CHEN).with("行政处罚决定书").withRecords();
        CaseState state = Cases.penaltyCase(penaltyWithDecision(none)).replay(AS_OF);

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.RECORD_MISSING);
            assertThat(v.step()).isEqualTo(StepKind.DECISION);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 10, 19));
            assertThat(v.details().list("anyOf")).isEqualTo(List.of(RecordKind.TEXT, RecordKind.AUDIO_VIDEO));
            assertThat(v.details().list("made")).isEmpty();
            assertThat(v.basis().toString()).contains("第四十七条");
            assertThat(v.message().zh()).contains("未制作任何记录", "文字记录");
            assertThat(v.message().en()).contains("no record at all");
        });
        assertThat(ViolationFaults.typeOf(ViolationKind.RECORD_MISSING)).isEqualTo(FaultType.PROCEDURE_VIOLATION);
    }

    @Test
    void art47OneRecordOfEitherKindSuffices() {
        for (RecordKind kind : List.of(RecordKind.TEXT, RecordKind.AUDIO_VIDEO)) {
            CaseEvent.StepPerformed one = step(StepKind.DECISION, "2026-10-19", CHEN).withRecords(kind);
            assertThat(Cases.penaltyCase(penaltyWithDecision(one)).replay(AS_OF).violations()).as(kind.name())
                    .isEmpty();
        }
    }

    @Test
    void anEventThatDoesNotSayWhichRecordsWereMadeIsNeverARecordMissing() {
        CaseState unstated = Cases.penaltyCase(PENALTY_CASE).replay(AS_OF);
        assertThat(unstated.isClean()).isTrue();
        assertThat(PENALTY_CASE).allSatisfy(e -> {
            if (e instanceof CaseEvent.StepPerformed p) {
                assertThat(p.records()).isEmpty();
            }
        });
        // a step with no requirement may state no record
        CaseEvent.StepPerformed notice = step(StepKind.NOTICE, "2026-09-17", WANG, LI).withRecords();
        assertThat(Cases.penaltyCase(Cases.replace(PENALTY_CASE, StepKind.NOTICE, notice)).replay(AS_OF).isClean())
                .isTrue();
    }

    @Test
    void a118SeizureWithoutAudioVideoIsAudioVideoMissingEvenWithAWrittenRecord() {
        CaseState written = Cases.seizure(seizure(RecordKind.TEXT)).replay(LocalDate.of(2026, 3, 3));
        assertThat(written.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.AUDIO_VIDEO_MISSING);
            assertThat(v.step()).isEqualTo(StepKind.SEIZURE);
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(WANG, LI);
            assertThat(v.basis().toString()).contains("国办发〔2018〕118号");
            assertThat(v.message().zh()).contains("未全程音像记录", "文字记录", "解释：国办发〔2018〕118号要求推行");
            assertThat(v.message().en()).contains("interpretation: Guo Ban Fa [2018] No. 118 asks agencies to "
                    + "introduce it");
            assertThat(v.severity()).isEqualTo(io.github.quanze.rule.Severity.WARNING);
        });

        // our interpretation of 118号 (推行): no fault by default; a finder of fact may hold the officer to it
        assertThat(ViolationFaults.of(written)).isEmpty();
        assertThat(ViolationFaults.of(written.violations().get(0), io.github.quanze.fault.FaultForm.ORDINARY_NEGLIGENCE,
                io.github.quanze.fault.Consequence.NONE)).extracting(f -> f.type())
                .containsOnly(FaultType.PROCEDURE_VIOLATION);

        CaseState filmed = Cases.seizure(seizure(RecordKind.AUDIO_VIDEO)).replay(LocalDate.of(2026, 3, 3));
        assertThat(filmed.violations()).isEmpty();
    }

    @Test
    void coercionArt18ItemSevenTheOnSiteRecordIsWritten() {
        List<CaseEvent> events = new ArrayList<>(seizure(RecordKind.AUDIO_VIDEO));
        CaseEvent.StepPerformed filmedOnly = CaseEvent.recorded(StepKind.ON_SITE_RECORD, LocalDate.of(2026, 3, 2),
                Attestation.PARTY_SIGNED, WANG, LI).withRecords(RecordKind.AUDIO_VIDEO);
        events.add(filmedOnly);
        CaseState state = Cases.seizure(events).replay(LocalDate.of(2026, 3, 3));
        assertThat(state.violations(ViolationKind.RECORD_MISSING)).singleElement()
                .satisfies(v -> assertThat(v.basis().toString()).contains("第十八条第（七）项"));

        events.set(events.size() - 1, CaseEvent.recorded(StepKind.ON_SITE_RECORD, LocalDate.of(2026, 3, 2),
                Attestation.PARTY_SIGNED, WANG, LI).withRecords(RecordKind.TEXT, RecordKind.PARTY_SIGNATURE));
        assertThat(Cases.seizure(events).replay(LocalDate.of(2026, 3, 3)).violations()).isEmpty();
    }

    @Test
    void aSignatureWithoutAWrittenRecordIsRejectedNamingCaseStepAndKind() {
        CaseRecord record = Cases.seizure(seizure(RecordKind.AUDIO_VIDEO));
        CaseEvent.StepPerformed bad = CaseEvent.recorded(StepKind.ON_SITE_RECORD, LocalDate.of(2026, 3, 2),
                Attestation.WITNESS_SIGNED, WANG, LI).withRecords(RecordKind.AUDIO_VIDEO, RecordKind.WITNESS_SIGNATURE);

        assertThatThrownBy(() -> record.append(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("烟强〔2026〕1号").hasMessageContaining("ON_SITE_RECORD")
                .hasMessageContaining("WITNESS_SIGNATURE").hasMessageContaining("no written record");
        assertThat(record.events()).hasSize(3);
    }

    @Test
    void thePartysSignatureAgainstAnAttestationOfAbsenceOrRefusalIsRejected() {
        CaseRecord record = Cases.seizure(seizure(RecordKind.AUDIO_VIDEO));
        for (Attestation a : List.of(Attestation.WITNESS_SIGNED, Attestation.PARTY_REFUSED)) {
            CaseEvent.StepPerformed bad = CaseEvent.recorded(StepKind.ON_SITE_RECORD, LocalDate.of(2026, 3, 2), a,
                    WANG, LI).withRecords(RecordKind.TEXT, RecordKind.PARTY_SIGNATURE);
            assertThatThrownBy(() -> record.append(bad)).as(a.name()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("烟强〔2026〕1号").hasMessageContaining(a.name())
                    .hasMessageContaining("PARTY_SIGNATURE");
        }
        assertThat(record.events()).hasSize(3);
        CaseEvent.StepPerformed fine = CaseEvent.recorded(StepKind.ON_SITE_RECORD, LocalDate.of(2026, 3, 2),
                Attestation.WITNESS_SIGNED, WANG, LI).withRecords(RecordKind.TEXT, RecordKind.WITNESS_SIGNATURE);
        assertThat(record.append(fine).events()).hasSize(4);
    }

    @Test
    void reviewDeductsForAMissingRecordAndMoreForAMissingAudioVideoRecord() {
        LocalDate reviewed = LocalDate.of(2027, 1, 10);
        ReviewReport clean = CaseFileReview.review(CaseFile.of(Cases.penaltyCase(PENALTY_CASE)),
                ReviewStandards.DEFAULT, reviewed);
        CaseEvent.StepPerformed none = step(StepKind.DECISION, "2026-10-19", CHEN).withRecords();
        ReviewReport missing = CaseFileReview.review(CaseFile.of(Cases.penaltyCase(penaltyWithDecision(none))),
                ReviewStandards.DEFAULT, reviewed);
        assertThat(missing.total()).isEqualTo(clean.total() - 5);
        assertThat(missing.defects()).singleElement()
                .satisfies(d -> assertThat(d.criterion().code()).isEqualTo("PROCEDURE.NOT_RECORDED"));

        assertThat(ReviewStandards.DEFAULT.criterionFor(ViolationKind.AUDIO_VIDEO_MISSING)).hasValueSatisfying(c -> {
            assertThat(c.isVeto()).isFalse();
            assertThat(c.deduction()).isEqualTo(10);
            assertThat(c.name().zh()).contains("解释");
        });
    }

    @Test
    void aStepMayRequireRecordsAndTheyAreOfItsEquality() {
        Step plain = ProcedureTemplates.PENALTY_ORDINARY.step(StepKind.NOTICE).orElseThrow();
        Step recorded = plain.records(RecordRequirement.text(plain.basis()));
        assertThat(plain.records()).isEmpty();
        assertThat(recorded.records()).hasSize(1);
        assertThat(recorded).isNotEqualTo(plain);
        assertThatThrownBy(() -> RecordRequirement.textOrAudioVideo(plain.basis()).anyOf().add(RecordKind.TEXT))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new RecordRequirement(java.util.Set.of(RecordKind.PARTY_SIGNATURE), plain.basis()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PARTY_SIGNATURE");
    }

    /** A seizure approved, notified and done on 2026-03-02, the seizure stating one record. */
    private static List<CaseEvent> seizure(RecordKind made) {
        return List.of(step(StepKind.HEAD_APPROVAL, "2026-03-02", CHEN), step(StepKind.PARTY_NOTIFIED, "2026-03-02",
                WANG), step(StepKind.SEIZURE, "2026-03-02", WANG, LI).withRecords(made));
    }

    @Test
    void nullsInRecordsAndRequirementsAreRefusedWithTheirNames() {
        io.github.quanze.basis.LegalBasis basis = io.github.quanze.basis.LegalBasis.of(io.github.quanze.basis.Provision.of(
                io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW, 47));
        java.util.Set<RecordKind> withNull = new java.util.HashSet<>();
        withNull.add(RecordKind.TEXT);
        withNull.add(null);
        assertThatThrownBy(() -> new CaseEvent.StepPerformed(StepKind.SEIZURE, LocalDate.of(2026, 3, 3),
                List.of(WANG), List.of(), java.util.Optional.empty(), java.util.Optional.of(withNull)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("records");
        assertThatThrownBy(() -> new RecordRequirement(null, basis))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("anyOf");
        assertThatThrownBy(() -> new RecordRequirement(withNull, basis))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("anyOf");
        withNull.remove(null);
        assertThat(new RecordRequirement(withNull, basis).anyOf())
                .containsExactly(RecordKind.TEXT);
    }
}
