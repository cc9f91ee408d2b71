package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.TimeLimit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;

/** Each of a step's copy methods sets its own attribute, and every attribute takes part in equality. */
class StepContractTest {

    private static final LegalBasis ART_54 = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 54));
    private static final LegalBasis ART_44 = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 44));
    private static final PenaltyLimit WARNING_ONLY = new PenaltyLimit(EnumSet.of(PenaltyKind.WARNING),
            java.util.Map.of(), LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 51)));

    private static Step base() {
        return Step.of(StepKind.DECISION, PostRole.HANDLER, ART_54);
    }

    /** The base step changed in one attribute each, built afresh on every call. */
    private static List<Step> oneChangeEach() {
        return List.of(
                Step.of(StepKind.SERVICE, PostRole.HANDLER, ART_54),
                Step.of(StepKind.DECISION, PostRole.APPROVER, ART_54),
                Step.of(StepKind.DECISION, PostRole.HANDLER, ART_44),
                base().officers(2),
                base().certified(),
                base().when(Condition.AS_NEEDED),
                base().after(StepKind.FILING),
                base().separateFrom(ART_54, StepKind.INVESTIGATION),
                base().within(TimeLimit.ofDays(90), StepKind.FILING),
                base().waivable(ART_44),
                base().onTheSpotWith(StepKind.SERVICE),
                base().byHead(),
                base().qualifiedLegalReviewer(),
                base().recording(PenaltyDecision.class, false),
                base().recording(PenaltyDecision.class, true),
                Step.of(StepKind.DECISION, PostRole.HANDLER, ART_54).recording(PenaltyDecision.class, false)
                        .limitedTo(WARNING_ONLY),
                Step.of(StepKind.ON_THE_SPOT_COLLECTION, PostRole.HANDLER, ART_54)
                        .recording(FineCollection.class, false).collectingOn(CollectionGround.SMALL_FINE),
                base().deemed(TimeLimit.ofWorkingDays(5), StepKind.FILING, StepKind.SERVICE),
                base().extensionNotice(ART_44),
                base().interpretation(BilingualText.of("说明", "a note")),
                base().records(RecordRequirement.text(ART_54)));
    }

    @Example
    void everyAttributeTakesPartInEquality() {
        List<Step> steps = oneChangeEach();
        List<Step> again = oneChangeEach();
        Step base = base();

        assertThat(base).isEqualTo(base()).hasSameHashCodeAs(base()).isNotEqualTo(null).isNotEqualTo("DECISION");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            assertThat(step).as("change %s", i).isEqualTo(again.get(i)).hasSameHashCodeAs(again.get(i))
                    .isNotEqualTo(base);
            assertThat(base).as("change %s", i).isNotEqualTo(step);
            for (int j = 0; j < steps.size(); j++) {
                if (i != j) {
                    assertThat(step).as("change %s against %s", i, j).isNotEqualTo(steps.get(j));
                }
            }
        }
        // the copies leave the original alone
        assertThat(base).isEqualTo(base());
        // a hash that differs for the many common changes
        assertThat(steps.stream().map(Step::hashCode).distinct().count()).isGreaterThan(steps.size() / 2);
    }

    @Example
    void eachCopyMethodSetsItsAttributeAndKeepsTheOthers() {
        Step step = base().officers(3).certified().after(StepKind.FILING).after(StepKind.NOTICE)
                .when(Condition.HEARING_REQUESTED).within(TimeLimit.ofDays(90), StepKind.FILING).waivable(ART_44)
                .onTheSpotWith(StepKind.SERVICE).byHead().qualifiedLegalReviewer()
                .recording(PenaltyDecision.class, true).limitedTo(WARNING_ONLY)
                .deemed(TimeLimit.ofWorkingDays(5), StepKind.FILING, StepKind.NOTICE).extensionNotice(ART_54)
                .interpretation(BilingualText.of("说明", "a note"))
                .records(RecordRequirement.text(ART_54), RecordRequirement.audioVideo(ART_44))
                .separateFrom(ART_44, StepKind.INVESTIGATION, StepKind.HEARING);

        assertThat(step.kind()).isEqualTo(StepKind.DECISION);
        assertThat(step.role()).isEqualTo(PostRole.HANDLER);
        assertThat(step.basis()).isEqualTo(ART_54);
        assertThat(step.officers()).isEqualTo(3);
        assertThat(step.isCertified()).isTrue();
        assertThat(step.after()).containsExactly(StepKind.FILING, StepKind.NOTICE);
        assertThat(step.condition()).isEqualTo(Condition.HEARING_REQUESTED);
        assertThat(step.deadline()).contains(new StepDeadline(TimeLimit.ofDays(90), StepKind.FILING));
        assertThat(step.waiver()).contains(ART_44);
        assertThat(step.onTheSpotWith()).contains(StepKind.SERVICE);
        assertThat(step.isByHead()).isTrue();
        assertThat(step.isQualifiedLegalReviewer()).isTrue();
        assertThat(step.content()).contains(PenaltyDecision.class);
        assertThat(step.isContentRequired()).isTrue();
        assertThat(step.limit()).contains(WARNING_ONLY);
        assertThat(step.deemed()).contains(new Step.Deemed(TimeLimit.ofWorkingDays(5), StepKind.FILING,
                StepKind.NOTICE));
        assertThat(step.extensionNotice()).contains(ART_54);
        assertThat(step.interpretation()).contains(BilingualText.of("说明", "a note"));
        assertThat(step.records()).containsExactly(RecordRequirement.text(ART_54),
                RecordRequirement.audioVideo(ART_44));
        assertThat(step.separations()).containsExactly(new Step.Separation(
                Set.of(StepKind.INVESTIGATION, StepKind.HEARING), ART_44));

        Step plain = base();
        assertThat(plain.officers()).isEqualTo(1);
        assertThat(plain.isCertified()).isFalse();
        assertThat(plain.after()).isEmpty();
        assertThat(plain.condition()).isEqualTo(Condition.ALWAYS);
        assertThat(plain.deadline()).isEmpty();
        assertThat(plain.waiver()).isEmpty();
        assertThat(plain.onTheSpotWith()).isEmpty();
        assertThat(plain.isByHead()).isFalse();
        assertThat(plain.isQualifiedLegalReviewer()).isFalse();
        assertThat(plain.content()).isEmpty();
        assertThat(plain.isContentRequired()).isFalse();
        assertThat(plain.limit()).isEmpty();
        assertThat(plain.collectionGrounds()).isEmpty();
        assertThat(plain.deemed()).isEmpty();
        assertThat(plain.extensionNotice()).isEmpty();
        assertThat(plain.interpretation()).isEmpty();
        assertThat(plain.records()).isEmpty();
        assertThat(plain.separations()).isEmpty();

        Step collection = Step.of(StepKind.ON_THE_SPOT_COLLECTION, PostRole.HANDLER, ART_54)
                .recording(FineCollection.class, false)
                .collectingOn(CollectionGround.SMALL_FINE, CollectionGround.REMOTE_AREA).officers(2);
        assertThat(collection.collectionGrounds()).containsExactly(CollectionGround.SMALL_FINE,
                CollectionGround.REMOTE_AREA);
        assertThat(collection.content()).contains(FineCollection.class);
        assertThat(collection.officers()).isEqualTo(2);
    }

    @Example
    void officersRunFromOneToTheMaximum() {
        assertThat(base().officers(1).officers()).isEqualTo(1);
        assertThat(base().officers(Step.MAX_OFFICERS).officers()).isEqualTo(Step.MAX_OFFICERS);
        assertThatIllegalArgumentException().isThrownBy(() -> base().officers(0))
                .withMessage("Step DECISION: officers must be between 1 and 99, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> base().officers(Step.MAX_OFFICERS + 1))
                .withMessage("Step DECISION: officers must be between 1 and 99, but was 100");
    }

    @Example
    void aStepCannotReferToItself() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().after(StepKind.FILING, StepKind.DECISION))
                .withMessage("Step DECISION cannot come after itself");
        assertThatIllegalArgumentException().isThrownBy(() -> base().separateFrom(ART_54, StepKind.DECISION))
                .withMessage("Step DECISION cannot be kept separate from itself");
        assertThatIllegalArgumentException().isThrownBy(() -> base().separateFrom(ART_54, StepKind.FILING,
                StepKind.DECISION)).withMessage("Step DECISION cannot be kept separate from itself");
        assertThatIllegalArgumentException().isThrownBy(() -> base().onTheSpotWith(StepKind.DECISION))
                .withMessage("Step DECISION cannot be on the spot with itself");
        assertThatIllegalArgumentException().isThrownBy(() -> base().deemed(TimeLimit.ofDays(5), StepKind.DECISION,
                StepKind.FILING)).withMessage("Step DECISION cannot be deemed from itself");
        assertThatIllegalArgumentException().isThrownBy(() -> base().deemed(TimeLimit.ofDays(5), StepKind.FILING,
                StepKind.DECISION)).withMessage("Step DECISION cannot be deemed from itself");
        // each with another step is fine
        assertThat(base().separateFrom(ART_54, StepKind.FILING).separations()).hasSize(1);
        assertThat(base().separateFrom(ART_54, StepKind.FILING).separateFrom(ART_44, StepKind.NOTICE).separations())
                .hasSize(2);
        assertThat(base().onTheSpotWith(StepKind.FILING).onTheSpotWith()).contains(StepKind.FILING);
    }

    @Example
    void aLimitNeedsAPenaltyDecisionAndGroundsNeedAFineCollection() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().limitedTo(WARNING_ONLY))
                .withMessage("Step DECISION: a penalty limit needs the step to record a PenaltyDecision");
        assertThatIllegalArgumentException().isThrownBy(() -> base().recording(FineCollection.class, false)
                .limitedTo(WARNING_ONLY))
                .withMessage("Step DECISION: a penalty limit needs the step to record a PenaltyDecision");
        assertThatIllegalArgumentException().isThrownBy(() -> base().collectingOn(CollectionGround.SMALL_FINE))
                .withMessage("Step DECISION: collection grounds need the step to record a FineCollection");
        assertThatIllegalArgumentException().isThrownBy(() -> base().recording(PenaltyDecision.class, false)
                .collectingOn(CollectionGround.SMALL_FINE))
                .withMessage("Step DECISION: collection grounds need the step to record a FineCollection");
        assertThat(base().recording(PenaltyDecision.class, false).limitedTo(WARNING_ONLY).limit())
                .isEqualTo(Optional.of(WARNING_ONLY));
    }

    @Example
    void toStringNamesKindRoleAndPredecessors() {
        assertThat(base()).hasToString("Step{DECISION, HANDLER}");
        assertThat(base().after(StepKind.FILING)).hasToString("Step{DECISION, HANDLER, after [FILING]}");
    }
}
