package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.organization.OfficerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseRecordTest {

    private final CaseRecord opened = Cases.penaltyCase("烟罚〔2026〕9号", LocalDate.of(2026, 9, 1)).build()
            .append(step(StepKind.FILING, "2026-09-01", WANG));

    @Test
    void eventForAStepTheProcedureLacksIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> opened.append(step(StepKind.ACCEPTANCE, "2026-09-02", WANG)))
                .withMessageContaining("烟罚〔2026〕9号").withMessageContaining("ACCEPTANCE")
                .withMessageContaining("行政处罚普通程序");
        assertThat(opened.events()).hasSize(1);
    }

    @Test
    void eventBeforeTheCaseOpenedIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> opened.append(step(StepKind.INVESTIGATION, "2026-08-31", WANG)))
                .withMessageContaining("dated before the case opened on 2026-09-01");
    }

    @Test
    void unknownOfficerIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> opened.append(step(StepKind.INVESTIGATION, "2026-09-02", OfficerId.of("X-99"))))
                .withMessageContaining("officer X-99").withMessageContaining("does not know");
        assertThatIllegalArgumentException().isThrownBy(() -> opened.append(new CaseEvent.Extended(StepKind.DECISION,
                10, Optional.of(OfficerId.of("X-98")), LocalDate.of(2026, 9, 2)))).withMessageContaining("X-98");
    }

    @Test
    void extendingAStepWithoutTimeLimitIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> opened.append(new CaseEvent.Extended(
                StepKind.INVESTIGATION, 10, Optional.of(CHEN), LocalDate.of(2026, 9, 2))))
                .withMessageContaining("step INVESTIGATION, which has no time limit");
    }

    @Test
    void appendingToAClosedCaseIsRejected() {
        CaseRecord closed = opened.append(step(StepKind.CLOSING, "2026-09-05", WANG));

        assertThat(closed.isClosed()).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> closed.append(step(StepKind.EXECUTION, "2026-09-06", WANG)))
                .withMessageContaining("closed by its CLOSING of 2026-09-05");
        assertThat(closed.events()).hasSize(2);
    }

    @Test
    void closingBeforeAnEarlierRecordedEventIsRejected() {
        CaseRecord later = opened.append(step(StepKind.INVESTIGATION, "2026-09-10", WANG, CHEN));

        assertThatIllegalArgumentException().isThrownBy(() -> later.append(step(StepKind.CLOSING, "2026-09-05", WANG)))
                .withMessageContaining("before its event of 2026-09-10");
    }

    @Test
    void badBatchChangesNothing() {
        List<CaseEvent> batch = List.of(step(StepKind.INVESTIGATION, "2026-09-02", WANG, CHEN),
                step(StepKind.NOTICE, "2026-09-03", OfficerId.of("X-99")));

        assertThatIllegalArgumentException().isThrownBy(() -> opened.appendAll(batch));
        assertThat(opened.events()).hasSize(1);
        assertThat(opened.replay(LocalDate.of(2026, 9, 30)).done()).containsExactly(StepKind.FILING);
    }

    @Test
    void suspensionsMustAlternateWithResumptions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> opened.append(new CaseEvent.Resumed(LocalDate.of(2026, 9, 3))))
                .withMessageContaining("resumes a case that is not suspended");
        CaseRecord suspended = opened.append(new CaseEvent.Suspended(LocalDate.of(2026, 9, 3), "送检"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> suspended.append(new CaseEvent.Suspended(LocalDate.of(2026, 9, 4), "鉴定")))
                .withMessageContaining("already suspended");
    }

    @Test
    void eventsRecordedLateReplayInDateOrder() {
        CaseRecord inOrder = opened.appendAll(List.of(step(StepKind.INVESTIGATION, "2026-09-02", WANG, Cases.LI),
                step(StepKind.NOTICE, "2026-09-04", WANG)));
        CaseRecord late = opened.appendAll(List.of(step(StepKind.NOTICE, "2026-09-04", WANG),
                step(StepKind.INVESTIGATION, "2026-09-02", WANG, Cases.LI)));

        assertThat(late.replay(LocalDate.of(2026, 9, 30))).isEqualTo(inOrder.replay(LocalDate.of(2026, 9, 30)));
        assertThat(late).isNotEqualTo(inOrder);
    }

    @Test
    void badEventsAreRejectedWhenMade() {
        assertThatIllegalArgumentException().isThrownBy(() -> CaseEvent.performed(StepKind.FILING,
                LocalDate.of(2026, 9, 1))).withMessageContaining("at least one officer");
        assertThatIllegalArgumentException().isThrownBy(() -> CaseEvent.performed(StepKind.FILING,
                LocalDate.of(2026, 9, 1), WANG, WANG)).withMessageContaining("twice");
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseEvent.Extended(StepKind.DECISION, 0,
                Optional.empty(), LocalDate.of(2026, 9, 1))).withMessageContaining("amount must be at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseEvent.Suspended(LocalDate.of(2026, 9, 1), " "))
                .withMessageContaining("reason");
    }

    @Test
    void openingNamesTheMissingField() {
        assertThatIllegalArgumentException().isThrownBy(() -> CaseRecord.builder().id("X").build())
                .withMessageContaining("procedure must be set");
        assertThatIllegalArgumentException().isThrownBy(() -> Cases.penaltyCase(" ", LocalDate.of(2026, 9, 1))
                .build()).withMessageContaining("Case id must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Cases.penaltyCase("X", LocalDate.of(2026, 9, 1))
                .area("").build()).withMessageContaining("area must not be blank");
    }
}
