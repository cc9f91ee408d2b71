package io.github.quanze.benchmarks;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.Leadership;
import io.github.quanze.power.PowerKind;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.ExcludedActivity;
import io.github.quanze.procedure.StepKind;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer of {@link DocumentReadBenchmark}: plain Java records that mirror quanze's documents field by field, read
 * with plain Jackson 3 databind ({@link JsonMapper#readValue}) and nothing else — the limit a user could reach
 * reading the same JSON without validation.
 * <p>
 * Each record has the fields of the document, in the same nesting: lists as {@code List}, days as
 * {@code LocalDate} (databind reads java.time without a module in Jackson 3), enumerations as the library's own enums,
 * ids and references as strings (nothing is resolved), the event of a case as a polymorphic type named by its
 * {@code type} field. Two fields that quanze reads as one of two shapes are mirrored by the shape the generated
 * documents use: a citation is a string (quanze also reads {@code {citation, edition}}) and a certificate status's
 * reason is a string (quanze also reads {@code {zh, en}}). A step's {@code content}, absent from the generated
 * histories, is a {@link JsonNode}.
 */
public final class DocumentMirrors {

    private DocumentMirrors() {
    }

    /** The mapper of the peer: Jackson 3's defaults. */
    public static JsonMapper mapper() {
        return JsonMapper.builder().build();
    }

    /** A power catalogue document. */
    public record PowerCatalogueDoc(String kind, int version, String name, String agency, LocalDate date,
            List<PowerDoc> powers) {
    }

    /** A power. */
    public record PowerDoc(String code, PowerKind kind, String subKind, String name, String implementingAgency,
            String enforcementArea, List<String> basis, List<ResponsibilityItemDoc> responsibilityItems,
            List<AccountabilityClauseDoc> accountabilityClauses) {
    }

    /** A responsibility item. */
    public record ResponsibilityItemDoc(String stage, String duty) {
    }

    /** An accountability clause. */
    public record AccountabilityClauseDoc(String situation, List<String> basis) {
    }

    /** An organization document. */
    public record OrganizationDoc(String kind, int version, List<AgencyDoc> agencies, List<UnitDoc> units,
            List<PostDoc> posts, List<OfficerDoc> officers, List<CredentialDoc> credentials) {
    }

    /** An agency. */
    public record AgencyDoc(String id, String name) {
    }

    /** A unit. */
    public record UnitDoc(String id, String agency, String name) {
    }

    /** A post. */
    public record PostDoc(String id, String unit, String name, List<String> duties, Leadership leadership) {
    }

    /** An officer. */
    public record OfficerDoc(String id, String name, String agency, List<String> posts, LocalDate legalQualification,
            LocalDate legalReviewerSince) {
    }

    /** An enforcement certificate. */
    public record CredentialDoc(String number, String holder, String issuingAuthority, List<String> areas,
            LocalDate validFrom, LocalDate validUntil, List<StatusChangeDoc> statusChanges) {
    }

    /** A change of a certificate's status. */
    public record StatusChangeDoc(LocalDate date, CredentialStatus status, String reason) {
    }

    /** An allocation table document. */
    public record AllocationTableDoc(String kind, int version, String agency, List<AllocationDoc> allocations) {
    }

    /** An allocation. */
    public record AllocationDoc(String power, String post, PostRole role, boolean lead) {
    }

    /** A case record document. */
    public record CaseRecordDoc(String kind, int version, String id, String procedure, String area,
            LocalDate opened, List<CaseGround> grounds, boolean hearingEligible, List<EventDoc> events) {
    }

    /** An event of a case, its {@code type} first. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PerformedDoc.class, name = "PERFORMED"),
        @JsonSubTypes.Type(value = HearingRequestedDoc.class, name = "HEARING_REQUESTED"),
        @JsonSubTypes.Type(value = WaivedDoc.class, name = "WAIVED"),
        @JsonSubTypes.Type(value = SuspendedDoc.class, name = "SUSPENDED"),
        @JsonSubTypes.Type(value = ResumedDoc.class, name = "RESUMED"),
        @JsonSubTypes.Type(value = ExtendedDoc.class, name = "EXTENDED")})
    public sealed interface EventDoc permits PerformedDoc, HearingRequestedDoc, WaivedDoc, SuspendedDoc, ResumedDoc,
            ExtendedDoc {
    }

    /** A step performed. */
    public record PerformedDoc(StepKind step, LocalDate date, List<String> officers, List<String> documents,
            JsonNode content) implements EventDoc {
    }

    /** A hearing requested. */
    public record HearingRequestedDoc(LocalDate date) implements EventDoc {
    }

    /** A step waived. */
    public record WaivedDoc(StepKind step, LocalDate date) implements EventDoc {
    }

    /** A suspension. */
    public record SuspendedDoc(LocalDate date, ExcludedActivity activity, LocalDate notified) implements EventDoc {
    }

    /** A resumption. */
    public record ResumedDoc(LocalDate date) implements EventDoc {
    }

    /** An extension. */
    public record ExtendedDoc(StepKind step, int amount, String approver, LocalDate date, LocalDate notified)
            implements EventDoc {
    }
}
