package io.github.quanze.procedure;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A note on a case (案件提示), found by its replay: something that changed how the case was judged without being
 * anyone's breach, such as a late request for a hearing (the hearing is then not a duty) or an application deemed
 * accepted. Notes are {@link Severity#INFO} findings; they never become faults.
 * <p>
 * A note is data; its message is rendered from it. The details of each kind (a time limit is {@code amount},
 * {@code unit} and {@code backward}):
 * <ul>
 * <li>LATE_HEARING_REQUEST: the period to ask and {@code due}, its last day; the step is the one it runs from, the
 * date the day of the request;</li>
 * <li>EXCLUSION_NOT_ALLOWED: {@code activity} ({@link ExcludedActivity}) and {@code procedure}, its name;</li>
 * <li>DEEMED_STEP: the period, {@code from} and {@code unless}, the steps it runs from and that stop the deeming,
 * {@code due}, its last day, and {@code deemedOn}, the day the step counts as done; the date is the day after
 * {@code due};</li>
 * <li>WAIVED: none.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what was noted, not null
 * @param step  the step concerned, not null
 * @param date  the day it concerns, not null
 * @param details  the values of the kind, as listed above, not null
 * @param basis  the provisions that give it its effect, not null
 */
public record CaseNote(NoteKind kind, StepKind step, LocalDate date, Parameters details, LegalBasis basis)
        implements Finding {

    /**
     * Creates a note.
     *
     * @param kind  what was noted, not null
     * @param step  the step concerned, not null
     * @param date  the day it concerns, not null
     * @param details  the values of the kind, as listed above, not null
     * @param basis  the provisions that give it its effect, not null
     * @throws IllegalArgumentException if the details lack a value the kind needs, hold one it does not know or one
     *         of the wrong type
     */
    public CaseNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(basis, "basis");
        ProcedureSchemas.check("PROCEDURE.NOTE." + kind.name(), ProcedureSchemas.of(kind), details);
    }

    /** Returns {@code PROCEDURE.NOTE.} and the kind, such as {@code PROCEDURE.NOTE.WAIVED}. */
    @Override
    public String code() {
        return "PROCEDURE.NOTE." + kind.name();
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    /**
     * Returns the data the message is rendered from: {@code kind}, {@code step}, {@code date} and the details.
     *
     * @return the parameters, not null
     */
    @Override
    public Parameters parameters() {
        return Parameters.builder().put("kind", kind).put("step", step).put("date", date).putAll(details).build();
    }

    /**
     * Returns what happened, rendered from the data.
     *
     * @return the message in Chinese and English, not null
     */
    @Override
    public BilingualText message() {
        return ProcedureMessages.message(this);
    }
}
