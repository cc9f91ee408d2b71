package io.github.quanze.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.timelimit.PeriodUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;

/**
 * The details a referral violation or note carries (行政执法机关移送涉嫌犯罪案件的规定): each kind's schema, computed
 * afresh, is the one violations and notes are checked against, and names what its message renders.
 */
class ReferralSchemasTest {

    private static final List<ViolationKind> REFERRAL_VIOLATIONS = List.of(ViolationKind.NOT_REFERRED,
            ViolationKind.PENALTY_INSTEAD_OF_REFERRAL, ViolationKind.LATE_REFERRAL, ViolationKind.LATE_HANDOVER,
            ViolationKind.REFERRAL_MATERIALS_MISSING, ViolationKind.SEIZED_ITEMS_NOT_TRANSFERRED,
            ViolationKind.LEAD_NOT_REFERRED);
    private static final List<NoteKind> REFERRAL_NOTES = List.of(NoteKind.LATE_RECONSIDERATION_REQUEST,
            NoteKind.POLICE_LATE, NoteKind.PENALTY_PENDING_REFERRAL, NoteKind.PENALTY_BEFORE_REFERRAL,
            NoteKind.PENALTY_WAITS_ON_REFERRAL, NoteKind.PENALTY_WHILE_REFERRED);

    @Example
    void eachReferralKindsSchemaIsTheOneItIsCheckedAgainst() {
        for (ViolationKind kind : REFERRAL_VIOLATIONS) {
            assertThat(ReferralMessages.schema(kind)).as("%s", kind).isNotNull().isEqualTo(ProcedureSchemas.of(kind));
        }
        for (NoteKind kind : REFERRAL_NOTES) {
            assertThat(ReferralMessages.schema(kind)).as("%s", kind).isNotNull().isEqualTo(ProcedureSchemas.of(kind));
        }
        // a kind the referral messages do not render carries nothing of theirs
        assertThat(ReferralMessages.schema(ViolationKind.MISSING_STEP)).isEqualTo(ParameterSchema.none());
        assertThat(ReferralMessages.schema(NoteKind.WAIVED)).isEqualTo(ParameterSchema.none());
    }

    @Example
    void violationSchemasNameTheirDetails() {
        assertThat(required(ReferralMessages.schema(ViolationKind.NOT_REFERRED))).isEqualTo(Map.of(
                "found", LocalDate.class, "referralKind", ReferralKind.class, "closing", StepKind.class));
        assertThat(ReferralMessages.schema(ViolationKind.NOT_REFERRED).optional()).containsOnlyKeys("missing");
        assertThat(required(ReferralMessages.schema(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL))).isEqualTo(Map.of(
                "penalties", List.class, "found", LocalDate.class, "decided", LocalDate.class,
                "closing", StepKind.class));
        assertThat(ReferralMessages.schema(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL).optional())
                .containsOnlyKeys("fine", "missing");
        assertThat(required(ReferralMessages.schema(ViolationKind.LATE_REFERRAL))).isEqualTo(Map.of(
                "amount", Long.class, "unit", PeriodUnit.class, "backward", Boolean.class, "stage", StepKind.class,
                "from", LocalDate.class));
        assertThat(ReferralMessages.schema(ViolationKind.LATE_REFERRAL).optional())
                .containsOnlyKeys("done", "fromTime", "doneTime");
        assertThat(required(ReferralMessages.schema(ViolationKind.LATE_HANDOVER))).containsOnlyKeys("amount", "unit",
                "backward", "filed");
        assertThat(required(ReferralMessages.schema(ViolationKind.REFERRAL_MATERIALS_MISSING)))
                .isEqualTo(Map.of("authority", String.class, "missing", List.class));
        assertThat(required(ReferralMessages.schema(ViolationKind.SEIZED_ITEMS_NOT_TRANSFERRED)))
                .isEqualTo(Map.of("authority", String.class));
        assertThat(required(ReferralMessages.schema(ViolationKind.LEAD_NOT_REFERRED)))
                .isEqualTo(Map.of("found", LocalDate.class, "closing", StepKind.class));
    }

    @Example
    void noteSchemasNameTheirDetails() {
        assertThat(required(ReferralMessages.schema(NoteKind.LATE_RECONSIDERATION_REQUEST))).containsOnlyKeys(
                "amount", "unit", "backward", "notified", "due");
        assertThat(required(ReferralMessages.schema(NoteKind.POLICE_LATE))).containsOnlyKeys("amount", "unit",
                "backward", "answer", "authority", "from", "due");
        assertThat(required(ReferralMessages.schema(NoteKind.PENALTY_PENDING_REFERRAL)))
                .isEqualTo(Map.of("penalties", List.class, "found", LocalDate.class));
        assertThat(ReferralMessages.schema(NoteKind.PENALTY_PENDING_REFERRAL).optional())
                .isEqualTo(Map.of("fine", BigDecimal.class));
        assertThat(ReferralMessages.schema(NoteKind.PENALTY_PENDING_REFERRAL).elementTypes())
                .containsEntry("penalties", PenaltyKind.class);
        assertThat(required(ReferralMessages.schema(NoteKind.PENALTY_BEFORE_REFERRAL)))
                .containsOnlyKeys("penalties", "referred");
        assertThat(ReferralMessages.schema(NoteKind.PENALTY_BEFORE_REFERRAL).optional())
                .containsOnlyKeys("fine", "continuing");
        assertThat(required(ReferralMessages.schema(NoteKind.PENALTY_WHILE_REFERRED)))
                .containsOnlyKeys("penalties", "referred");
        assertThat(required(ReferralMessages.schema(NoteKind.PENALTY_WAITS_ON_REFERRAL)))
                .isEqualTo(Map.of("from", LocalDate.class));
        assertThat(ReferralMessages.schema(NoteKind.PENALTY_WAITS_ON_REFERRAL).optional())
                .containsOnlyKeys("back", "referred");
    }

    private static Map<String, Class<?>> required(ParameterSchema schema) {
        return schema.required();
    }
}
