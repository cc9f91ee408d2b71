package io.github.quanze.procedure;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.fault.Role;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.timelimit.Counting;
import io.github.quanze.timelimit.Deadline;
import io.github.quanze.timelimit.DeadlineStatus;
import io.github.quanze.timelimit.Extension;
import io.github.quanze.timelimit.TimeLimit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays a case's history as of a day into its {@link CaseState}. One replay is one pass over the events plus one
 * count per time limit, so its cost grows linearly with the history.
 * <p>
 * Every violation is judged only on events dated on or before the day it names, which keeps it stable as later
 * days are replayed; where that asks for a choice, the choice is an interpretation and says so.
 */
final class CaseReplay {

    private static final Comparator<ProcedureViolation> ORDER = Comparator.comparing(ProcedureViolation::date)
            .thenComparing(ProcedureViolation::step).thenComparing(ProcedureViolation::kind)
            .thenComparing(v -> v.people().isEmpty() ? "" : v.people().get(0).officer().value());

    private final CaseRecord record;
    private final Procedure procedure;
    private final Organization organization;
    private final LocalDate asOf;
    private final Map<StepKind, List<CaseEvent.StepPerformed>> performed = new EnumMap<>(StepKind.class);
    private final List<StepKind> done = new ArrayList<>();
    private final List<LocalDate[]> suspensions = new ArrayList<>();
    private final List<CaseEvent.Extended> extensions = new ArrayList<>();
    private final List<ProcedureViolation> violations = new ArrayList<>();
    private LocalDate hearingRequested;

    CaseReplay(CaseRecord record, LocalDate asOf) {
        this.record = record;
        this.procedure = record.procedure();
        this.organization = record.organization();
        this.asOf = asOf;
    }

    CaseState run() {
        CaseEvent[] events = record.events().stream().filter(e -> !e.date().isAfter(asOf)).toArray(CaseEvent[]::new);
        Arrays.sort(events, Comparator.comparing(CaseEvent::date));
        for (CaseEvent event : events) {
            index(event);
        }
        boolean closed = performed.containsKey(procedure.last().kind());
        for (StepKind kind : done) {
            Step step = procedure.step(kind).orElseThrow();
            checkOrder(step);
            Set<OfficerId> reported = new HashSet<>();
            for (CaseEvent.StepPerformed event : performed.get(kind)) {
                checkOfficers(step, event, reported);
            }
        }
        if (closed) {
            checkMissing(firstDate(procedure.last().kind()));
        }
        List<CaseDeadline> deadlines = new ArrayList<>();
        for (Step step : procedure.steps()) {
            step.deadline().ifPresent(d -> deadline(step, d).ifPresent(deadlines::add));
        }
        violations.sort(ORDER);
        boolean suspended = !suspensions.isEmpty() && suspensions.get(suspensions.size() - 1)[1] == null;
        return new CaseState(record.id(), asOf, done, closed ? Set.of() : pending(), closed, suspended, deadlines,
                violations);
    }

    private void index(CaseEvent event) {
        if (event instanceof CaseEvent.StepPerformed p) {
            performed.computeIfAbsent(p.step(), k -> {
                done.add(k);
                return new ArrayList<>();
            }).add(p);
        } else if (event instanceof CaseEvent.HearingRequested h) {
            hearingRequested = hearingRequested == null ? h.date() : hearingRequested;
        } else if (event instanceof CaseEvent.Suspended s) {
            suspensions.add(new LocalDate[] {s.date(), null});
        } else if (event instanceof CaseEvent.Resumed r) {
            suspensions.get(suspensions.size() - 1)[1] = r.date();
        } else if (event instanceof CaseEvent.Extended x) {
            extensions.add(x);
        }
    }

    /** Whether a step is required on a day: a hearing only once a qualifying request was made by then. */
    private boolean required(Step step, LocalDate on) {
        switch (step.condition()) {
            case MAJOR_CASE:
                return record.isMajor();
            case HEARING_REQUESTED:
                return record.isHearingEligible() && hearingRequested != null && !hearingRequested.isAfter(on);
            default:
                return true;
        }
    }

    private LocalDate firstDate(StepKind kind) {
        List<CaseEvent.StepPerformed> list = performed.get(kind);
        return list == null ? null : list.get(0).date();
    }

    /** 先告知后决定: every predecessor required on the step's day must have been performed by then. */
    private void checkOrder(Step step) {
        LocalDate on = firstDate(step.kind());
        for (StepKind before : step.after()) {
            Step predecessor = procedure.step(before).orElseThrow();
            LocalDate first = firstDate(before);
            if (required(predecessor, on) && (first == null || first.isAfter(on))) {
                violations.add(new ProcedureViolation(ViolationKind.WRONG_ORDER, step.kind(), on,
                        people(step, performed.get(step.kind()).get(0).officers()),
                        BilingualText.of(step.kind().label().zh() + "于" + on + "进行，此前未进行"
                                        + before.label().zh(),
                                step.kind().label().en() + " on " + on + " was not preceded by "
                                        + before.label().en()),
                        step.basis().and(predecessor.basis())));
            }
        }
    }

    private void checkOfficers(Step step, CaseEvent.StepPerformed event, Set<OfficerId> reported) {
        List<OfficerId> officers = event.officers();
        if (officers.size() < step.officers()) {
            violations.add(new ProcedureViolation(ViolationKind.TOO_FEW_OFFICERS, step.kind(), event.date(),
                    people(step, officers),
                    BilingualText.of(step.kind().label().zh() + "（" + event.date() + "）仅" + officers.size()
                                    + "名执法人员参与，应当不少于" + step.officers() + "名",
                            step.kind().label().en() + " on " + event.date() + ": " + officers.size()
                                    + " officers took part, at least " + step.officers() + " required"),
                    step.basis()));
        }
        if (step.isCertified()) {
            for (OfficerId officer : officers) {
                Certification c = organization.certification(officer, record.area(), event.date());
                if (!c.isCertified()) {
                    violations.add(new ProcedureViolation(ViolationKind.UNCERTIFIED_OFFICER, step.kind(),
                            event.date(), people(step, List.of(officer)),
                            BilingualText.of(step.kind().label().zh() + "（" + event.date() + "）："
                                            + c.explanation().zh(),
                                    step.kind().label().en() + " on " + event.date() + ": " + c.explanation().en()),
                            step.basis()));
                }
            }
        }
        for (StepKind other : step.separateFrom()) {
            Set<OfficerId> those = new HashSet<>();
            performed.getOrDefault(other, List.of()).forEach(p -> those.addAll(p.officers()));
            for (OfficerId officer : officers) {
                if (those.contains(officer) && reported.add(officer)) {
                    String name = organization.officer(officer).name();
                    violations.add(new ProcedureViolation(ViolationKind.SAME_INVESTIGATOR_AND_DECIDER, step.kind(),
                            event.date(), people(step, List.of(officer)),
                            BilingualText.of(name + "参与" + other.label().zh() + "，又于" + event.date() + "参与"
                                            + step.kind().label().zh(),
                                    name + " took part in " + other.label().en() + " and in "
                                            + step.kind().label().en() + " on " + event.date()),
                            step.basis()));
                }
            }
        }
    }

    /** A closed case must have every step required on its closing day. */
    private void checkMissing(LocalDate closedOn) {
        Step last = procedure.last();
        List<OfficerId> closers = performed.get(last.kind()).get(0).officers();
        for (Step step : procedure.steps()) {
            if (required(step, closedOn) && !performed.containsKey(step.kind())) {
                violations.add(new ProcedureViolation(ViolationKind.MISSING_STEP, step.kind(), closedOn,
                        people(last, closers),
                        BilingualText.of("案件于" + closedOn + last.kind().label().zh() + "，未进行"
                                        + step.kind().label().zh(),
                                "the case was closed (" + last.kind().label().en() + ") on " + closedOn + " without "
                                        + step.kind().label().en()),
                        step.basis()));
            }
        }
    }

    private Set<StepKind> pending() {
        Set<StepKind> result = EnumSet.noneOf(StepKind.class);
        for (Step step : procedure.steps()) {
            if (performed.containsKey(step.kind()) || !required(step, asOf)) {
                continue;
            }
            boolean ready = step.after().stream().allMatch(before -> performed.containsKey(before)
                    || !required(procedure.step(before).orElseThrow(), asOf));
            if (ready) {
                result.add(step.kind());
            }
        }
        return result;
    }

    private Optional<CaseDeadline> deadline(Step step, StepDeadline rule) {
        LocalDate anchor = firstDate(rule.from());
        LocalDate met = firstDate(step.kind());
        if (anchor == null || (met == null && !required(step, asOf))) {
            return Optional.empty();
        }
        TimeLimit limit = rule.limit();
        if (met != null && !limit.isBackward() && met.isBefore(anchor)) {
            // done before the event its period counts from: out of order (WRONG_ORDER), so no period to have met
            return Optional.empty();
        }
        Deadline deadline = limit.isBackward() ? limit.count(anchor).on(record.calendar())
                : forward(step, limit, anchor, met);
        DeadlineStatus status = deadline.status(asOf, Optional.ofNullable(met), Deadline.DEFAULT_WARNING);
        if (status.isMissed()) {
            List<Involvement> people = handlers(limit.isBackward() ? deadline.due() : anchor, rule.from());
            violations.add(new ProcedureViolation(ViolationKind.MISSED_DEADLINE, step.kind(), deadline.due(), people,
                    BilingualText.of(step.kind().label().zh() + "应当于" + deadline.due() + "（含当日）前完成（"
                                    + limit.describe().zh() + "），已超过时限",
                            step.kind().label().en() + " was due by " + deadline.due() + " ("
                                    + limit.describe().en() + ") and the limit was missed"),
                    limit.basis().orElse(step.basis())));
        }
        return Optional.of(new CaseDeadline(step.kind(), deadline, status));
    }

    /**
     * Counts a forward limit with the case's suspensions and the step's extensions, in date order. A suspension
     * that starts after the step was done, or after the limit ran out, does not move it; an extension counts only
     * when the provision allows one, someone approved it, it was approved by the due day as it then stood, and up
     * to the cap (the excess is dropped). Treating a void extension as not extending is an interpretation: an
     * extension the law does not allow cannot save a late act.
     */
    private Deadline forward(Step step, TimeLimit limit, LocalDate anchor, LocalDate met) {
        Counting counting = limit.count(anchor);
        Deadline deadline = counting.on(record.calendar());
        List<CaseEvent> changes = new ArrayList<>();
        for (LocalDate[] s : suspensions) {
            changes.add(new CaseEvent.Suspended(s[0], "中止"));
        }
        // an extension approved before the period began extends nothing (Counting.extend refuses it)
        extensions.stream().filter(x -> x.step() == step.kind() && !x.date().isBefore(anchor)).forEach(changes::add);
        changes.sort(Comparator.comparing(CaseEvent::date));
        int extended = 0;
        int suspension = 0;
        for (CaseEvent change : changes) {
            if (change.date().isAfter(deadline.due()) && change instanceof CaseEvent.Suspended) {
                suspension++;
                continue;
            }
            if (change instanceof CaseEvent.Suspended) {
                LocalDate[] span = suspensions.get(suspension++);
                LocalDate resumed = span[1] == null ? asOf.plusDays(1) : span[1];
                boolean before = met == null || met.isAfter(span[0]);
                if (before && resumed.isAfter(span[0]) && resumed.isAfter(anchor)) {
                    counting.suspend(span[0], resumed, "案件中止");
                }
            } else {
                CaseEvent.Extended x = (CaseEvent.Extended) change;
                int allowed = extensionAllowed(step, limit, x, deadline.due(), extended);
                if (allowed > 0) {
                    extended += allowed;
                    counting.extend(allowed, organization.officer(x.approver().orElseThrow()).name(), x.date());
                }
            }
            deadline = counting.on(record.calendar());
        }
        return deadline;
    }

    /** Returns how much of an extension counts, reporting what does not. */
    private int extensionAllowed(Step step, TimeLimit limit, CaseEvent.Extended x, LocalDate due, int sofar) {
        Optional<Extension> rule = limit.extension();
        LegalBasis basis = rule.map(Extension::basis).or(limit::basis).orElse(step.basis());
        List<Involvement> approver = x.approver().map(a -> List.of(involvement(a, Role.APPROVER))).orElse(List.of());
        String what = step.kind().label().zh() + "期限于" + x.date() + "延长" + x.amount() + limit.unit().label().zh();
        String whatEn = "the limit of " + step.kind().label().en() + " extended on " + x.date() + " by " + x.amount()
                + " " + limit.unit().label().en();
        if (rule.isEmpty()) {
            violations.add(new ProcedureViolation(ViolationKind.EXTENSION_NOT_ALLOWED, step.kind(), x.date(),
                    approver, BilingualText.of(what + "，但该期限的规定未设延长",
                            whatEn + ", which the provision does not allow"), basis));
            return 0;
        }
        if (x.approver().isEmpty()) {
            violations.add(new ProcedureViolation(ViolationKind.EXTENSION_WITHOUT_APPROVAL, step.kind(), x.date(),
                    handlers(x.date(), step.deadline().orElseThrow().from()), BilingualText.of(what + "，未经" + rule.get().approver() + "批准",
                            whatEn + " without the approval of " + rule.get().approver()), basis));
            return 0;
        }
        if (x.date().isAfter(due)) {
            violations.add(new ProcedureViolation(ViolationKind.EXTENSION_NOT_ALLOWED, step.kind(), x.date(),
                    approver, BilingualText.of(what + "，但期限已于" + due + "届满",
                            whatEn + ", after the limit ran out on " + due), basis));
            return 0;
        }
        int room = rule.get().max() - sofar;
        if (x.amount() > room) {
            violations.add(new ProcedureViolation(ViolationKind.EXTENSION_OVER_CAP, step.kind(), x.date(),
                    approver, BilingualText.of(what + "，超过法定上限" + rule.get().max() + limit.unit().label().zh()
                                    + "，超出部分不计",
                            whatEn + ", beyond the cap of " + rule.get().max() + "; the excess does not count"),
                    basis));
            return Math.max(room, 0);
        }
        return x.amount();
    }

    /**
     * The case handlers (承办人) who answer for a time limit: the officers of the first step performed by a handling
     * post on or before a day (the day the count started, the due day of a limit counted back, the day of an
     * extension), or else those of the step that started the count, which has always been performed by then. Holding the handlers to the case's time limits is an interpretation of the responsibility
     * measures (承办人对办案期限负责); it names the same people whether the step was since done late or not at all, so
     * that a violation stays the same on every later day.
     */
    private List<Involvement> handlers(LocalDate by, StepKind fallback) {
        CaseEvent.StepPerformed first = null;
        for (StepKind kind : done) {
            Step step = procedure.step(kind).orElseThrow();
            CaseEvent.StepPerformed p = performed.get(kind).get(0);
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

    private List<Involvement> people(Step step, List<OfficerId> officers) {
        Role role = roleOf(step.role());
        Set<Involvement> result = new LinkedHashSet<>();
        for (OfficerId officer : officers) {
            result.add(involvement(officer, role));
        }
        return List.copyOf(result);
    }

    private Involvement involvement(OfficerId officer, Role role) {
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
}
