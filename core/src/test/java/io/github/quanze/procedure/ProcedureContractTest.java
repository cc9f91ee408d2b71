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
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.StatutoryLimits;
import io.github.quanze.timelimit.TimeLimit;
import java.util.Set;
import net.jqwik.api.Example;

/** The checks a procedure makes when built, each both ways, and its equality. */
class ProcedureContractTest {

    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 54));
    private static final BilingualText NAME = BilingualText.of("某局处罚流程", "a bureau's penalty flow");
    /** 行政处罚法 Art 60's 90 days leave out the time of a hearing (听证). */
    private static final Exclusion HEARING_EXCLUDED = Exclusion.of(BASIS, Set.of(DECISION), false,
            Set.of(ExcludedActivity.HEARING));

    private static Procedure.Builder builder() {
        return Procedure.builder(NAME);
    }

    private static Step step(StepKind kind) {
        return Step.of(kind, PostRole.HANDLER, BASIS);
    }

    private static Procedure.Builder filingThenDecision() {
        return builder().step(step(FILING),
                step(DECISION).after(FILING).within(StatutoryLimits.PENALTY_DECISION, FILING));
    }

    @Example
    void aProcedureNeedsAStepAndItsFirstStepComesAfterNone() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().build())
                .withMessage("Procedure '某局处罚流程' must have at least one step");
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(DECISION).after(FILING),
                        step(FILING)).build())
                .withMessage("Procedure '某局处罚流程': its first step DECISION must not come after another");
        assertThat(builder().step(step(FILING)).build().steps()).extracting(Step::kind).containsExactly(FILING);
    }

    @Example
    void aSeparationNamesStepsOfTheProcedure() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(DECISION).after(FILING).separateFrom(BASIS, HEARING)).build())
                .withMessage("Procedure '某局处罚流程': step DECISION must be kept separate from HEARING, which the "
                        + "procedure does not have");
        Procedure separated = builder().step(step(FILING), step(DECISION).after(FILING).separateFrom(BASIS, FILING))
                .build();
        assertThat(separated.last().separations()).hasSize(1);
    }

    @Example
    void onTheSpotAndDeemedStepsNameStepsOfTheProcedure() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(DECISION).after(FILING).onTheSpotWith(SERVICE)).build())
                .withMessage("Procedure '某局处罚流程': step DECISION is done on the spot with SERVICE, which the "
                        + "procedure does not have");
        assertThat(builder().step(step(FILING), step(DECISION).after(FILING).onTheSpotWith(FILING)).build().last()
                .onTheSpotWith()).contains(FILING);

        TimeLimit fiveDays = TimeLimit.ofWorkingDays(5);
        String deemed = "Procedure '某局处罚流程': step INVESTIGATION is deemed from %s unless %s, which the procedure "
                + "does not both have";
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(INVESTIGATION).after(FILING).deemed(fiveDays, NOTICE, DECISION),
                        step(DECISION).after(INVESTIGATION)).build())
                .withMessage(deemed, NOTICE, DECISION);
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(INVESTIGATION).after(FILING).deemed(fiveDays, FILING, NOTICE),
                        step(DECISION).after(INVESTIGATION)).build())
                .withMessage(deemed, FILING, NOTICE);
        Procedure deemedFromFiling = builder().step(step(FILING),
                step(INVESTIGATION).after(FILING).deemed(fiveDays, FILING, DECISION),
                step(DECISION).after(INVESTIGATION)).build();
        assertThat(deemedFromFiling.step(INVESTIGATION).orElseThrow().deemed()).isPresent();
    }

    @Example
    void hearingRequestsAreCountedFromAStepOfTheProcedure() {
        assertThatIllegalArgumentException().isThrownBy(() -> filingThenDecision()
                        .hearingRequest(TimeLimit.ofDays(5), NOTICE).build())
                .withMessage("Procedure '某局处罚流程': hearing requests are counted from NOTICE, which the procedure "
                        + "does not have");
        assertThat(filingThenDecision().hearingRequest(TimeLimit.ofDays(5), FILING).build().hearingRequest())
                .contains(new StepDeadline(TimeLimit.ofDays(5), FILING));
    }

    @Example
    void anExclusionLimitsAStepWithAForwardTimeLimit() {
        String message = "Procedure '某局处罚流程': exclusion %s applies to step %s, which the procedure does not have "
                + "with a forward time limit";
        // the step is missing
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING), step(DECISION)
                        .after(FILING)).exclusion(Exclusion.of(BASIS, Set.of(SERVICE), false,
                        Set.of(ExcludedActivity.HEARING))).build())
                .withMessage(message, BASIS, SERVICE);
        // the step has no time limit
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING), step(DECISION)
                        .after(FILING)).exclusion(HEARING_EXCLUDED).build())
                .withMessage(message, BASIS, DECISION);
        // the step's limit counts backward (听证通知: seven days before the hearing)
        assertThatIllegalArgumentException().isThrownBy(() -> builder().step(step(FILING),
                        step(NOTICE).after(FILING).within(StatutoryLimits.PENALTY_HEARING_NOTICE, HEARING),
                        step(HEARING).after(NOTICE)).exclusion(Exclusion.of(BASIS, Set.of(NOTICE), false,
                        Set.of(ExcludedActivity.HEARING))).build())
                .withMessage(message, BASIS, NOTICE);
        Procedure excluded = filingThenDecision().exclusion(HEARING_EXCLUDED).build();
        assertThat(excluded.exclusions()).containsExactly(HEARING_EXCLUDED);
    }

    @Example
    void proceduresAreEqualByNameStepsHearingRequestAndExclusions() {
        Procedure one = filingThenDecision().build();

        assertThat(one).isEqualTo(filingThenDecision().build()).hasSameHashCodeAs(filingThenDecision().build())
                .isNotEqualTo(null).isNotEqualTo(NAME);
        assertThat(one).isNotEqualTo(Procedure.builder(BilingualText.of("另一流程", "another flow"))
                .step(step(FILING), step(DECISION).after(FILING).within(StatutoryLimits.PENALTY_DECISION, FILING))
                .build());
        assertThat(one).isNotEqualTo(builder().step(step(FILING), step(DECISION).after(FILING)).build());
        assertThat(one).isNotEqualTo(filingThenDecision().hearingRequest(TimeLimit.ofDays(5), FILING).build());
        assertThat(one).isNotEqualTo(filingThenDecision().exclusion(HEARING_EXCLUDED).build());
        assertThat(one.hashCode()).isNotEqualTo(filingThenDecision().exclusion(HEARING_EXCLUDED).build().hashCode());
        assertThat(one).hasToString("Procedure{某局处罚流程, 2 steps}");
    }
}
