package io.github.quanze.procedure;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.Counting;
import io.github.quanze.timelimit.Deadline;
import io.github.quanze.timelimit.DeadlineStatus;
import io.github.quanze.timelimit.Extension;
import io.github.quanze.timelimit.TimeLimit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a case's time limits (期限检查): each step's deadline counted with the time the procedure leaves out
 * and the extensions that count, the extensions themselves, the time left out without telling the party, and
 * hearing requests made too late.
 */
final class DeadlineChecks {

    private final ReplayIndex index;
    private final ReplayFindings findings;

    DeadlineChecks(ReplayIndex index, ReplayFindings findings) {
        this.index = index;
        this.findings = findings;
    }

    /** A step's deadline with its status on the day of the replay, reporting it if missed; empty if not started. */
    Optional<CaseDeadline> deadline(Step step, StepDeadline rule) {
        LocalDate anchor = index.effectiveDate(rule.from());
        LocalDate met = index.firstDate(step.kind());
        // a step waiting on a referral is not counted, unless its time ran out before the wait began
        boolean waiting = met == null && !index.referral.findings.isEmpty()
                && index.referral.waits(step, index, index.asOf) && index.requiredBarReferral(step, index.asOf);
        if (anchor == null || (met == null && !waiting && !index.required(step, index.asOf))) {
            return Optional.empty();
        }
        TimeLimit limit = rule.limit();
        Deadline deadline;
        if (limit.isBackward()) {
            deadline = limit.count(anchor).on(index.calendar);
        } else {
            // a step done before its count started is out of order, reported as such; for the count it is done at once
            met = met != null && met.isBefore(anchor) ? anchor : met;
            deadline = forward(step, limit, anchor, met);
        }
        DeadlineStatus status = deadline.status(index.asOf, Optional.ofNullable(met), Deadline.DEFAULT_WARNING);
        if (waiting && (!status.isMissed() || !deadline.due().isBefore(index.referral.awaySince(index, index.asOf)))) {
            return Optional.empty();
        }
        if (status.isMissed()) {
            List<Involvement> people = index.handlers(limit.isBackward() ? deadline.due() : anchor, rule.from());
            findings.violation(ViolationKind.MISSED_DEADLINE, step, deadline.due(), people, limit(limit)
                    .put("from", rule.from()).build(), limit.basis().orElse(step.basis()));
        }
        return Optional.of(new CaseDeadline(step.kind(), deadline, status));
    }

    /**
     * Counts a forward limit with the time the procedure excludes for the step and the step's extensions, in date
     * order. Time an activity took counts out only where an exclusion of the procedure covers that activity for this
     * step; it does not move the limit if it started after the step was done, or after the limit ran out, and it is
     * counted from the day after the count started at the earliest. An extension counts only when the provision
     * allows one, a head of the agency approved it within the period as it then stood, and up to the cap (the excess
     * is dropped). Treating a void extension as not extending is an interpretation: an extension the law does not
     * allow cannot save a late act. For a penalty step that waits on a referral ({@link ReferralFacts#pauses}), the
     * time from the finding of a suspected crime until the case is back with the agency ({@link ReferralFacts#away})
     * is left out like a suspension: our reading, since 行政处罚法 Art 60 says nothing of a referral, and the agency may
     * not go on with the penalty meanwhile (行政执法机关移送涉嫌犯罪案件的规定 Art 11).
     */
    private Deadline forward(Step step, TimeLimit limit, LocalDate anchor, LocalDate met) {
        Counting counting = limit.count(anchor);
        Deadline deadline = counting.on(index.calendar);
        List<Object> changes = new ArrayList<>();
        index.spans.stream().filter(s -> index.procedure.exclusion(s.start().activity(), step.kind()).isPresent())
                .forEach(changes::add);
        index.extensions.stream().filter(x -> x.step() == step.kind()).forEach(changes::add);
        if (index.referral.pauses(step, index, index.asOf)) {
            changes.addAll(index.referral.away(index, index.asOf));
        }
        changes.sort(Comparator.comparing(c -> c instanceof ReplayIndex.Span s ? s.start().date()
                : c instanceof ReferralFacts.Away a ? a.from() : ((CaseEvent.Extended) c).date()));
        int extended = 0;
        LocalDate asOf = index.asOf;
        for (Object change : changes) {
            if (change instanceof ReplayIndex.Span || change instanceof ReferralFacts.Away) {
                ReplayIndex.Span span = change instanceof ReplayIndex.Span s ? s : null;
                ReferralFacts.Away away = span == null ? (ReferralFacts.Away) change : null;
                LocalDate start = span != null ? span.start().date() : away.from();
                LocalDate back = span != null ? span.resumed() : away.back();
                LocalDate from = start.isAfter(anchor) ? start : anchor.plusDays(1);
                if (from.isAfter(deadline.due())) {
                    continue;
                }
                LocalDate resumed = back != null ? back : span != null
                        ? asOf.isBefore(LocalDate.MAX) ? asOf.plusDays(1) : asOf
                        // a referral still pending: a step done meanwhile is in time, one not done waits uncounted
                        : met != null ? met.plusDays(1) : from.plusDays(1);
                boolean before = met == null || met.isAfter(from);
                if (before && resumed.isAfter(from)) {
                    counting.suspend(from, resumed, span != null ? span.start().activity().label()
                            : ReferralMessages.AWAY);
                }
            } else {
                CaseEvent.Extended x = (CaseEvent.Extended) change;
                int allowed = extensionAllowed(step, limit, x, anchor, deadline.due(), extended);
                if (allowed > 0) {
                    extended += allowed;
                    counting.extend(allowed, index.organization.officer(x.approver().orElseThrow()).name(), x.date());
                }
            }
            deadline = counting.on(index.calendar);
        }
        return deadline;
    }

    /** Returns how much of an extension counts, reporting what does not. */
    private int extensionAllowed(Step step, TimeLimit limit, CaseEvent.Extended x, LocalDate anchor, LocalDate due,
            int sofar) {
        Optional<Extension> rule = limit.extension();
        LegalBasis basis = rule.map(Extension::basis).or(limit::basis).orElse(step.basis());
        List<Involvement> approver = x.approver().map(a -> List.of(index.involvement(a, Role.APPROVER)))
                .orElse(List.of());
        Parameters.Builder what = Parameters.builder().put("amount", x.amount()).put("unit", limit.unit());
        if (rule.isEmpty()) {
            findings.violation(ViolationKind.EXTENSION_NOT_ALLOWED, step, x.date(), approver, what.build(), basis);
            return 0;
        }
        List<Involvement> handlers = index.handlers(x.date(), step.deadline().orElseThrow().from());
        String must = rule.get().approver();
        if (x.approver().isEmpty()) {
            findings.violation(ViolationKind.EXTENSION_WITHOUT_APPROVAL, step, x.date(), handlers,
                    what.put("approver", must).build(), basis);
            return 0;
        }
        if (index.organization.leadershipOf(x.approver().get()).isEmpty()) {
            findings.violation(ViolationKind.EXTENSION_NOT_BY_HEAD, step, x.date(), approver,
                    what.put("approver", must).build(), basis);
            return 0;
        }
        if (x.date().isBefore(anchor) || x.date().isAfter(due)) {
            if (x.date().isBefore(anchor)) {
                what.put("periodBegan", anchor);
            } else {
                what.put("periodEnded", due);
            }
            findings.violation(ViolationKind.EXTENSION_NOT_ALLOWED, step, x.date(), approver, what.build(), basis);
            return 0;
        }
        if (step.extensionNotice().isPresent() && x.notified().isEmpty()) {
            findings.violation(ViolationKind.EXTENSION_NOT_NOTIFIED, step, x.date(), handlers,
                    Parameters.builder().put("amount", x.amount()).put("unit", limit.unit()).build(),
                    step.extensionNotice().get());
        }
        int room = rule.get().max() - sofar;
        if (x.amount() > room) {
            findings.violation(ViolationKind.EXTENSION_OVER_CAP, step, x.date(), approver,
                    what.put("cap", rule.get().max()).build(), basis);
            return Math.max(room, 0);
        }
        return x.amount();
    }

    /** 期限扣除: an activity the procedure does not exclude is noted and counted; one it does must be told in writing. */
    void checkSpans() {
        Procedure procedure = index.procedure;
        for (ReplayIndex.Span span : index.spans) {
            CaseEvent.Suspended start = span.start();
            List<Exclusion> covering = procedure.exclusions().stream()
                    .filter(e -> e.activities().contains(start.activity())).toList();
            if (covering.isEmpty()) {
                StepKind concerned = procedure.steps().stream()
                        .filter(s -> s.deadline().map(d -> !d.limit().isBackward()).orElse(false))
                        .map(Step::kind).findFirst().orElse(procedure.first().kind());
                findings.note(NoteKind.EXCLUSION_NOT_ALLOWED, concerned, start.date(), Parameters.builder()
                        .put("activity", start.activity()).put("procedure", procedure.name()).build(),
                        procedure.step(concerned).orElseThrow().basis());
                continue;
            }
            Optional<Exclusion> notice = covering.stream().filter(Exclusion::writtenNotice).findFirst();
            if (notice.isPresent() && start.notified().isEmpty()) {
                StepKind concerned = notice.get().limits().iterator().next();
                findings.violation(ViolationKind.EXCLUSION_NOT_NOTIFIED, procedure.step(concerned).orElseThrow(),
                        start.date(), index.handlers(start.date(), procedure.first().kind()),
                        Parameters.builder().put("activity", start.activity()).build(), notice.get().basis());
            }
        }
    }

    /** A request for a hearing after its period is noted: the hearing does not become required. */
    void noteLateRequests() {
        Optional<LocalDate> due = index.requestDue();
        if (!index.record.isHearingEligible() || due.isEmpty()) {
            return;
        }
        StepDeadline window = index.procedure.hearingRequest().orElseThrow();
        for (LocalDate request : index.requests()) {
            if (request.isAfter(due.get())) {
                findings.note(NoteKind.LATE_HEARING_REQUEST, window.from(), request,
                        limit(window.limit()).put("due", due.get()).build(),
                        window.limit().basis().orElse(index.procedure.step(window.from()).orElseThrow().basis()));
            }
        }
    }

    /** A time limit as data: its amount, unit and direction. */
    static Parameters.Builder limit(TimeLimit limit) {
        return Parameters.builder().put("amount", limit.amount()).put("unit", limit.unit())
                .put("backward", limit.isBackward());
    }
}
