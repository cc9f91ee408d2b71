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
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.RecordRequirement;
import io.github.quanze.procedure.ReferralApproval;
import io.github.quanze.procedure.ReferralKind;
import io.github.quanze.procedure.ReferralTransfer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case check a vendor writes by hand, the peer of the replay benchmarks: for every step of the procedure it
 * scans the whole history, counts officers, asks the organization about each certificate, and counts the seven
 * working days to serve a decision (行政处罚法 Art 61, 85) day by day. It finds four of the replay's procedural
 * results (too few officers, uncertified officers, missing steps of a closed case, a late service) and, for the
 * three-systems mix, the results of the records, publication and referral a hand-written check of those rules
 * counts: a step whose stated records miss its requirement (Art 47), a decision published late (国办发〔2018〕118号,
 * seven working days), overturned information withdrawn late or without reasons (Art 48 第二款), the head's decision
 * on a referral after three days and the transfer after twenty-four hours (行政执法机关移送涉嫌犯罪案件的规定 Art 5),
 * the items handed over after three days of the police's filing (Art 12), and a closed case whose suspected crime
 * was not referred or was penalised instead (Arts 3, 11). It counts every limit a day at a time and explains nothing.
 */
final class NaiveCaseCheck {

    /** The steps of a referral, which never wait on the police. */
    private static final Set<StepKind> REFERRAL_STEPS = EnumSet.of(StepKind.REFERRAL_REPORT,
            StepKind.REFERRAL_APPROVAL, StepKind.REFERRAL, StepKind.ITEMS_HANDOVER, StepKind.RECONSIDERATION_REQUEST,
            StepKind.SUPERVISION_REQUEST);

    private NaiveCaseCheck() {}

    /** The peer's results, as counts. */
    record Result(int tooFew, int uncertified, int missing, int lateService, int recordMissing,
            int publicationOverdue, int lateWithdrawal, int withdrawnWithoutReasons, int lateReferral,
            int lateHandover, int notReferred, int penaltyInstead) {

        /** The same counts taken from a replayed case. */
        static Result of(CaseState state) {
            int late = 0;
            for (ProcedureViolation v : state.violations(ViolationKind.MISSED_DEADLINE)) {
                late += v.step() == StepKind.SERVICE ? 1 : 0;
            }
            return new Result(state.violations(ViolationKind.TOO_FEW_OFFICERS).size(),
                    state.violations(ViolationKind.UNCERTIFIED_OFFICER).size(),
                    state.violations(ViolationKind.MISSING_STEP).size(), late,
                    state.violations(ViolationKind.RECORD_MISSING).size()
                            + state.violations(ViolationKind.AUDIO_VIDEO_MISSING).size(),
                    state.violations(ViolationKind.PUBLICATION_OVERDUE).size(),
                    state.violations(ViolationKind.LATE_WITHDRAWAL).size(),
                    state.violations(ViolationKind.WITHDRAWN_WITHOUT_REASONS).size(),
                    state.violations(ViolationKind.LATE_REFERRAL).size(),
                    state.violations(ViolationKind.LATE_HANDOVER).size(),
                    state.violations(ViolationKind.NOT_REFERRED).size(),
                    state.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL).size());
        }

        /** All the findings counted. */
        int total() {
            return tooFew + uncertified + missing + lateService + recordMissing + publicationOverdue + lateWithdrawal
                    + withdrawnWithoutReasons + lateReferral + lateHandover + notReferred + penaltyInstead;
        }
    }

    /**
     * Checks a history.
     *
     * @param publication  whether the case's decision must be published (seven working days; three to withdraw)
     * @param asOf  the day of the check: later events are not counted
     */
    static Result check(Procedure procedure, Organization organization, String area, boolean major,
            boolean hearingEligible, boolean publication, List<CaseEvent> events, WorkingDayCalendar calendar,
            LocalDate asOf) {
        boolean hearingRequested = false;
        LocalDate closedOn = null;
        LocalDate crimeFound = null;
        LocalDate referred = null;
        LocalDate filed = null;
        boolean approved = false;
        boolean refused = false;
        for (CaseEvent e : events) {
            hearingRequested |= e instanceof CaseEvent.HearingRequested;
            if (e instanceof CaseEvent.StepPerformed p) {
                if (p.step() == procedure.last().kind()) {
                    closedOn = p.date();
                } else if (p.step() == StepKind.REFERRAL_APPROVAL
                        && p.content().orElse(null) instanceof ReferralApproval a) {
                    approved |= a.approved();
                    refused |= !a.approved();
                } else if (p.step() == StepKind.REFERRAL && p.content().orElse(null) instanceof ReferralTransfer t
                        && t.kind() == ReferralKind.PUBLIC_SECURITY) {
                    referred = earlier(referred, p.date());
                }
            } else if (e instanceof CaseEvent.CrimeSuspected c && c.kind() == ReferralKind.PUBLIC_SECURITY) {
                crimeFound = earlier(crimeFound, c.date());
            } else if (e instanceof CaseEvent.Answered a && a.answer().filed()) {
                filed = earlier(filed, a.date());
            }
        }
        boolean closed = closedOn != null;
        // a transferred case waits on the police unless they gave it back (行政执法机关移送涉嫌犯罪案件的规定 Arts 10, 13)
        boolean waiting = referred != null;
        for (CaseEvent e : events) {
            if (waiting && e instanceof CaseEvent.Answered a && a.answer().backToAgency() && !a.date().isBefore(referred)
                    && (closedOn == null || !a.date().isAfter(closedOn))) {
                waiting = false;
            }
        }
        // a crime found and neither referred nor refused by the head: the failure to refer is the one violation
        boolean unreferred = closed && crimeFound != null && !crimeFound.isAfter(closedOn) && referred == null
                && !refused;
        int tooFew = 0;
        int uncertified = 0;
        int missing = 0;
        int lateService = 0;
        int recordMissing = 0;
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
                    if (p.records().isPresent()) {
                        for (RecordRequirement requirement : step.records()) {
                            boolean met = false;
                            for (RecordKind kind : p.records().get()) {
                                met |= requirement.anyOf().contains(kind);
                            }
                            recordMissing += met ? 0 : 1;
                        }
                    }
                }
            }
            boolean required = step.condition() == Condition.ALWAYS
                    || (step.condition() == Condition.LEGALITY_REVIEW_GROUND
                            || step.condition() == Condition.COLLECTIVE_DECISION_GROUND) && major
                    || step.condition() == Condition.HEARING_ELIGIBLE && hearingEligible
                    || step.condition() == Condition.HEARING_REQUESTED && hearingEligible && hearingRequested
                    || step.condition() == Condition.REFERRAL_FLAGGED && crimeFound != null
                    || step.condition() == Condition.REFERRAL_APPROVED && approved
                    || step.condition() == Condition.FILED_BY_POLICE && filed != null;
            if (waiting && !REFERRAL_STEPS.contains(step.kind()) && step.kind() != procedure.last().kind()
                    && procedure.precedes(StepKind.INVESTIGATION, step.kind())) {
                required = false;
            }
            if (unreferred && (step.kind() == StepKind.REFERRAL_REPORT || step.kind() == StepKind.REFERRAL_APPROVAL
                    || step.kind() == StepKind.REFERRAL)) {
                required = false;
            }
            if (closed && required && !found) {
                missing++;
            }
        }
        int[] publicity = publication ? publicity(events, calendar, asOf) : new int[3];
        int notReferred = 0;
        int penaltyInstead = 0;
        if (unreferred) {
            boolean penalised = false;
            for (CaseEvent e : events) {
                penalised |= e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.DECISION
                        && p.date().isAfter(crimeFound) && p.content().orElse(null) instanceof PenaltyDecision d
                        && !d.kinds().isEmpty();
            }
            if (penalised) {
                penaltyInstead++;
            } else {
                notReferred++;
            }
        }
        return new Result(tooFew, uncertified, missing, lateService, recordMissing, publicity[0], publicity[1],
                publicity[2], lateApproval(events, calendar, asOf) + lateTransfer(events, asOf),
                lateHandover(events, filed, calendar, asOf), notReferred, penaltyInstead);
    }

    /** Whether a service came more than seven working days after the decision, counted a day at a time. */
    private static boolean late(List<CaseEvent> events, LocalDate served, WorkingDayCalendar calendar) {
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.DECISION) {
                return served.isAfter(workingDaysAfter(p.date(), 7, calendar));
            }
        }
        return false;
    }

    /** The published decision: late, withdrawn late, withdrawn without reasons. */
    private static int[] publicity(List<CaseEvent> events, WorkingDayCalendar calendar, LocalDate asOf) {
        LocalDate decided = null;
        LocalDate published = null;
        CaseEvent.Overturned ruling = null;
        for (CaseEvent e : events) {
            if (e.date().isAfter(asOf)) {
                continue;
            }
            if (e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.DECISION) {
                decided = earlier(decided, p.date());
            } else if (e instanceof CaseEvent.Published p) {
                published = earlier(published, p.date());
            } else if (e instanceof CaseEvent.Overturned o && (ruling == null || o.date().isBefore(ruling.date()))) {
                ruling = o;
            }
        }
        int[] result = new int[3];
        if (decided == null) {
            return result;
        }
        LocalDate due = workingDaysAfter(decided, 7, calendar);
        if (published == null ? asOf.isAfter(due) : published.isAfter(due)) {
            result[0]++;
        }
        if (ruling == null || published == null || published.isAfter(ruling.date())) {
            return result;
        }
        LocalDate withdrawDue = workingDaysAfter(ruling.date(), 3, calendar);
        LocalDate withdrawn = null;
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.Withdrawn w && !w.date().isAfter(asOf) && !w.date().isBefore(ruling.date())) {
                withdrawn = earlier(withdrawn, w.date());
                result[2] += w.reasonsStated() ? 0 : 1;
            }
        }
        if (withdrawn == null ? asOf.isAfter(withdrawDue) : withdrawn.isAfter(withdrawDue)) {
            result[1]++;
        }
        return result;
    }

    /** Art 5 第二款: the head decides within three days of the report (the last day moved off a rest day). */
    private static int lateApproval(List<CaseEvent> events, WorkingDayCalendar calendar, LocalDate asOf) {
        LocalDate reported = null;
        LocalDate decided = null;
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.StepPerformed p && !p.date().isAfter(asOf)) {
                if (p.step() == StepKind.REFERRAL_REPORT) {
                    reported = earlier(reported, p.date());
                } else if (p.step() == StepKind.REFERRAL_APPROVAL) {
                    decided = earlier(decided, p.date());
                }
            }
        }
        if (reported == null) {
            return 0;
        }
        LocalDate due = daysAfter(reported, 3, calendar);
        return (decided == null ? asOf.isAfter(due) : decided.isAfter(due)) ? 1 : 0;
    }

    /** Art 5 第二款: transferred within twenty-four hours of the approval, to the hour where both hours are known. */
    private static int lateTransfer(List<CaseEvent> events, LocalDate asOf) {
        CaseEvent.StepPerformed approval = null;
        CaseEvent.StepPerformed transfer = null;
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.StepPerformed p && !p.date().isAfter(asOf)) {
                if (approval == null && p.content().orElse(null) instanceof ReferralApproval a && a.approved()) {
                    approval = p;
                } else if (transfer == null && p.content().orElse(null) instanceof ReferralTransfer t
                        && t.kind() == ReferralKind.PUBLIC_SECURITY) {
                    transfer = p;
                }
            }
        }
        if (approval == null) {
            return 0;
        }
        Optional<LocalTime> approvedAt = ((ReferralApproval) approval.content().get()).time();
        Optional<LocalTime> transferredAt = transfer == null ? Optional.empty()
                : ((ReferralTransfer) transfer.content().get()).time();
        if (approvedAt.isEmpty()) {
            // dates only: late when transferred (or still not, by the day of the check) two days or more after
            LocalDate nextDay = approval.date().plusDays(1);
            return (transfer == null ? asOf.isAfter(nextDay) : transfer.date().isAfter(nextDay)) ? 1 : 0;
        }
        LocalDateTime until = approval.date().atTime(approvedAt.get()).plusHours(24);
        if (transfer == null) {
            return asOf.plusDays(1).atStartOfDay().isAfter(until) ? 1 : 0;
        }
        if (transferredAt.isPresent()) {
            return transfer.date().atTime(transferredAt.get()).isAfter(until) ? 1 : 0;
        }
        return transfer.date().isAfter(until.toLocalDate()) ? 1 : 0;
    }

    /** Art 12: the items within three days of the police's filing notice (the last day moved off a rest day). */
    private static int lateHandover(List<CaseEvent> events, LocalDate filed, WorkingDayCalendar calendar,
            LocalDate asOf) {
        if (filed == null || filed.isAfter(asOf)) {
            return 0;
        }
        LocalDate done = null;
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.ITEMS_HANDOVER
                    && !p.date().isAfter(asOf)) {
                done = earlier(done, p.date());
            }
        }
        LocalDate due = daysAfter(filed, 3, calendar);
        return (done == null ? asOf.isAfter(due) : done.isAfter(due)) ? 1 : 0;
    }

    /** The day some working days after a day, counted a day at a time. */
    private static LocalDate workingDaysAfter(LocalDate from, int days, WorkingDayCalendar calendar) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The last day of some natural days after a day, moved to the next working day if it is a rest day. */
    private static LocalDate daysAfter(LocalDate from, int days, WorkingDayCalendar calendar) {
        LocalDate day = from.plusDays(days);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
