package io.github.quanze.procedure;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.timelimit.Counting;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Case histories that follow a template correctly: each required step after its required predecessors, by enough
 * certified officers of its role, within its time limit, hearing notices early enough, and the hearing time of a
 * licence suspended (行政许可法 Art 45); some steps repeated, events appended in any order but the final step last.
 * Dates are counted independently of the replay, with {@link TimeLimit#count} and the national calendar.
 */
final class CaseHistories {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();

    /** A generated history with its case's facts. */
    record History(Procedure procedure, boolean major, boolean hearing, List<CaseEvent> events, LocalDate opened) {

        CaseRecord record() {
            return open().appendAll(events);
        }

        CaseRecord.Builder builder() {
            return CaseRecord.builder().id("GEN-" + procedure.name().en()).procedure(procedure)
                    .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(opened).major(major)
                    .hearingEligible(true);
        }

        CaseRecord open() {
            return builder().build();
        }

        LocalDate closedOn() {
            return events.get(events.size() - 1).date();
        }

        boolean required(Step step) {
            return switch (step.condition()) {
                case MAJOR_CASE -> major;
                case HEARING_REQUESTED -> hearing;
                default -> true;
            };
        }
    }

    private CaseHistories() {}

    static Arbitrary<History> correct() {
        return Combinators.combine(Arbitraries.of(ProcedureTemplates.all()),
                        Arbitraries.integers().between(0, 480), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.longs())
                .as((procedure, offset, major, hearing, seed) -> generate(procedure,
                        LocalDate.of(2025, 1, 2).plusDays(offset), major, hearing, new Random(seed)));
    }

    static History generate(Procedure procedure, LocalDate opened, boolean major, boolean hearing, Random random) {
        History facts = new History(procedure, major, hearing, List.of(), opened);
        Map<StepKind, LocalDate> dates = new EnumMap<>(StepKind.class);
        List<CaseEvent> events = new ArrayList<>();
        LocalDate[] suspension = null;
        for (Step step : procedure.steps()) {
            if (!facts.required(step)) {
                continue;
            }
            LocalDate date = opened;
            for (StepKind before : step.after()) {
                if (dates.containsKey(before) && dates.get(before).isAfter(date)) {
                    date = dates.get(before);
                }
            }
            date = date.plusDays(random.nextInt(3));
            if (step.kind() == StepKind.HEARING) {
                date = hearingDayAfter(procedure, dates.get(StepKind.HEARING_NOTICE), date);
            }
            if (step.deadline().isPresent() && !step.deadline().get().limit().isBackward()) {
                StepDeadline rule = step.deadline().get();
                Counting counting = rule.limit().count(dates.get(rule.from()));
                if (suspension != null && suspension[1].isAfter(dates.get(rule.from()))) {
                    counting.suspend(suspension[0], suspension[1], "听证");
                }
                LocalDate due = counting.on(CALENDAR).due();
                date = date.isAfter(due) ? due : date;
            }
            dates.put(step.kind(), date);
            if (step.kind() == StepKind.HEARING_NOTICE) {
                events.add(new CaseEvent.HearingRequested(date));
                if (procedure == ProcedureTemplates.LICENSING_GENERAL) {
                    suspension = new LocalDate[] {date, null};
                }
            }
            if (step.kind() == StepKind.HEARING && suspension != null) {
                suspension[1] = date;
            }
            events.add(new CaseEvent.StepPerformed(step.kind(), date, officers(step, random), List.of("文书")));
        }
        LocalDate last = dates.get(procedure.last().kind());
        for (Step step : procedure.steps()) {
            if (dates.containsKey(step.kind()) && step != procedure.last() && random.nextInt(3) == 0) {
                for (int i = random.nextInt(4); i >= 0; i--) {
                    long span = last.toEpochDay() - dates.get(step.kind()).toEpochDay();
                    LocalDate again = dates.get(step.kind()).plusDays(span == 0 ? 0 : random.nextInt((int) span + 1));
                    events.add(new CaseEvent.StepPerformed(step.kind(), again, officers(step, random),
                            List.of("笔录")));
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
            events.add(at, new CaseEvent.Suspended(suspension[0], "听证"));
            events.add(at + 1 + random.nextInt(events.size() - at), new CaseEvent.Resumed(suspension[1]));
        }
        events.add(closing);
        return new History(procedure, major, hearing, List.copyOf(events), opened);
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
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (event instanceof CaseEvent.StepPerformed) {
                        events.remove(i);
                    }
                }
                case 1 -> {
                    if (event instanceof CaseEvent.StepPerformed p) {
                        events.set(i, new CaseEvent.StepPerformed(p.step(), p.date(), wrongOfficers(random),
                                p.documents()));
                    }
                }
                case 2 -> {
                    if (event instanceof CaseEvent.StepPerformed p) {
                        LocalDate later = p.date().plusDays(random.nextInt(60));
                        events.set(i, new CaseEvent.StepPerformed(p.step(), later, p.officers(), p.documents()));
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
                    events.add(new CaseEvent.Extended(step.kind(), 1 + random.nextInt(40), approver,
                            history.opened().plusDays(random.nextInt(60))));
                }
                default -> events.add(new CaseEvent.HearingRequested(history.opened().plusDays(random.nextInt(60))));
            }
        }
        for (CaseEvent e : events) {
            latest = e.date().isAfter(latest) ? e.date() : latest;
        }
        CaseEvent.StepPerformed last = (CaseEvent.StepPerformed) closing;
        events.add(new CaseEvent.StepPerformed(last.step(), latest, last.officers(), last.documents()));
        return new History(procedure, history.major(), history.hearing(), List.copyOf(events), history.opened());
    }
}
