package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.organization.OfficerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event of a case's history (案件事项): a step performed, a hearing requested, the case suspended or resumed, or
 * a time limit extended. Events are values; a {@link CaseRecord} holds them in the order they were recorded.
 * <p>
 * Every implementation is immutable and thread-safe.
 */
public sealed interface CaseEvent permits CaseEvent.StepPerformed, CaseEvent.HearingRequested,
        CaseEvent.Suspended, CaseEvent.Resumed, CaseEvent.Extended {

    /**
     * Returns the day of the event.
     *
     * @return the date, not null
     */
    LocalDate date();

    /**
     * Obtains the event of a step performed by officers, with no document named.
     *
     * @param step  the step, not null
     * @param date  the day, not null
     * @param officers  the officers who took part, not null
     * @return the event, not null
     * @throws IllegalArgumentException if no officer is given or one is given twice
     */
    static StepPerformed performed(StepKind step, LocalDate date, OfficerId... officers) {
        return new StepPerformed(step, date, List.of(officers), List.of());
    }

    /**
     * A step performed (履行程序环节): which step, on which day, by which officers, with which documents (文书).
     *
     * @param step  the step, not null
     * @param date  the day, not null
     * @param officers  the officers who took part, at least one, none twice, not null
     * @param documents  the documents made or served, such as 询问笔录 or 行政处罚告知书, not null
     */
    record StepPerformed(StepKind step, LocalDate date, List<OfficerId> officers, List<String> documents)
            implements CaseEvent {

        /**
         * Creates the event.
         *
         * @throws IllegalArgumentException if no officer is given, one is given twice, or a document is blank
         */
        public StepPerformed {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(date, "date");
            officers = List.copyOf(officers);
            documents = List.copyOf(documents);
            checkArgument(!officers.isEmpty(), "Step %s on %s: officers must name at least one officer", step, date);
            checkArgument(officers.stream().distinct().count() == officers.size(),
                    "Step %s on %s: officers %s name an officer twice", step, date, officers);
            checkArgument(documents.stream().noneMatch(String::isBlank), "Step %s on %s: documents must not be blank",
                    step, date);
        }

        /**
         * Returns a copy naming the documents made or served.
         *
         * @param names  the documents, not null
         * @return the event, not null
         */
        public StepPerformed with(String... names) {
            return new StepPerformed(step, date, officers, List.of(names));
        }
    }

    /**
     * The party asked for a hearing (当事人要求听证), which makes the hearing steps required where the case qualifies.
     *
     * @param date  the day of the request, not null
     */
    record HearingRequested(LocalDate date) implements CaseEvent {

        /** Creates the event. */
        public HearingRequested {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The case is suspended (中止): its running time limits stop from this day until it resumes, such as for a test,
     * an expert opinion or a licensing hearing (行政许可法 Art 45; 行政强制法 Art 25 第三款).
     *
     * @param date  the first day not counted, not null
     * @param reason  why, not blank
     */
    record Suspended(LocalDate date, String reason) implements CaseEvent {

        /**
         * Creates the event.
         *
         * @throws IllegalArgumentException if the reason is blank
         */
        public Suspended {
            Objects.requireNonNull(date, "date");
            checkArgument(reason != null && !reason.isBlank(), "Suspension on %s: reason must not be blank", date);
        }
    }

    /**
     * The case resumes (恢复): counting starts again on this day.
     *
     * @param date  the day counting resumes, not null
     */
    record Resumed(LocalDate date) implements CaseEvent {

        /** Creates the event. */
        public Resumed {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A step's time limit extended (延长期限), with the officer who approved it, if anyone did.
     *
     * @param step  the step whose time limit is extended, not null
     * @param amount  the extension in the limit's unit, at least 1
     * @param approver  who approved it, empty if no one did, not null
     * @param date  the day of the approval (or of the extension, if unapproved), not null
     */
    record Extended(StepKind step, int amount, Optional<OfficerId> approver, LocalDate date) implements CaseEvent {

        /**
         * Creates the event.
         *
         * @throws IllegalArgumentException if the amount is less than 1
         */
        public Extended {
            Objects.requireNonNull(step, "step");
            checkArgument(amount >= 1, "Extension of %s on %s: amount must be at least 1, but was %s", step, date,
                    amount);
            Objects.requireNonNull(approver, "approver");
            Objects.requireNonNull(date, "date");
        }
    }
}
