package io.github.quanze.testkit.procedure;

import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Condition;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A generated case history (案件记录) of the {@link Bureau}: its procedure and facts, the lawful variant it follows,
 * its events, and the publication rule and record-keeping it was given.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param procedure  the procedure template, not null
 * @param grounds  the case's grounds (法制审核、集体讨论 grounds), not null
 * @param eligible  whether the case is one for which the law gives a hearing
 * @param variant  the lawful choices the case makes, not null
 * @param events  the events in the order they are appended, the final step last, not null
 * @param opened  the day the case was opened, not null
 * @param publication  the rule its decision is published by, if any, not null
 * @param recorded  whether its events state the records each step made
 */
public record CaseHistory(Procedure procedure, Set<CaseGround> grounds, boolean eligible, Variant variant,
        List<CaseEvent> events, LocalDate opened, Optional<PublicationRule> publication, boolean recorded) {

    /**
     * Creates a history, copying its collections.
     *
     * @param procedure  the procedure template, not null
     * @param grounds  the case's grounds (法制审核、集体讨论 grounds), not null
     * @param eligible  whether the case is one for which the law gives a hearing
     * @param variant  the lawful choices the case makes, not null
     * @param events  the events in the order they are appended, the final step last, not null
     * @param opened  the day the case was opened, not null
     * @param publication  the rule its decision is published by, if any, not null
     * @param recorded  whether its events state the records each step made
     */
    public CaseHistory {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(grounds, "grounds");
        // in the order of CaseGround, so that a history prints the same in every run
        grounds = grounds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(grounds));
        Objects.requireNonNull(variant, "variant");
        events = List.copyOf(events);
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(publication, "publication");
    }

    /**
     * Returns this history with other events.
     *
     * @param changed  the events, not null
     * @return the history, not null
     */
    public CaseHistory withEvents(List<CaseEvent> changed) {
        return new CaseHistory(procedure, grounds, eligible, variant, changed, opened, publication, recorded);
    }

    /**
     * Returns the case record with every event appended.
     *
     * @return the record, not null
     */
    public CaseRecord record() {
        return open().appendAll(events);
    }

    /**
     * Returns a builder of the case record as opened, before any event: id, procedure, bureau, area, day, facts.
     *
     * @return the builder, not null
     */
    public CaseRecord.Builder builder() {
        CaseRecord.Builder b = CaseRecord.builder().id("GEN-" + procedure.name().en()).procedure(procedure)
                .organization(Bureau.ORGANIZATION).area(Bureau.AREA).opened(opened).hearingEligible(eligible);
        grounds.forEach(b::grounds);
        publication.ifPresent(b::publication);
        return b;
    }

    /**
     * Returns the case record as opened, with no event.
     *
     * @return the record, not null
     */
    public CaseRecord open() {
        return builder().build();
    }

    /**
     * Returns the day of the last event, on which the final step is performed.
     *
     * @return the day, not null
     */
    public LocalDate closedOn() {
        return events.get(events.size() - 1).date();
    }

    /**
     * Returns whether the step is required in this history, as the law reads on its facts.
     *
     * @param step  a step of the procedure, not null
     * @return whether it is required
     */
    public boolean required(Step step) {
        return switch (step.condition()) {
            case ALWAYS -> !(step.waiver().isPresent() && variant.waived())
                    && !(step.kind() == StepKind.ACCEPTANCE && variant.deemed());
            case HEARING_ELIGIBLE -> eligible;
            case HEARING_REQUESTED -> eligible && variant.requested();
            // the ground of Art 58 第一款 item (2) counts once a hearing was held, which a procedure without one
            // (查封、扣押) never holds
            case LEGALITY_REVIEW_GROUND -> grounds.stream().anyMatch(g -> g.requiresLegalityReview()
                    && (g != CaseGround.MAJOR_RIGHTS_AFTER_HEARING || eligible && variant.requested()
                            && procedure.has(StepKind.HEARING)));
            case COLLECTIVE_DECISION_GROUND -> grounds.contains(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION);
            case LICENCE_DOCUMENT -> variant.granted() && variant.document();
            case FINE_COLLECTED -> variant.collected();
            case PARTY_PRESENT -> variant.present();
            case AS_NEEDED -> false;
            // no generated history finds a suspected crime: the referral steps are never required
            case REFERRAL_FLAGGED, REFERRAL_APPROVED, FILED_BY_POLICE -> false;
        };
    }

    /**
     * Returns whether the step is performed in this history: required, or done as the facts call for it.
     *
     * @param step  a step of the procedure, not null
     * @return whether it is performed
     */
    public boolean performs(Step step) {
        if (step.condition() != Condition.AS_NEEDED) {
            return required(step);
        }
        return step.kind() == StepKind.CORRECTION_NOTICE ? !variant.deemed() && variant.incomplete()
                : step.kind() == StepKind.ON_THE_SPOT_COLLECTION && variant.collected();
    }

    @Override
    public String toString() {
        return "CaseHistory{" + procedure.name().en() + ", opened " + opened + ", grounds " + grounds + ", eligible "
                + eligible + ", " + variant + ", publication " + publication.isPresent() + ", recorded " + recorded
                + ", events " + events + "}";
    }
}
