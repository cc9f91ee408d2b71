package io.github.quanze.testkit.procedure;

import static io.github.quanze.testkit.procedure.LawfulHistories.CALENDAR;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.Overturn;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.Step;
import io.github.quanze.testkit.Choices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a lawful history into one with violations of any kinds: steps dropped, officers replaced, steps delayed,
 * extensions with or without approval, a late hearing request, a late publication, a missing record, an overturned
 * decision. The final step stays last and latest.
 */
final class Mutations {

    private Mutations() {}

    /** Officers who break the rules: one alone, an expired certificate, no certificate at all. */
    static List<OfficerId> wrongOfficers(Choices choices) {
        return switch (choices.nextInt(3)) {
            case 0 -> List.of(Bureau.WANG);
            case 1 -> List.of(Bureau.WANG, Bureau.QIAN);
            default -> List.of(Bureau.SUN, Bureau.LI);
        };
    }

    static CaseHistory mutate(CaseHistory history, Choices choices) {
        List<CaseEvent> events = new ArrayList<>(history.events());
        CaseEvent closing = events.remove(events.size() - 1);
        LocalDate latest = closing.date();
        int mutations = 1 + choices.nextInt(4);
        for (int m = 0; m < mutations && !events.isEmpty(); m++) {
            int i = choices.nextInt(events.size());
            LocalDate moved = mutateOne(history, events, i, choices);
            latest = moved.isAfter(latest) ? moved : latest;
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
        return history.withEvents(events);
    }

    /** Applies one mutation at an event and returns the latest day it moved a step to, or the minimum. */
    private static LocalDate mutateOne(CaseHistory history, List<CaseEvent> events, int i, Choices choices) {
        CaseEvent event = events.get(i);
        Procedure procedure = history.procedure();
        switch (choices.nextInt(history.publication().isPresent() || history.recorded() ? 8 : 5)) {
            case 0 -> {
                if (event instanceof CaseEvent.StepPerformed) {
                    events.remove(i);
                }
            }
            case 1 -> {
                if (event instanceof CaseEvent.StepPerformed p) {
                    events.set(i, new CaseEvent.StepPerformed(p.step(), p.date(), wrongOfficers(choices),
                            p.documents(), p.content()));
                }
            }
            case 2 -> {
                if (event instanceof CaseEvent.StepPerformed p) {
                    LocalDate later = p.date().plusDays(choices.nextInt(60));
                    events.set(i, new CaseEvent.StepPerformed(p.step(), later, p.officers(), p.documents(),
                            p.content()));
                    return later;
                }
            }
            case 3 -> {
                List<Step> limited = procedure.steps().stream().filter(s -> s.deadline().isPresent()
                        && !s.deadline().get().limit().isBackward()).toList();
                if (!limited.isEmpty()) {
                    Step step = choices.pick(limited);
                    Optional<OfficerId> approver = choices.nextBoolean() ? Optional.of(Bureau.CHEN) : Optional.empty();
                    LocalDate approved = history.opened().plusDays(choices.nextInt(60));
                    events.add(new CaseEvent.Extended(step.kind(), 1 + choices.nextInt(40), approver, approved,
                            choices.nextBoolean() ? Optional.of(approved) : Optional.empty()));
                }
            }
            case 5 -> {
                if (event instanceof CaseEvent.Published p) {
                    events.set(i, new CaseEvent.Published(p.date().plusDays(choices.nextInt(30)), p.channel()));
                }
            }
            case 6 -> {
                if (event instanceof CaseEvent.StepPerformed p && p.records().isPresent()) {
                    events.set(i, p.withRecords());
                }
            }
            case 7 -> history.publication().flatMap(r -> LawfulHistories.firstDate(events, r.decision()))
                    .ifPresent(decided -> events.add(new CaseEvent.Overturned(decided.plusDays(choices.nextInt(40)),
                            Overturn.REVOKED, Overturn.Forum.RECONSIDERATION)));
            default -> events.add(new CaseEvent.HearingRequested(history.opened().plusDays(choices.nextInt(60))));
        }
        return LocalDate.MIN;
    }

    private static boolean isPublicity(CaseEvent event) {
        return event instanceof CaseEvent.Published || event instanceof CaseEvent.Withdrawn
                || event instanceof CaseEvent.Overturned;
    }

    /**
     * A record refuses publicity dated before the decision it concerns, or beyond the calendar: after a mutation
     * moved the decision or dropped it, such events move to the decision's day, or go with it.
     */
    private static void keepPublicityAfterTheDecision(CaseHistory history, List<CaseEvent> events) {
        Optional<LocalDate> decided = history.publication()
                .flatMap(r -> LawfulHistories.firstDate(events, r.decision()));
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
        events.removeIf(Mutations::isPublicity);
        // recorded after the earliest decision, so that every shorter history holding them holds it too
        events.addAll(LawfulHistories.earliest(events, history.publication().get().decision()) + 1, publicity);
    }
}
