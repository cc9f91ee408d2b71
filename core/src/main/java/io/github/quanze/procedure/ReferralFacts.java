package io.github.quanze.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a case's history says of a referral of a suspected crime (移送情况), indexed with the other events of a
 * replay ({@link ReplayIndex}): the findings of a suspected crime, the answers of the authority the case went to,
 * and so whether the referral steps are required on a day and whether the penalty steps wait on the police.
 */
final class ReferralFacts {

    /** The steps of a referral, which a transfer never makes unnecessary. */
    static final Set<StepKind> STEPS = EnumSet.of(StepKind.REFERRAL_REPORT, StepKind.REFERRAL_APPROVAL,
            StepKind.REFERRAL, StepKind.ITEMS_HANDOVER, StepKind.RECONSIDERATION_REQUEST,
            StepKind.SUPERVISION_REQUEST);

    /** The findings of a suspected crime, in date order. */
    final List<CaseEvent.CrimeSuspected> findings = new ArrayList<>();
    /** The answers of the receiving authority, in date order. */
    final List<CaseEvent.Answered> answers = new ArrayList<>();

    /** Indexes an event, returning false if it is not of a referral. */
    boolean index(CaseEvent event) {
        if (event instanceof CaseEvent.CrimeSuspected c) {
            findings.add(c);
            return true;
        }
        if (event instanceof CaseEvent.Answered a) {
            answers.add(a);
            return true;
        }
        return false;
    }

    /** The first finding of a kind dated on or before a day, or null. */
    CaseEvent.CrimeSuspected flagged(ReferralKind kind, LocalDate on) {
        for (CaseEvent.CrimeSuspected c : findings) {
            if (c.kind() == kind && !c.date().isAfter(on)) {
                return c;
            }
        }
        return null;
    }

    /** The first answer dated on or before a day that satisfies a test, or null. */
    CaseEvent.Answered answer(LocalDate on, Predicate<PoliceAnswer> test) {
        for (CaseEvent.Answered a : answers) {
            if (!a.date().isAfter(on) && test.test(a.answer())) {
                return a;
            }
        }
        return null;
    }

    /**
     * Whether a condition of a referral holds on a day.
     *
     * @param index  the replay's index, for the steps performed
     */
    boolean holds(Condition condition, ReplayIndex index, LocalDate on) {
        switch (condition) {
            case REFERRAL_FLAGGED:
                return flagged(ReferralKind.PUBLIC_SECURITY, on) != null;
            case REFERRAL_APPROVED:
                return flagged(ReferralKind.SUPERVISORY, on) != null
                        || index.contents(StepKind.REFERRAL_APPROVAL, on).stream()
                                .anyMatch(c -> c instanceof ReferralApproval a && a.approved());
            case FILED_BY_POLICE:
                return answer(on, PoliceAnswer::filed) != null;
            default:
                return false;
        }
    }

    /**
     * Whether a step of the penalty procedure waits on the police on a day: the case was transferred to the public
     * security organ by then, and not given back since (不予立案, 复议不予立案, 移送回: Arts 10, 13). Only the steps
     * that follow 调查取证 wait, and never the last step or a step of the referral (行政处罚法 Art 57 第一款 item (4),
     * our reading).
     */
    boolean waitsOnPolice(Step step, ReplayIndex index, LocalDate on) {
        Procedure procedure = index.procedure;
        StepKind kind = step.kind();
        if (STEPS.contains(kind) || kind == procedure.last().kind() || !procedure.has(StepKind.INVESTIGATION)
                || !procedure.precedes(StepKind.INVESTIGATION, kind)) {
            return false;
        }
        LocalDate transferred = null;
        for (CaseEvent.StepPerformed p : index.performed.getOrDefault(StepKind.REFERRAL, List.of())) {
            if (!p.date().isAfter(on) && p.content().orElse(null) instanceof ReferralTransfer t
                    && t.kind() == ReferralKind.PUBLIC_SECURITY) {
                transferred = p.date();
            }
        }
        if (transferred == null) {
            return false;
        }
        for (CaseEvent.Answered a : answers) {
            if (!a.date().isAfter(on) && !a.date().isBefore(transferred) && a.answer().backToAgency()) {
                return false;
            }
        }
        return true;
    }
}
