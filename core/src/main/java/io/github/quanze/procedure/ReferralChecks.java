package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.CRIMINAL_REFERRAL_PROVISIONS;

import com.google.common.collect.Sets;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.organization.Leadership;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.Deadline;
import io.github.quanze.timelimit.DeadlineStatus;
import io.github.quanze.timelimit.StatutoryLimits;
import io.github.quanze.timelimit.TimeLimit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a referral of a suspected crime (移送检查, 行政执法机关移送涉嫌犯罪案件的规定): the head's decision within
 * three days of the written report, by the principal head or the head presiding over the agency's work, with reasons
 * when it refuses (Art 5); the transfer within twenty-four hours of the approval (Art 5), with the materials of Art 6
 * and the property seized (行政强制法 Art 21); the items handed over within three days of the police's filing notice
 * (Art 12); and, when the case closes, a suspected crime not referred (Arts 3, 19) or a penalty in place of referral
 * (Art 11). The police's own limits (Arts 7, 8, 9) are the police's duty (Art 17), noted, never the agency's breach,
 * and so is a late request for reconsideration, which is the agency's right (Art 9: 可以): see
 * {@link ReferralPoliceNotes}.
 * <p>
 * While the case is open, a suspected crime not yet referred, even with a penalty decided meanwhile, is only noted:
 * Arts 3 and 5 say 应当立即 but set no time for 立即, so no day can be named on which the referral became late (our
 * reading; no numeric limit is invented). The failure is reported when the case closes without a referral. From the
 * finding until the head refuses or the case comes back to the agency, the penalty steps after 调查取证 wait and the
 * time is left out of 行政处罚法 Art 60's period ({@link ReferralFacts#waits}, our reading, noted as
 * PENALTY_WAITS_ON_REFERRAL). A penalty decided on the day of the finding is one decided after it (our reading).
 * <p>
 * Holding the head to a late decision on the report (Art 5's three days) under Art 16 第一款 (逾期不将案件移送) is our
 * reading: a decision not made in time keeps the case from going in time; the text says so. A duty-crime lead not
 * referred (Art 19) is reported as a failure to act: Art 19 has no liability article of its own, and the text says so.
 * Days are natural days with a last day on a rest day moved to the next working day (民法典 Art 203): our reading; the
 * competing one, 行政处罚法 Art 85 (三日 as working days), governs only the periods of that law (本法中).
 * <p>
 * The twenty-four hours are counted exactly when the times of day of the approval and the transfer are recorded;
 * otherwise a transfer is late only when the dates alone prove it, dated two or more days after the approval (our
 * reading: a transfer on the next day may be within twenty-four hours). The principal head answers for a late or
 * missing referral (Art 16): the head who decided on it, or, if none did, the agency's principal heads; the officers
 * of the step answer as those directly responsible (Art 16 第三款). Holding the principal head to a late hand-over of
 * items (Art 12) as to a late referral is our reading: Art 16 第一款 names only 逾期不将案件移送.
 */
final class ReferralChecks {

    /** The penalties that keep running after a referral (Art 11 第二款). */
    static final Set<PenaltyKind> CONTINUING = Sets.immutableEnumSet(PenaltyKind.WARNING,
            PenaltyKind.ORDERED_TO_SUSPEND, PenaltyKind.LICENCE_SUSPENDED, PenaltyKind.LICENCE_REVOKED);

    private static final LegalBasis ART_5 = ReferralSteps.cite(5, 2);
    private static final LegalBasis LATE = ART_5.and(ReferralSteps.cite(16, 1));
    private static final LegalBasis NOT_REFERRED = LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 3, 1))
            .and(ReferralSteps.cite(16, 2));
    private static final LegalBasis INSTEAD = ReferralSteps.cite(11, 1).and(ReferralSteps.cite(16, 2));
    private static final LegalBasis LEAD = LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 19));
    private static final LegalBasis ITEMS = LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 12));
    private static final LegalBasis MATERIALS = LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 6));
    private static final LegalBasis WAIT = ReferralSteps.cite(11, 1).and(LegalBasis.of(Provision.of(
            ADMINISTRATIVE_PENALTY_LAW, 27, 1))).and(LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 57, 1)
            .withItem(4)));
    private static final LegalBasis CARRY_ON = ReferralSteps.cite(11, 2).and(ReferralSteps.cite(11, 3));
    /** The latest day a transfer within twenty-four hours of an approval can fall on: the next day. */
    private static final TimeLimit NEXT_DAY = TimeLimit.ofDays(1).withoutRolling();

    private final ReplayIndex index;
    private final ReplayFindings findings;
    private final ReferralFacts facts;
    private final List<CaseDeadline> deadlines = new ArrayList<>();

    ReferralChecks(ReplayIndex index, ReplayFindings findings) {
        this.index = index;
        this.findings = findings;
        this.facts = index.referral;
    }

    /** Whether the case has anything of a referral to check. */
    static boolean applies(ReplayIndex index) {
        return !index.referral.findings.isEmpty() || !index.referral.answers.isEmpty()
                || ReferralFacts.STEPS.stream().anyMatch(index.performed::containsKey);
    }

    /** Runs every check; returns the deadlines counted, in the order of the steps. */
    List<CaseDeadline> run(boolean closed) {
        checkApprovals();
        checkApprovalTime();
        checkTransferTime();
        checkTransfers();
        checkHandover();
        new ReferralPoliceNotes(index, findings).run();
        noteWaiting();
        checkOutcome(closed);
        return deadlines;
    }

    /** Art 5: reasons for a refusal, and the principal head or the deputy presiding over the agency's work. */
    private void checkApprovals() {
        Optional<Step> step = index.procedure.step(StepKind.REFERRAL_APPROVAL);
        if (step.isEmpty()) {
            return;
        }
        for (CaseEvent.StepPerformed event : index.performed.getOrDefault(StepKind.REFERRAL_APPROVAL, List.of())) {
            if (!(event.content().orElse(null) instanceof ReferralApproval decision)) {
                continue;
            }
            if (!decision.approved() && decision.reasons().isEmpty()) {
                findings.violation(ViolationKind.REFERRAL_REFUSED_WITHOUT_REASONS, step.get(), event.date(),
                        index.people(step.get(), event.officers()), Parameters.empty(), ART_5);
            }
            boolean principal = event.officers().stream()
                    .anyMatch(o -> index.organization.leadershipOf(o).orElse(null) == Leadership.PRINCIPAL);
            if (!principal && !decision.presiding()) {
                for (OfficerId officer : event.officers()) {
                    if (index.organization.leadershipOf(officer).orElse(null) == Leadership.DEPUTY) {
                        findings.violation(ViolationKind.REFERRAL_NOT_BY_PRINCIPAL, step.get(), event.date(),
                                index.people(step.get(), List.of(officer)), Parameters.empty(),
                                ReferralSteps.cite(5, 1).and(ART_5));
                    }
                }
            }
        }
    }

    /** Art 5 第二款: the head decides within three days of receiving the written report. */
    private void checkApprovalTime() {
        LocalDate reported = index.firstDate(StepKind.REFERRAL_REPORT);
        Optional<Step> step = index.procedure.step(StepKind.REFERRAL_APPROVAL);
        if (reported == null || step.isEmpty()) {
            return;
        }
        LocalDate decided = index.firstDate(StepKind.REFERRAL_APPROVAL);
        TimeLimit limit = StatutoryLimits.REFERRAL_DECISION;
        Deadline deadline = limit.from(reported, index.calendar);
        DeadlineStatus status = deadline.status(index.asOf, Optional.ofNullable(decided), Deadline.DEFAULT_WARNING);
        deadlines.add(new CaseDeadline(StepKind.REFERRAL_APPROVAL, deadline, status));
        if (status.isMissed()) {
            List<Involvement> people = new ArrayList<>(heads(deadline.due()));
            Parameters.Builder details = DeadlineChecks.limit(limit).put("stage", StepKind.REFERRAL_APPROVAL)
                    .put("from", reported);
            if (decided != null) {
                details.put("done", decided);
            }
            findings.violation(ViolationKind.LATE_REFERRAL, step.get(), deadline.due(), people, details.build(),
                    LATE);
        }
    }

    /** Art 5 第二款: an approved referral goes to the police within twenty-four hours. */
    private void checkTransferTime() {
        CaseEvent.StepPerformed approval = firstApproval();
        Optional<Step> step = index.procedure.step(StepKind.REFERRAL);
        if (approval == null || step.isEmpty()) {
            return;
        }
        CaseEvent.StepPerformed transfer = firstTransfer(ReferralKind.PUBLIC_SECURITY);
        LocalDate approved = approval.date();
        Deadline deadline = NEXT_DAY.from(approved, index.calendar);
        LocalDate done = transfer == null ? null : transfer.date();
        DeadlineStatus status = deadline.status(index.asOf, Optional.ofNullable(done), Deadline.DEFAULT_WARNING);
        deadlines.add(new CaseDeadline(StepKind.REFERRAL, deadline, status));
        Optional<LocalTime> approvedAt = ((ReferralApproval) approval.content().orElseThrow()).time();
        Optional<LocalTime> transferredAt = transfer == null ? Optional.empty()
                : ((ReferralTransfer) transfer.content().orElseThrow()).time();
        boolean late;
        LocalDate due = deadline.due();
        if (approvedAt.isPresent()) {
            LocalDateTime until = StatutoryLimits.REFERRAL_TRANSFER.fromTime(approved.atTime(approvedAt.get()));
            due = until.toLocalDate();
            if (transfer == null) {
                late = index.asOf.plusDays(1).atStartOfDay().isAfter(until);
            } else if (transferredAt.isPresent()) {
                late = transfer.date().atTime(transferredAt.get()).isAfter(until);
            } else {
                late = transfer.date().isAfter(due);
            }
        } else {
            late = status.isMissed();
        }
        if (late && !status.isMissed()) {
            // the hours prove it late on a day the dates alone do not: the deadline shown says so too
            deadlines.set(deadlines.size() - 1, new CaseDeadline(StepKind.REFERRAL, deadline, done == null
                    ? new DeadlineStatus(DeadlineStatus.State.OVERDUE, 1, Optional.empty())
                    : new DeadlineStatus(DeadlineStatus.State.MET_LATE, 1, Optional.of(done))));
        }
        if (late) {
            List<Involvement> people = new ArrayList<>(heads(due));
            CaseEvent.StepPerformed by = transfer != null ? transfer : index.performed.containsKey(
                    StepKind.REFERRAL_REPORT) ? index.first(StepKind.REFERRAL_REPORT) : null;
            if (by != null) {
                addAll(people, index.people(index.procedure.step(by.step()).orElseThrow(), by.officers()));
            }
            Parameters.Builder details = DeadlineChecks.limit(StatutoryLimits.REFERRAL_TRANSFER)
                    .put("stage", StepKind.REFERRAL).put("from", approved);
            approvedAt.ifPresent(t -> details.put("fromTime", t.toString()));
            if (transfer != null) {
                details.put("done", transfer.date());
                transferredAt.ifPresent(t -> details.put("doneTime", t.toString()));
            }
            findings.violation(ViolationKind.LATE_REFERRAL, step.get(), due, people, details.build(), LATE);
        }
    }

    /** Art 6: the materials; 行政强制法 Art 21: seized property goes with the case. */
    private void checkTransfers() {
        Optional<Step> step = index.procedure.step(StepKind.REFERRAL);
        for (CaseEvent.StepPerformed event : index.performed.getOrDefault(StepKind.REFERRAL, List.of())) {
            if (!(event.content().orElse(null) instanceof ReferralTransfer transfer)) {
                continue;
            }
            Set<ReferralMaterial> missing = transfer.missingMaterials();
            List<Involvement> people = index.people(step.orElseThrow(), event.officers());
            if (!missing.isEmpty()) {
                findings.violation(ViolationKind.REFERRAL_MATERIALS_MISSING, step.get(), event.date(), people,
                        Parameters.builder().put("authority", transfer.authority())
                                .put("missing", List.copyOf(missing)).build(), MATERIALS);
            }
            if (transfer.seized() == SeizedItems.RETAINED) {
                findings.violation(ViolationKind.SEIZED_ITEMS_NOT_TRANSFERRED, step.get(), event.date(), people,
                        Parameters.builder().put("authority", transfer.authority()).build(),
                        ReferralSteps.SEIZED_PROPERTY);
            }
        }
    }

    /**
     * Art 12: the items within three days of the filing notice, unless the case came back to the agency by then
     * ({@link ReferralFacts#handoverFrom}).
     */
    private void checkHandover() {
        CaseEvent.Answered filed = facts.handoverFrom(index, index.asOf);
        Optional<Step> step = index.procedure.step(StepKind.ITEMS_HANDOVER);
        if (filed == null || step.isEmpty()) {
            return;
        }
        TimeLimit limit = StatutoryLimits.REFERRAL_ITEMS_HANDOVER;
        Deadline deadline = limit.from(filed.date(), index.calendar);
        LocalDate done = index.firstDate(StepKind.ITEMS_HANDOVER);
        // items handed over before the filing notice are in time: for the count they are handed over on its day
        done = done != null && done.isBefore(filed.date()) ? filed.date() : done;
        DeadlineStatus status = deadline.status(index.asOf, Optional.ofNullable(done), Deadline.DEFAULT_WARNING);
        deadlines.add(new CaseDeadline(StepKind.ITEMS_HANDOVER, deadline, status));
        if (status.isMissed()) {
            List<Involvement> people = new ArrayList<>(heads(deadline.due()));
            CaseEvent.StepPerformed by = done != null ? index.first(StepKind.ITEMS_HANDOVER)
                    : firstTransfer(ReferralKind.PUBLIC_SECURITY);
            if (by != null) {
                addAll(people, index.people(index.procedure.step(by.step()).orElseThrow(), by.officers()));
            }
            Parameters.Builder details = DeadlineChecks.limit(limit).put("filed", filed.date());
            if (done != null) {
                details.put("done", done);
            }
            findings.violation(ViolationKind.LATE_HANDOVER, step.get(), deadline.due(), people, details.build(),
                    ITEMS.and(ReferralSteps.cite(16, 1)));
        }
    }

    /**
     * Arts 3, 11, 16, 19: when the case closes, a suspected crime not referred, or a penalty decided after the finding
     * in its place; while it is open, a penalty decided and no referral yet is noted. A head's refusal (with or without
     * reasons, the latter reported of its own) is the decision Art 5 gives the head, not a failure to refer (our
     * reading); a penalty decided before a referral that followed keeps running (Art 11 第二款, 第三款), noted.
     */
    private void checkOutcome(boolean closed) {
        StepKind last = index.procedure.last().kind();
        LocalDate closedOn = closed ? index.firstDate(last) : null;
        LocalDate on = closed ? closedOn : index.asOf;
        CaseEvent.CrimeSuspected crime = facts.flagged(ReferralKind.PUBLIC_SECURITY, on);
        if (crime != null) {
            CaseEvent.StepPerformed transfer = firstTransfer(ReferralKind.PUBLIC_SECURITY);
            boolean refused = index.performed.getOrDefault(StepKind.REFERRAL_APPROVAL, List.of()).stream()
                    .anyMatch(e -> e.content().orElse(null) instanceof ReferralApproval a && !a.approved());
            List<CaseEvent.StepPerformed> penalties = penaltiesFrom(crime.date());
            if (transfer != null) {
                notePenaltiesBefore(transfer);
                notePenaltiesWhileAway(transfer);
            } else if (!refused) {
                if (closed) {
                    Step closing = index.procedure.last();
                    List<Involvement> people = new ArrayList<>(heads(closedOn));
                    List<StepKind> missing = absorbMissing(closedOn, StepKind.REFERRAL_REPORT,
                            StepKind.REFERRAL_APPROVAL, StepKind.REFERRAL);
                    absorbOpenLateness();
                    if (penalties.isEmpty()) {
                        addAll(people, index.people(closing, index.first(last).officers()));
                        findings.violation(ViolationKind.NOT_REFERRED, index.procedure.step(StepKind.REFERRAL)
                                .orElseThrow(), closedOn, people, Parameters.builder().put("found", crime.date())
                                .put("referralKind", ReferralKind.PUBLIC_SECURITY).put("closing", last)
                                .putAll(skipped(missing)).build(), NOT_REFERRED);
                    } else {
                        CaseEvent.StepPerformed decision = penalties.get(0);
                        addAll(people, index.people(index.procedure.step(StepKind.DECISION).orElseThrow(),
                                decision.officers()));
                        findings.violation(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL, index.procedure
                                .step(StepKind.REFERRAL).orElseThrow(), closedOn, people,
                                penalty(decision).put("found", crime.date()).put("decided", decision.date())
                                        .put("closing", last).putAll(skipped(missing)).build(), INSTEAD);
                    }
                } else {
                    for (CaseEvent.StepPerformed decision : penalties) {
                        findings.note(NoteKind.PENALTY_PENDING_REFERRAL, StepKind.DECISION, decision.date(),
                                penalty(decision).put("found", crime.date()).build(), INSTEAD);
                    }
                }
            }
        }
        CaseEvent.CrimeSuspected lead = facts.flagged(ReferralKind.SUPERVISORY, on);
        if (lead != null && closed && firstTransfer(ReferralKind.SUPERVISORY) == null) {
            absorbMissing(closedOn, StepKind.REFERRAL);
            findings.violation(ViolationKind.LEAD_NOT_REFERRED, index.procedure.step(StepKind.REFERRAL)
                    .orElseThrow(), closedOn, index.people(index.procedure.last(), index.first(last).officers()),
                    Parameters.builder().put("found", lead.date()).put("closing", last).build(), LEAD);
        }
    }

    /**
     * The referral steps missing at closing, whose MISSING_STEP violations are withdrawn: the failure to refer states
     * the same omission, and one omission is one violation (and one fault).
     */
    private List<StepKind> absorbMissing(LocalDate closedOn, StepKind... steps) {
        List<StepKind> missing = new ArrayList<>();
        for (StepKind step : steps) {
            if (index.procedure.has(step) && !index.performed.containsKey(step)
                    && index.required(index.procedure.step(step).orElseThrow(), closedOn)) {
                missing.add(step);
                findings.withdraw(ViolationKind.MISSING_STEP, step, closedOn);
            }
        }
        return missing;
    }

    /**
     * The open LATE_REFERRAL violations (the head's decision or the transfer never made), withdrawn when the case
     * closes without a referral: the failure to refer states the same omission, and one omission is one violation.
     */
    private void absorbOpenLateness() {
        for (ProcedureViolation v : List.copyOf(findings.violations())) {
            if (v.kind() == ViolationKind.LATE_REFERRAL && !v.details().has("done")) {
                findings.withdraw(ViolationKind.LATE_REFERRAL, v.step(), v.date());
            }
        }
    }

    /**
     * Notes each stretch the penalty steps waited on the referral ({@link ReferralFacts#waits}), where they do: our
     * reading, which the note says, since it decides which steps are required and what the decision period counts.
     */
    private void noteWaiting() {
        Step decision = index.procedure.step(StepKind.DECISION).orElse(null);
        if (decision == null || !facts.pauses(decision, index, index.asOf)) {
            return;
        }
        CaseEvent.StepPerformed transfer = firstTransfer(ReferralKind.PUBLIC_SECURITY);
        for (ReferralFacts.Away away : facts.away(index, index.asOf)) {
            Parameters.Builder details = Parameters.builder().put("from", away.from());
            if (away.back() != null) {
                details.put("back", away.back());
            }
            if (transfer != null && !transfer.date().isAfter(away.back() == null ? index.asOf : away.back())) {
                details.put("referred", transfer.date());
            }
            findings.note(NoteKind.PENALTY_WAITS_ON_REFERRAL, StepKind.DECISION, away.from(), details.build(), WAIT);
        }
    }

    private static Parameters skipped(List<StepKind> missing) {
        return missing.isEmpty() ? Parameters.empty() : Parameters.builder().put("missing", missing).build();
    }

    /**
     * The decisions that record a penalty, dated on or after the day of the finding. A decision on the day of the
     * finding counts as made after it (our reading: the record does not order the events of a day, and the agency
     * that found the crime that day knew of it when it decided).
     */
    private List<CaseEvent.StepPerformed> penaltiesFrom(LocalDate found) {
        List<CaseEvent.StepPerformed> result = new ArrayList<>();
        for (CaseEvent.StepPerformed event : index.performed.getOrDefault(StepKind.DECISION, List.of())) {
            if (!event.date().isBefore(found) && event.content().orElse(null) instanceof PenaltyDecision d
                    && !d.kinds().isEmpty()) {
                result.add(event);
            }
        }
        return result;
    }

    /** Art 11 第二款、第三款: the penalties decided before the transfer keep running; a fine is set off. */
    private void notePenaltiesBefore(CaseEvent.StepPerformed transfer) {
        for (CaseEvent.StepPerformed event : index.performed.getOrDefault(StepKind.DECISION, List.of())) {
            if (!event.date().isAfter(transfer.date()) && event.content().orElse(null) instanceof PenaltyDecision d
                    && !d.kinds().isEmpty()) {
                List<PenaltyKind> continuing = d.kinds().stream().filter(CONTINUING::contains).toList();
                Parameters.Builder details = penalty(event).put("referred", transfer.date());
                if (!continuing.isEmpty()) {
                    details.put("continuing", continuing);
                }
                findings.note(NoteKind.PENALTY_BEFORE_REFERRAL, StepKind.DECISION, transfer.date(), details.build(),
                        CARRY_ON);
            }
        }
    }

    /** A penalty decided after the transfer on a day the case was with the police (the decision step waiting). */
    private void notePenaltiesWhileAway(CaseEvent.StepPerformed transfer) {
        Step decisionStep = index.procedure.step(StepKind.DECISION).orElse(null);
        for (CaseEvent.StepPerformed event : index.performed.getOrDefault(StepKind.DECISION, List.of())) {
            if (decisionStep != null && event.date().isAfter(transfer.date())
                    && event.content().orElse(null) instanceof PenaltyDecision d && !d.kinds().isEmpty()
                    && facts.waits(decisionStep, index, event.date())) {
                findings.note(NoteKind.PENALTY_WHILE_REFERRED, StepKind.DECISION, event.date(),
                        penalty(event).put("referred", transfer.date()).build(), INSTEAD);
            }
        }
    }

    private static Parameters.Builder penalty(CaseEvent.StepPerformed decision) {
        PenaltyDecision d = (PenaltyDecision) decision.content().orElseThrow();
        Parameters.Builder details = Parameters.builder().put("penalties", List.copyOf(d.kinds()));
        d.fine().ifPresent(f -> details.put("fine", f));
        return details;
    }

    private CaseEvent.StepPerformed firstApproval() {
        for (CaseEvent.StepPerformed event : index.performed.getOrDefault(StepKind.REFERRAL_APPROVAL, List.of())) {
            if (event.content().orElse(null) instanceof ReferralApproval a && a.approved()) {
                return event;
            }
        }
        return null;
    }

    private CaseEvent.StepPerformed firstTransfer(ReferralKind kind) {
        return ReferralFacts.firstTransfer(index, kind);
    }

    /**
     * The principal head who answers under Art 16 by a day: the officers who decided on the referral by then, or, if
     * none did, the deputy recorded as presiding over the agency's work (主持工作的负责人, Art 16 第一款) by a decision
     * the replay sees ({@link ReferralApproval#presiding}), or else the officers holding a principal head's post in
     * the agencies of the officers who found the crime.
     */
    private List<Involvement> heads(LocalDate by) {
        for (CaseEvent.StepPerformed event : index.performed.getOrDefault(StepKind.REFERRAL_APPROVAL, List.of())) {
            if (!event.date().isAfter(by)) {
                return index.people(index.procedure.step(StepKind.REFERRAL_APPROVAL).orElseThrow(),
                        event.officers());
            }
        }
        Set<AgencyId> agencies = new HashSet<>();
        for (CaseEvent.CrimeSuspected c : facts.findings) {
            for (OfficerId officer : c.officers()) {
                for (PostId post : index.organization.officer(officer).posts()) {
                    index.organization.findAgencyOf(post).ifPresent(agencies::add);
                }
            }
        }
        Set<Involvement> result = new LinkedHashSet<>();
        for (CaseEvent.StepPerformed event : index.performed.getOrDefault(StepKind.REFERRAL_APPROVAL, List.of())) {
            if (event.content().orElse(null) instanceof ReferralApproval a && a.presiding()) {
                // the record shows who presides over the agency's work (主持工作的负责人, Art 16 第一款)
                for (OfficerId officer : event.officers()) {
                    result.add(index.involvement(officer, Role.APPROVER));
                }
            }
        }
        if (!result.isEmpty()) {
            return List.copyOf(result);
        }
        for (Officer officer : index.organization.officers()) {
            for (PostId post : officer.posts()) {
                boolean principal = index.organization.findPost(post).flatMap(p -> p.leadership())
                        .orElse(null) == Leadership.PRINCIPAL;
                if (principal && index.organization.findAgencyOf(post).map(agencies::contains).orElse(false)) {
                    result.add(index.involvement(officer.id(), Role.APPROVER));
                }
            }
        }
        return List.copyOf(result);
    }

    private static void addAll(List<Involvement> people, List<Involvement> more) {
        for (Involvement person : more) {
            if (!people.contains(person)) {
                people.add(person);
            }
        }
    }
}
