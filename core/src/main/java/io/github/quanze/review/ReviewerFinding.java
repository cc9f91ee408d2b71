package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.procedure.Involvement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A defect a reviewer found in a case file (评查人员发现的问题) that replaying the history cannot see: evidence
 * insufficient, a wrong legal basis, a document filled in irregularly, pages out of order. The reviewer names the
 * criterion of the standard, how many times the defect occurs, and who answers for it; where nobody is named, the
 * case handlers (承办人) do.
 *
 * @param criterion  the code of the criterion in the review standard, one line without surrounding spaces, not blank
 * @param occurrences  how many times the defect occurs in the file, 1 to {@value #MAX_OCCURRENCES}
 * @param note  what the reviewer saw, such as 询问笔录第3页未签名, not blank, no control character but line breaks
 * @param reviewer  the reviewer's name, one line without surrounding spaces, not blank
 * @param date  the day of the finding, not null
 * @param people  who answers for the defect, with their part; empty for the case handlers
 */
public record ReviewerFinding(String criterion, int occurrences, String note, String reviewer, LocalDate date,
        List<Involvement> people) {

    /** The most occurrences one finding may count. */
    public static final int MAX_OCCURRENCES = 10_000;

    /**
     * Creates a finding.
     *
     * @param criterion  the code of the criterion in the review standard, one line without surrounding spaces, not
     *         blank
     * @param occurrences  how many times the defect occurs in the file, 1 to {@value #MAX_OCCURRENCES}
     * @param note  what the reviewer saw, such as 询问笔录第3页未签名, not blank, no control character but line breaks
     * @param reviewer  the reviewer's name, one line without surrounding spaces, not blank
     * @param date  the day of the finding, not null
     * @param people  who answers for the defect, with their part; empty for the case handlers
     * @throws IllegalArgumentException if the criterion, note or reviewer is blank or has a control character (the
     *         note may hold line breaks), the criterion or reviewer has surrounding spaces, or the occurrences are out
     *         of range
     */
    public ReviewerFinding {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(date, "date");
        people = Lists.copyOf("people", people);
        Texts.checkLine("Reviewer finding: criterion", criterion);
        String finding = "Reviewer finding " + Texts.quoted(criterion);
        Texts.checkLine(finding + ": reviewer", reviewer);
        checkArgument(occurrences >= 1 && occurrences <= MAX_OCCURRENCES,
                "%s: occurrences must be 1 to %s, but were %s", finding, MAX_OCCURRENCES, occurrences);
        Texts.checkText(finding + ": note", note);
    }

    /**
     * Obtains a finding of one occurrence, answered for by the case handlers.
     *
     * @param criterion  the criterion's code, not blank
     * @param note  what the reviewer saw, not blank
     * @param reviewer  the reviewer's name, not blank
     * @param date  the day, not null
     * @return the finding, not null
     */
    public static ReviewerFinding of(String criterion, String note, String reviewer, LocalDate date) {
        return new ReviewerFinding(criterion, 1, note, reviewer, date, List.of());
    }
}
