package io.github.quanze.procedure;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The violations and notes a replay finds, as data, in the order a state reports them. */
final class ReplayFindings {

    private static final Comparator<ProcedureViolation> ORDER = Comparator.comparing(ProcedureViolation::date)
            .thenComparing(ProcedureViolation::step).thenComparing(ProcedureViolation::kind)
            .thenComparing(v -> v.people().isEmpty() ? "" : v.people().get(0).officer().value());
    private static final Comparator<CaseNote> NOTE_ORDER = Comparator.comparing(CaseNote::date)
            .thenComparing(CaseNote::step).thenComparing(CaseNote::kind);

    private final List<ProcedureViolation> violations = new ArrayList<>();
    private final List<CaseNote> notes = new ArrayList<>();

    /**
     * Records a violation with what the steps concerned say of their own interpretation.
     *
     * @param other  a second step the violation concerns, such as the predecessor skipped, or null
     */
    void violation(ViolationKind kind, Step step, LocalDate date, List<Involvement> people, Parameters details,
            LegalBasis basis, Step other) {
        List<BilingualText> interpretations = new ArrayList<>();
        step.interpretation().ifPresent(interpretations::add);
        if (other != null) {
            other.interpretation().ifPresent(interpretations::add);
        }
        violations.add(new ProcedureViolation(kind, step.kind(), date, people, details, basis, interpretations));
    }

    /** Records a violation of one step. */
    void violation(ViolationKind kind, Step step, LocalDate date, List<Involvement> people, Parameters details,
            LegalBasis basis) {
        violation(kind, step, date, people, details, basis, null);
    }

    void note(NoteKind kind, StepKind step, LocalDate date, Parameters details, LegalBasis basis) {
        notes.add(new CaseNote(kind, step, date, details, basis));
    }

    /**
     * Withdraws the violations of a kind for a step on a day, where a later check states the same omission more
     * exactly, such as a missing referral step that a failure to refer reports.
     */
    void withdraw(ViolationKind kind, StepKind step, LocalDate date) {
        violations.removeIf(v -> v.kind() == kind && v.step() == step && v.date().equals(date));
    }

    /** The violations ordered by date, then step, then kind, then the first person's id. */
    List<ProcedureViolation> violations() {
        violations.sort(ORDER);
        return violations;
    }

    /** The notes ordered by date, then step, then kind. */
    List<CaseNote> notes() {
        notes.sort(NOTE_ORDER);
        return notes;
    }
}
