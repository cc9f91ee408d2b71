package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of reviewing one case file (案卷评查结果): the agency whose file it is, the standard applied, the score
 * per item, every defect with its reason, deduction and provision, the veto items found, the total and the grade,
 * and an explanation a reviewer can paste into a 评查意见书.
 * <p>
 * A report is of a closed case: {@link CaseFileReview} refuses to review an open one, whose file is not complete
 * and would otherwise score as if nothing were missing.
 *
 * @param caseId  the case number, one line without surrounding spaces, not blank
 * @param agency  the agency whose case file it is, which the assessment of agencies counts it for, not null
 * @param standard  the standard applied, not null
 * @param date  the review date, not null
 * @param handlers  the case handlers (承办人), who answer for the file, not null
 * @param scores  the score per item, in the standard's order, not null
 * @param defects  every defect found, violations first in date order, then reviewer findings, not null
 * @param total  the total: 0 with a veto, else the sum of the item scores
 * @param grade  the grade, not null
 */
public record ReviewReport(String caseId, AgencyId agency, ReviewStandard standard, LocalDate date,
        List<Involvement> handlers, List<Score> scores, List<ReviewDefect> defects, int total, Grade grade) {

    /**
     * Creates a report.
     *
     * @param caseId  the case number, one line without surrounding spaces, not blank
     * @param agency  the agency whose case file it is, which the assessment of agencies counts it for, not null
     * @param standard  the standard applied, not null
     * @param date  the review date, not null
     * @param handlers  the case handlers (承办人), who answer for the file, not null
     * @param scores  the score per item, in the standard's order, not null
     * @param defects  every defect found, violations first in date order, then reviewer findings, not null
     * @param total  the total: 0 with a veto, else the sum of the item scores
     * @param grade  the grade, not null
     * @throws IllegalArgumentException if the case id is blank, has a control character or surrounding spaces, the
     *         total is outside 0 and the standard's total, a veto is found but the total is not 0, or the grade is
     *         not the one the standard gives the total
     */
    public ReviewReport {
        Texts.checkLine("Review report: case id", caseId);
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(grade, "grade");
        handlers = Lists.copyOf("handlers", handlers);
        scores = Lists.copyOf("scores", scores);
        defects = Lists.copyOf("defects", defects);
        String report = "Review report of case " + Texts.quoted(caseId);
        boolean vetoed = defects.stream().anyMatch(d -> d.criterion().isVeto());
        checkArgument(total >= 0 && total <= standard.total(), "%s: total must be 0 to %s, but was %s", report,
                standard.total(), total);
        checkArgument(!vetoed || total == 0, "%s: a file with a veto item scores 0, but the total was %s", report,
                total);
        checkArgument(grade == standard.grade(total, vetoed), "%s: standard %s grades %s points %s, but the grade was "
                + "%s", report, Texts.quoted(standard.name()), total, standard.grade(total, vetoed), grade);
    }

    /**
     * Returns the veto items found (否决项).
     *
     * @return the defects whose criterion is a veto, not null
     */
    public List<ReviewDefect> vetoes() {
        return defects.stream().filter(d -> d.criterion().isVeto()).toList();
    }

    /**
     * Checks whether the file passed (合格 or 优秀).
     *
     * @return true unless the grade is 不合格
     */
    public boolean passed() {
        return grade != Grade.FAIL;
    }

    /**
     * Explains the result, one line per item and per defect.
     *
     * @return the explanation in Chinese and English, not null
     */
    public BilingualText explain() {
        return ReviewMessages.explain(this);
    }
}
