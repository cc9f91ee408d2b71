package io.github.quanze.procedure;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A procedural violation found by replaying a case (程序违法), citing its provision and naming the people involved.
 * <p>
 * A violation depends only on events dated on or before the day it names, so once found it is found on every later
 * day of the same history.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what was violated, not null
 * @param step  the step concerned, not null
 * @param date  the day of the violation: the step's day, or the due day for a missed time limit, not null
 * @param people  the people involved, with their parts, not null
 * @param message  what happened, in Chinese and English, not null
 * @param basis  the provisions violated, not null
 */
public record ProcedureViolation(ViolationKind kind, StepKind step, LocalDate date, List<Involvement> people,
        BilingualText message, LegalBasis basis) implements Finding {

    /** Creates a violation. */
    public ProcedureViolation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        people = ImmutableList.copyOf(people);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(basis, "basis");
    }

    @Override
    public String code() {
        return "PROCEDURE." + kind.name();
    }

    @Override
    public Severity severity() {
        return kind.severity();
    }

    /**
     * Describes the violation in one line: the message, the people and the provisions.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        String zhPeople = people.stream().map(p -> p.describe().zh()).collect(Collectors.joining("、"));
        String enPeople = people.stream().map(p -> p.describe().en()).collect(Collectors.joining(", "));
        return BilingualText.of(
                message.zh() + (people.isEmpty() ? "" : "；涉及：" + zhPeople) + "（依据：" + basis + "）",
                message.en() + (people.isEmpty() ? "" : "; involved: " + enPeople) + " (basis: " + basis.toEnglish()
                        + ")");
    }
}
