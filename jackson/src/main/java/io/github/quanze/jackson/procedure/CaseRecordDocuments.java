package io.github.quanze.jackson.procedure;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Position;
import io.github.quanze.jackson.codec.Schemas;
import io.github.quanze.jackson.codec.UnionCodec;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.jackson.timelimit.TimeLimitDocuments;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ExcludedActivity;
import io.github.quanze.procedure.Overturn;
import io.github.quanze.procedure.PoliceAnswer;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.ReferralKind;
import io.github.quanze.procedure.ReviewCatalogue;
import io.github.quanze.procedure.StepContent;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.TransferOrigin;
import io.github.quanze.procedure.TransferReason;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ObjectNode;

/**
 * 案件记录 The document of a case record: the case's procedure, named by its Chinese name, its grounds, and its
 * events in the order they were recorded, each with its {@code type} first.
 * <p>
 * References resolve against the reader's context: the procedure against the {@link Procedures} given, then the
 * library's templates; officers against the {@link Organization} given (required); the calendar is the
 * {@link WorkingDayCalendar} given, else the national one. An unknown procedure or officer is an error at the
 * reference. The events are checked by the case record when it is built, and an event the record refuses (a step the
 * procedure lacks, an event after closing, a publication before the decision) is an error at that event. A case may
 * carry the rule its decision is published by ({@code publication}) and the agency's list of decisions for legality
 * review ({@code reviewCatalogue}); a performed step may state the records made ({@code records}: absent where the
 * event does not say, {@code []} where none was made). A case transferred to another agency ends with a
 * {@code TRANSFERRED} event ({@code date}, {@code to}, {@code reason}, {@code officers}); the receiving agency's record
 * names where it came from in {@code transferredFrom} ({@code agency}, {@code caseId}, {@code date}), and a case of a
 * joint operation names it in {@code operation}. Case records are also read as JSON lines, one case per line, with
 * {@code DocumentReader.readAll}.
 * <pre>
 * kind: case-record
 * version: 1
 * id: 示烟罚〔2026〕37号
 * procedure: 行政处罚普通程序
 * area: 烟草专卖
 * opened: 2026-09-01
 * events:
 *   - {type: PERFORMED, step: FILING, date: 2026-09-01, officers: [H-01]}
 *   - {type: HEARING_REQUESTED, date: 2026-09-21}
 * </pre>
 */
public final class CaseRecordDocuments {

    private static final Codec<OfficerId> OFFICER = OrganizationDocuments.OFFICER_REFERENCE;

    private static final Codec<Procedure> PROCEDURE = new ProcedureCodec();

    /** The kinds of record an event states, as a list of constant names, each at most once. */
    private static final Codec<Set<RecordKind>> RECORD_KINDS = uniqueItems(Codecs.listOf(
            Codecs.enumOf(RecordKind.class)).map(CaseRecordDocuments::kinds, List::copyOf));

    private static final ObjectCodec<CaseEvent.StepPerformed> PERFORMED = ObjectCodec
            .builder("performed", PerformedDraft::new, PerformedDraft::build)
            .description("环节实施 A step performed, by whom, with the documents made and what it records")
            .required("step", ProcedureDocuments.STEP_KIND, CaseEvent.StepPerformed::step, (d, v) -> d.step = v)
            .required("date", Codecs.DATE, CaseEvent.StepPerformed::date, (d, v) -> d.date = v)
            .about("The ids of the officers who performed the step, at least one")
            .list("officers", OFFICER, CaseEvent.StepPerformed::officers, (d, v) -> d.officers.add(v))
            .about("The names of the documents made, such as 询问笔录")
            .list("documents", Codecs.STRING, CaseEvent.StepPerformed::documents, (d, v) -> d.documents.add(v))
            .optional("content", StepContents.CONTENT, CaseEvent.StepPerformed::content, (d, v) -> d.content = v)
            .about("The kinds of record made of the step (TEXT, AUDIO_VIDEO, PARTY_SIGNATURE, WITNESS_SIGNATURE); "
                    + "absent where the event does not say, [] where none was made")
            .optional("records", RECORD_KINDS, CaseEvent.StepPerformed::records, (d, v) -> d.records = v)
            .build();

    private static final ObjectCodec<CaseEvent.Published> PUBLISHED = ObjectCodec
            .builder("published", PublishedDraft::new, d -> new CaseEvent.Published(d.date,
                    Optional.ofNullable(d.channel)))
            .description("公开 The decision's information made public")
            .required("date", Codecs.DATE, CaseEvent.Published::date, (d, v) -> d.date = v)
            .about("Where it was published, such as the agency's website")
            .optional("channel", Codecs.STRING, CaseEvent.Published::channel, (d, v) -> d.channel = v)
            .build();

    private static final ObjectCodec<CaseEvent.Withdrawn> WITHDRAWN = ObjectCodec
            .builder("withdrawn", WithdrawnDraft::new, d -> new CaseEvent.Withdrawn(d.date, d.reasonsStated))
            .description("撤回 The published decision information withdrawn")
            .required("date", Codecs.DATE, CaseEvent.Withdrawn::date, (d, v) -> d.date = v)
            .about("Whether the reasons were made public with the withdrawal")
            .required("reasonsStated", Codecs.BOOLEAN, CaseEvent.Withdrawn::reasonsStated,
                    (d, v) -> d.reasonsStated = v)
            .build();

    /**
     * A ruling that changed, revoked, found illegal or found void a decision (决定被纠正), as a case record's event
     * gives it; also read by other documents that record a ruling, such as a published decision's.
     */
    public static final ObjectCodec<CaseEvent.Overturned> OVERTURNED = ObjectCodec
            .builder("overturned", OverturnedDraft::new, d -> new CaseEvent.Overturned(d.date, d.outcome, d.by))
            .description("决定被纠正 The decision changed, revoked, found illegal or found void (行政处罚法 Art 48 "
                    + "第二款)")
            .about("The day the ruling took effect")
            .required("date", Codecs.DATE, CaseEvent.Overturned::date, (d, v) -> d.date = v)
            .required("outcome", Codecs.enumOf(Overturn.class), CaseEvent.Overturned::outcome,
                    (d, v) -> d.outcome = v)
            .required("by", Codecs.enumOf(Overturn.Forum.class), CaseEvent.Overturned::by, (d, v) -> d.by = v)
            .build();

    /**
     * The rule a case's decision is published by (公开规则), as a case record's {@code publication} gives it; also
     * read by other documents that carry such a rule, such as a published decision's.
     */
    public static final ObjectCodec<PublicationRule> PUBLICATION_RULE = ObjectCodec
            .builder("publicationRule", RuleDraft::new, d -> new PublicationRule(d.decision, d.within,
                    Optional.ofNullable(d.withdrawal), d.basis))
            .description("公开规则 The step that is the decision, the time to publish it, and the time to withdraw it "
                    + "once overturned")
            .required("decision", ProcedureDocuments.STEP_KIND, PublicationRule::decision, (d, v) -> d.decision = v)
            .required("within", TimeLimitDocuments.TIME_LIMIT, PublicationRule::within, (d, v) -> d.within = v)
            .optional("withdrawal", TimeLimitDocuments.TIME_LIMIT, PublicationRule::withdrawal,
                    (d, v) -> d.withdrawal = v)
            .required("basis", BasisDocuments.LEGAL_BASIS, PublicationRule::basis, (d, v) -> d.basis = v)
            .build();

    private static final ObjectCodec<ReviewCatalogue.Entry> CATALOGUE_ENTRY = ObjectCodec
            .builder("catalogueEntry", EntryDraft::new, EntryDraft::build)
            .description("目录清单事项 An entry of the list, with exactly one trigger")
            .required("name", Codecs.STRING, ReviewCatalogue.Entry::name, (d, v) -> d.name = v)
            .about("A fine of at least this many yuan")
            .optional("fineAtLeast", Codecs.DECIMAL, ReviewCatalogue.Entry::fineAtLeast, (d, v) -> d.fineAtLeast = v)
            .about("Any of these kinds of penalty")
            .uniqueList("penalties", Codecs.enumOf(PenaltyKind.class), ReviewCatalogue.Entry::penalties,
                    (d, v) -> d.penalties.add(v))
            .about("True where every licensing decision is listed")
            .defaulted("licences", Codecs.BOOLEAN, ReviewCatalogue.Entry::licences, (d, v) -> d.licences = v, false)
            .about("Every case of a procedure with this step")
            .optional("step", ProcedureDocuments.STEP_KIND, ReviewCatalogue.Entry::step, (d, v) -> d.step = v)
            .build();

    /** The agency's list of major decisions that need a legality review (重大执法决定法制审核目录清单). */
    static final ObjectCodec<ReviewCatalogue> REVIEW_CATALOGUE = ObjectCodec
            .builder("reviewCatalogue", CatalogueDraft::new, d -> new ReviewCatalogue(d.name, d.entries))
            .description("重大执法决定法制审核目录清单 The decisions the agency lists for legality review")
            .required("name", Codecs.STRING, ReviewCatalogue::name, (d, v) -> d.name = v)
            .list("entries", CATALOGUE_ENTRY, ReviewCatalogue::entries, (d, v) -> d.entries.add(v))
            .build();

    private static final ObjectCodec<CaseEvent.HearingRequested> HEARING_REQUESTED = ObjectCodec
            .builder("hearingRequested", DateDraft::new, d -> new CaseEvent.HearingRequested(d.date))
            .description("要求听证 The party asked for a hearing")
            .required("date", Codecs.DATE, CaseEvent.HearingRequested::date, (d, v) -> d.date = v)
            .build();

    private static final ObjectCodec<CaseEvent.Waived> WAIVED = ObjectCodec
            .builder("waived", DateDraft::new, d -> new CaseEvent.Waived(d.step, d.date))
            .description("放弃 The party expressly waived a step")
            .required("step", ProcedureDocuments.STEP_KIND, CaseEvent.Waived::step, (d, v) -> d.step = v)
            .required("date", Codecs.DATE, CaseEvent.Waived::date, (d, v) -> d.date = v)
            .build();

    private static final ObjectCodec<CaseEvent.Suspended> SUSPENDED = ObjectCodec
            .builder("suspended", SuspendedDraft::new, SuspendedDraft::build)
            .description("中止 Time stops counting for an activity the law excludes")
            .required("date", Codecs.DATE, CaseEvent.Suspended::date, (d, v) -> d.date = v)
            .required("activity", Codecs.enumOf(ExcludedActivity.class), CaseEvent.Suspended::activity,
                    (d, v) -> d.activity = v)
            .about("The day the party was told in writing")
            .optional("notified", Codecs.DATE, CaseEvent.Suspended::notified, (d, v) -> d.notified = v)
            .build();

    private static final ObjectCodec<CaseEvent.Resumed> RESUMED = ObjectCodec
            .builder("resumed", DateDraft::new, d -> new CaseEvent.Resumed(d.date))
            .description("恢复 Time counts again")
            .required("date", Codecs.DATE, CaseEvent.Resumed::date, (d, v) -> d.date = v)
            .build();

    private static final ObjectCodec<CaseEvent.Extended> EXTENDED = ObjectCodec
            .builder("extended", ExtendedDraft::new, ExtendedDraft::build)
            .description("延长期限 A step's time limit extended")
            .required("step", ProcedureDocuments.STEP_KIND, CaseEvent.Extended::step, (d, v) -> d.step = v)
            .about("The units added")
            .required("amount", Codecs.integer(1, Integer.MAX_VALUE), CaseEvent.Extended::amount,
                    (d, v) -> d.amount = v)
            .about("The id of the officer who approved the extension")
            .optional("approver", OFFICER, CaseEvent.Extended::approver, (d, v) -> d.approver = v)
            .required("date", Codecs.DATE, CaseEvent.Extended::date, (d, v) -> d.date = v)
            .about("The day the party was told of the extension and its reasons")
            .optional("notified", Codecs.DATE, CaseEvent.Extended::notified, (d, v) -> d.notified = v)
            .build();

    private static final ObjectCodec<CaseEvent.Transferred> TRANSFERRED = ObjectCodec
            .builder("transferred", TransferredDraft::new, TransferredDraft::build)
            .description("移送管辖 The case transferred to another agency; no event follows it")
            .required("date", Codecs.DATE, CaseEvent.Transferred::date, (d, v) -> d.date = v)
            .about("The id of the receiving agency")
            .required("to", PowerDocuments.AGENCY_ID, CaseEvent.Transferred::to, (d, v) -> d.to = v)
            .about("The reason of jurisdiction, by the article of 行政处罚法 it applies (Arts 22-25)")
            .required("reason", Codecs.enumOf(TransferReason.class), CaseEvent.Transferred::reason,
                    (d, v) -> d.reason = v)
            .about("The ids of the officers who sent the case, at least one")
            .list("officers", OFFICER, CaseEvent.Transferred::officers, (d, v) -> d.officers.add(v))
            .build();

    private static final ObjectCodec<TransferOrigin> ORIGIN = ObjectCodec
            .builder("transferOrigin", OriginDraft::new, d -> new TransferOrigin(d.agency, d.caseId, d.date))
            .description("案件来源：移送 Where a transferred case came from")
            .about("The id of the sending agency")
            .required("agency", PowerDocuments.AGENCY_ID, TransferOrigin::agency, (d, v) -> d.agency = v)
            .about("The sending agency's case number")
            .required("caseId", Codecs.STRING, TransferOrigin::caseId, (d, v) -> d.caseId = v)
            .about("The day of the transfer")
            .required("date", Codecs.DATE, TransferOrigin::date, (d, v) -> d.date = v)
            .build();

    private static final ObjectCodec<CaseEvent.CrimeSuspected> CRIME_SUSPECTED = ObjectCodec
            .builder("crimeSuspected", SuspectedDraft::new, SuspectedDraft::build)
            .description("涉嫌犯罪 The officers found a suspected crime the case must be referred for "
                    + "(国务院令第310号 Arts 3, 19)")
            .required("date", Codecs.DATE, CaseEvent.CrimeSuspected::date, (d, v) -> d.date = v)
            .about("PUBLIC_SECURITY for the public security organ, SUPERVISORY for a duty-crime lead")
            .required("kind", Codecs.enumOf(ReferralKind.class), CaseEvent.CrimeSuspected::kind, (d, v) -> d.kind = v)
            .about("The finding in words")
            .required("finding", Codecs.STRING, CaseEvent.CrimeSuspected::finding, (d, v) -> d.finding = v)
            .about("The provisions the threshold rests on, as cited, such as 刑法第二百二十五条")
            .list("thresholds", Codecs.STRING, CaseEvent.CrimeSuspected::thresholds, (d, v) -> d.thresholds.add(v))
            .about("The ids of the officers who made the finding, at least one")
            .list("officers", OFFICER, CaseEvent.CrimeSuspected::officers, (d, v) -> d.officers.add(v))
            .build();

    private static final ObjectCodec<CaseEvent.Answered> ANSWERED = ObjectCodec
            .builder("answered", AnsweredDraft::new, d -> new CaseEvent.Answered(d.date, d.answer, d.authority))
            .description("答复 What the authority a case was referred to did, on the day the agency received it")
            .required("date", Codecs.DATE, CaseEvent.Answered::date, (d, v) -> d.date = v)
            .required("answer", Codecs.enumOf(PoliceAnswer.class), CaseEvent.Answered::answer,
                    (d, v) -> d.answer = v)
            .required("authority", Codecs.STRING, CaseEvent.Answered::authority, (d, v) -> d.authority = v)
            .build();

    /** An event of a case (案件事件), its {@code type} first. */
    static final Codec<CaseEvent> EVENT = UnionCodec.<CaseEvent>builder("caseEvent")
            .variant("PERFORMED", CaseEvent.StepPerformed.class, PERFORMED)
            .variant("HEARING_REQUESTED", CaseEvent.HearingRequested.class, HEARING_REQUESTED)
            .variant("WAIVED", CaseEvent.Waived.class, WAIVED)
            .variant("SUSPENDED", CaseEvent.Suspended.class, SUSPENDED)
            .variant("RESUMED", CaseEvent.Resumed.class, RESUMED)
            .variant("EXTENDED", CaseEvent.Extended.class, EXTENDED)
            .variant("TRANSFERRED", CaseEvent.Transferred.class, TRANSFERRED)
            .variant("PUBLISHED", CaseEvent.Published.class, PUBLISHED)
            .variant("WITHDRAWN", CaseEvent.Withdrawn.class, WITHDRAWN)
            .variant("OVERTURNED", CaseEvent.Overturned.class, OVERTURNED)
            .variant("CRIME_SUSPECTED", CaseEvent.CrimeSuspected.class, CRIME_SUSPECTED)
            .variant("ANSWERED", CaseEvent.Answered.class, ANSWERED)
            .build();

    /** An event, leaving where it starts for the draft of the case, which reports the event the record refuses. */
    private static final Codec<CaseEvent> MARKED_EVENT = new Codec<>() {
        @Override
        public CaseEvent read(Input in) {
            TokenStreamLocation start = in.mark();
            CaseEvent event = EVENT.read(in);
            in.state(EventMark.class, EventMark::new).last = start;
            return event;
        }

        @Override
        public void write(CaseEvent value, Output out) {
            EVENT.write(value, out);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return EVENT.schema(schemas);
        }
    };

    private static final ObjectCodec<CaseRecord> RECORD = ObjectCodec
            .builderFrom("caseRecord", Draft::new, Draft::build)
            .about("The case number, such as 示烟罚〔2026〕37号")
            .required("id", Codecs.STRING, CaseRecord::id, (d, v) -> d.id = v)
            .about("The Chinese name of the procedure: one of the procedures given to the reader, or a template")
            .required("procedure", PROCEDURE, CaseRecord::procedure, (d, v) -> d.procedure = v)
            .about("The area of enforcement, such as 烟草专卖, for which officers must be certified")
            .required("area", Codecs.STRING, CaseRecord::area, (d, v) -> d.area = v)
            .required("opened", Codecs.DATE, CaseRecord::opened, (d, v) -> d.opened = v)
            .list("grounds", Codecs.enumOf(CaseGround.class), CaseRecord::grounds, (d, v) -> d.grounds.add(v))
            .about("True where the law gives the party a hearing")
            .defaulted("hearingEligible", Codecs.BOOLEAN, CaseRecord::isHearingEligible,
                    (d, v) -> d.hearingEligible = v, false)
            .about("The rule the decision is published by; absent where the case is not checked for publication")
            .optional("publication", PUBLICATION_RULE, CaseRecord::publication, (d, v) -> d.publication = v)
            .about("The agency's list of major decisions that need a legality review")
            .optional("reviewCatalogue", REVIEW_CATALOGUE, CaseRecord::reviewCatalogue,
                    (d, v) -> d.reviewCatalogue = v)
            .about("The events in the order they were recorded")
            .list("events", MARKED_EVENT, CaseRecord::events, Draft::add)
            .about("Where the case came from, if another agency transferred it here")
            .optional("transferredFrom", ORIGIN, CaseRecord::transferredFrom, (d, v) -> d.origin = v)
            .about("The id of the joint enforcement operation the case came out of")
            .optional("operation", Codecs.STRING, CaseRecord::operation, (d, v) -> d.operation = v)
            .build();

    /** 案件记录 The document of a case record. */
    public static final DocumentKind<CaseRecord> CASE_RECORD = DocumentKind.of("case-record", 1, CaseRecord.class,
            "案件记录 case record", RECORD);

    private CaseRecordDocuments() {
    }

    /** The set of kinds a list names, refusing a kind named twice: the set would not read back as written. */
    private static Set<RecordKind> kinds(List<RecordKind> list) {
        Set<RecordKind> set = EnumSet.noneOf(RecordKind.class);
        for (RecordKind kind : list) {
            if (!set.add(kind)) {
                throw new IllegalArgumentException(kind.name() + " is listed twice; each is listed once");
            }
        }
        return set;
    }

    /** A codec of a list whose schema says its items are distinct. */
    private static <T> Codec<T> uniqueItems(Codec<T> codec) {
        return new Codec<>() {
            @Override
            public T read(Input in) {
                return codec.read(in);
            }

            @Override
            public void write(T value, Output out) {
                codec.write(value, out);
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                return codec.schema(schemas).put("uniqueItems", true);
            }
        };
    }

    /** A procedure, by its Chinese name: one of the procedures given to the reader, or a template. */
    private static final class ProcedureCodec implements Codec<Procedure> {

        @Override
        public Procedure read(Input in) {
            TokenStreamLocation mark = in.mark();
            String field = in.currentField();
            String name = Codecs.STRING.read(in);
            Procedure procedure;
            try {
                procedure = Procedures.resolve(in.context(Procedures.class), name);
            } catch (IllegalArgumentException e) {
                throw in.error(in.positionOf(mark), field, Input.quote(name), Codecs.messageOf(e), e);
            }
            in.require(Organization.class, "an organization"); // a case is read against one: say so here
            return procedure;
        }

        @Override
        public void write(Procedure value, Output out) {
            out.generator().writeString(value.name().zh());
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return schemas.object().put("type", "string");
        }
    }

    private static final class PerformedDraft {
        StepKind step;
        LocalDate date;
        final List<OfficerId> officers = new ArrayList<>();
        final List<String> documents = new ArrayList<>();
        StepContent content;
        Set<RecordKind> records;

        CaseEvent.StepPerformed build() {
            return new CaseEvent.StepPerformed(step, date, officers, documents, Optional.ofNullable(content),
                    Optional.ofNullable(records));
        }
    }

    private static final class PublishedDraft {
        LocalDate date;
        String channel;
    }

    private static final class WithdrawnDraft {
        LocalDate date;
        boolean reasonsStated;
    }

    private static final class OverturnedDraft {
        LocalDate date;
        Overturn outcome;
        Overturn.Forum by;
    }

    private static final class RuleDraft {
        StepKind decision;
        TimeLimit within;
        TimeLimit withdrawal;
        LegalBasis basis;
    }

    private static final class EntryDraft {
        String name;
        BigDecimal fineAtLeast;
        final Set<PenaltyKind> penalties = EnumSet.noneOf(PenaltyKind.class);
        boolean licences;
        StepKind step;

        ReviewCatalogue.Entry build() {
            return new ReviewCatalogue.Entry(name, Optional.ofNullable(fineAtLeast), penalties, licences,
                    Optional.ofNullable(step));
        }
    }

    private static final class CatalogueDraft {
        String name;
        final List<ReviewCatalogue.Entry> entries = new ArrayList<>();
    }

    private static final class DateDraft {
        StepKind step;
        LocalDate date;
    }

    private static final class SuspendedDraft {
        LocalDate date;
        ExcludedActivity activity;
        LocalDate notified;

        CaseEvent.Suspended build() {
            return new CaseEvent.Suspended(date, activity, Optional.ofNullable(notified));
        }
    }

    private static final class SuspectedDraft {
        LocalDate date;
        ReferralKind kind;
        String finding;
        final List<String> thresholds = new ArrayList<>();
        final List<OfficerId> officers = new ArrayList<>();

        CaseEvent.CrimeSuspected build() {
            return new CaseEvent.CrimeSuspected(date, kind, finding, thresholds, officers);
        }
    }

    private static final class AnsweredDraft {
        LocalDate date;
        PoliceAnswer answer;
        String authority;
    }

    private static final class ExtendedDraft {
        StepKind step;
        int amount;
        OfficerId approver;
        LocalDate date;
        LocalDate notified;

        CaseEvent.Extended build() {
            return new CaseEvent.Extended(step, amount, Optional.ofNullable(approver), date,
                    Optional.ofNullable(notified));
        }
    }

    private static final class TransferredDraft {
        LocalDate date;
        AgencyId to;
        TransferReason reason;
        final List<OfficerId> officers = new ArrayList<>();

        CaseEvent.Transferred build() {
            return new CaseEvent.Transferred(date, to, reason, officers);
        }
    }

    private static final class OriginDraft {
        AgencyId agency;
        String caseId;
        LocalDate date;
    }

    /** Where the event read last starts in the document: {@link #MARKED_EVENT} leaves it for the draft. */
    private static final class EventMark {
        TokenStreamLocation last;
    }

    /**
     * The case being read. The events are checked all at once by {@link CaseRecord#appendAll} when the record is
     * built; only if it refuses them are they appended again one by one to find the event refused, so that the error
     * names that event (where it starts, its pointer) with the record's message.
     */
    private static final class Draft {
        private final Input in;
        private final EventMark mark;
        private final Organization organization;
        private final WorkingDayCalendar calendar;
        String id;
        Procedure procedure;
        String area;
        LocalDate opened;
        final Set<CaseGround> grounds = EnumSet.noneOf(CaseGround.class);
        boolean hearingEligible;
        PublicationRule publication;
        ReviewCatalogue reviewCatalogue;
        final List<CaseEvent> events = new ArrayList<>();
        TransferOrigin origin;
        String operation;
        private final List<TokenStreamLocation> marks = new ArrayList<>();

        Draft(Input in) {
            this.in = in;
            mark = in.state(EventMark.class, EventMark::new);
            organization = in.context(Organization.class).orElse(null); // the procedure's field requires it
            calendar = in.context(WorkingDayCalendar.class).orElseGet(WorkingDayCalendar::national);
        }

        void add(CaseEvent event) {
            events.add(event);
            marks.add(mark.last);
        }

        private CaseRecord base() {
            CaseRecord.Builder b = CaseRecord.builder().id(id).area(area).opened(opened)
                    .hearingEligible(hearingEligible).calendar(calendar);
            if (procedure != null) {
                b.procedure(procedure).organization(organization);
            }
            grounds.forEach(b::grounds);
            if (origin != null) {
                b.transferredFrom(origin);
            }
            if (operation != null) {
                b.operation(operation);
            }
            if (publication != null) {
                b.publication(publication);
            }
            if (reviewCatalogue != null) {
                b.reviewCatalogue(reviewCatalogue);
            }
            return b.build();
        }

        CaseRecord build() {
            CaseRecord base = base();
            try {
                return base.appendAll(events);
            } catch (RuntimeException whole) {
                throw refused(base, whole);
            }
        }

        /**
         * Finds the first event the record refuses when they are appended one by one, and returns the error at it.
         * A suspension or resumption refused on its own is not the error (a later event may date before it): then
         * the whole history decides, and its error, at the record, is returned.
         */
        private RuntimeException refused(CaseRecord base, RuntimeException whole) {
            CaseRecord sofar = base;
            for (int i = 0; i < events.size(); i++) {
                CaseEvent event = events.get(i);
                try {
                    sofar = sofar.append(event);
                } catch (IllegalArgumentException e) {
                    if (event instanceof CaseEvent.Suspended || event instanceof CaseEvent.Resumed) {
                        return whole;
                    }
                    return at(i, e);
                } catch (RuntimeException e) {
                    return at(i, e);
                }
            }
            return whole;
        }

        /** The error at event {@code i}; the parser is at the end of the record. */
        private InvalidDocumentException at(int i, RuntimeException e) {
            Position record = in.positionOf(marks.get(i));
            Position event = new Position(record.pointer() + "/events/" + i, record.line(), record.column());
            return in.error(event, "events", Input.quote(events.get(i)), Codecs.messageOf(e), e);
        }
    }
}
