package io.github.quanze.testkit.procedure;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.testkit.Choices;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plants one violation of a chosen kind (植入一处违法) into a lawful history by changing the officers of one event.
 * <p>
 * A dropped step is not among the kinds: the replay reports it with the steps that then come before their
 * predecessor, never alone.
 */
final class PlantedViolations {

    /** The kinds this class can plant. */
    static final Set<ViolationKind> KINDS = EnumSet.of(ViolationKind.TOO_FEW_OFFICERS,
            ViolationKind.UNCERTIFIED_OFFICER, ViolationKind.NOT_BY_HEAD);

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
            default -> throw new IllegalArgumentException("Cannot plant a violation of kind " + kind
                    + "; the kinds that can be planted are " + KINDS);
        };
    }

    /**
     * Whether the history, replayed on the day it closes, has exactly one violation, of the kind.
     */
    static boolean hasExactlyOne(CaseHistory history, ViolationKind kind) {
        CaseState state = history.record().replay(history.closedOn());
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
}
