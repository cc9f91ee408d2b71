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
 * opinion, or one of the same day that passes, is never taken as failed. The decision is the step
 * {@link StepKind#DECISION}, or the head's approval of a coercive measure ({@link StepKind#HEAD_APPROVAL}); that the
 * same rule holds for a licence or a coercive measure listed for review under 国办发〔2018〕118号 is our reading, the
 * review being the same act before the same decision, and the violation cites the review step's own provisions.
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
            if (index.required(review, on)) {
                check(review, reviews, decision, decided);
            }
        }
    }

    private void check(Step review, List<CaseEvent.StepPerformed> reviews, Step decision,
            CaseEvent.StepPerformed decided) {
        LocalDate last = null;
        for (CaseEvent.StepPerformed r : reviews) {
            if (!r.date().isAfter(decided.date()) && (last == null || r.date().isAfter(last))) {
                last = r.date();
            }
        }
        if (last == null) {
            return;
        }
        Set<ReviewAspect> issues = new LinkedHashSet<>();
        for (CaseEvent.StepPerformed r : reviews) {
            if (r.date().equals(last)) {
                if (!(r.content().orElse(null) instanceof LegalityOpinion opinion) || opinion.passed()) {
                    return;
                }
                issues.addAll(opinion.issues());
            }
        }
        findings.violation(ViolationKind.DECIDED_AGAINST_REVIEW, decision, decided.date(),
                index.people(decision, decided.officers()), Parameters.builder().put("reviewed", last)
                        .put("issues", new ArrayList<>(issues)).build(), review.basis(), review);
    }
}
