package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A defect found in a case file (案卷问题) and scored under a criterion of the standard: either a procedural
 * violation the replay found, or a reviewer's finding.
 * <p>
 * A defect is data: the criterion, how often, the day, the people, the provisions, and its source, the violation
 * itself or the reviewer's name and note. Its code tells the source ({@link DefectSource#code()}), its severity the
 * weight: ERROR for a veto item (否决项), WARNING for one that deducts points. Its description is rendered from that
 * data ({@link #describe()}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param criterion  the criterion it counts as, not null
 * @param occurrences  how many times it occurs, at least 1
 * @param date  the day of the act it concerns (a violation's day) or of the reviewer's finding, not null
 * @param people  who answers for it, with their part, not null
 * @param basis  the provisions breached: a violation's own, or the criterion's for a reviewer's finding, not null
 * @param violation  the violation the replay found; empty for a reviewer's finding, not null
 * @param reviewer  the reviewer who entered it, one line without surrounding spaces; empty for a violation, not null
 * @param note  what the reviewer saw, such as 询问笔录第3页未签名, not blank, no control character but line breaks;
 *        empty for a violation, not null
 */
public record ReviewDefect(ReviewCriterion criterion, int occurrences, LocalDate date, List<Involvement> people,
        LegalBasis basis, Optional<ProcedureViolation> violation, Optional<String> reviewer, Optional<String> note)
        implements Finding {

    /**
     * Creates a defect.
     *
     * @param criterion  the criterion it counts as, not null
     * @param occurrences  how many times it occurs, at least 1
     * @param date  the day of the act it concerns (a violation's day) or of the reviewer's finding, not null
     * @param people  who answers for it, with their part, not null
     * @param basis  the provisions breached: a violation's own, or the criterion's for a reviewer's finding, not null
     * @param violation  the violation the replay found; empty for a reviewer's finding, not null
     * @param reviewer  the reviewer who entered it, one line without surrounding spaces; empty for a violation, not
     *         null
     * @param note  what the reviewer saw, such as 询问笔录第3页未签名, not blank, no control character but line breaks; empty
     *         for a violation, not null
     * @throws IllegalArgumentException if the occurrences are less than 1, the defect has both or neither of a
     *         violation and a reviewer's note, a reviewer's name is not a line, or a note is blank
     */
    public ReviewDefect {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(note, "note");
        people = Lists.copyOf("people", people);
        checkArgument(occurrences >= 1, "Review defect %s: occurrences must be at least 1, but were %s",
                Texts.quoted(criterion.code()), occurrences);
        checkArgument(violation.isPresent() != reviewer.isPresent() && reviewer.isPresent() == note.isPresent(),
                "Review defect %s: give either the violation or the reviewer and the note, but violation is %s, "
                        + "reviewer %s and note %s", Texts.quoted(criterion.code()), present(violation),
                present(reviewer), present(note));
        reviewer.ifPresent(name -> Texts.checkLine("Review defect " + Texts.quote(criterion.code()) + ": reviewer",
                name));
        note.ifPresent(text -> Texts.checkText("Review defect " + Texts.quote(criterion.code()) + ": note", text));
    }

    /**
     * Obtains the defect a procedural violation counts as: once, on the violation's day, with its people and
     * provisions.
     *
     * @param criterion  the criterion the standard maps the violation's kind to, not null
     * @param violation  the violation, not null
     * @return the defect, not null
     */
    public static ReviewDefect ofViolation(ReviewCriterion criterion, ProcedureViolation violation) {
        Objects.requireNonNull(violation, "violation");
        return new ReviewDefect(criterion, 1, violation.date(), violation.people(), violation.basis(),
                Optional.of(violation), Optional.empty(), Optional.empty());
    }

    /**
     * Obtains the defect a reviewer's finding counts as, on the criterion's provisions.
     *
     * @param criterion  the criterion the finding names, not null
     * @param finding  the reviewer's finding, not null
     * @param people  who answers for it: the finding's people, or the case handlers where it names nobody, not null
     * @return the defect, not null
     */
    public static ReviewDefect ofReviewerFinding(ReviewCriterion criterion, ReviewerFinding finding,
            List<Involvement> people) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(finding, "finding");
        return new ReviewDefect(criterion, finding.occurrences(), finding.date(), people, criterion.basis(),
                Optional.empty(), Optional.of(finding.reviewer()), Optional.of(finding.note()));
    }

    private static String present(Optional<?> value) {
        return value.isPresent() ? "present" : "empty";
    }

    /**
     * Returns where the defect comes from.
     *
     * @return VIOLATION or REVIEWER_FINDING, not null
     */
    public DefectSource source() {
        return violation.isPresent() ? DefectSource.VIOLATION : DefectSource.REVIEWER_FINDING;
    }

    /**
     * Returns the stable code of defects of its source: {@code REVIEW.VIOLATION} or {@code REVIEW.REVIEWER_FINDING}.
     * The criterion has its own code, {@link ReviewCriterion#code()}.
     *
     * @return the code, not null
     */
    @Override
    public String code() {
        return source().code();
    }

    /**
     * Returns ERROR for a veto item (否决项), WARNING for a defect that deducts points.
     *
     * @return the severity, not null
     */
    @Override
    public Severity severity() {
        return criterion.isVeto() ? Severity.ERROR : Severity.WARNING;
    }

    /**
     * Returns the data the description is rendered from: {@code criterionCode} and {@code criterion} (its name),
     * {@code occurrences}, {@code points}, {@code veto}, {@code date}, {@code basis}, and by source either
     * {@code violation} (the violation's code) or {@code reviewer} and {@code note}.
     *
     * @return the parameters, not null
     */
    @Override
    public Parameters parameters() {
        return ReviewMessages.parameters(this);
    }

    /**
     * Returns the description ({@link #describe()}).
     *
     * @return the message in Chinese and English, not null
     */
    @Override
    public BilingualText message() {
        return describe();
    }

    /**
     * Returns what was found: the violation's message, or the reviewer's note (in the language it was written in).
     *
     * @return the reason in Chinese and English, not null
     */
    public BilingualText reason() {
        return ReviewMessages.reason(this);
    }

    /**
     * Returns the points the defect deducts from its item before the item's floor of zero: the criterion's
     * deduction times the occurrences, 0 for a veto.
     *
     * @return the points, not negative (a long: a large deduction times many occurrences may exceed an int)
     */
    public long points() {
        return (long) criterion.deduction() * occurrences;
    }

    /**
     * Describes the defect: criterion, what was found, the deduction or veto, who answers for it, and the basis.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        return ReviewMessages.describe(this);
    }
}
