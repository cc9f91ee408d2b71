package io.github.quanze.procedure;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The events of a case dated on or before the day of a replay, indexed for the checks, with what they tell: which
 * steps were done, waived or deemed done and when, which time was stopped and which limits extended, whether a step
 * is required on a day, and who answers for a time limit.
 */
final class ReplayIndex {

    /** A span of time stopped for an activity: the event that started it and the day counting resumed, if it did. */
    record Span(CaseEvent.Suspended start, LocalDate resumed) {}

    final CaseRecord record;
    final Procedure procedure;
    final Organization organization;
    final WorkingDayCalendar calendar;
    final LocalDate asOf;
    final Map<StepKind, List<CaseEvent.StepPerformed>> performed = new EnumMap<>(StepKind.class);
    /** The steps performed, in the order they were first performed. */
    final List<StepKind> done = new ArrayList<>();
    final Map<StepKind, LocalDate> waived = new EnumMap<>(StepKind.class);
    final List<Span> spans = new ArrayList<>();
    final List<CaseEvent.Extended> extensions = new ArrayList<>();
    /** The findings of a suspected crime and the answers of the authority a case was referred to. */
    final ReferralFacts referral = new ReferralFacts();
    private final List<LocalDate> requests = new ArrayList<>();
    /** Steps deemed done: the day they count as done, and the first day the deeming holds (when time ran out). */
    private final Map<StepKind, LocalDate[]> deemed = new EnumMap<>(StepKind.class);
    /** The last day to ask for a hearing, counted once the events are indexed: every requirement check reads it. */
    private final Optional<LocalDate> requestDue;

    ReplayIndex(CaseRecord record, LocalDate asOf) {
        this.record = record;
        this.procedure = record.procedure();
        this.organization = record.organization();
        this.calendar = record.calendar();
        this.asOf = asOf;
        CaseEvent[] events = record.events().stream().filter(e -> !e.date().isAfter(asOf)).toArray(CaseEvent[]::new);
        Arrays.sort(events, Comparator.comparing(CaseEvent::date));
        for (CaseEvent event : events) {
            index(event);
        }
        this.requestDue = countRequestDue();
    }

    private void index(CaseEvent event) {
        if (event instanceof CaseEvent.StepPerformed p) {
            performed.computeIfAbsent(p.step(), k -> {
                done.add(k);
                return new ArrayList<>();
            }).add(p);
        } else if (event instanceof CaseEvent.HearingRequested h) {
            requests.add(h.date());
        } else if (event instanceof CaseEvent.Waived w) {
            waived.putIfAbsent(w.step(), w.date());
        } else if (event instanceof CaseEvent.Suspended s) {
            spans.add(new Span(s, null));
        } else if (event instanceof CaseEvent.Resumed r) {
            Span open = spans.remove(spans.size() - 1);
            spans.add(new Span(open.start(), r.date()));
        } else if (event instanceof CaseEvent.Extended x) {
            extensions.add(x);
        } else {
            referral.index(event);
        }
    }

    /** The last day to ask for a hearing, empty if requests have no period or the right was not yet told. */
    private Optional<LocalDate> countRequestDue() {
        Optional<StepDeadline> window = procedure.hearingRequest();
        if (window.isEmpty() || firstDate(window.get().from()) == null) {
            return Optional.empty();
        }
        return Optional.of(window.get().limit().from(firstDate(window.get().from()), calendar).due());
    }

    Optional<LocalDate> requestDue() {
        return requestDue;
    }

    List<LocalDate> requests() {
        return requests;
    }

    /** Records that a step counts as done on a day, from the first day the deeming holds. */
    void deem(StepKind kind, LocalDate on, LocalDate holdsFrom) {
        deemed.put(kind, new LocalDate[] {on, holdsFrom});
    }

    boolean isDeemed(StepKind kind) {
        return deemed.containsKey(kind);
    }

    /**
     * Whether a step is required on a day: its condition holds on the events dated by then, the party has not
     * waived it by then, and it does not wait on a referral of a suspected crime ({@link ReferralFacts#waits}).
     */
    boolean required(Step step, LocalDate on) {
        return !(!referral.findings.isEmpty() && referral.waits(step, this, on)) && requiredBarReferral(step, on);
    }

    /** Whether a step is required on a day as {@link #required}, were it not waiting on a referral. */
    boolean requiredBarReferral(Step step, LocalDate on) {
        LocalDate waiver = waived.get(step.kind());
        if (waiver != null && !waiver.isAfter(on)) {
            return false;
        }
        switch (step.condition()) {
            case ALWAYS:
                return true;
            case HEARING_ELIGIBLE:
                return record.isHearingEligible();
            case HEARING_REQUESTED:
                return record.isHearingEligible() && requests.stream().anyMatch(r -> !r.isAfter(on) && timely(r));
            case LEGALITY_REVIEW_GROUND:
                return !reviewGrounds(on).isEmpty() || !listing(on).isEmpty();
            case COLLECTIVE_DECISION_GROUND:
                return record.grounds().contains(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION);
            case LICENCE_DOCUMENT:
                return contents(StepKind.DECISION, on).stream().anyMatch(c -> c instanceof LicenceDecision d
                        && d.granted() && d.documentRequired());
            case FINE_COLLECTED:
                return performedBy(StepKind.ON_THE_SPOT_COLLECTION, on);
            case PARTY_PRESENT:
                return contents(StepKind.ON_SITE_RECORD, on).stream().noneMatch(c -> c == Attestation.WITNESS_SIGNED);
            case REFERRAL_FLAGGED:
            case REFERRAL_APPROVED:
            case FILED_BY_POLICE:
                return referral.holds(step.condition(), this, on);
            default:
                return false;
        }
    }

    /** The grounds of 行政处罚法 Art 58 第一款 that apply on a day; item (2) only once a hearing was held. */
    private List<CaseGround> reviewGrounds(LocalDate on) {
        return record.grounds().stream().filter(CaseGround::requiresLegalityReview)
                .filter(g -> g != CaseGround.MAJOR_RIGHTS_AFTER_HEARING || performedBy(StepKind.HEARING, on))
                .toList();
    }

    /** The provisions that make a step required on a day: the grounds for a conditional step, else its basis. */
    LegalBasis requirement(Step step, LocalDate on) {
        if (step.condition() == Condition.LEGALITY_REVIEW_GROUND) {
            LegalBasis basis = step.basis();
            for (CaseGround ground : reviewGrounds(on)) {
                basis = basis.and(ground.basis());
            }
            if (!listing(on).isEmpty()) {
                basis = basis.and(CaseGround.LISTED_FOR_REVIEW.basis());
            }
            return basis;
        }
        if (step.condition() == Condition.COLLECTIVE_DECISION_GROUND) {
            return step.basis().and(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION.basis());
        }
        return step.basis();
    }

    /** Whether a request for a hearing came within the procedure's period from the notice of the right. */
    private boolean timely(LocalDate request) {
        return requestDue.map(due -> !request.isAfter(due)).orElse(true);
    }

    boolean performedBy(StepKind kind, LocalDate on) {
        LocalDate first = firstDate(kind);
        return first != null && !first.isAfter(on);
    }

    /** What the events of a step dated on or before a day recorded. */
    List<StepContent> contents(StepKind kind, LocalDate on) {
        List<StepContent> result = new ArrayList<>();
        for (CaseEvent.StepPerformed p : performed.getOrDefault(kind, List.of())) {
            if (!p.date().isAfter(on)) {
                p.content().ifPresent(result::add);
            }
        }
        return result;
    }

    /** The day a step was first performed, or null. */
    LocalDate firstDate(StepKind kind) {
        List<CaseEvent.StepPerformed> list = performed.get(kind);
        return list == null ? null : list.get(0).date();
    }

    /** The first event of a step that was performed. */
    CaseEvent.StepPerformed first(StepKind kind) {
        return performed.get(kind).get(0);
    }

    /** The day a step counts as done: the day it was deemed done, else the day it was first performed. */
    LocalDate effectiveDate(StepKind kind) {
        LocalDate[] deemedOn = deemed.get(kind);
        return deemedOn != null ? deemedOn[0] : firstDate(kind);
    }

    /**
     * The day a step counts as done as seen on a day: deemed only once the deeming holds by then, so that what is
     * judged on a day depends only on what happened by then.
     */
    LocalDate effectiveDate(StepKind kind, LocalDate on) {
        LocalDate[] deemedOn = deemed.get(kind);
        return deemedOn != null && !deemedOn[1].isAfter(on) ? deemedOn[0] : firstDate(kind);
    }

    boolean deemedBy(StepKind kind, LocalDate on) {
        LocalDate[] deemedOn = deemed.get(kind);
        return deemedOn != null && !deemedOn[1].isAfter(on);
    }

    /**
     * The case handlers (承办人) who answer for a time limit: the officers of the first step performed by a handling
     * post on or before a day (the day the count started, the due day of a limit counted back, the day of an
     * extension), or else those of the step that started the count, which has always been performed by then. Holding
     * the handlers to the case's time limits is an interpretation of the responsibility measures (承办人对办案期限
     * 负责), and the violation's text says so; it names the same people whether the step was since done late or not at
     * all, so that a violation stays the same on every later day.
     */
    List<Involvement> handlers(LocalDate by, StepKind fallback) {
        CaseEvent.StepPerformed first = null;
        for (StepKind kind : done) {
            Step step = procedure.step(kind).orElseThrow();
            CaseEvent.StepPerformed p = first(kind);
            if (step.role() == PostRole.HANDLER && !p.date().isAfter(by)
                    && (first == null || p.date().isBefore(first.date()))) {
                first = p;
            }
        }
        if (first != null) {
            return people(procedure.step(first.step()).orElseThrow(), first.officers());
        }
        List<CaseEvent.StepPerformed> started = performed.get(fallback);
        return started == null ? List.of()
                : people(procedure.step(fallback).orElseThrow(), started.get(0).officers());
    }

    /** The officers of a step with the part its post role plays. */
    List<Involvement> people(Step step, List<OfficerId> officers) {
        Role role = roleOf(step.role());
        Set<Involvement> result = new LinkedHashSet<>();
        for (OfficerId officer : officers) {
            result.add(involvement(officer, role));
        }
        return List.copyOf(result);
    }

    Involvement involvement(OfficerId officer, Role role) {
        return new Involvement(officer, organization.officer(officer).name(), role);
    }

    /** The part a post role plays in apportioning fault: a legal reviewer reviews (审核人). */
    static Role roleOf(PostRole role) {
        switch (role) {
            case HANDLER:
                return Role.HANDLER;
            case APPROVER:
                return Role.APPROVER;
            default:
                return Role.REVIEWER;
        }
    }

    /**
     * The entries of the case's review catalogue that list it on a day, on the decisions recorded by then (国办发
     * 〔2018〕118号); none without a catalogue.
     */
    List<ReviewCatalogue.Entry> listing(LocalDate on) {
        return record.reviewCatalogue().map(c -> c.listing(procedure, contents(StepKind.DECISION, on)))
                .orElse(List.of());
    }
}
