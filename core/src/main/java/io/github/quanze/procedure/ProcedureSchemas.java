package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.internal.Texts;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.PeriodUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each kind of violation and note carries beyond its kind, step, date and people (程序检查发现的参数): the
 * names and types of its {@code details}. {@link ProcedureViolation} and {@link CaseNote} check their details against
 * these when they are made, and {@link ProcedureMessages} renders from them.
 */
final class ProcedureSchemas {

    /** A time limit as data: how many, of which unit, and whether counted back from its event. */
    private static final ParameterSchema LIMIT = ParameterSchema.none().require("amount", Long.class)
            .require("unit", PeriodUnit.class).require("backward", Boolean.class);
    /** An extension as data: how much, in the limit's unit. */
    private static final ParameterSchema EXTENSION = ParameterSchema.none().require("amount", Long.class)
            .require("unit", PeriodUnit.class);
    /** A penalty decided for an act: the violation item, the kinds and the fine, if any. */
    private static final ParameterSchema PENALTY = ParameterSchema.none().require("item", String.class)
            .requireList("penalties", PenaltyKind.class).allow("fine", BigDecimal.class);
    /** A fine for an act against a range: the item, the fine, the range and the base it was computed on, if any. */
    private static final ParameterSchema FINE = ParameterSchema.none().require("item", String.class)
            .require("fine", BigDecimal.class).require("min", BigDecimal.class).require("max", BigDecimal.class)
            .allow("base", BigDecimal.class);
    /** The kinds that concern one officer's own act, and so name exactly that officer. */
    private static final Set<ViolationKind> ONE_PERSON = EnumSet.of(ViolationKind.UNCERTIFIED_OFFICER,
            ViolationKind.NOT_SEPARATED, ViolationKind.UNQUALIFIED_LEGAL_REVIEWER, ViolationKind.EXTENSION_NOT_BY_HEAD,
            ViolationKind.REFERRAL_NOT_BY_PRINCIPAL);

    private static final Map<ViolationKind, ParameterSchema> VIOLATIONS = new EnumMap<>(ViolationKind.class);
    private static final Map<NoteKind, ParameterSchema> NOTES = new EnumMap<>(NoteKind.class);

    static {
        for (ViolationKind kind : ViolationKind.values()) {
            VIOLATIONS.put(kind, schema(kind));
        }
        for (NoteKind kind : NoteKind.values()) {
            NOTES.put(kind, schema(kind));
        }
    }

    private ProcedureSchemas() {}

    /**
     * Checks the details of a violation or note against its kind's schema, and then the values a schema's types
     * cannot say: a time limit's or extension's {@code amount} and a {@code cap} are 1 to {@link Integer#MAX_VALUE}
     * (a time limit holds an int), an officer count is not negative, an enforcement {@code area} and a
     * {@code credential} number are lines of text, as a certification holds them, a violation {@code item}, a
     * {@code standard}'s 文号 and a {@code row} id are lines of text, and a list of penalties or grounds is not
     * empty.
     *
     * @param code  the code of the violation or note, for messages, not null
     * @param schema  its kind's schema, not null
     * @param details  the details, not null
     * @throws IllegalArgumentException naming the code, the parameter and the value
     */
    static void check(String code, ParameterSchema schema, Parameters details) {
        schema.check(code, details);
        for (String name : List.of("amount", "cap")) {
            if (details.has(name)) {
                long n = details.number(name);
                checkArgument(n >= 1 && n <= Integer.MAX_VALUE, "%s: parameter '%s' must be 1 to %s, but was %s",
                        code, name, Integer.MAX_VALUE, n);
            }
        }
        for (String name : List.of("officers", "required")) {
            if (details.has(name)) {
                long n = details.number(name);
                checkArgument(n >= 0 && n <= Integer.MAX_VALUE, "%s: parameter '%s' must be 0 to %s, but was %s",
                        code, name, Integer.MAX_VALUE, n);
            }
        }
        if (details.has("area")) {
            Texts.normalizeTerm(code + ": parameter 'area'", details.text("area"));
        }
        if (details.has("credential")) {
            Texts.checkLine(code + ": parameter 'credential'", details.text("credential"));
        }
        for (String name : List.of("item", "standard", "row", "setAside", "setAsideRow")) {
            if (details.has(name)) {
                Texts.checkLine(code + ": parameter '" + name + "'", details.text(name));
            }
        }
        for (String name : List.of("penalties", "notAllowed", "allowed", "grounds", "anyOf", "issues")) {
            checkArgument(!details.has(name) || !details.list(name).isEmpty(), "%s: parameter '%s' must list at "
                    + "least one element", code, name);
        }
    }

    /**
     * Returns the details a violation of a kind carries.
     *
     * @param kind  the kind, not null
     * @return the schema, not null
     */
    static ParameterSchema of(ViolationKind kind) {
        return VIOLATIONS.get(kind);
    }

    /**
     * Returns the details a note of a kind carries.
     *
     * @param kind  the kind, not null
     * @return the schema, not null
     */
    static ParameterSchema of(NoteKind kind) {
        return NOTES.get(kind);
    }

    private static ParameterSchema schema(ViolationKind kind) {
        switch (kind) {
            case MISSING_STEP:
                return ParameterSchema.none().require("closing", StepKind.class);
            case WRONG_ORDER:
                return ParameterSchema.none().require("before", StepKind.class);
            case TOO_FEW_OFFICERS:
                return ParameterSchema.none().require("officers", Long.class).require("required", Long.class);
            case UNCERTIFIED_OFFICER:
                return ParameterSchema.none().require("area", String.class)
                        .require("outcome", CertificationOutcome.class).allow("credential", String.class);
            case NOT_SEPARATED:
                return ParameterSchema.none().require("other", StepKind.class);
            case NOT_ON_THE_SPOT:
                return ParameterSchema.none().require("with", StepKind.class).require("withOn", LocalDate.class);
            case BEYOND_PROCEDURE:
                return ParameterSchema.none().require("procedure", BilingualText.class)
                        .require("party", PartyType.class).requireList("penalties", PenaltyKind.class)
                        .allow("fine", BigDecimal.class).allow("maxFine", BigDecimal.class);
            case COLLECTION_NOT_ALLOWED:
                return ParameterSchema.none().require("collected", BigDecimal.class)
                        .require("ground", CollectionGround.class).require("fine", BigDecimal.class)
                        .require("procedure", BilingualText.class).require("groundAllowed", Boolean.class);
            case REFUSAL_WITHOUT_REASONS:
                return ParameterSchema.none().require("reasonsGiven", Boolean.class)
                        .require("remediesTold", Boolean.class);
            case MISSED_DEADLINE:
                return LIMIT.require("from", StepKind.class);
            case EXTENSION_NOT_ALLOWED:
                return EXTENSION.allow("periodBegan", LocalDate.class).allow("periodEnded", LocalDate.class);
            case EXTENSION_WITHOUT_APPROVAL:
            case EXTENSION_NOT_BY_HEAD:
                return EXTENSION.require("approver", String.class);
            case EXTENSION_OVER_CAP:
                return EXTENSION.require("cap", Long.class);
            case EXTENSION_NOT_NOTIFIED:
                return EXTENSION;
            case EXCLUSION_NOT_NOTIFIED:
                return ParameterSchema.none().require("activity", ExcludedActivity.class);
            case PENALTY_AFTER_LIMITATION:
                return PENALTY.require("start", LocalDate.class).require("lastDay", LocalDate.class)
                        .require("discovered", LocalDate.class);
            case PENALTY_NOT_ALLOWED:
                return PENALTY.require("disposition", Disposition.class).requireList("grounds", RulingGround.class)
                        .allow("standard", String.class);
            case PENALTY_AGAINST_STANDARD:
                return PENALTY.require("disposition", Disposition.class).allowList("grounds", RulingGround.class)
                        .require("standard", String.class).allow("row", String.class);
            case KIND_NOT_ALLOWED:
                return PENALTY.requireList("notAllowed", PenaltyKind.class).requireList("allowed", PenaltyKind.class)
                        .require("mitigable", Boolean.class);
            case FINE_OUTSIDE_STATUTORY_RANGE:
                return FINE;
            case FINE_OUTSIDE_TIER:
                return FINE.require("tier", TierLevel.class).require("row", String.class)
                        .require("standard", String.class).allow("setAside", String.class)
                        .allow("setAsideRow", String.class).allow("setAsideMin", BigDecimal.class)
                        .allow("setAsideMax", BigDecimal.class);
            case SECOND_FINE:
                return ParameterSchema.none().require("item", String.class).require("act", LocalDate.class)
                        .require("fine", BigDecimal.class).require("first", LocalDate.class)
                        .require("earlier", BigDecimal.class);
            case RECORD_MISSING:
            case AUDIO_VIDEO_MISSING:
                return ParameterSchema.none().requireList("anyOf", RecordKind.class)
                        .requireList("made", RecordKind.class);
            case PUBLICATION_OVERDUE:
                return LIMIT.require("from", StepKind.class).require("decided", LocalDate.class);
            case LATE_WITHDRAWAL:
                return LIMIT.require("outcome", Overturn.class).require("by", Overturn.Forum.class)
                        .require("overturned", LocalDate.class).allow("published", LocalDate.class);
            case WITHDRAWN_WITHOUT_REASONS:
                return ParameterSchema.none().require("outcome", Overturn.class).require("by", Overturn.Forum.class)
                        .require("overturned", LocalDate.class);
            case DECIDED_AGAINST_REVIEW:
                return ParameterSchema.none().require("reviewed", LocalDate.class)
                        .requireList("issues", ReviewAspect.class).allow("licence", Boolean.class);
            case NOT_REFERRED:
            case PENALTY_INSTEAD_OF_REFERRAL:
            case LATE_REFERRAL:
            case LATE_HANDOVER:
            case REFERRAL_MATERIALS_MISSING:
            case SEIZED_ITEMS_NOT_TRANSFERRED:
            case LEAD_NOT_REFERRED:
                return ReferralMessages.schema(kind);
            default:
                // UNQUALIFIED_LEGAL_REVIEWER, NOT_BY_HEAD, RECORD_NOT_ATTESTED, REFERRAL_REFUSED_WITHOUT_REASONS,
                // REFERRAL_NOT_BY_PRINCIPAL: the step, day and people say it all
                return ParameterSchema.none();
        }
    }

    private static ParameterSchema schema(NoteKind kind) {
        switch (kind) {
            case LATE_HEARING_REQUEST:
                return LIMIT.require("due", LocalDate.class);
            case EXCLUSION_NOT_ALLOWED:
                return ParameterSchema.none().require("activity", ExcludedActivity.class)
                        .require("procedure", BilingualText.class);
            case DEEMED_STEP:
                return LIMIT.require("from", StepKind.class).require("unless", StepKind.class)
                        .require("due", LocalDate.class).require("deemedOn", LocalDate.class);
            case LATE_RECONSIDERATION_REQUEST:
            case POLICE_LATE:
            case PENALTY_PENDING_REFERRAL:
            case PENALTY_BEFORE_REFERRAL:
            case PENALTY_WAITS_ON_REFERRAL:
            case PENALTY_WHILE_REFERRED:
                return ReferralMessages.schema(kind);
            default:
                return ParameterSchema.none();
        }
    }

    /**
     * Returns whether a violation of a kind concerns one officer's own act, and so names exactly that officer.
     *
     * @param kind  the kind, not null
     * @return true for an uncertified officer, one not kept apart, an unqualified legal reviewer, and an extension
     *         approved by someone not a head
     */
    static boolean isAboutOnePerson(ViolationKind kind) {
        return ONE_PERSON.contains(kind);
    }
}
