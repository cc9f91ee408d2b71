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
                10, Optional.of(OfficerId.of("X-98")), LocalDate.of(2026, 9, 2), Optional.empty())))
                .withMessageContaining("X-98");
    }

    @Test
    void extendingAStepWithoutTimeLimitIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> opened.append(new CaseEvent.Extended(
                StepKind.INVESTIGATION, 10, Optional.of(CHEN), LocalDate.of(2026, 9, 2), Optional.empty())))
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
        CaseRecord suspended = opened.append(new CaseEvent.Suspended(LocalDate.of(2026, 9, 3),
                ExcludedActivity.TESTING, Optional.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> suspended.append(new CaseEvent.Suspended(LocalDate.of(2026, 9, 4),
                        ExcludedActivity.APPRAISAL, Optional.empty())))
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
                Optional.empty(), LocalDate.of(2026, 9, 1), Optional.empty()))
                .withMessageContaining("amount must be at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> CaseEvent.performed(StepKind.FILING,
                LocalDate.of(2026, 9, 1), WANG).with("立案\u0000审批表")).withMessageContaining("U+0000");
    }

    @Test
    void waivingAStepTheLawDoesNotLetThePartyWaiveIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> opened.append(new CaseEvent.Waived(StepKind.NOTICE,
                LocalDate.of(2026, 9, 3)))).withMessageContaining("waives step NOTICE, which the law does not let");
        assertThat(opened.append(new CaseEvent.Waived(StepKind.STATEMENT_AND_DEFENCE, LocalDate.of(2026, 9, 3)))
                .events()).hasSize(2);
    }

    @Test
    void contentOfTheWrongKindOrMissingWhereRequiredIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> opened.append(CaseEvent.recorded(StepKind.DECISION,
                LocalDate.of(2026, 9, 20), LicenceDecision.grant(true), CHEN)))
                .withMessageContaining("records LicenceDecision, but step DECISION records PenaltyDecision");
        assertThatIllegalArgumentException().isThrownBy(() -> opened.append(CaseEvent.recorded(StepKind.FILING,
                LocalDate.of(2026, 9, 2), Attestation.PARTY_SIGNED, WANG)))
                .withMessageContaining("step FILING records nothing");
        CaseRecord summary = CaseRecord.builder().id("简易〔2026〕1号").procedure(ProcedureTemplates.PENALTY_SUMMARY)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.of(2026, 9, 1)).build();
        assertThatIllegalArgumentException().isThrownBy(() -> summary.append(step(StepKind.DECISION, "2026-09-01",
                WANG, Cases.LI))).withMessageContaining("must record its PenaltyDecision");
        assertThat(summary.events()).isEmpty();
    }

    @Test
    void anExtensionToldBeforeItWasApprovedIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> opened.append(new CaseEvent.Extended(StepKind.DECISION,
                10, Optional.of(CHEN), LocalDate.of(2026, 9, 10), Optional.of(LocalDate.of(2026, 9, 9)))))
                .withMessageContaining("tells the party on 2026-09-09 of an extension approved later");
    }

    @Test
    void datesOutsideTheCalendarAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cases.penaltyCase("X", LocalDate.MAX).build())
                .withMessageContaining("opened +999999999-12-31 is outside the years 2008-2026 of calendar "
                        + "'CN-national'");
        assertThatIllegalArgumentException().isThrownBy(() -> Cases.penaltyCase("X", LocalDate.of(2007, 12, 31))
                .build()).withMessageContaining("outside the years 2008-2026");
        assertThat(Cases.penaltyCase("X", LocalDate.of(2008, 1, 1)).build().opened()).isEqualTo("2008-01-01");
        assertThatIllegalArgumentException().isThrownBy(() -> opened.append(step(StepKind.INVESTIGATION,
                "2027-01-04", WANG, CHEN))).withMessageContaining("is dated 2027-01-04, outside the years");
        assertThat(opened.events()).hasSize(1);
    }

    @Test
    void caseNumbersWithControlCharactersAreRejectedAndAreasAreNormalised() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cases.penaltyCase("烟罚\n1号", LocalDate.of(2026, 9, 1))
                .build()).withMessageContaining("Case id must not contain control character U+000A");
        assertThatIllegalArgumentException().isThrownBy(() -> Cases.penaltyCase("x".repeat(100_000),
                LocalDate.of(2026, 9, 1)).build()).withMessageStartingWith("Case id must be at most 100 characters")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
        assertThat(Cases.penaltyCase("x".repeat(100), LocalDate.of(2026, 9, 1)).build().id()).hasSize(100);
        CaseRecord spaced = Cases.opening("烟罚〔2026〕8号", LocalDate.of(2026, 9, 1))
                .procedure(ProcedureTemplates.PENALTY_ORDINARY).organization(Cases.BUREAU_ORGANIZATION)
                .area(" 烟草专卖\u3000")
                .build();
        assertThat(spaced.area()).isEqualTo(Cases.AREA);
        assertThat(spaced.append(step(StepKind.INVESTIGATION, "2026-09-02", WANG, Cases.LI))
                .replay(LocalDate.of(2026, 9, 2)).violations(ViolationKind.UNCERTIFIED_OFFICER)).isEmpty();
    }

    @Test
    void openingNamesTheMissingField() {
        assertThatIllegalStateException().isThrownBy(() -> CaseRecord.builder().id("X").build())
                .withMessage("CaseRecord: missing required fields [procedure, organization, area, opened]");
        assertThatIllegalArgumentException().isThrownBy(() -> Cases.penaltyCase(" ", LocalDate.of(2026, 9, 1))
                .build()).withMessage("Case id must not be blank, but was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> Cases.opening("X", LocalDate.of(2026, 9, 1))
                .procedure(ProcedureTemplates.PENALTY_ORDINARY).organization(Cases.BUREAU_ORGANIZATION).area("")
                .build()).withMessageContaining("area must not be blank");
    }

    @Test
    void replayOnAnyDayGivesAStateOrACleanError() {
        CaseRecord record = Cases.penaltyCase(Cases.PENALTY_CASE);

        assertThat(record.replay(LocalDate.MIN).done()).isEmpty();
        assertThat(record.replay(LocalDate.of(2026, 8, 31)).pending()).containsExactly(StepKind.FILING);
        // a closed case's deadlines were all met: any later day, even beyond the calendar, gives the same state
        for (LocalDate day : List.of(LocalDate.MAX, LocalDate.of(2027, 1, 1), LocalDate.of(99_999, 1, 1))) {
            CaseState state = record.replay(day);
            assertThat(state.closed()).isTrue();
            assertThat(state.violations()).isEqualTo(record.replay(LocalDate.of(2026, 11, 30)).violations());
        }
    }
}
