package io.github.quanze.procedure;

import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The check of a decision against its legality review (法制审核结论检查), 行政处罚法 Art 58 第一款: "未经法制审核或者
 * 审核未通过的，不得作出决定". A decision without a required review is {@link ViolationKind#WRONG_ORDER} or
 * {@link ViolationKind#MISSING_STEP} already; this finds a decision made after a required review whose opinions of its
 * last day before the decision all fail it ({@link ViolationKind#DECIDED_AGAINST_REVIEW}). A review event without an
 * opinion, or one of the same day that passes, is never taken as failed.
 * <p>
 * Only a decision that does what the review advised against is one: a penalty decision that records its penalty
 * ({@link PenaltyDecision}) or a licence granted ({@link LicenceDecision#granted()}). A decision recorded without
 * content, such as 不予行政处罚 (Art 57 第一款第（二）（三）项), a licence refused, or a decision whose content is not
 * recorded, may follow the review's advice and is never one. The head's approval of a coercive measure
 * ({@link StepKind#HEAD_APPROVAL}) is one whenever it is given, the approval being the decision to apply it.
 * <p>
 * Order within a day is unknown (our interpretation): when the last review day is the decision day and every opinion
 * of that day fails, the decision may have been made before them; if the review's last day before the decision day
 * passed it (or recorded no opinion), the decision is taken to follow that pass and is not reported.
 * <p>
 * That the same rule holds for a licence or a coercive measure listed for review under 国办发〔2018〕118号 is our
 * reading, the review being the same act before the same decision, and the violation cites the review step's own
 * provisions; the message says so.
 */
final class LegalityReviewChecks {

    private final ReplayIndex index;
    private final ReplayFindings findings;

    LegalityReviewChecks(ReplayIndex index, ReplayFindings findings) {
        this.index = index;
        this.findings = findings;
    }

    void check() {
        Step review = index.procedure.step(StepKind.LEGALITY_REVIEW).orElse(null);
        List<CaseEvent.StepPerformed> reviews = index.performed.get(StepKind.LEGALITY_REVIEW);
        if (review == null || reviews == null) {
            return;
        }
        for (StepKind kind : List.of(StepKind.DECISION, StepKind.HEAD_APPROVAL)) {
            Step decision = index.procedure.step(kind).orElse(null);
            if (decision == null || !decision.after().contains(StepKind.LEGALITY_REVIEW)
                    || !index.performed.containsKey(kind)) {
                continue;
            }
            CaseEvent.StepPerformed decided = index.first(kind);
            LocalDate on = decided.date();
            if (decidesAgainst(decided) && index.requiredBarReferral(review, on)) {
                check(review, reviews, decision, decided);
            }
        }
    }

    /**
     * Whether a decision does what a failed review would advise against: a penalty recorded, a licence granted, or
     * a head's approval.
     */
    private static boolean decidesAgainst(CaseEvent.StepPerformed decided) {
        if (decided.step() == StepKind.HEAD_APPROVAL) {
            return true;
        }
        StepContent content = decided.content().orElse(null);
        return content instanceof PenaltyDecision || content instanceof LicenceDecision l && l.granted();
    }

    private void check(Step review, List<CaseEvent.StepPerformed> reviews, Step decision,
            CaseEvent.StepPerformed decided) {
        LocalDate last = lastBefore(reviews, decided.date(), true);
        if (last == null) {
            return;
        }
        Set<ReviewAspect> issues = failures(reviews, last);
        if (issues == null) {
            return;
        }
        if (last.equals(decided.date())) {
            LocalDate earlier = lastBefore(reviews, last, false);
            if (earlier != null && failures(reviews, earlier) == null) {
                return;
            }
        }
        Parameters.Builder details = Parameters.builder().put("reviewed", last).put("issues", new ArrayList<>(issues));
        if (decided.content().orElse(null) instanceof LicenceDecision) {
            details.put("licence", true);
        }
        findings.violation(ViolationKind.DECIDED_AGAINST_REVIEW, decision, decided.date(),
                index.people(decision, decided.officers()), details.build(), review.basis(), review);
    }

    /** The last review day before a day, or on it if inclusive; null if none. */
    private static LocalDate lastBefore(List<CaseEvent.StepPerformed> reviews, LocalDate day, boolean inclusive) {
        LocalDate last = null;
        for (CaseEvent.StepPerformed r : reviews) {
            boolean in = inclusive ? !r.date().isAfter(day) : r.date().isBefore(day);
            if (in && (last == null || r.date().isAfter(last))) {
                last = r.date();
            }
        }
        return last;
    }

    /** The issues of a day's reviews if every one fails; null if one passes or records no opinion. */
    private static Set<ReviewAspect> failures(List<CaseEvent.StepPerformed> reviews, LocalDate day) {
        Set<ReviewAspect> issues = new LinkedHashSet<>();
        for (CaseEvent.StepPerformed r : reviews) {
            if (r.date().equals(day)) {
                if (!(r.content().orElse(null) instanceof LegalityOpinion opinion) || opinion.passed()) {
                    return null;
                }
                issues.addAll(opinion.issues());
            }
        }
        return issues;
    }
}
