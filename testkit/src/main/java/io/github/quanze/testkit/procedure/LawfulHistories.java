package io.github.quanze.testkit.procedure;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.Attestation;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CollectionGround;
import io.github.quanze.procedure.ExcludedActivity;
import io.github.quanze.procedure.FineCollection;
import io.github.quanze.procedure.LegalityOpinion;
import io.github.quanze.procedure.LicenceDecision;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.RecordRequirement;
import io.github.quanze.procedure.ReviewAspect;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepContent;
import io.github.quanze.procedure.StepDeadline;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.testkit.Choices;
import io.github.quanze.timelimit.Counting;
import io.github.quanze.timelimit.StatutoryLimits;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws lawful histories: each required step after its required predecessors, by enough certified officers of its
 * role, within its time limit, hearing notices early enough, steps done on the spot on the same day; some steps
 * repeated, events appended in any order but the final step last. The time of a licensing hearing is left out of the
 * limits and told to the applicant (行政许可法 Art 45). Dates are counted independently of the replay, with
 * {@link TimeLimit#count} and the national calendar.
 */
final class LawfulHistories {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    /** The five working days within which a licensing agency says what an application lacks. */
    private static final TimeLimit CORRECTION = StatutoryLimits.LICENCE_CORRECTION_NOTICE;

    private LawfulHistories() {}

    static CaseHistory generate(Procedure procedure, LocalDate opened, Set<CaseGround> grounds, boolean eligible,
            Variant variant, Choices choices) {
        Set<CaseGround> chosen = grounds.isEmpty() ? EnumSet.noneOf(CaseGround.class) : EnumSet.copyOf(grounds);
        CaseHistory facts = new CaseHistory(procedure, chosen, eligible, variant, List.of(), opened, Optional.empty(),
                false);
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
            date = date.plusDays(choices.nextInt(3));
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
                LocalDate request = min(notice.plusDays(choices.nextInt(4)), due(window.limit(), notice, null, null));
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
            events.add(new CaseEvent.StepPerformed(step.kind(), date, officers(step, choices), List.of("文书"),
                    content(step, variant)));
        }
        repeatSome(procedure, variant, dates, events, choices);
        CaseEvent closing = events.stream().filter(e -> e instanceof CaseEvent.StepPerformed p
                && p.step() == procedure.last().kind()).findFirst().orElseThrow();
        events.remove(closing);
        choices.shuffle(events);
        if (suspension != null) {
            // a resumption is recorded after its suspension, whatever else was recorded late
            int at = choices.nextInt(events.size() + 1);
            events.add(at, suspension);
            events.add(at + 1 + choices.nextInt(events.size() - at), new CaseEvent.Resumed(resumed));
        }
        events.add(closing);
        return facts.withEvents(events);
    }

    /** Some steps that record no decision are performed again, between their first day and the final step's. */
    private static void repeatSome(Procedure procedure, Variant variant, Map<StepKind, LocalDate> dates,
            List<CaseEvent> events, Choices choices) {
        LocalDate last = dates.get(procedure.last().kind());
        for (Step step : procedure.steps()) {
            if (dates.containsKey(step.kind()) && step != procedure.last() && !step.isContentRequired()
                    && !(step.waiver().isPresent() && variant.waived()) && eventOf(events, step.kind())
                    && choices.nextInt(3) == 2) {
                for (int i = choices.nextInt(4); i >= 0; i--) {
                    long span = last.toEpochDay() - dates.get(step.kind()).toEpochDay();
                    LocalDate again = dates.get(step.kind()).plusDays(span == 0 ? 0 : choices.nextInt((int) span + 1));
                    events.add(new CaseEvent.StepPerformed(step.kind(), again, officers(step, choices),
                            List.of("笔录"), content(step, variant)));
                }
            }
        }
    }

    /**
     * Gives a lawful history the three systems: a publication rule for its decision with the decision published in
     * time, and the records each step requires stated on its events; the history stays lawful.
     */
    static CaseHistory publicise(CaseHistory history, boolean published, boolean recorded, Choices choices) {
        List<CaseEvent> events = new ArrayList<>(history.events());
        Optional<PublicationRule> rule = published ? ruleOf(history.procedure()) : Optional.empty();
        if (recorded) {
            events.replaceAll(e -> e instanceof CaseEvent.StepPerformed p ? withRequiredRecords(history, p) : e);
        }
        Optional<LocalDate> decided = rule.flatMap(r -> firstDate(events, r.decision()));
        if (decided.isPresent()) {
            LocalDate due = rule.get().within().from(decided.get(), CALENDAR).due();
            long span = due.toEpochDay() - decided.get().toEpochDay();
            LocalDate day = decided.get().plusDays(choices.nextInt((int) span + 1));
            if (day.getYear() <= CALENDAR.lastYear()) {
                // recorded after the decision it publishes, before the closing step (a record refuses a publication
                // dated before the earliest decision it holds, so in any shorter history it must follow that one)
                int after = earliest(events, rule.get().decision()) + 1;
                events.add(after + choices.nextInt(events.size() - after), new CaseEvent.Published(day,
                        Optional.empty()));
            }
        }
        return new CaseHistory(history.procedure(), history.grounds(), history.eligible(), history.variant(),
                events, history.opened(), decided.isPresent() ? rule : Optional.empty(), recorded);
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

    private static CaseEvent.StepPerformed withRequiredRecords(CaseHistory history, CaseEvent.StepPerformed event) {
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        for (RecordRequirement requirement : history.procedure().step(event.step()).orElseThrow().records()) {
            kinds.add(requirement.anyOf().contains(RecordKind.TEXT) ? RecordKind.TEXT
                    : requirement.anyOf().iterator().next());
        }
        return event.withRecords(kinds.toArray(RecordKind[]::new));
    }

    /** The index of the earliest-dated event of the step, or -1. */
    static int earliest(List<CaseEvent> events, StepKind step) {
        int at = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof CaseEvent.StepPerformed p && p.step() == step
                    && (at < 0 || p.date().isBefore(events.get(at).date()))) {
                at = i;
            }
        }
        return at;
    }

    static Optional<LocalDate> firstDate(List<CaseEvent> events, StepKind step) {
        return events.stream().filter(e -> e instanceof CaseEvent.StepPerformed p && p.step() == step)
                .map(CaseEvent::date).min(Comparator.naturalOrder());
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

    /** Officers of the step's role: as many as it requires, or more; choices of zero give the first ones. */
    static List<OfficerId> officers(Step step, Choices choices) {
        List<OfficerId> pool = new ArrayList<>(Bureau.BY_ROLE.get(step.role()));
        choices.shuffle(pool);
        int n = step.officers() + choices.nextInt(pool.size() - step.officers() + 1);
        return List.copyOf(pool.subList(0, n));
    }
}
