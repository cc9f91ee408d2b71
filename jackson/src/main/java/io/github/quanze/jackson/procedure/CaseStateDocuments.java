package io.github.quanze.jackson.procedure;

import static io.github.quanze.jackson.rule.FindingDocuments.findingFields;

import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.rule.FindingDocuments;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.jackson.timelimit.DeadlineDocuments;
import io.github.quanze.jackson.timelimit.TimeLimitDocuments;
import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseNote;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.NoteKind;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.ViolationKind;
import java.util.List;

/**
 * 案件状态 The document of a case's state on a day, the output of replaying a case record: the steps done and
 * pending, each deadline with its status, the procedural violations and the notes. Written only.
 * <p>
 * Each deadline, violation and note carries its {@code code}, {@code severity}, typed {@code parameters} and
 * {@code message} in Chinese and English; violations and notes also the provisions they cite, and violations the
 * officers involved.
 */
public final class CaseStateDocuments {

    /** A procedural violation (程序违法). */
    static final ObjectCodec<ProcedureViolation> VIOLATION = findingFields(
            ObjectCodec.<ProcedureViolation>writer("procedureViolation"))
            .description("程序违法 A procedural violation found by replaying the case")
            .field("kind", Codecs.enumOf(ViolationKind.class), ProcedureViolation::kind)
            .field("step", ProcedureDocuments.STEP_KIND, ProcedureViolation::step)
            .field("date", Codecs.DATE, ProcedureViolation::date)
            .listField("people", InvolvementDocuments.INVOLVEMENT, ProcedureViolation::people)
            .about("How the template reads the law where the law is silent, for the steps concerned")
            .listField("interpretations", TextDocuments.BILINGUAL, ProcedureViolation::interpretations)
            .build();

    /** A note of the replay (办案提示): a late hearing request, a step deemed done, a waiver. */
    static final ObjectCodec<CaseNote> NOTE = findingFields(ObjectCodec.<CaseNote>writer("caseNote"))
            .description("办案提示 A note of the replay")
            .field("kind", Codecs.enumOf(NoteKind.class), CaseNote::kind)
            .field("step", ProcedureDocuments.STEP_KIND, CaseNote::step)
            .field("date", Codecs.DATE, CaseNote::date)
            .build();

    /** A step's deadline in a case, with its status. */
    static final ObjectCodec<CaseDeadline> DEADLINE = ObjectCodec.<CaseDeadline>writer("caseDeadline")
            .description("环节期限 A step's deadline in the case, and its status on the day of the replay")
            .about("The stable code of the status, such as PROCEDURE.DEADLINE.OVERDUE")
            .field("code", Codecs.STRING, CaseDeadline::code)
            .field("severity", FindingDocuments.SEVERITY, CaseDeadline::severity)
            .field("parameters", TextDocuments.PARAMETERS, CaseDeadline::parameters)
            .field("message", TextDocuments.BILINGUAL, CaseDeadline::describe)
            .field("step", ProcedureDocuments.STEP_KIND, CaseDeadline::step)
            .field("limit", TimeLimitDocuments.TIME_LIMIT, d -> d.deadline().limit())
            .field("start", Codecs.DATE, d -> d.deadline().start())
            .field("due", Codecs.DATE, d -> d.deadline().due())
            .listField("adjustments", DeadlineDocuments.ADJUSTMENT, d -> d.deadline().adjustments())
            .field("status", DeadlineDocuments.STATUS, CaseDeadline::status)
            .build();

    private static final ObjectCodec<CaseState> STATE = ObjectCodec.<CaseState>writer("caseState")
            .field("caseId", Codecs.STRING, CaseState::caseId)
            .field("asOf", Codecs.DATE, CaseState::asOf)
            .field("closed", Codecs.BOOLEAN, CaseState::closed)
            .field("suspended", Codecs.BOOLEAN, CaseState::suspended)
            .about("The steps done, in the order first done")
            .listField("done", ProcedureDocuments.STEP_KIND, CaseState::done)
            .about("The steps that may come next")
            .listField("pending", ProcedureDocuments.STEP_KIND, s -> List.copyOf(s.pending()))
            .listField("deadlines", DEADLINE, CaseState::deadlines)
            .listField("violations", VIOLATION, CaseState::violations)
            .listField("notes", NOTE, CaseState::notes)
            .about("The state in Chinese and English")
            .field("explanation", TextDocuments.BILINGUAL, CaseState::explain)
            .build();

    /** 案件状态 The document of a case's state on a day. */
    public static final DocumentKind<CaseState> CASE_STATE = DocumentKind.of("case-state", 1, CaseState.class,
            "案件状态 case state", STATE);

    private CaseStateDocuments() {
    }
}
