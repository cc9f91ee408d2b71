package io.github.quanze.testkit.procedure;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.LegalityOpinion;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.ReviewAspect;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepDeadline;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.testkit.Choices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plants one violation of a chosen kind (植入一处违法) into a lawful history by one change: the officers of one event,
 * the records a step states, a legality opinion, the day of the closing step, or an extension of a time limit.
 * {@link CaseHistoryArbitrary#withViolation} keeps only the plantings the replay finds as exactly that one violation.
 * <p>
 * Not among the kinds: a dropped step ({@code MISSING_STEP}), for the replay reports it with the steps that then come
 * before their predecessor ({@code WRONG_ORDER}), never alone; a late publication ({@code PUBLICATION_OVERDUE}), for
 * the publication deadline of a generated history runs out only after the case closes, and a history is replayed on
 * that day; the penalty, referral and withdrawal kinds, whose facts generated histories do not state.
 */
final class PlantedViolations {

    /** The kinds this class can plant. */
    static final Set<ViolationKind> KINDS = EnumSet.of(ViolationKind.TOO_FEW_OFFICERS,
            ViolationKind.UNCERTIFIED_OFFICER, ViolationKind.NOT_BY_HEAD, ViolationKind.RECORD_MISSING,
            ViolationKind.DECIDED_AGAINST_REVIEW,
            ViolationKind.AUDIO_VIDEO_MISSING, ViolationKind.MISSED_DEADLINE, ViolationKind.EXTENSION_NOT_ALLOWED,
            ViolationKind.EXTENSION_WITHOUT_APPROVAL, ViolationKind.EXTENSION_NOT_BY_HEAD,
            ViolationKind.EXTENSION_NOT_NOTIFIED, ViolationKind.EXTENSION_OVER_CAP);

    private PlantedViolations() {}

    /**
     * Plants the violation, or returns empty where the history has no step it could be planted in.
     */
    static Optional<CaseHistory> plant(ViolationKind kind, CaseHistory history, Choices choices) {
        Procedure procedure = history.procedure();
        return switch (kind) {
            case TOO_FEW_OFFICERS -> replaceOfficers(history, choices, s -> s.officers() >= 2,
                    (p, c) -> List.of(p.officers().get(0)));
            case UNCERTIFIED_OFFICER -> replaceOfficers(history, choices,
                    s -> s.isCertified() && !s.isByHead() && !s.isQualifiedLegalReviewer(),
                    (p, c) -> withFirst(p.officers(), Bureau.SUN));
            case NOT_BY_HEAD -> replaceOfficers(history, choices, s -> s.isByHead() && s != procedure.last(),
                    (p, c) -> withFirst(p.officers(), Bureau.XU));
            case RECORD_MISSING -> withoutRecords(history, choices, s -> s.records().stream()
                    .allMatch(r -> r.anyOf().contains(RecordKind.TEXT)));
            case AUDIO_VIDEO_MISSING -> withoutRecords(history, choices, s -> s.records().stream()
                    .anyMatch(r -> !r.anyOf().contains(RecordKind.TEXT)));
            case DECIDED_AGAINST_REVIEW -> failedReview(history, choices);
            case MISSED_DEADLINE -> closedLate(history, choices);
            case EXTENSION_NOT_ALLOWED -> extended(history, choices, s -> !extendable(s),
                    (x, c) -> new CaseEvent.Extended(x.step(), 1 + c.nextInt(10), Optional.of(Bureau.CHEN),
                            x.date(), Optional.of(x.date())));
            case EXTENSION_WITHOUT_APPROVAL -> extended(history, choices, PlantedViolations::extendable,
                    (x, c) -> new CaseEvent.Extended(x.step(), 1, Optional.empty(), x.date(), Optional.of(x.date())));
            case EXTENSION_NOT_BY_HEAD -> extended(history, choices, PlantedViolations::extendable,
                    (x, c) -> new CaseEvent.Extended(x.step(), 1, Optional.of(Bureau.XU), x.date(),
                            Optional.of(x.date())));
            case EXTENSION_NOT_NOTIFIED -> extended(history, choices,
                    s -> extendable(s) && s.extensionNotice().isPresent(),
                    (x, c) -> new CaseEvent.Extended(x.step(), 1, Optional.of(Bureau.CHEN), x.date(),
                            Optional.empty()));
            case EXTENSION_OVER_CAP -> extended(history, choices, PlantedViolations::extendable,
                    (x, c) -> new CaseEvent.Extended(x.step(), x.amount() + 1 + c.nextInt(10),
                            Optional.of(Bureau.CHEN), x.date(), Optional.of(x.date())));
            default -> throw new IllegalArgumentException("Cannot plant a violation of kind " + kind
                    + "; the kinds that can be planted are " + KINDS);
        };
    }

    /**
     * Whether the history, replayed on the day it closes, has exactly one violation, of the kind.
     */
    static boolean hasExactlyOne(CaseHistory history, ViolationKind kind) {
        CaseState state;
        try {
            state = history.record().replay(history.closedOn());
        } catch (IllegalArgumentException refused) {
            return false; // a change the record refuses (an event beyond the calendar, say): not a history
        }
        List<ProcedureViolation> violations = state.violations();
        return violations.size() == 1 && violations.get(0).kind() == kind;
    }

    private interface Replacement {
        List<OfficerId> officers(CaseEvent.StepPerformed event, Choices choices);
    }

    private static Optional<CaseHistory> replaceOfficers(CaseHistory history, Choices choices, Predicate<Step> where,
            Replacement replacement) {
        List<Integer> candidates = new ArrayList<>();
        List<CaseEvent> events = new ArrayList<>(history.events());
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof CaseEvent.StepPerformed p
                    && where.test(history.procedure().step(p.step()).orElseThrow())) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int at = choices.pick(candidates);
        CaseEvent.StepPerformed p = (CaseEvent.StepPerformed) events.get(at);
        events.set(at, new CaseEvent.StepPerformed(p.step(), p.date(), replacement.officers(p, choices),
                p.documents(), p.content(), p.records()));
        return Optional.of(history.withEvents(events));
    }

    private static List<OfficerId> withFirst(List<OfficerId> officers, OfficerId first) {
        List<OfficerId> changed = new ArrayList<>(officers);
        changed.set(0, first);
        return changed;
    }

    /**
     * 记录缺失: a step that states the records it made states none; of the steps whose every requirement a written
     * record meets (RECORD_MISSING), or of those that must be filmed (AUDIO_VIDEO_MISSING).
     */
    private static Optional<CaseHistory> withoutRecords(CaseHistory history, Choices choices, Predicate<Step> where) {
        List<CaseEvent> events = new ArrayList<>(history.events());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof CaseEvent.StepPerformed p && p.records().filter(r -> !r.isEmpty())
                    .isPresent() && where.test(history.procedure().step(p.step()).orElseThrow())) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int at = choices.pick(candidates);
        events.set(at, ((CaseEvent.StepPerformed) events.get(at)).withRecords());
        return Optional.of(history.withEvents(events));
    }

    /** 法制审核未通过: the legality review before the decision finds an issue in one aspect and does not pass it. */
    private static Optional<CaseHistory> failedReview(CaseHistory history, Choices choices) {
        List<CaseEvent> events = new ArrayList<>(history.events());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof CaseEvent.StepPerformed p
                    && p.content().filter(c -> c instanceof LegalityOpinion).isPresent()) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int at = choices.pick(candidates);
        CaseEvent.StepPerformed p = (CaseEvent.StepPerformed) events.get(at);
        ReviewAspect aspect = choices.pick(List.of(ReviewAspect.values()));
        LegalityOpinion failed = new LegalityOpinion(false,
                List.of(LegalityOpinion.Finding.issue(aspect, "事实不清")));
        events.set(at, new CaseEvent.StepPerformed(p.step(), p.date(), p.officers(), p.documents(),
                Optional.of(failed), p.records()));
        return Optional.of(history.withEvents(events));
    }

    /** 超过时限: the closing step, when it has a time limit, performed 1 to 60 days after it ran out. */
    private static Optional<CaseHistory> closedLate(CaseHistory history, Choices choices) {
        List<CaseEvent> events = new ArrayList<>(history.events());
        CaseEvent.StepPerformed last = (CaseEvent.StepPerformed) events.get(events.size() - 1);
        Optional<StepDeadline> deadline = history.procedure().step(last.step()).orElseThrow().deadline()
                .filter(d -> !d.limit().isBackward());
        Optional<LocalDate> from = deadline.flatMap(d -> LawfulHistories.firstDate(events, d.from()));
        if (from.isEmpty()) {
            return Optional.empty();
        }
        LocalDate late = deadline.get().limit().from(from.get(), LawfulHistories.CALENDAR).due()
                .plusDays(1 + choices.nextInt(60));
        if (late.getYear() > LawfulHistories.CALENDAR.lastYear()) {
            return Optional.empty();
        }
        events.set(events.size() - 1, new CaseEvent.StepPerformed(last.step(), late, last.officers(),
                last.documents(), last.content(), last.records()));
        return Optional.of(history.withEvents(events));
    }

    private static boolean extendable(Step step) {
        return step.deadline().orElseThrow().limit().extension().isPresent();
    }

    private interface Extension {
        CaseEvent.Extended of(CaseEvent.Extended lawful, Choices choices);
    }

    /**
     * 延长期限: an extension of a step's forward time limit, approved on the day its period begins; {@code change}
     * turns the lawful one (by the head, told to the party, of the whole cap) into the flawed.
     */
    private static Optional<CaseHistory> extended(CaseHistory history, Choices choices, Predicate<Step> where,
            Extension change) {
        List<CaseEvent> events = new ArrayList<>(history.events());
        List<Step> candidates = new ArrayList<>();
        for (Step step : history.procedure().steps()) {
            if (step.deadline().filter(d -> !d.limit().isBackward()).isPresent() && where.test(step)
                    && LawfulHistories.firstDate(events, step.kind()).isPresent()
                    && LawfulHistories.firstDate(events, step.deadline().get().from()).isPresent()) {
                candidates.add(step);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Step step = choices.pick(candidates);
        StepDeadline deadline = step.deadline().orElseThrow();
        LocalDate begins = LawfulHistories.firstDate(events, deadline.from()).orElseThrow();
        int cap = deadline.limit().extension().map(e -> e.max()).orElse(1);
        CaseEvent.Extended lawful = new CaseEvent.Extended(step.kind(), cap, Optional.of(Bureau.CHEN), begins,
                Optional.of(begins));
        events.add(events.size() - 1, change.of(lawful, choices));
        return Optional.of(history.withEvents(events));
    }
}
