package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A note on a case (案件提示), found by its replay: something that changed how the case was judged without being
 * anyone's breach, such as a late request for a hearing (the hearing is then not a duty) or an application deemed
 * accepted. Notes are {@link Severity#INFO} findings; they never become faults.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what was noted, not null
 * @param step  the step concerned, not null
 * @param date  the day it concerns, not null
 * @param message  what happened, in Chinese and English, not null
 * @param basis  the provisions that give it its effect, not null
 */
public record CaseNote(NoteKind kind, StepKind step, LocalDate date, BilingualText message, LegalBasis basis)
        implements Finding {

    /** Creates a note. */
    public CaseNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(basis, "basis");
    }

    @Override
    public String code() {
        return "PROCEDURE.NOTE." + kind.name();
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }
}
