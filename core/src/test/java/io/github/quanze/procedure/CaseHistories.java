package io.github.quanze.procedure;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.timelimit.Counting;
import io.github.quanze.timelimit.StatutoryLimits;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Case histories that follow a template lawfully, in any of its lawful variants: each required step after its
 * required predecessors, by enough certified officers of its role, within its time limit, hearing notices early
 * enough, steps done on the spot on the same day; 陈述申辩 waived or not, a hearing asked for in time or not asked for,
 * a licence granted (with or without a document) or refused with reasons, an application completed after a notice or
 * deemed accepted, a fine collected on the spot and handed in, a seizure with the party present or a witness; the time
 * of a licensing hearing left out of the limits and told to the applicant (行政许可法 Art 45). Some steps are repeated,
 * and events are appended in any order but the final step last. Dates are counted independently of the replay, with
 * {@link TimeLimit#count} and the national calendar.
 */
final class CaseHistories {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    /** The five working days within which a licensing agency says what an application lacks. */
    private static final TimeLimit CORRECTION = StatutoryLimits.LICENCE_CORRECTION_NOTICE;

    /**
     * The lawful choices a case may make.
     *
     * @param waived  the party waives 陈述申辩
     * @param requested  the party asks in time for the hearing the law gives
     * @param granted  the licence is granted (else refused, with reasons and remedies)
     * @param document  the grant needs a licence document
     * @param deemed  the licensing agency neither accepts nor tells what to complete in time, so the application
     *         counts as accepted on receipt
     * @param incomplete  the application lacks something, which the agency tells in time before accepting it
     * @param collected  the fine of a summary case is collected on the spot
     * @param present  the party attends the seizure
     */
    record Variant(boolean waived, boolean requested, boolean granted, boolean document, boolean deemed,
            boolean incomplete, boolean collected, boolean present) {}

    /**
     * A generated history with its case's facts: the rule its decision is published by, if any, and whether its
     * events state the records made.
     */
    record History(Procedure procedure, Set<CaseGround> grounds, boolean eligible, Variant variant,
            List<CaseEvent> events, LocalDate opened, Optional<PublicationRule> publication, boolean recorded) {

        History(Procedure procedure, Set<CaseGround> grounds, boolean eligible, Variant variant,
                List<CaseEvent> events, LocalDate opened) {
            this(procedure, grounds, eligible, variant, events, opened, Optional.empty(), false);
        }

        History with(List<CaseEvent> changed) {
            return new History(procedure, grounds, eligible, variant, changed, opened, publication, recorded);
        }

        CaseRecord record() {
            return open().appendAll(events);
        }

        CaseRecord.Builder builder() {
            CaseRecord.Builder b = CaseRecord.builder().id("GEN-" + procedure.name().en()).procedure(procedure)
                    .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(opened).hearingEligible(eligible);
            grounds.forEach(g -> b.grounds(g));
            publication.ifPresent(b::publication);
            return b;
        }

        CaseRecord open() {
            return builder().build();
        }

        LocalDate closedOn() {
            return events.get(events.size() - 1).date();
        }

        /** Whether the step is required in this history, as the law reads on its facts. */
        boolean required(Step step) {
            return switch (step.condition()) {
                case ALWAYS -> !(step.waiver().isPresent() && variant.waived())
                        && !(step.kind() == StepKind.ACCEPTANCE && variant.deemed());
                case HEARING_ELIGIBLE -> eligible;
                case HEARING_REQUESTED -> eligible && variant.requested();
                // the ground of Art 58 第一款 item (2) counts once a hearing was held, which a procedure without
                // one (查封、扣押) never holds
                case LEGALITY_REVIEW_GROUND -> grounds.stream().anyMatch(g -> g.requiresLegalityReview()
                        && (g != CaseGround.MAJOR_RIGHTS_AFTER_HEARING || eligible && variant.requested()
                                && procedure.has(StepKind.HEARING)));
                case COLLECTIVE_DECISION_GROUND -> grounds.contains(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION);
                case LICENCE_DOCUMENT -> variant.granted() && variant.document();
                case FINE_COLLECTED -> variant.collected();
                case PARTY_PRESENT -> variant.present();
                case AS_NEEDED -> false;
                // no history here finds a suspected crime: the referral steps are never required (ReferralTest)
                case REFERRAL_FLAGGED, REFERRAL_APPROVED, FILED_BY_POLICE -> false;
            };
        }

        /** Whether the step is performed in this history: required, or done as the facts call for it. */
        boolean performs(Step step) {
            if (step.condition() != Condition.AS_NEEDED) {
                return required(step);
            }
            return step.kind() == StepKind.CORRECTION_NOTICE ? !variant.deemed() && variant.incomplete()
                    : step.kind() == StepKind.ON_THE_SPOT_COLLECTION && variant.collected();
        }
    }

    private CaseHistories() {}

    static Arbitrary<History> correct() {
        Arbitrary<Variant> variants = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Variant::new);
        return Combinators.combine(Arbitraries.of(ProcedureTemplates.all()),
                        Arbitraries.integers().between(0, 480), Arbitraries.subsetOf(CaseGround.values()),
                        Arbitraries.of(true, false), variants, Arbitraries.longs(), Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as((procedure, offset, grounds, eligible, variant, seed, published, recorded) -> publicise(
                        generate(procedure, LocalDate.of(2025, 1, 2).plusDays(offset), grounds, eligible, variant,
                                new Random(seed)), published, recorded, new Random(~seed)));
    }

    /**
     * Gives a lawful history the three systems: a publication rule for its decision with the decision published in
     * time, and the records each step requires stated on its events; the history stays lawful.
     */
    static History publicise(History history, boolean published, boolean recorded, Random random) {
        List<CaseEvent> events = new ArrayList<>(history.events());
        Optional<PublicationRule> rule = published ? ruleOf(history.procedure()) : Optional.empty();
        if (recorded) {
            events.replaceAll(e -> e instanceof CaseEvent.StepPerformed p ? withRequiredRecords(history, p) : e);
        }
        Optional<LocalDate> decided = rule.flatMap(r -> firstDate(events, r.decision()));
        if (decided.isPresent()) {
            LocalDate due = rule.get().within().from(decided.get(), CALENDAR).due();
            long span = due.toEpochDay() - decided.get().toEpochDay();
            LocalDate day = decided.get().plusDays(random.nextInt((int) span + 1));
            if (day.getYear() <= CALENDAR.lastYear()) {
                // recorded after the decision it publishes, before the closing step (a record refuses a publication
                // dated before the earliest decision it holds, so in any shorter history it must follow that one)
                int after = earliest(events, rule.get().decision()) + 1;
                events.add(after + random.nextInt(events.size() - after), new CaseEvent.Published(day,
                        Optional.empty()));
            }
        }
        return new History(history.procedure(), history.grounds(), history.eligible(), history.variant(),
                List.copyOf(events), history.opened(), decided.isPresent() ? rule : Optional.empty(), recorded);
    }

    private static Optional<PublicationRule> ruleOf(Procedure procedure) {
        if (procedure == ProcedureTemplates.LICENSING_GENERAL) {
            return Optional.of(PublicationRule.licensing());
        }
        if (procedure.has(StepKind.DECISION)) {
            return Optional.of(PublicationRule.penalty());
        }
        return procedure.has(StepKind.HEAD_APPROVAL)
                ? Optional.of(PublicationRule.otherDecision(StepKind.HEAD_APPROVAL)) : Optional.empty();
    }

    private static CaseEvent.StepPerformed withRequiredRecords(History history, CaseEvent.StepPerformed event) {
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        for (RecordRequirement requirement : history.procedure().step(event.step()).orElseThrow().records()) {
            kinds.add(requirement.anyOf().contains(RecordKind.TEXT) ? RecordKind.TEXT
                    : requirement.anyOf().iterator().next());
        }
        return event.withRecords(kinds.toArray(RecordKind[]::new));
    }

    /** The index of the earliest-dated event of the step, or -1. */
    private static int earliest(List<CaseEvent> events, StepKind step) {
        int at = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof CaseEvent.StepPerformed p && p.step() == step
                    && (at < 0 || p.date().isBefore(events.get(at).date()))) {
                at = i;
            }
        }
        return at;
    }

    private static Optional<LocalDate> firstDate(List<CaseEvent> events, StepKind step) {
        return events.stream().filter(e -> e instanceof CaseEvent.StepPerformed p && p.step() == step)
                .map(CaseEvent::date).min(Comparator.naturalOrder());
    }

    static History generate(Procedure procedure, LocalDate opened, Set<CaseGround> grounds, boolean eligible,
            Variant variant, Random random) {
        Set<CaseGround> chosen = grounds.isEmpty() ? EnumSet.noneOf(CaseGround.class) : EnumSet.copyOf(grounds);
        History facts = new History(procedure, chosen, eligible, variant, List.of(), opened);
        Map<StepKind, LocalDate> dates = new EnumMap<>(StepKind.class);
        List<CaseEvent> events = new ArrayList<>();
        CaseEvent.Suspended suspension = null;
        LocalDate resumed = null;
        for (Step step : procedure.steps()) {
            boolean waived = step.waiver().isPresent() && variant.waived();
            if (!facts.performs(step) && !waived) {
                if (step.kind() == StepKind.ACCEPTANCE) {
                    dates.put(step.kind(), dates.get(StepKind.APPLICATION));
                }
                continue;
            }
            LocalDate date = opened;
            for (StepKind before : step.after()) {
                if (dates.containsKey(before) && dates.get(before).isAfter(date)) {
                    date = dates.get(before);
                }
            }
            date = date.plusDays(random.nextInt(3));
            if (step.onTheSpotWith().isPresent()) {
                date = dates.get(step.onTheSpotWith().get());
            }
            if (step.kind() == StepKind.CORRECTION_NOTICE) {
                date = min(date, due(CORRECTION, dates.get(StepKind.APPLICATION), null, null));
            }
            if (step.kind() == StepKind.EXAMINATION && variant.deemed()) {
                // examined once the application counts as accepted, the five working days having run out
                LocalDate deemedFrom = due(CORRECTION, dates.get(StepKind.APPLICATION), null, null).plusDays(1);
                date = date.isBefore(deemedFrom) ? deemedFrom : date;
            }
            if (step.kind() == StepKind.HEARING) {
                date = hearingDayAfter(procedure, dates.get(StepKind.HEARING_NOTICE), date);
            }
            if (step.deadline().isPresent() && !step.deadline().get().limit().isBackward()) {
                StepDeadline rule = step.deadline().get();
                date = min(date, due(rule.limit(), dates.get(rule.from()), suspension, resumed));
            }
            dates.put(step.kind(), date);
            if (step.kind() == StepKind.HEARING_NOTICE) {
                StepDeadline window = procedure.hearingRequest().orElseThrow();
                LocalDate notice = dates.get(window.from());
                LocalDate request = min(notice.plusDays(random.nextInt(4)), due(window.limit(), notice, null, null));
                events.add(new CaseEvent.HearingRequested(request));
                if (date.isBefore(request)) {
                    date = request;
                    dates.put(step.kind(), date);
                }
                if (procedure == ProcedureTemplates.LICENSING_GENERAL) {
                    suspension = new CaseEvent.Suspended(date, ExcludedActivity.HEARING, Optional.of(date));
                }
            }
            if (step.kind() == StepKind.HEARING && suspension != null) {
                resumed = date.isAfter(suspension.date()) ? date : suspension.date().plusDays(1);
            }
            if (waived) {
                // the party waives the step when it would have come, after being told of the right
                events.add(new CaseEvent.Waived(step.kind(), date));
                continue;
            }
            events.add(new CaseEvent.StepPerformed(step.kind(), date, officers(step, random), List.of("文书"),
                    content(step, variant)));
        }
        LocalDate last = dates.get(procedure.last().kind());
        for (Step step : procedure.steps()) {
            if (dates.containsKey(step.kind()) && step != procedure.last() && !step.isContentRequired()
                    && !(step.waiver().isPresent() && variant.waived()) && eventOf(events, step.kind())
                    && random.nextInt(3) == 0) {
                for (int i = random.nextInt(4); i >= 0; i--) {
                    long span = last.toEpochDay() - dates.get(step.kind()).toEpochDay();
                    LocalDate again = dates.get(step.kind()).plusDays(span == 0 ? 0 : random.nextInt((int) span + 1));
                    events.add(new CaseEvent.StepPerformed(step.kind(), again, officers(step, random),
                            List.of("笔录"), content(step, variant)));
                }
            }
        }
        CaseEvent closing = events.stream().filter(e -> e instanceof CaseEvent.StepPerformed p
                && p.step() == procedure.last().kind()).findFirst().orElseThrow();
        events.remove(closing);
        Collections.shuffle(events, random);
        if (suspension != null) {
            // a resumption is recorded after its suspension, whatever else was recorded late
            int at = random.nextInt(events.size() + 1);
            events.add(at, suspension);
            events.add(at + 1 + random.nextInt(events.size() - at), new CaseEvent.Resumed(resumed));
        }
        events.add(closing);
        return new History(procedure, chosen, eligible, variant, List.copyOf(events), opened);
    }

    private static boolean eventOf(List<CaseEvent> events, StepKind kind) {
        return events.stream().anyMatch(e -> e instanceof CaseEvent.StepPerformed p && p.step() == kind);
    }

    /** What a step records in a lawful case of this variant. */
    private static Optional<StepContent> content(Step step, Variant variant) {
        if (step.content().isEmpty()) {
            return Optional.empty();
        }
        Class<? extends StepContent> type = step.content().get();
        if (type == PenaltyDecision.class) {
            return Optional.of(variant.waived() ? PenaltyDecision.of(PartyType.CITIZEN, PenaltyKind.WARNING)
                    : PenaltyDecision.fine(PartyType.LEGAL_PERSON, new BigDecimal("3000")));
        }
        if (type == LicenceDecision.class) {
            return Optional.of(variant.granted() ? LicenceDecision.grant(variant.document())
                    : LicenceDecision.refusal(true, true));
        }
        if (type == FineCollection.class) {
            return Optional.of(new FineCollection(new BigDecimal("3000"), CollectionGround.HARD_TO_ENFORCE_LATER));
        }
        if (type == LegalityOpinion.class) {
            return Optional.of(LegalityOpinion.passed(ReviewAspect.values()));
        }
        return Optional.of(variant.present() ? Attestation.PARTY_SIGNED : Attestation.WITNESS_SIGNED);
    }

    private static LocalDate due(TimeLimit limit, LocalDate from, CaseEvent.Suspended suspension, LocalDate resumed) {
        Counting counting = limit.count(from);
        if (suspension != null && resumed != null && suspension.date().isAfter(from)) {
            counting.suspend(suspension.date(), resumed, "听证");
        }
        return counting.on(CALENDAR).due();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    /** The first day on or after {@code date} whose hearing-notice deadline is not before the notice. */
    private static LocalDate hearingDayAfter(Procedure procedure, LocalDate notice, LocalDate date) {
        TimeLimit limit = procedure.step(StepKind.HEARING_NOTICE).orElseThrow().deadline().orElseThrow().limit();
        LocalDate day = date;
        while (limit.count(day).on(CALENDAR).due().isBefore(notice)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static List<OfficerId> officers(Step step, Random random) {
        List<OfficerId> pool = new ArrayList<>(Cases.BY_ROLE.get(step.role()));
        Collections.shuffle(pool, random);
        int n = step.officers() + random.nextInt(pool.size() - step.officers() + 1);
        return List.copyOf(pool.subList(0, n));
    }

    /** Officers who break the rules: one alone, an expired certificate, no certificate at all. */
    static List<OfficerId> wrongOfficers(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> List.of(Cases.WANG);
            case 1 -> List.of(Cases.WANG, Cases.QIAN);
            default -> List.of(Cases.SUN, Cases.LI);
        };
    }

    /**
     * Mutates a correct history into one with violations: steps dropped, officers replaced, steps delayed,
     * extensions with or without approval, a late hearing request. The final step stays last and latest.
     */
    static History mutate(History history, Random random) {
        List<CaseEvent> events = new ArrayList<>(history.events());
        CaseEvent closing = events.remove(events.size() - 1);
        Procedure procedure = history.procedure();
        LocalDate latest = closing.date();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !events.isEmpty(); m++) {
            int i = random.nextInt(events.size());
            CaseEvent event = events.get(i);
            switch (random.nextInt(history.publication().isPresent() || history.recorded() ? 8 : 5)) {
                case 0 -> {
                    if (event instanceof CaseEvent.StepPerformed) {
                        events.remove(i);
                    }
                }
                case 1 -> {
                    if (event instanceof CaseEvent.StepPerformed p) {
                        events.set(i, new CaseEvent.StepPerformed(p.step(), p.date(), wrongOfficers(random),
                                p.documents(), p.content()));
                    }
                }
                case 2 -> {
                    if (event instanceof CaseEvent.StepPerformed p) {
                        LocalDate later = p.date().plusDays(random.nextInt(60));
                        events.set(i, new CaseEvent.StepPerformed(p.step(), later, p.officers(), p.documents(),
                                p.content()));
                        latest = later.isAfter(latest) ? later : latest;
                    }
                }
                case 3 -> {
                    List<Step> limited = procedure.steps().stream().filter(s -> s.deadline().isPresent()
                            && !s.deadline().get().limit().isBackward()).toList();
                    if (limited.isEmpty()) {
                        continue;
                    }
                    Step step = limited.get(random.nextInt(limited.size()));
                    Optional<OfficerId> approver = random.nextBoolean() ? Optional.of(Cases.CHEN) : Optional.empty();
                    LocalDate approved = history.opened().plusDays(random.nextInt(60));
                    events.add(new CaseEvent.Extended(step.kind(), 1 + random.nextInt(40), approver, approved,
                            random.nextBoolean() ? Optional.of(approved) : Optional.empty()));
                }
                case 5 -> {
                    if (event instanceof CaseEvent.Published p) {
                        events.set(i, new CaseEvent.Published(p.date().plusDays(random.nextInt(30)), p.channel()));
                    }
                }
                case 6 -> {
                    if (event instanceof CaseEvent.StepPerformed p && p.records().isPresent()) {
                        events.set(i, p.withRecords());
                    }
                }
                case 7 -> history.publication().flatMap(r -> firstDate(events, r.decision())).ifPresent(decided ->
                        events.add(new CaseEvent.Overturned(decided.plusDays(random.nextInt(40)), Overturn.REVOKED,
                                Overturn.Forum.RECONSIDERATION)));
                default -> events.add(new CaseEvent.HearingRequested(history.opened().plusDays(random.nextInt(60))));
            }
        }
        keepPublicityAfterTheDecision(history, events);
        for (CaseEvent e : events) {
            if (!isPublicity(e)) {
                latest = e.date().isAfter(latest) ? e.date() : latest;
            }
        }
        CaseEvent.StepPerformed last = (CaseEvent.StepPerformed) closing;
        events.add(new CaseEvent.StepPerformed(last.step(), latest, last.officers(), last.documents(),
                last.content()));
        return history.with(List.copyOf(events));
    }

    private static boolean isPublicity(CaseEvent event) {
        return event instanceof CaseEvent.Published || event instanceof CaseEvent.Withdrawn
                || event instanceof CaseEvent.Overturned;
    }

    /**
     * A record refuses publicity dated before the decision it concerns, or beyond the calendar: after a mutation
     * moved the decision or dropped it, such events move to the decision's day, or go with it.
     */
    private static void keepPublicityAfterTheDecision(History history, List<CaseEvent> events) {
        Optional<LocalDate> decided = history.publication().flatMap(r -> firstDate(events, r.decision()));
        events.removeIf(e -> isPublicity(e) && (decided.isEmpty() || e.date().getYear() > CALENDAR.lastYear()));
        if (decided.isEmpty()) {
            return;
        }
        List<CaseEvent> publicity = new ArrayList<>();
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.Published p) {
                publicity.add(p.date().isBefore(decided.get())
                        ? new CaseEvent.Published(decided.get(), p.channel()) : p);
            } else if (e instanceof CaseEvent.Overturned o) {
                publicity.add(o.date().isBefore(decided.get())
                        ? new CaseEvent.Overturned(decided.get(), o.outcome(), o.by()) : o);
            }
        }
        events.removeIf(CaseHistories::isPublicity);
        // recorded after the earliest decision, so that every shorter history holding them holds it too
        events.addAll(earliest(events, history.publication().get().decision()) + 1, publicity);
    }
}
