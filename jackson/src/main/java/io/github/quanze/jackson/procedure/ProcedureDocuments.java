package io.github.quanze.jackson.procedure;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.jackson.timelimit.TimeLimitDocuments;
import io.github.quanze.procedure.CollectionGround;
import io.github.quanze.procedure.Condition;
import io.github.quanze.procedure.ExcludedActivity;
import io.github.quanze.procedure.Exclusion;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyLimit;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.RecordRequirement;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepDeadline;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.TimeLimit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 自定义执法程序 The document of an agency's own procedures: each procedure's steps, in order from the first,
 * with the role, officers, conditions, order, time limits and legal basis of each; the codecs of a step kind and a
 * step deadline that case documents use too.
 * <pre>
 * kind: procedures
 * version: 1
 * procedures:
 *   - name: {zh: 简易案件流程, en: simple case flow}
 *     steps:
 *       - kind: FILING
 *         role: HANDLER
 *         basis: [《中华人民共和国行政处罚法》第五十四条第二款]
 *       - kind: DECISION
 *         role: APPROVER
 *         basis: [《中华人民共和国行政处罚法》第五十七条第一款]
 *         after: [FILING]
 *         byHead: true
 *         deadline: {limit: {amount: 90, unit: DAYS}, from: FILING}
 * </pre>
 * {@code staffedBy}, the roles the agency's posts hold, is checked when read and not written: a procedure does not
 * keep it.
 */
public final class ProcedureDocuments {

    /** A step kind (环节), written as its constant name, such as {@code HEARING_NOTICE}. */
    static final Codec<StepKind> STEP_KIND = Codecs.enumOf(StepKind.class);

    /** A step's time limit and the step it is counted from (环节时限). */
    static final ObjectCodec<StepDeadline> STEP_DEADLINE = ObjectCodec
            .builder("stepDeadline", DeadlineDraft::new, DeadlineDraft::build)
            .description("环节时限 A time limit and the step it is counted from (or back from, for a backward limit)")
            .required("limit", TimeLimitDocuments.TIME_LIMIT, StepDeadline::limit, (d, v) -> d.limit = v)
            .required("from", STEP_KIND, StepDeadline::from, (d, v) -> d.from = v)
            .build();

    private static final ObjectCodec<Step.Separation> SEPARATION = ObjectCodec
            .builder("separation", SeparationDraft::new, SeparationDraft::build)
            .description("职能分离 Steps whose officers must not take part in this step")
            .list("steps", STEP_KIND, Step.Separation::steps, (d, v) -> d.steps.add(v))
            .required("basis", BasisDocuments.LEGAL_BASIS, Step.Separation::basis, (d, v) -> d.basis = v)
            .build();

    private static final ObjectCodec<Step.Deemed> DEEMED = ObjectCodec
            .builder("deemed", DeemedDraft::new, DeemedDraft::build)
            .description("视为 A step deemed done on the day of another unless a third comes within the limit")
            .required("limit", TimeLimitDocuments.TIME_LIMIT, Step.Deemed::limit, (d, v) -> d.limit = v)
            .required("from", STEP_KIND, Step.Deemed::from, (d, v) -> d.from = v)
            .required("unless", STEP_KIND, Step.Deemed::unless, (d, v) -> d.unless = v)
            .build();

    private static final ObjectCodec<Map<PartyType, BigDecimal>> MAX_FINE = maxFine();

    private static final ObjectCodec<PenaltyLimit> PENALTY_LIMIT = ObjectCodec
            .builder("penaltyLimit", LimitDraft::new, LimitDraft::build)
            .description("处罚限度 The penalties a procedure may decide, and the largest fine by kind of party")
            .list("kinds", Codecs.enumOf(PenaltyKind.class), PenaltyLimit::kinds, (d, v) -> d.kinds.add(v))
            .about("The largest fine in yuan for each kind of party; given exactly when FINE is among the kinds")
            .optional("maxFine", MAX_FINE, l -> l.maxFine().isEmpty() ? Optional.empty() : Optional.of(l.maxFine()),
                    (d, v) -> d.maxFine = v)
            .required("basis", BasisDocuments.LEGAL_BASIS, PenaltyLimit::basis, (d, v) -> d.basis = v)
            .build();

    private static final ObjectCodec<Exclusion> EXCLUSION = ObjectCodec
            .builder("exclusion", ExclusionDraft::new, ExclusionDraft::build)
            .description("不计入期限的期间 Periods not counted in the time limits of some steps")
            .required("basis", BasisDocuments.LEGAL_BASIS, Exclusion::basis, (d, v) -> d.basis = v)
            .about("The steps whose time limits the periods are not counted in")
            .list("limits", STEP_KIND, Exclusion::limits, (d, v) -> d.limits.add(v))
            .about("True where the party must be told in writing of the time not counted")
            .defaulted("writtenNotice", Codecs.BOOLEAN, Exclusion::writtenNotice, (d, v) -> d.writtenNotice = v,
                    false)
            .list("activities", Codecs.enumOf(ExcludedActivity.class), Exclusion::activities,
                    (d, v) -> d.activities.add(v))
            .build();

    /** A record a step must leave (记录要求): one of some kinds, on a basis. */
    private static final ObjectCodec<RecordRequirement> RECORD_REQUIREMENT = ObjectCodec
            .builder("recordRequirement", RequirementDraft::new, RequirementDraft::build)
            .description("记录要求 A record the step must leave: one of these kinds (TEXT, AUDIO_VIDEO)")
            .uniqueList("anyOf", Codecs.enumOf(RecordKind.class), RecordRequirement::anyOf, (d, v) -> d.anyOf.add(v))
            .required("basis", BasisDocuments.LEGAL_BASIS, RecordRequirement::basis, (d, v) -> d.basis = v)
            .build();

    /** A step of a procedure (环节). */
    static final ObjectCodec<Step> STEP = ObjectCodec
            .builder("step", StepDraft::new, StepDraft::build)
            .description("环节 A step of a procedure")
            .required("kind", STEP_KIND, Step::kind, (d, v) -> d.kind = v)
            .about("The role of the post whose officers perform the step")
            .required("role", Codecs.enumOf(PostRole.class), Step::role, (d, v) -> d.role = v)
            .required("basis", BasisDocuments.LEGAL_BASIS, Step::basis, (d, v) -> d.basis = v)
            .about("How many officers must perform the step")
            .defaulted("officers", Codecs.integer(1, Step.MAX_OFFICERS), Step::officers, (d, v) -> d.officers = v, 1)
            .about("True where every officer must hold a valid enforcement certificate")
            .defaulted("certified", Codecs.BOOLEAN, Step::isCertified, (d, v) -> d.certified = v, false)
            .about("When the step is required")
            .defaulted("condition", Codecs.enumOf(Condition.class), Step::condition, (d, v) -> d.condition = v,
                    Condition.ALWAYS)
            .about("The steps that must come before this one; the first step comes after none")
            .list("after", STEP_KIND, Step::after, (d, v) -> d.after.add(v))
            .list("separations", SEPARATION, Step::separations, (d, v) -> d.separations.add(v))
            .optional("deadline", STEP_DEADLINE, Step::deadline, (d, v) -> d.deadline = v)
            .about("The provision that lets the party waive the step")
            .optional("waiver", BasisDocuments.LEGAL_BASIS, Step::waiver, (d, v) -> d.waiver = v)
            .about("The step this one must be done on the spot with, on the same day")
            .optional("onTheSpotWith", STEP_KIND, Step::onTheSpotWith, (d, v) -> d.onTheSpotWith = v)
            .about("True where a head of the agency must perform the step")
            .defaulted("byHead", Codecs.BOOLEAN, Step::isByHead, (d, v) -> d.byHead = v, false)
            .about("True where the legal reviewer must hold the legal professional qualification")
            .defaulted("qualifiedLegalReviewer", Codecs.BOOLEAN, Step::isQualifiedLegalReviewer,
                    (d, v) -> d.qualifiedLegalReviewer = v, false)
            .about("What the step records, which the replay checks")
            .optional("content", StepContents.TYPE, Step::content, (d, v) -> d.content = v)
            .about("True where every performance of the step must record its content")
            .defaulted("contentRequired", Codecs.BOOLEAN, Step::isContentRequired, (d, v) -> d.contentRequired = v,
                    false)
            .optional("limit", PENALTY_LIMIT, Step::limit, (d, v) -> d.limit = v)
            .about("The grounds on which a fine may be collected on the spot")
            .list("collectionGrounds", Codecs.enumOf(CollectionGround.class), Step::collectionGrounds,
                    (d, v) -> d.collectionGrounds.add(v))
            .optional("deemed", DEEMED, Step::deemed, (d, v) -> d.deemed = v)
            .about("The provision that requires the party be told of an extension of the step's time limit")
            .optional("extensionNotice", BasisDocuments.LEGAL_BASIS, Step::extensionNotice,
                    (d, v) -> d.extensionNotice = v)
            .about("How the template reads the law where the law is silent")
            .optional("interpretation", TextDocuments.BILINGUAL, Step::interpretation, (d, v) -> d.interpretation = v)
            .about("The records the step must leave (全过程记录), checked against events that state their records")
            .list("records", RECORD_REQUIREMENT, Step::records, (d, v) -> d.records.add(v))
            .build();

    /** A procedure (执法程序). */
    static final ObjectCodec<Procedure> PROCEDURE = ObjectCodec
            .builder("procedure", ProcedureDraft::new, ProcedureDraft::build)
            .description("执法程序 A procedure: its steps in order, the first step first")
            .about("The name; a case record names its procedure by the Chinese name")
            .required("name", TextDocuments.BILINGUAL, Procedure::name, (d, v) -> d.name = v)
            .list("steps", STEP, Procedure::steps, (d, v) -> d.steps.add(v))
            .about("The time limit within which the party may ask for a hearing, and the step it is counted from")
            .optional("hearingRequest", STEP_DEADLINE, Procedure::hearingRequest, (d, v) -> d.hearingRequest = v)
            .list("exclusions", EXCLUSION, Procedure::exclusions, (d, v) -> d.exclusions.add(v))
            .about("The roles the agency's posts hold; every step's role must be among them. Checked, not written")
            .list("staffedBy", Codecs.enumOf(PostRole.class), p -> List.of(), (d, v) -> d.staffedBy.add(v))
            .build();

    private static final ObjectCodec<Procedures> PROCEDURE_LIST = ObjectCodec
            .builder("procedures", ListDraft::new, ListDraft::build)
            .list("procedures", PROCEDURE, Procedures::procedures, ListDraft::add)
            .build();

    /** 自定义执法程序 The document of an agency's own procedures. */
    public static final DocumentKind<Procedures> PROCEDURES = DocumentKind.of("procedures", 1, Procedures.class,
            "自定义执法程序 procedures", PROCEDURE_LIST);

    private ProcedureDocuments() {
    }

    private static ObjectCodec<Map<PartyType, BigDecimal>> maxFine() {
        ObjectCodec.Builder<Map<PartyType, BigDecimal>, Map<PartyType, BigDecimal>> b = ObjectCodec
                .builder("maxFine", () -> new EnumMap<>(PartyType.class), m -> Map.copyOf(m));
        b.description("罚款上限 The largest fine in yuan, by kind of party");
        for (PartyType party : PartyType.values()) {
            b.optional(party.name(), Codecs.DECIMAL, m -> Optional.ofNullable(m.get(party)), (m, v) -> m.put(party, v));
        }
        return b.build();
    }

    private static <E extends Enum<E>> E[] rest(List<E> list, E[] empty) {
        return list.subList(1, list.size()).toArray(empty);
    }

    private static final class DeadlineDraft {
        TimeLimit limit;
        StepKind from;

        StepDeadline build() {
            return new StepDeadline(limit, from);
        }
    }

    private static final class SeparationDraft {
        final Set<StepKind> steps = EnumSet.noneOf(StepKind.class);
        LegalBasis basis;

        Step.Separation build() {
            return new Step.Separation(steps, basis);
        }
    }

    private static final class DeemedDraft {
        TimeLimit limit;
        StepKind from;
        StepKind unless;

        Step.Deemed build() {
            return new Step.Deemed(limit, from, unless);
        }
    }

    private static final class LimitDraft {
        final Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        Map<PartyType, BigDecimal> maxFine = Map.of();
        LegalBasis basis;

        PenaltyLimit build() {
            return new PenaltyLimit(kinds, maxFine, basis);
        }
    }

    private static final class ExclusionDraft {
        LegalBasis basis;
        final Set<StepKind> limits = EnumSet.noneOf(StepKind.class);
        boolean writtenNotice;
        final Set<ExcludedActivity> activities = EnumSet.noneOf(ExcludedActivity.class);

        Exclusion build() {
            return Exclusion.of(basis, limits, writtenNotice, activities);
        }
    }

    private static final class StepDraft {
        StepKind kind;
        PostRole role;
        LegalBasis basis;
        int officers = 1;
        boolean certified;
        Condition condition = Condition.ALWAYS;
        final List<StepKind> after = new ArrayList<>();
        final List<Step.Separation> separations = new ArrayList<>();
        StepDeadline deadline;
        LegalBasis waiver;
        StepKind onTheSpotWith;
        boolean byHead;
        boolean qualifiedLegalReviewer;
        Class<? extends io.github.quanze.procedure.StepContent> content;
        boolean contentRequired;
        PenaltyLimit limit;
        final List<CollectionGround> collectionGrounds = new ArrayList<>();
        Step.Deemed deemed;
        LegalBasis extensionNotice;
        BilingualText interpretation;
        final List<RecordRequirement> records = new ArrayList<>();

        Step build() {
            if (contentRequired && content == null) {
                throw new IllegalArgumentException("Step " + kind + ": contentRequired needs the content the step "
                        + "records");
            }
            Step s = Step.of(kind, role, basis);
            s = officers == 1 ? s : s.officers(officers);
            s = certified ? s.certified() : s;
            s = condition == Condition.ALWAYS ? s : s.when(condition);
            s = after.isEmpty() ? s : s.after(after.get(0), rest(after, new StepKind[0]));
            for (Step.Separation sep : separations) {
                List<StepKind> steps = List.copyOf(sep.steps());
                s = s.separateFrom(sep.basis(), steps.get(0), rest(steps, new StepKind[0]));
            }
            s = deadline == null ? s : s.within(deadline.limit(), deadline.from());
            s = waiver == null ? s : s.waivable(waiver);
            s = onTheSpotWith == null ? s : s.onTheSpotWith(onTheSpotWith);
            s = byHead ? s.byHead() : s;
            s = qualifiedLegalReviewer ? s.qualifiedLegalReviewer() : s;
            s = content == null ? s : s.recording(content, contentRequired);
            s = limit == null ? s : s.limitedTo(limit);
            s = collectionGrounds.isEmpty() ? s
                    : s.collectingOn(collectionGrounds.get(0), rest(collectionGrounds, new CollectionGround[0]));
            s = deemed == null ? s : s.deemed(deemed.limit(), deemed.from(), deemed.unless());
            s = extensionNotice == null ? s : s.extensionNotice(extensionNotice);
            s = interpretation == null ? s : s.interpretation(interpretation);
            return records.isEmpty() ? s : s.records(records.get(0),
                    records.subList(1, records.size()).toArray(new RecordRequirement[0]));
        }
    }

    private static final class RequirementDraft {
        final Set<RecordKind> anyOf = EnumSet.noneOf(RecordKind.class);
        LegalBasis basis;

        RecordRequirement build() {
            return new RecordRequirement(anyOf, basis);
        }
    }

    private static final class ProcedureDraft {
        BilingualText name;
        final List<Step> steps = new ArrayList<>();
        StepDeadline hearingRequest;
        final List<Exclusion> exclusions = new ArrayList<>();
        final Set<PostRole> staffedBy = EnumSet.noneOf(PostRole.class);

        Procedure build() {
            Procedure.Builder b = Procedure.builder(name).step(steps.toArray(Step[]::new));
            if (hearingRequest != null) {
                b.hearingRequest(hearingRequest.limit(), hearingRequest.from());
            }
            exclusions.forEach(b::exclusion);
            if (!staffedBy.isEmpty()) {
                b.staffedBy(staffedBy);
            }
            return b.build();
        }
    }

    private static final class ListDraft {
        final List<Procedure> procedures = new ArrayList<>();

        /** Adds a procedure, refusing a name given already, so the error names the second. */
        void add(Procedure procedure) {
            List<Procedure> with = new ArrayList<>(procedures);
            with.add(procedure);
            new Procedures(with);
            procedures.add(procedure);
        }

        Procedures build() {
            return new Procedures(procedures);
        }
    }
}
