package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.HEARING;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.StatutoryLimits;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ProcedureTest {

    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 54));

    private static Procedure.Builder builder() {
        return Procedure.builder(BilingualText.of("某局处罚流程", "a bureau's penalty flow"));
    }

    private static Step step(StepKind kind) {
        return Step.of(kind, PostRole.HANDLER, BASIS);
    }

    @Test
    void agencyDefinesItsOwnProcedure() {
        Procedure flow = builder().step(step(FILING), step(INVESTIGATION).officers(2).certified().after(FILING),
                step(DECISION).after(INVESTIGATION).within(StatutoryLimits.PENALTY_DECISION, FILING)).build();

        assertThat(flow.first().kind()).isEqualTo(FILING);
        assertThat(flow.last().kind()).isEqualTo(DECISION);
        assertThat(flow.successors(FILING)).containsExactly(INVESTIGATION);
        assertThat(flow.precedes(FILING, DECISION)).isTrue();
        assertThat(flow.precedes(DECISION, FILING)).isFalse();
        assertThat(flow.step(INVESTIGATION).orElseThrow().isCertified()).isTrue();
    }

    @Test
    void duplicateStepIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING), step(FILING)).build())
                .withMessageContaining("has step FILING twice");
    }

    @Test
    void unreachableStepIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().step(step(FILING), step(NOTICE), step(DECISION).after(FILING)).build())
                .withMessageContaining("step NOTICE is unreachable");
    }

    @Test
    void unknownPredecessorIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder().step(step(FILING), step(DECISION).after(NOTICE)).build())
                .withMessageContaining("step DECISION comes after NOTICE, which the procedure does not have");
    }

    @Test
    void cycleIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(INVESTIGATION).after(FILING, DECISION), step(DECISION).after(INVESTIGATION),
                        step(SERVICE).after(DECISION)).build())
                .withMessageContaining("cycle of steps");
    }

    @Test
    void timeLimitWithoutAStartEventIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(DECISION).after(FILING).within(StatutoryLimits.PENALTY_DECISION, NOTICE)).build())
                .withMessageContaining("step DECISION has a time limit counted from NOTICE, which the procedure "
                        + "does not have");
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(DECISION).after(FILING), step(SERVICE).after(DECISION)
                                .within(StatutoryLimits.PENALTY_DECISION, SERVICE).within(StatutoryLimits
                                        .PENALTY_SERVICE, DECISION),
                        step(NOTICE).after(FILING).within(StatutoryLimits.PENALTY_SERVICE, DECISION),
                        step(HEARING).after(NOTICE, SERVICE)).build())
                .withMessageContaining("step NOTICE has a time limit counted from DECISION, which does not come "
                        + "before it");
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(NOTICE).after(FILING).within(StatutoryLimits.PENALTY_HEARING_NOTICE, FILING),
                        step(DECISION).after(NOTICE)).build())
                .withMessageContaining("counted back from FILING, which does not come after it");
    }

    @Test
    void procedureMustEndInOneFinalStep() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(DECISION).after(FILING), step(SERVICE).after(FILING)).build())
                .withMessageContaining("exactly one final step").withMessageContaining("DECISION")
                .withMessageContaining("SERVICE");
    }

    @Test
    void roleNoPostHoldsIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        Step.of(DECISION, PostRole.APPROVER, BASIS).after(FILING))
                        .staffedBy(EnumSet.of(PostRole.HANDLER)).build())
                .withMessageContaining("step DECISION needs a APPROVER post");
    }

    @Test
    void badStepsAreRejectedWhenMade() {
        assertThatIllegalArgumentException().isThrownBy(() -> step(FILING).officers(0))
                .withMessage("Step FILING: officers must be between 1 and 99, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> step(FILING).officers(Integer.MAX_VALUE))
                .withMessage("Step FILING: officers must be between 1 and 99, but was 2147483647");
        assertThat(step(FILING).officers(99).officers()).isEqualTo(99);
        assertThatIllegalArgumentException().isThrownBy(() -> step(FILING).after(FILING))
                .withMessageContaining("cannot come after itself");
        assertThatIllegalArgumentException().isThrownBy(() -> step(HEARING).separateFrom(BASIS, HEARING))
                .withMessageContaining("separate from itself");
        assertThatIllegalArgumentException().isThrownBy(() -> step(SERVICE).onTheSpotWith(SERVICE))
                .withMessageContaining("on the spot with itself");
        assertThatIllegalArgumentException().isThrownBy(() -> step(DECISION).limitedTo(new PenaltyLimit(
                java.util.Set.of(PenaltyKind.WARNING), java.util.Map.of(), BASIS)))
                .withMessageContaining("needs the step to record a PenaltyDecision");
    }

    @Test
    void procedureLacksStepsItDoesNotHave() {
        Procedure flow = builder().step(step(FILING), step(DECISION).after(FILING)).build();

        assertThat(flow.has(NOTICE)).isFalse();
        assertThat(flow.step(NOTICE)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> flow.successors(NOTICE))
                .withMessageContaining("has no step NOTICE");
    }
}
