package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.timelimit.Counting;
import io.github.quanze.timelimit.Deadline;
import io.github.quanze.timelimit.DeadlineStatus;
import io.github.quanze.timelimit.Extension;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.math.BigDecimal;
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
    private static final Comparator<CaseNote> NOTE_ORDER = Comparator.comparing(CaseNote::date)
            .thenComparing(CaseNote::step).thenComparing(CaseNote::kind);

    /** 行政许可法 Art 38 第二款: a refusal states its reasons and tells of the remedies. */
    private static final LegalBasis REFUSAL = LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 38, 2));
    /** 行政处罚法 Art 58 第二款: the qualification of a first-time legal reviewer. */
    private static final LegalBasis LEGAL_REVIEWER = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 58, 2));
    /** 行政处罚法 Art 68(1): on-the-spot collection of a fine of at most 100 yuan. */
    private static final BigDecimal SMALL_FINE = new BigDecimal("100");
    private static final BilingualText SAME_DAY = BilingualText.of("解释：当场指同日", "interpretation: on the spot "
            + "means on the same day");
    private static final BilingualText HANDLERS_ANSWER = BilingualText.of("解释：承办人对办案期限负责",
            "interpretation: the case handlers answer for its time limits");

    /** A span of time stopped for an activity: the event that started it and the day counting resumed, if it did. */
    private record Span(CaseEvent.Suspended start, LocalDate resumed) {}

    private final CaseRecord record;
    private final Procedure procedure;
    private final Organization organization;
    private final WorkingDayCalendar calendar;
    private final LocalDate asOf;
    private final Map<StepKind, List<CaseEvent.StepPerformed>> performed = new EnumMap<>(StepKind.class);
    private final List<StepKind> done = new ArrayList<>();
    private final Map<StepKind, LocalDate> waived = new EnumMap<>(StepKind.class);
    /** Steps deemed done: the day they count as done, and the first day the deeming holds (when time ran out). */
    private final Map<StepKind, LocalDate[]> deemed = new EnumMap<>(StepKind.class);
    private final List<Span> spans = new ArrayList<>();
    private final List<CaseEvent.Extended> extensions = new ArrayList<>();
    private final List<LocalDate> requests = new ArrayList<>();
    private final List<ProcedureViolation> violations = new ArrayList<>();
    private final List<CaseNote> notes = new ArrayList<>();
    /** The last day to ask for a hearing, counted once the events are indexed: every requirement check reads it. */
    private Optional<LocalDate> requestDue = Optional.empty();

    CaseReplay(CaseRecord record, LocalDate asOf) {
        this.record = record;
        this.procedure = record.procedure();
        this.organization = record.organization();
        this.calendar = record.calendar();
        this.asOf = asOf;
    }

    CaseState run() {
        CaseEvent[] events = record.events().stream().filter(e -> !e.date().isAfter(asOf)).toArray(CaseEvent[]::new);
        Arrays.sort(events, Comparator.comparing(CaseEvent::date));
        for (CaseEvent event : events) {
            index(event);
        }
        requestDue = countRequestDue();
        for (Step step : procedure.steps()) {
            step.deemed().ifPresent(rule -> deem(step, rule));
        }
        boolean closed = performed.containsKey(procedure.last().kind());
        for (StepKind kind : done) {
            Step step = procedure.step(kind).orElseThrow();
            checkOrder(step);
            checkOnTheSpot(step);
            Set<OfficerId> reported = new HashSet<>();
            for (CaseEvent.StepPerformed event : performed.get(kind)) {
                checkOfficers(step, event, reported);
                event.content().ifPresent(content -> checkContent(step, event, content));
                checkAttestation(step, event);
            }
        }
        if (closed) {
            checkMissing(firstDate(procedure.last().kind()));
        }
        noteRequests();
        checkSpans();
        waived.forEach((kind, day) -> notes.add(new CaseNote(NoteKind.WAIVED, kind, day,
                BilingualText.of("当事人于" + day + "明确放弃" + kind.label().zh(),
                        "the party expressly waived " + kind.label().en() + " on " + day),
                procedure.step(kind).orElseThrow().waiver().orElseThrow())));
        List<CaseDeadline> deadlines = new ArrayList<>();
        for (Step step : procedure.steps()) {
            step.deadline().ifPresent(d -> deadline(step, d).ifPresent(deadlines::add));
        }
        violations.sort(ORDER);
        notes.sort(NOTE_ORDER);
        boolean suspended = !spans.isEmpty() && spans.get(spans.size() - 1).resumed() == null;
        return new CaseState(record.id(), asOf, done, closed ? Set.of() : pending(), closed, suspended, deadlines,
                violations, notes);
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
        }
    }

    /**
     * A step the law deems performed (行政许可法 Art 32(1)(4)): on the day of its start step, if neither it nor the step
     * that stops the deeming was performed in time and the time has run out by the day of the replay.
     */
    private void deem(Step step, Step.Deemed rule) {
        LocalDate from = firstDate(rule.from());
        if (from == null) {
            return;
        }
        LocalDate due = rule.limit().from(from, calendar).due();
        LocalDate own = firstDate(step.kind());
        LocalDate stop = firstDate(rule.unless());
        boolean timely = own != null && !own.isAfter(due) || stop != null && !stop.isAfter(due);
        if (timely || !asOf.isAfter(due)) {
            return;
        }
        deemed.put(step.kind(), new LocalDate[] {from, due.plusDays(1)});
        notes.add(new CaseNote(NoteKind.DEEMED_STEP, step.kind(), due.plusDays(1), BilingualText.of(
                        rule.from().label().zh() + "后" + rule.limit().describe().zh() + "内（至" + due + "）未进行"
                                + rule.unless().label().zh() + "或者" + step.kind().label().zh() + "，视为已于" + from
                                + step.kind().label().zh(),
                        "neither " + rule.unless().label().en() + " nor " + step.kind().label().en() + " within "
                                + rule.limit().describe().en() + " of " + rule.from().label().en() + " (by " + due
                                + "), so " + step.kind().label().en() + " counts as done on " + from),
                rule.limit().basis().orElse(step.basis())));
    }

    /**
     * Whether a step is required on a day: its condition holds on the events dated by then, and the party has not
     * waived it by then.
     */
    private boolean required(Step step, LocalDate on) {
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
                return !reviewGrounds(on).isEmpty();
            case COLLECTIVE_DECISION_GROUND:
                return record.grounds().contains(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION);
            case LICENCE_DOCUMENT:
                return contents(StepKind.DECISION, on).stream().anyMatch(c -> c instanceof LicenceDecision d
                        && d.granted() && d.documentRequired());
            case FINE_COLLECTED:
                return performedBy(StepKind.ON_THE_SPOT_COLLECTION, on);
            case PARTY_PRESENT:
                return contents(StepKind.ON_SITE_RECORD, on).stream().noneMatch(c -> c == Attestation.WITNESS_SIGNED);
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
    private LegalBasis requirement(Step step, LocalDate on) {
        if (step.condition() == Condition.LEGALITY_REVIEW_GROUND) {
            LegalBasis basis = step.basis();
            for (CaseGround ground : reviewGrounds(on)) {
                basis = basis.and(ground.basis());
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

    /** The last day to ask for a hearing, empty if requests have no period or the right was not yet told. */
    private Optional<LocalDate> countRequestDue() {
        Optional<StepDeadline> window = procedure.hearingRequest();
        if (window.isEmpty() || firstDate(window.get().from()) == null) {
            return Optional.empty();
        }
        return Optional.of(window.get().limit().from(firstDate(window.get().from()), calendar).due());
    }

    private void noteRequests() {
        Optional<LocalDate> due = requestDue;
        if (!record.isHearingEligible() || due.isEmpty()) {
            return;
        }
        StepDeadline window = procedure.hearingRequest().orElseThrow();
        for (LocalDate request : requests) {
            if (request.isAfter(due.get())) {
                notes.add(new CaseNote(NoteKind.LATE_HEARING_REQUEST, window.from(), request, BilingualText.of(
                                "当事人于" + request + "要求听证，已超过" + window.from().label().zh() + "后"
                                        + window.limit().describe().zh() + "的期限（至" + due.get() + "），听证不因此成为必经环节",
                                "the party asked for a hearing on " + request + ", after the period of "
                                        + window.limit().describe().en() + " from " + window.from().label().en()
                                        + " (ended " + due.get() + "); the hearing did not become required"),
                        window.limit().basis().orElse(procedure.step(window.from()).orElseThrow().basis())));
            }
        }
    }

    private boolean performedBy(StepKind kind, LocalDate on) {
        LocalDate first = firstDate(kind);
        return first != null && !first.isAfter(on);
    }

    /** What the events of a step dated on or before a day recorded. */
    private List<StepContent> contents(StepKind kind, LocalDate on) {
        List<StepContent> result = new ArrayList<>();
        for (CaseEvent.StepPerformed p : performed.getOrDefault(kind, List.of())) {
            if (!p.date().isAfter(on)) {
                p.content().ifPresent(result::add);
            }
        }
        return result;
    }

    private LocalDate firstDate(StepKind kind) {
        List<CaseEvent.StepPerformed> list = performed.get(kind);
        return list == null ? null : list.get(0).date();
    }

    /** The day a step counts as done: the day it was deemed done, else the day it was first performed. */
    private LocalDate effectiveDate(StepKind kind) {
        LocalDate[] deemedOn = deemed.get(kind);
        return deemedOn != null ? deemedOn[0] : firstDate(kind);
    }

    /**
     * The day a step counts as done as seen on a day: deemed only once the deeming holds by then, so that what is
     * judged on a day depends only on what happened by then.
     */
    private LocalDate effectiveDate(StepKind kind, LocalDate on) {
        LocalDate[] deemedOn = deemed.get(kind);
        return deemedOn != null && !deemedOn[1].isAfter(on) ? deemedOn[0] : firstDate(kind);
    }

    private boolean deemedBy(StepKind kind, LocalDate on) {
        LocalDate[] deemedOn = deemed.get(kind);
        return deemedOn != null && !deemedOn[1].isAfter(on);
    }

    /** 先告知后决定: every predecessor required on the step's day must have been performed by then. */
    private void checkOrder(Step step) {
        LocalDate on = firstDate(step.kind());
        for (StepKind before : step.after()) {
            Step predecessor = procedure.step(before).orElseThrow();
            LocalDate first = effectiveDate(before, on);
            if (required(predecessor, on) && (first == null || first.isAfter(on))) {
                violation(ViolationKind.WRONG_ORDER, step, on, people(step, performed.get(step.kind()).get(0).officers()),
                        BilingualText.of(step.kind().label().zh() + "于" + on + "进行，此前未进行" + before.label().zh(),
                                step.kind().label().en() + " on " + on + " was not preceded by "
                                        + before.label().en()),
                        step.basis().and(requirement(predecessor, on)), predecessor);
            }
        }
    }

    /** 当场: a step handed over at another must be performed on the same day. */
    private void checkOnTheSpot(Step step) {
        if (step.onTheSpotWith().isEmpty()) {
            return;
        }
        StepKind with = step.onTheSpotWith().get();
        LocalDate at = firstDate(with);
        CaseEvent.StepPerformed first = performed.get(step.kind()).get(0);
        if (at != null && !at.equals(first.date())) {
            violation(ViolationKind.NOT_ON_THE_SPOT, step, first.date(), people(step, first.officers()),
                    BilingualText.of(step.kind().label().zh() + "应当在" + with.label().zh() + "时当场进行（" + at
                                    + "），实际于" + first.date() + "进行（" + SAME_DAY.zh() + "）",
                            step.kind().label().en() + " was due on the spot at " + with.label().en() + " (" + at
                                    + ") but was done on " + first.date() + " (" + SAME_DAY.en() + ")"),
                    step.basis(), null);
        }
    }

    private void checkOfficers(Step step, CaseEvent.StepPerformed event, Set<OfficerId> reported) {
        List<OfficerId> officers = event.officers();
        if (officers.size() < step.officers()) {
            violation(ViolationKind.TOO_FEW_OFFICERS, step, event.date(), people(step, officers),
                    BilingualText.of(step.kind().label().zh() + "（" + event.date() + "）仅" + officers.size()
                                    + "名执法人员参与，应当不少于" + step.officers() + "名",
                            step.kind().label().en() + " on " + event.date() + ": " + officers.size()
                                    + (officers.size() == 1 ? " officer" : " officers") + " took part, at least "
                                    + step.officers() + " required"),
                    step.basis(), null);
        }
        if (step.isCertified()) {
            for (OfficerId officer : officers) {
                Certification c = organization.certification(officer, record.area(), event.date());
                if (!c.isCertified()) {
                    violation(ViolationKind.UNCERTIFIED_OFFICER, step, event.date(), people(step, List.of(officer)),
                            BilingualText.of(step.kind().label().zh() + "（" + event.date() + "）：" + c.explanation().zh(),
                                    step.kind().label().en() + " on " + event.date() + ": " + c.explanation().en()),
                            step.basis(), null);
                }
            }
        }
        for (Step.Separation separation : step.separations()) {
            for (StepKind other : separation.steps()) {
                Set<OfficerId> those = new HashSet<>();
                performed.getOrDefault(other, List.of()).forEach(p -> those.addAll(p.officers()));
                for (OfficerId officer : officers) {
                    if (those.contains(officer) && reported.add(officer)) {
                        String name = organization.officer(officer).name();
                        violation(ViolationKind.NOT_SEPARATED, step, event.date(), people(step, List.of(officer)),
                                BilingualText.of(name + "参与" + other.label().zh() + "，又于" + event.date() + "参与"
                                                + step.kind().label().zh(),
                                        name + " took part in " + other.label().en() + " and in "
                                                + step.kind().label().en() + " on " + event.date()),
                                separation.basis(), null);
                    }
                }
            }
        }
        if (step.isQualifiedLegalReviewer()) {
            for (OfficerId officer : officers) {
                if (!organization.officer(officer).mayReviewLegality(event.date())) {
                    String name = organization.officer(officer).name();
                    violation(ViolationKind.UNQUALIFIED_LEGAL_REVIEWER, step, event.date(),
                            people(step, List.of(officer)),
                            BilingualText.of(name + "于" + event.date() + "从事法制审核，未记录其取得法律职业资格，也未记录"
                                            + "其自2021-07-15前即从事法制审核（解释：未记录此前从事法制审核的，视为初次从事）",
                                    name + " did legality review on " + event.date() + " with no legal professional "
                                            + "qualification and no record of reviewing before 2021-07-15 "
                                            + "(interpretation: without such a record the review counts as a first)"),
                            LEGAL_REVIEWER, null);
                }
            }
        }
        if (step.isByHead() && officers.stream().allMatch(o -> organization.leadershipOf(o).isEmpty())) {
            violation(ViolationKind.NOT_BY_HEAD, step, event.date(), people(step, officers),
                    BilingualText.of(step.kind().label().zh() + "（" + event.date() + "）应当由行政机关负责人进行，参与人员"
                                    + "均不担任负责人岗位",
                            step.kind().label().en() + " on " + event.date() + " is for a head of the agency, and "
                                    + "none of those who took part holds a head's post"),
                    step.basis(), null);
        }
    }

    private void checkContent(Step step, CaseEvent.StepPerformed event, StepContent content) {
        LocalDate on = event.date();
        if (content instanceof PenaltyDecision decision && step.limit().isPresent()
                && !step.limit().get().allows(decision)) {
            PenaltyLimit limit = step.limit().get();
            String fine = decision.fine().map(f -> "罚款" + f.toPlainString() + "元").orElse("");
            String fineEn = decision.fine().map(f -> "a fine of " + f.toPlainString() + " yuan").orElse("");
            violation(ViolationKind.BEYOND_PROCEDURE, step, on, people(step, event.officers()),
                    BilingualText.of(procedure.name().zh() + "于" + on + "对" + decision.party().label().zh() + "作出"
                                    + kinds(decision, false) + (fine.isEmpty() ? "" : "（" + fine + "）")
                                    + "，超出该程序可以作出的处罚",
                            procedure.name().en() + ": on " + on + " a " + decision.party().label().en() + " got "
                                    + kinds(decision, true) + (fineEn.isEmpty() ? "" : " (" + fineEn + ")")
                                    + ", more than the procedure may decide"),
                    limit.basis(), null);
        } else if (content instanceof LicenceDecision licence && !licence.granted()
                && !(licence.reasonsGiven() && licence.remediesTold())) {
            violation(ViolationKind.REFUSAL_WITHOUT_REASONS, step, on, people(step, event.officers()),
                    BilingualText.of("于" + on + "作出不予行政许可决定，" + (licence.reasonsGiven() ? "" : "未说明理由")
                                    + (licence.reasonsGiven() || licence.remediesTold() ? "" : "，")
                                    + (licence.remediesTold() ? "" : "未告知申请人依法申请行政复议或者提起行政诉讼的权利"),
                            "licence refused on " + on + (licence.reasonsGiven() ? "" : " without reasons")
                                    + (licence.remediesTold() ? "" : " without telling of the right to "
                                            + "reconsideration or litigation")),
                    REFUSAL, null);
        } else if (content instanceof FineCollection collection) {
            checkCollection(step, event, collection);
        }
    }

    /** 当场收缴: only on a ground the step allows, and for a small fine only when the fine is at most 100 yuan. */
    private void checkCollection(Step step, CaseEvent.StepPerformed event, FineCollection collection) {
        CollectionGround ground = collection.ground();
        BigDecimal fine = contents(StepKind.DECISION, event.date()).stream()
                .flatMap(c -> c instanceof PenaltyDecision d ? d.fine().stream() : java.util.stream.Stream.empty())
                .findFirst().orElse(collection.yuan());
        boolean allowed = step.collectionGrounds().contains(ground)
                && (ground != CollectionGround.SMALL_FINE || fine.compareTo(SMALL_FINE) <= 0);
        if (!allowed) {
            boolean procedureAllows = step.collectionGrounds().contains(ground);
            violation(ViolationKind.COLLECTION_NOT_ALLOWED, step, event.date(), people(step, event.officers()),
                    BilingualText.of("于" + event.date() + "当场收缴罚款" + collection.yuan().toPlainString() + "元，以「"
                                    + ground.label().zh() + "」为由，" + (procedureAllows ? "但罚款" + fine.toPlainString()
                                            + "元超过一百元" : procedure.name().zh() + "不适用该情形"),
                            collection.yuan().toPlainString() + " yuan collected on the spot on " + event.date()
                                    + " on the ground \"" + ground.label().en() + "\", but "
                                    + (procedureAllows ? "the fine of " + fine.toPlainString() + " yuan is above 100"
                                            : procedure.name().en() + " does not allow that ground")),
                    ground.basis().and(LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 67, 2))), null);
        }
    }

    /** 行政强制法 Art 18(8)(9): an on-site record is signed by the party (or notes the refusal), or by a witness. */
    private void checkAttestation(Step step, CaseEvent.StepPerformed event) {
        if (step.content().equals(Optional.of(Attestation.class)) && event.content().isEmpty()) {
            violation(ViolationKind.RECORD_NOT_ATTESTED, step, event.date(), people(step, event.officers()),
                    BilingualText.of(step.kind().label().zh() + "（" + event.date() + "）未记录当事人签名或者盖章、拒绝签名的注明"
                                    + "或者见证人签名",
                            step.kind().label().en() + " on " + event.date() + " records no signature of the party, "
                                    + "no note of a refusal and no witness"),
                    step.basis(), null);
        }
    }

    private static String kinds(PenaltyDecision decision, boolean english) {
        return decision.kinds().stream().map(k -> english ? k.label().en() : k.label().zh())
                .collect(java.util.stream.Collectors.joining(english ? ", " : "、"));
    }

    /** A closed case must have every step required on its closing day, unless deemed done. */
    private void checkMissing(LocalDate closedOn) {
        Step last = procedure.last();
        List<OfficerId> closers = performed.get(last.kind()).get(0).officers();
        for (Step step : procedure.steps()) {
            if (required(step, closedOn) && !performed.containsKey(step.kind()) && !deemedBy(step.kind(), closedOn)) {
                violation(ViolationKind.MISSING_STEP, step, closedOn, people(last, closers),
                        BilingualText.of("案件于" + closedOn + last.kind().label().zh() + "，未进行"
                                        + step.kind().label().zh(),
                                "the case was closed (" + last.kind().label().en() + ") on " + closedOn + " without "
                                        + step.kind().label().en()),
                        requirement(step, closedOn), null);
            }
        }
    }

    /** 期限扣除: an activity the procedure does not exclude is noted and counted; one it does must be told in writing. */
    private void checkSpans() {
        for (Span span : spans) {
            CaseEvent.Suspended start = span.start();
            List<Exclusion> covering = procedure.exclusions().stream()
                    .filter(e -> e.activities().contains(start.activity())).toList();
            if (covering.isEmpty()) {
                StepKind concerned = procedure.steps().stream()
                        .filter(s -> s.deadline().map(d -> !d.limit().isBackward()).orElse(false))
                        .map(Step::kind).findFirst().orElse(procedure.first().kind());
                notes.add(new CaseNote(NoteKind.EXCLUSION_NOT_ALLOWED, concerned, start.date(), BilingualText.of(
                                "自" + start.date() + "起的" + start.activity().label().zh() + "期间，"
                                        + procedure.name().zh() + "无不计入期限的规定，照常计入期限",
                                "the " + start.activity().label().en() + " from " + start.date() + " is counted: "
                                        + procedure.name().en() + " excludes no such time"),
                        procedure.step(concerned).orElseThrow().basis()));
                continue;
            }
            Optional<Exclusion> notice = covering.stream().filter(Exclusion::writtenNotice).findFirst();
            if (notice.isPresent() && start.notified().isEmpty()) {
                StepKind concerned = notice.get().limits().iterator().next();
                violation(ViolationKind.EXCLUSION_NOT_NOTIFIED, procedure.step(concerned).orElseThrow(), start.date(),
                        handlers(start.date(), procedure.first().kind()),
                        BilingualText.of("自" + start.date() + "起的" + start.activity().label().zh()
                                        + "期间不计入期限，未书面告知当事人（" + HANDLERS_ANSWER.zh() + "）",
                                "the " + start.activity().label().en() + " from " + start.date() + " was left out of "
                                        + "the time limit without telling the party in writing ("
                                        + HANDLERS_ANSWER.en() + ")"),
                        notice.get().basis(), null);
            }
        }
    }

    private Set<StepKind> pending() {
        Set<StepKind> result = EnumSet.noneOf(StepKind.class);
        for (Step step : procedure.steps()) {
            if (performed.containsKey(step.kind()) || deemed.containsKey(step.kind()) || !required(step, asOf)) {
                continue;
            }
            boolean ready = step.after().stream().allMatch(before -> performed.containsKey(before)
                    || deemed.containsKey(before) || !required(procedure.step(before).orElseThrow(), asOf));
            if (ready) {
                result.add(step.kind());
            }
        }
        return result;
    }

    private Optional<CaseDeadline> deadline(Step step, StepDeadline rule) {
        LocalDate anchor = effectiveDate(rule.from());
        LocalDate met = firstDate(step.kind());
        if (anchor == null || (met == null && !required(step, asOf))) {
            return Optional.empty();
        }
        TimeLimit limit = rule.limit();
        Deadline deadline;
        if (limit.isBackward()) {
            deadline = limit.count(anchor).on(calendar);
        } else {
            // a step done before its count started is out of order, reported as such; for the count it is done at once
            met = met != null && met.isBefore(anchor) ? anchor : met;
            deadline = forward(step, limit, anchor, met);
        }
        DeadlineStatus status = deadline.status(asOf, Optional.ofNullable(met), Deadline.DEFAULT_WARNING);
        if (status.isMissed()) {
            List<Involvement> people = handlers(limit.isBackward() ? deadline.due() : anchor, rule.from());
            violation(ViolationKind.MISSED_DEADLINE, step, deadline.due(), people,
                    BilingualText.of(step.kind().label().zh() + "应当于" + deadline.due() + "（含当日）前完成（"
                                    + limit.describe().zh() + "），已超过时限（" + HANDLERS_ANSWER.zh() + "）",
                            step.kind().label().en() + " was due by " + deadline.due() + " ("
                                    + limit.describe().en() + ") and the limit was missed (" + HANDLERS_ANSWER.en()
                                    + ")"),
                    limit.basis().orElse(step.basis()), null);
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
     * allow cannot save a late act.
     */
    private Deadline forward(Step step, TimeLimit limit, LocalDate anchor, LocalDate met) {
        Counting counting = limit.count(anchor);
        Deadline deadline = counting.on(calendar);
        List<Object> changes = new ArrayList<>();
        spans.stream().filter(s -> procedure.exclusion(s.start().activity(), step.kind()).isPresent())
                .forEach(changes::add);
        extensions.stream().filter(x -> x.step() == step.kind()).forEach(changes::add);
        changes.sort(Comparator.comparing(c -> c instanceof Span s ? s.start().date() : ((CaseEvent.Extended) c).date()));
        int extended = 0;
        for (Object change : changes) {
            if (change instanceof Span span) {
                LocalDate from = span.start().date().isAfter(anchor) ? span.start().date() : anchor.plusDays(1);
                if (from.isAfter(deadline.due())) {
                    continue;
                }
                LocalDate resumed = span.resumed() != null ? span.resumed()
                        : asOf.isBefore(LocalDate.MAX) ? asOf.plusDays(1) : asOf;
                boolean before = met == null || met.isAfter(from);
                if (before && resumed.isAfter(from)) {
                    counting.suspend(from, resumed, span.start().activity().label().zh());
                }
            } else {
                CaseEvent.Extended x = (CaseEvent.Extended) change;
                int allowed = extensionAllowed(step, limit, x, anchor, deadline.due(), extended);
                if (allowed > 0) {
                    extended += allowed;
                    counting.extend(allowed, organization.officer(x.approver().orElseThrow()).name(), x.date());
                }
            }
            deadline = counting.on(calendar);
        }
        return deadline;
    }

    /** Returns how much of an extension counts, reporting what does not. */
    private int extensionAllowed(Step step, TimeLimit limit, CaseEvent.Extended x, LocalDate anchor, LocalDate due,
            int sofar) {
        Optional<Extension> rule = limit.extension();
        LegalBasis basis = rule.map(Extension::basis).or(limit::basis).orElse(step.basis());
        List<Involvement> approver = x.approver().map(a -> List.of(involvement(a, Role.APPROVER))).orElse(List.of());
        BilingualText amount = limit.unit().describe(x.amount());
        String what = step.kind().label().zh() + "期限于" + x.date() + "延长" + amount.zh();
        String whatEn = "the limit of " + step.kind().label().en() + " extended on " + x.date() + " by " + amount.en();
        List<Involvement> handlers = handlers(x.date(), step.deadline().orElseThrow().from());
        if (rule.isEmpty()) {
            violation(ViolationKind.EXTENSION_NOT_ALLOWED, step, x.date(), approver,
                    BilingualText.of(what + "，但该期限的规定未设延长", whatEn + ", which the provision does not allow"),
                    basis, null);
            return 0;
        }
        if (x.approver().isEmpty()) {
            violation(ViolationKind.EXTENSION_WITHOUT_APPROVAL, step, x.date(), handlers,
                    BilingualText.of(what + "，未经" + rule.get().approver() + "批准",
                            whatEn + " without the approval of " + rule.get().approver()), basis, null);
            return 0;
        }
        if (organization.leadershipOf(x.approver().get()).isEmpty()) {
            violation(ViolationKind.EXTENSION_NOT_BY_HEAD, step, x.date(), approver,
                    BilingualText.of(what + "，批准人" + organization.officer(x.approver().get()).name()
                                    + "不担任行政机关负责人岗位，应当由" + rule.get().approver() + "批准",
                            whatEn + ", approved by " + organization.officer(x.approver().get()).name()
                                    + ", who holds no head's post; " + rule.get().approver() + " must approve"),
                    basis, null);
            return 0;
        }
        if (x.date().isBefore(anchor)) {
            violation(ViolationKind.EXTENSION_NOT_ALLOWED, step, x.date(), approver,
                    BilingualText.of(what + "，但期限自" + anchor + "起才开始计算",
                            whatEn + ", before the limit began on " + anchor), basis, null);
            return 0;
        }
        if (x.date().isAfter(due)) {
            violation(ViolationKind.EXTENSION_NOT_ALLOWED, step, x.date(), approver,
                    BilingualText.of(what + "，但期限已于" + due + "届满", whatEn + ", after the limit ran out on " + due),
                    basis, null);
            return 0;
        }
        if (step.extensionNotice().isPresent() && x.notified().isEmpty()) {
            violation(ViolationKind.EXTENSION_NOT_NOTIFIED, step, x.date(), handlers,
                    BilingualText.of(what + "，未将延长期限及其理由告知当事人（" + HANDLERS_ANSWER.zh() + "）",
                            whatEn + " without telling the party of it and its reasons (" + HANDLERS_ANSWER.en()
                                    + ")"),
                    step.extensionNotice().get(), null);
        }
        int room = rule.get().max() - sofar;
        if (x.amount() > room) {
            violation(ViolationKind.EXTENSION_OVER_CAP, step, x.date(), approver,
                    BilingualText.of(what + "，超过法定上限" + limit.unit().describe(rule.get().max()).zh()
                                    + "，超出部分不计",
                            whatEn + ", beyond the cap of " + limit.unit().describe(rule.get().max()).en()
                                    + "; the excess does not count"),
                    basis, null);
            return Math.max(room, 0);
        }
        return x.amount();
    }

    /**
     * Records a violation, adding to its message what the steps concerned say of their own interpretation.
     *
     * @param other  a second step the violation concerns, such as the predecessor skipped, or null
     */
    private void violation(ViolationKind kind, Step step, LocalDate date, List<Involvement> people,
            BilingualText message, LegalBasis basis, Step other) {
        BilingualText text = message;
        for (Step concerned : other == null ? List.of(step) : List.of(step, other)) {
            if (concerned.interpretation().isPresent()) {
                BilingualText note = concerned.interpretation().get();
                text = BilingualText.of(text.zh() + "（" + note.zh() + "）", text.en() + " (" + note.en() + ")");
            }
        }
        violations.add(new ProcedureViolation(kind, step.kind(), date, people, text, basis));
    }

    /**
     * The case handlers (承办人) who answer for a time limit: the officers of the first step performed by a handling
     * post on or before a day (the day the count started, the due day of a limit counted back, the day of an
     * extension), or else those of the step that started the count, which has always been performed by then. Holding
     * the handlers to the case's time limits is an interpretation of the responsibility measures (承办人对办案期限
     * 负责), and the violation's text says so; it names the same people whether the step was since done late or not at
     * all, so that a violation stays the same on every later day.
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
