package io.github.quanze.procedure;

import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replays a case's history as of a day into its {@link CaseState}. One replay is one pass over the events plus one
 * count per time limit, so its cost grows linearly with the history.
 * <p>
 * Every violation is judged only on events dated on or before the day it names, which keeps it stable as later
 * days are replayed; where that asks for a choice, the choice is an interpretation and says so. The replay indexes
 * the events ({@link ReplayIndex}), runs the checks of the steps ({@link StepChecks}), of the officers
 * ({@link OfficerChecks}), of the penalties decided against the law and the agency's discretion
 * ({@link PenaltyChecks}, only where a decision records its offence), of the time limits
 * ({@link DeadlineChecks}), of the records made ({@link RecordChecks}), of the decision against its legality review
 * ({@link LegalityReviewChecks}), of publication ({@link PublicationChecks}) and of a referral of a suspected crime
 * ({@link ReferralChecks}, only where the case has one), and collects what they find as data
 * ({@link ReplayFindings}); no sentence is made here. A case transferred to another agency by the day of the replay
 * ({@link CaseEvent.Transferred}) is judged as it stood on the day of the transfer, and has no step pending: the
 * sending agency's duties end there.
 */
final class CaseReplay {

    private final ReplayIndex index;
    private final ReplayFindings findings = new ReplayFindings();
    private final PenaltyDiscretion discretion;
    /** The day of the replay; the index's day is the day of the transfer if the case was transferred by then. */
    private final LocalDate asOf;
    private final boolean transferred;
    /** Made at the first decision that records its offence, so that a replay of other cases costs nothing more. */
    private PenaltyChecks penalties;

    /**
     * @param discretion  the agency's discretion to check recorded penalties against, or null
     */
    CaseReplay(CaseRecord record, LocalDate asOf, PenaltyDiscretion discretion) {
        this.asOf = asOf;
        this.transferred = record.transferredTo().filter(t -> !t.date().isAfter(asOf)).isPresent();
        // a transferred case is judged as it stood on the day it left: the sending agency's duties end there
        this.index = new ReplayIndex(record, transferred ? record.transferredTo().get().date() : asOf);
        this.discretion = discretion;
    }

    CaseState run() {
        Procedure procedure = index.procedure;
        for (Step step : procedure.steps()) {
            step.deemed().ifPresent(rule -> deem(step, rule));
        }
        StepChecks steps = new StepChecks(index, findings);
        OfficerChecks officers = new OfficerChecks(index, findings);
        DeadlineChecks deadlines = new DeadlineChecks(index, findings);
        RecordChecks records = new RecordChecks(index, findings);
        boolean closed = index.performed.containsKey(procedure.last().kind());
        for (StepKind kind : index.done) {
            Step step = procedure.step(kind).orElseThrow();
            steps.checkOrder(step);
            steps.checkOnTheSpot(step);
            Set<OfficerId> reported = new HashSet<>();
            for (CaseEvent.StepPerformed event : index.performed.get(kind)) {
                officers.check(step, event, reported);
                event.content().ifPresent(content -> steps.checkContent(step, event, content));
                if (event.content().orElse(null) instanceof PenaltyDecision decision
                        && decision.offence().isPresent()) {
                    if (penalties == null) {
                        penalties = new PenaltyChecks(index, findings, discretion);
                    }
                    penalties.check(step, event, decision, decision.offence().get());
                }
                steps.checkAttestation(step, event);
                records.check(step, event);
            }
        }
        if (penalties != null) {
            penalties.checkSecondFines();
        }
        new LegalityReviewChecks(index, findings).check();
        new PublicationChecks(index, findings).check();
        if (closed) {
            steps.checkMissing(index.firstDate(procedure.last().kind()));
        }
        deadlines.noteLateRequests();
        deadlines.checkSpans();
        index.waived.forEach((kind, day) -> findings.note(NoteKind.WAIVED, kind, day, Parameters.empty(),
                procedure.step(kind).orElseThrow().waiver().orElseThrow()));
        List<CaseDeadline> counted = new ArrayList<>();
        for (Step step : procedure.steps()) {
            step.deadline().ifPresent(d -> deadlines.deadline(step, d).ifPresent(counted::add));
        }
        if (ReferralChecks.applies(index)) {
            counted.addAll(new ReferralChecks(index, findings).run(closed));
        }
        boolean suspended = !index.spans.isEmpty() && index.spans.get(index.spans.size() - 1).resumed() == null;
        Set<StepKind> next = closed || transferred ? Set.of() : pending();
        return new CaseState(index.record.id(), asOf, index.done, next, closed,
                suspended, counted, findings.violations(), findings.notes());
    }

    /**
     * A step the law deems performed (行政许可法 Art 32(1)(4)): on the day of its start step, if neither it nor the step
     * that stops the deeming was performed in time and the time has run out by the day of the replay.
     */
    private void deem(Step step, Step.Deemed rule) {
        LocalDate from = index.firstDate(rule.from());
        if (from == null) {
            return;
        }
        LocalDate due = rule.limit().from(from, index.calendar).due();
        LocalDate own = index.firstDate(step.kind());
        LocalDate stop = index.firstDate(rule.unless());
        boolean timely = own != null && !own.isAfter(due) || stop != null && !stop.isAfter(due);
        if (timely || !index.asOf.isAfter(due)) {
            return;
        }
        index.deem(step.kind(), from, due.plusDays(1));
        findings.note(NoteKind.DEEMED_STEP, step.kind(), due.plusDays(1), DeadlineChecks.limit(rule.limit())
                .put("from", rule.from()).put("unless", rule.unless()).put("due", due).put("deemedOn", from).build(),
                rule.limit().basis().orElse(step.basis()));
    }

    /** The required steps not yet performed whose required predecessors are all done (当前环节). */
    private Set<StepKind> pending() {
        Set<StepKind> result = EnumSet.noneOf(StepKind.class);
        LocalDate asOf = index.asOf;
        for (Step step : index.procedure.steps()) {
            if (index.performed.containsKey(step.kind()) || index.isDeemed(step.kind())
                    || !index.required(step, asOf)) {
                continue;
            }
            boolean ready = step.after().stream().allMatch(before -> index.performed.containsKey(before)
                    || index.isDeemed(before) || !index.required(index.procedure.step(before).orElseThrow(), asOf));
            if (ready) {
                result.add(step.kind());
            }
        }
        // while a step of a referral is due, closing is not the next step: closing then would not refer
        if (!Collections.disjoint(result, ReferralFacts.STEPS)) {
            result.remove(index.procedure.last().kind());
        }
        return result;
    }
}
