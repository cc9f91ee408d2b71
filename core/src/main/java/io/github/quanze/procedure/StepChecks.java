package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checks of what a case's steps did and in which order (环节检查): each predecessor first, on the spot where the
 * law says so, the penalty within the procedure, a refusal with reasons, a lawful collection on the spot, a signed
 * on-site record, and every required step before closing.
 */
final class StepChecks {

    /** 行政许可法 Art 38 第二款: a refusal states its reasons and tells of the remedies. */
    private static final LegalBasis REFUSAL = LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 38, 2));
    /** 行政处罚法 Art 67 第二款: fines are not collected by the officers who decide them, save on the spot. */
    private static final LegalBasis COLLECTION = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 67, 2));
    /** 行政处罚法 Art 68(1): on-the-spot collection of a fine of at most 100 yuan. */
    private static final BigDecimal SMALL_FINE = new BigDecimal("100");

    private final ReplayIndex index;
    private final ReplayFindings findings;

    StepChecks(ReplayIndex index, ReplayFindings findings) {
        this.index = index;
        this.findings = findings;
    }

    /** 先告知后决定: every predecessor required on the step's day must have been performed by then. */
    void checkOrder(Step step) {
        LocalDate on = index.firstDate(step.kind());
        for (StepKind before : step.after()) {
            Step predecessor = index.procedure.step(before).orElseThrow();
            LocalDate first = index.effectiveDate(before, on);
            if (index.required(predecessor, on) && (first == null || first.isAfter(on))) {
                findings.violation(ViolationKind.WRONG_ORDER, step, on, people(step, index.first(step.kind())),
                        Parameters.builder().put("before", before).build(),
                        step.basis().and(index.requirement(predecessor, on)), predecessor);
            }
        }
    }

    /** 当场: a step handed over at another must be performed on the same day. */
    void checkOnTheSpot(Step step) {
        if (step.onTheSpotWith().isEmpty()) {
            return;
        }
        StepKind with = step.onTheSpotWith().get();
        LocalDate at = index.firstDate(with);
        CaseEvent.StepPerformed first = index.first(step.kind());
        if (at != null && !at.equals(first.date())) {
            findings.violation(ViolationKind.NOT_ON_THE_SPOT, step, first.date(), people(step, first),
                    Parameters.builder().put("with", with).put("withOn", at).build(), step.basis());
        }
    }

    void checkContent(Step step, CaseEvent.StepPerformed event, StepContent content) {
        LocalDate on = event.date();
        if (content instanceof PenaltyDecision decision && step.limit().isPresent()
                && !step.limit().get().allows(decision)) {
            PenaltyLimit limit = step.limit().get();
            Parameters.Builder details = Parameters.builder().put("procedure", index.procedure.name())
                    .put("party", decision.party()).put("penalties", List.copyOf(decision.kinds()));
            decision.fine().ifPresent(f -> details.put("fine", f));
            Optional.ofNullable(limit.maxFine().get(decision.party())).ifPresent(cap -> details.put("maxFine", cap));
            findings.violation(ViolationKind.BEYOND_PROCEDURE, step, on, people(step, event), details.build(),
                    limit.basis());
        } else if (content instanceof LicenceDecision licence && !licence.granted()
                && !(licence.reasonsGiven() && licence.remediesTold())) {
            findings.violation(ViolationKind.REFUSAL_WITHOUT_REASONS, step, on, people(step, event),
                    Parameters.builder().put("reasonsGiven", licence.reasonsGiven())
                            .put("remediesTold", licence.remediesTold()).build(), REFUSAL);
        } else if (content instanceof FineCollection collection) {
            checkCollection(step, event, collection);
        }
    }

    /** 当场收缴: only on a ground the step allows, and for a small fine only when the fine is at most 100 yuan. */
    private void checkCollection(Step step, CaseEvent.StepPerformed event, FineCollection collection) {
        CollectionGround ground = collection.ground();
        BigDecimal fine = index.contents(StepKind.DECISION, event.date()).stream()
                .flatMap(c -> c instanceof PenaltyDecision d ? d.fine().stream() : Stream.empty())
                .findFirst().orElse(collection.yuan());
        boolean groundAllowed = step.collectionGrounds().contains(ground);
        if (!groundAllowed || ground == CollectionGround.SMALL_FINE && fine.compareTo(SMALL_FINE) > 0) {
            findings.violation(ViolationKind.COLLECTION_NOT_ALLOWED, step, event.date(), people(step, event),
                    Parameters.builder().put("collected", collection.yuan()).put("ground", ground).put("fine", fine)
                            .put("procedure", index.procedure.name()).put("groundAllowed", groundAllowed).build(),
                    ground.basis().and(COLLECTION));
        }
    }

    /** 行政强制法 Art 18(8)(9): an on-site record is signed by the party (or notes the refusal), or by a witness. */
    void checkAttestation(Step step, CaseEvent.StepPerformed event) {
        if (step.content().equals(Optional.of(Attestation.class)) && event.content().isEmpty()) {
            findings.violation(ViolationKind.RECORD_NOT_ATTESTED, step, event.date(), people(step, event),
                    Parameters.empty(), step.basis());
        }
    }

    /** A closed case must have every step required on its closing day, unless deemed done. */
    void checkMissing(LocalDate closedOn) {
        Step last = index.procedure.last();
        List<Involvement> closers = people(last, index.first(last.kind()));
        for (Step step : index.procedure.steps()) {
            if (index.required(step, closedOn) && !index.performed.containsKey(step.kind())
                    && !index.deemedBy(step.kind(), closedOn)) {
                findings.violation(ViolationKind.MISSING_STEP, step, closedOn, closers,
                        Parameters.builder().put("closing", last.kind()).build(), index.requirement(step, closedOn));
            }
        }
    }

    private List<Involvement> people(Step step, CaseEvent.StepPerformed event) {
        List<OfficerId> officers = event.officers();
        return index.people(step, officers);
    }
}
