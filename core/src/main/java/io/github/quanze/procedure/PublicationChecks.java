package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.TimeLimit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The checks of publicity after the decision (事后公开检查): the decision published within its rule's time, its
 * information withdrawn within three working days of being overturned (counted from the day the ruling took effect:
 * our reading), with reasons made public; and the checks a
 * case record makes when publication events are appended. Only a case with a {@link PublicationRule} is checked in
 * the replay; a case without one, or without publication events, replays as before.
 */
final class PublicationChecks {

    /** 行政处罚法 Art 48 第二款: the withdrawal states its reasons publicly. */
    private static final LegalBasis REASONS = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 48, 2));

    private final ReplayIndex index;
    private final ReplayFindings findings;
    private final List<CaseEvent.Published> published = new ArrayList<>();
    private final List<CaseEvent.Withdrawn> withdrawn = new ArrayList<>();
    private final List<CaseEvent.Overturned> overturned = new ArrayList<>();

    PublicationChecks(ReplayIndex index, ReplayFindings findings) {
        this.index = index;
        this.findings = findings;
        for (CaseEvent event : index.record.events()) {
            if (event.date().isAfter(index.asOf)) {
                continue;
            }
            if (event instanceof CaseEvent.Published p) {
                published.add(p);
            } else if (event instanceof CaseEvent.Withdrawn w) {
                withdrawn.add(w);
            } else if (event instanceof CaseEvent.Overturned o) {
                overturned.add(o);
            }
        }
        published.sort(Comparator.comparing(CaseEvent::date));
        withdrawn.sort(Comparator.comparing(CaseEvent::date));
        overturned.sort(Comparator.comparing(CaseEvent::date));
    }

    /** Runs the checks of the case's rule, if it has one. */
    void check() {
        Optional<PublicationRule> rule = index.record.publication();
        if (rule.isEmpty()) {
            return;
        }
        LocalDate decided = index.firstDate(rule.get().decision());
        if (decided == null) {
            return;
        }
        Step step = index.procedure.step(rule.get().decision()).orElseThrow();
        checkPublished(rule.get(), step, decided);
        rule.get().withdrawal().ifPresent(limit -> checkWithdrawn(step, limit));
    }

    /**
     * The due day to publish a decision made on a day under a rule: a working day after the decision, counted on the
     * case's calendar.
     */
    static LocalDate publicationDue(PublicationRule rule, LocalDate decided, CaseRecord record) {
        return rule.within().from(decided, record.calendar()).due();
    }

    /**
     * The decision published by its due day. Our reading: a ruling that overturns the decision on or before the due
     * day ends the duty to publish it, since Art 48 第二款 would have the information withdrawn at once; whatever is
     * published of it afterwards must be withdrawn ({@link #checkWithdrawn}).
     */
    private void checkPublished(PublicationRule rule, Step step, LocalDate decided) {
        LocalDate due = publicationDue(rule, decided, index.record);
        if (!overturned.isEmpty() && !overturned.get(0).date().isAfter(due)) {
            return;
        }
        LocalDate first = published.stream().map(CaseEvent::date).findFirst().orElse(null);
        boolean late = first == null ? index.asOf.isAfter(due) : first.isAfter(due);
        if (late) {
            findings.violation(ViolationKind.PUBLICATION_OVERDUE, step, due, index.handlers(due, step.kind()),
                    DeadlineChecks.limit(rule.within()).put("from", step.kind()).put("decided", decided).build(),
                    rule.basis());
        }
    }

    /**
     * 行政处罚法 Art 48 第二款: after the first ruling that overturns the decision, information of it still public is
     * withdrawn within the rule's time, and every withdrawal from that day states its reasons.
     * <p>
     * Information is public at the ruling if its latest publication on or before the ruling's day comes after its
     * latest withdrawal before that day; information withdrawn before the ruling needs no withdrawal. The time counts
     * from the day the ruling took effect: our reading, as Art 48 第二款 says 三日内 without saying from when, and
     * the agency cannot withdraw before the ruling binds it. Information published after the ruling's day must be
     * withdrawn within the same time counted from its own publication: our reading, as Art 48 第二款 would have no
     * effect if the information could be published again. One public period (publications with no withdrawal between
     * them) is one violation at most, dated the earliest due day. A withdrawal on the day of a publication or of the
     * ruling is taken to follow it, the order within a day being unknown.
     */
    private void checkWithdrawn(Step step, TimeLimit limit) {
        CaseEvent.Overturned ruling = overturned.isEmpty() ? null : overturned.get(0);
        if (ruling == null) {
            return;
        }
        LocalDate lastPublished = null;
        LocalDate lastWithdrawn = null;
        List<LocalDate> starts = new ArrayList<>();
        for (CaseEvent.Published p : published) {
            if (!p.date().isAfter(ruling.date())) {
                lastPublished = p.date();
            } else {
                starts.add(p.date());
            }
        }
        for (CaseEvent.Withdrawn w : withdrawn) {
            if (w.date().isBefore(ruling.date())) {
                lastWithdrawn = w.date();
            }
        }
        if (lastPublished != null && (lastWithdrawn == null || lastPublished.isAfter(lastWithdrawn))) {
            starts.add(0, ruling.date());
        }
        CaseEvent.Withdrawn covered = null;
        boolean first = true;
        for (LocalDate start : starts) {
            CaseEvent.Withdrawn met = withdrawn.stream().filter(w -> !w.date().isBefore(start)).findFirst()
                    .orElse(null);
            if (!first && met == covered) {
                continue;
            }
            first = false;
            covered = met;
            LocalDate due = limit.from(start, index.calendar).due();
            boolean late = met == null ? index.asOf.isAfter(due) : met.date().isAfter(due);
            if (late) {
                Parameters.Builder details = DeadlineChecks.limit(limit).put("outcome", ruling.outcome())
                        .put("by", ruling.by()).put("overturned", ruling.date());
                if (start.isAfter(ruling.date())) {
                    details.put("published", start);
                }
                findings.violation(ViolationKind.LATE_WITHDRAWAL, step, due, index.handlers(due, step.kind()),
                        details.build(), limit.basis().orElse(REASONS));
            }
        }
        for (CaseEvent.Withdrawn w : withdrawn) {
            if (!w.date().isBefore(ruling.date()) && !w.reasonsStated()) {
                findings.violation(ViolationKind.WITHDRAWN_WITHOUT_REASONS, step, w.date(),
                        index.handlers(w.date(), step.kind()), Parameters.builder().put("outcome", ruling.outcome())
                                .put("by", ruling.by()).put("overturned", ruling.date()).build(), REASONS);
            }
        }
    }

    /**
     * Checks the publication events of a history about to be a record's: none is dated before the decision it
     * publishes (the rule's step; without a rule, the procedure's decision: {@link StepKind#DECISION}, else
     * {@link StepKind#HEAD_APPROVAL}, the head's approval that decides a coercive measure, 行政强制法 Art 18(1)), no
     * ruling overturns a decision before it is made, and no withdrawal comes without a publication on or before its
     * day.
     *
     * @throws IllegalArgumentException naming the case, the event and the day it conflicts with
     */
    static void checkHistory(CaseRecord record, CaseEvent[] all) {
        StepKind decision = record.publication().map(PublicationRule::decision).orElse(record.procedure().decisionStep().orElse(null));
        LocalDate decided = null;
        LocalDate firstPublished = null;
        for (CaseEvent event : all) {
            if (event instanceof CaseEvent.StepPerformed p && p.step() == decision
                    && (decided == null || p.date().isBefore(decided))) {
                decided = p.date();
            } else if (event instanceof CaseEvent.Published p
                    && (firstPublished == null || p.date().isBefore(firstPublished))) {
                firstPublished = p.date();
            }
        }
        for (CaseEvent event : all) {
            if (decided != null && (event instanceof CaseEvent.Published || event instanceof CaseEvent.Overturned)) {
                checkArgument(!event.date().isBefore(decided), "Case %s: event %s is dated %s, before the decision "
                        + "(%s) it concerns, made on %s", record.id(), event, event.date(), decision, decided);
            }
            if (event instanceof CaseEvent.Withdrawn) {
                checkArgument(firstPublished != null, "Case %s: event %s withdraws on %s information that was never "
                        + "published (no Published event)", record.id(), event, event.date());
                checkArgument(!event.date().isBefore(firstPublished), "Case %s: event %s withdraws on %s information "
                        + "first published on %s", record.id(), event, event.date(), firstPublished);
            }
        }
    }
}
