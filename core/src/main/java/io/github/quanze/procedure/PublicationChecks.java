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
 * information withdrawn within three working days of being overturned, with reasons made public; and the checks a
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
        rule.get().withdrawal().ifPresent(limit -> checkWithdrawn(rule.get(), step, limit));
    }

    /**
     * The due day to publish a decision made on a day under a rule: a working day after the decision, counted on the
     * case's calendar.
     */
    static LocalDate publicationDue(PublicationRule rule, LocalDate decided, CaseRecord record) {
        return rule.within().from(decided, record.calendar()).due();
    }

    private void checkPublished(PublicationRule rule, Step step, LocalDate decided) {
        LocalDate due = publicationDue(rule, decided, index.record);
        LocalDate first = published.stream().map(CaseEvent::date).findFirst().orElse(null);
        boolean late = first == null ? index.asOf.isAfter(due) : first.isAfter(due);
        if (late) {
            findings.violation(ViolationKind.PUBLICATION_OVERDUE, step, due, index.handlers(due, step.kind()),
                    DeadlineChecks.limit(rule.within()).put("from", step.kind()).put("decided", decided).build(),
                    rule.basis());
        }
    }

    /**
     * 行政处罚法 Art 48 第二款: after the first ruling that overturns a decision published by its day, the information is
     * withdrawn within the rule's time, and every withdrawal from that day states its reasons.
     */
    private void checkWithdrawn(PublicationRule rule, Step step, TimeLimit limit) {
        CaseEvent.Overturned ruling = overturned.isEmpty() ? null : overturned.get(0);
        if (ruling == null || published.isEmpty() || published.get(0).date().isAfter(ruling.date())) {
            return;
        }
        LocalDate due = limit.from(ruling.date(), index.calendar).due();
        CaseEvent.Withdrawn first = withdrawn.stream().filter(w -> !w.date().isBefore(ruling.date())).findFirst()
                .orElse(null);
        boolean late = first == null ? index.asOf.isAfter(due) : first.date().isAfter(due);
        if (late) {
            findings.violation(ViolationKind.LATE_WITHDRAWAL, step, due, index.handlers(due, step.kind()),
                    DeadlineChecks.limit(limit).put("outcome", ruling.outcome()).put("by", ruling.by())
                            .put("overturned", ruling.date()).build(), limit.basis().orElse(REASONS));
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
     * publishes (the rule's step, else {@link StepKind#DECISION} if the procedure has one), no ruling overturns a
     * decision before it is made, and no withdrawal comes before the first publication.
     *
     * @throws IllegalArgumentException naming the case, the event and the day it conflicts with
     */
    static void checkHistory(CaseRecord record, CaseEvent[] all) {
        StepKind decision = record.publication().map(PublicationRule::decision)
                .orElse(record.procedure().has(StepKind.DECISION) ? StepKind.DECISION : null);
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
            if (firstPublished != null && event instanceof CaseEvent.Withdrawn) {
                checkArgument(!event.date().isBefore(firstPublished), "Case %s: event %s withdraws on %s information "
                        + "first published on %s", record.id(), event, event.date(), firstPublished);
            }
        }
    }
}
