package io.github.quanze.benchmarks;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.Condition;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * The case check a vendor writes by hand, the peer of the replay benchmarks: for every step of the procedure it
 * scans the whole history, counts officers, asks the organization about each certificate, and counts the seven
 * working days to serve a decision (行政处罚法 Art 61, 85) day by day. It finds four of the replay's results only
 * (too few officers, uncertified officers, missing steps of a closed case, a late service) and does not explain
 * them.
 */
final class NaiveCaseCheck {

    private NaiveCaseCheck() {}

    /** The peer's results, as counts. */
    record Result(int tooFew, int uncertified, int missing, int lateService) {

        /** The same counts taken from a replayed case. */
        static Result of(CaseState state) {
            int late = 0;
            for (ProcedureViolation v : state.violations(ViolationKind.MISSED_DEADLINE)) {
                late += v.step() == StepKind.SERVICE ? 1 : 0;
            }
            return new Result(state.violations(ViolationKind.TOO_FEW_OFFICERS).size(),
                    state.violations(ViolationKind.UNCERTIFIED_OFFICER).size(),
                    state.violations(ViolationKind.MISSING_STEP).size(), late);
        }
    }

    static Result check(Procedure procedure, Organization organization, String area, boolean major,
            boolean hearingEligible, List<CaseEvent> events, WorkingDayCalendar calendar) {
        boolean hearingRequested = false;
        for (CaseEvent e : events) {
            hearingRequested |= e instanceof CaseEvent.HearingRequested;
        }
        boolean closed = false;
        for (CaseEvent e : events) {
            closed |= e instanceof CaseEvent.StepPerformed p && p.step() == procedure.last().kind();
        }
        int tooFew = 0;
        int uncertified = 0;
        int missing = 0;
        int lateService = 0;
        for (Step step : procedure.steps()) {
            boolean found = false;
            for (CaseEvent e : events) {
                if (e instanceof CaseEvent.StepPerformed p && p.step() == step.kind()) {
                    found = true;
                    if (p.officers().size() < step.officers()) {
                        tooFew++;
                    }
                    if (step.isCertified()) {
                        for (OfficerId officer : p.officers()) {
                            if (!organization.certification(officer, area, p.date()).isCertified()) {
                                uncertified++;
                            }
                        }
                    }
                    if (step.kind() == StepKind.SERVICE && late(events, p.date(), calendar)) {
                        lateService++;
                    }
                }
            }
            boolean required = step.condition() == Condition.ALWAYS
                    || (step.condition() == Condition.LEGALITY_REVIEW_GROUND
                            || step.condition() == Condition.COLLECTIVE_DECISION_GROUND) && major
                    || step.condition() == Condition.HEARING_ELIGIBLE && hearingEligible
                    || step.condition() == Condition.HEARING_REQUESTED && hearingEligible && hearingRequested;
            if (closed && required && !found) {
                missing++;
            }
        }
        return new Result(tooFew, uncertified, missing, lateService);
    }

    /** Whether a service came more than seven working days after the decision, counted a day at a time. */
    private static boolean late(List<CaseEvent> events, LocalDate served, WorkingDayCalendar calendar) {
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.DECISION) {
                LocalDate day = p.date();
                int counted = 0;
                while (counted < 7) {
                    day = day.plusDays(1);
                    if (calendar.isWorkingDay(day)) {
                        counted++;
                    }
                }
                return served.isAfter(day);
            }
        }
        return false;
    }
}
