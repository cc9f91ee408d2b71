package io.github.quanze.fault;

import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.text.BilingualText;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;

import static io.github.quanze.procedure.Cases.QIAN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.procedure.Role;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationFaultsTest {

    private static CaseState troubledCase() {
        List<CaseEvent> events = new ArrayList<>(Cases.PENALTY_CASE);
        events.set(1, step(StepKind.INVESTIGATION, "2026-09-02", WANG, QIAN));
        events.set(7, step(StepKind.HEARING_NOTICE, "2026-09-30", WANG));
        return Cases.penaltyCase(events).replay(LocalDate.of(2026, 11, 30));
    }

    @Test
    void eachPersonInvolvedGetsAFaultOfTheMatchingType() {
        List<Fault> faults = ViolationFaults.of(troubledCase());

        assertThat(faults).extracting(f -> f.subject().name(), Fault::type, Fault::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("钱承办", FaultType.NO_CREDENTIAL, Role.HANDLER),
                org.assertj.core.groups.Tuple.tuple("王承办", FaultType.OVERDUE, Role.HANDLER));
        assertThat(faults).allSatisfy(f -> {
            assertThat(f.form()).isEqualTo(FaultForm.ORDINARY_NEGLIGENCE);
            assertThat(f.responsibility()).isEqualTo(Responsibility.DIRECT);
        });
        assertThat(faults.get(1).actDate()).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(faults.get(1).grounds()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("PROCEDURE.MISSED_DEADLINE");
            assertThat(g.parameters().date("date")).isEqualTo(LocalDate.of(2026, 9, 24));
        });
        ProcedureViolation late = (ProcedureViolation) faults.get(1).grounds().get(0);
        assertThat(faults.get(1).description()).isEqualTo(BilingualText.of(
                late.message().zh() + "（" + late.basis() + "）", late.message().en() + " (" + late.basis().toEnglish()
                        + ")"));
    }

    @Test
    void aCopyWithOtherGroundsRendersItsDescriptionAnewAndAGivenDescriptionStays() {
        List<Fault> faults = ViolationFaults.of(troubledCase());
        Fault late = faults.get(1);
        Fault other = late.toBuilder().grounds(faults.get(0).grounds()).build();
        assertThat(other.description()).isEqualTo(faults.get(0).description()).isNotEqualTo(late.description());
        Fault written = late.toBuilder().description("逾期作出决定").build();
        assertThat(written.toBuilder().grounds(List.of()).build().description())
                .isEqualTo(BilingualText.of("逾期作出决定", "逾期作出决定"));
        assertThat(late.toBuilder().build()).isEqualTo(late);
    }

    @Test
    void theSanctionPolicyDecidesOnTheFaults() {
        List<Fault> faults = ViolationFaults.of(troubledCase().violations().get(0), FaultForm.GROSS_NEGLIGENCE,
                Consequence.SERIOUS);

        assertThat(faults).singleElement().satisfies(f -> {
            assertThat(f.gravity()).isEqualTo(Gravity.SERIOUS);
            Sanction sanction = SanctionPolicy.national().decide(f, LocalDate.of(2026, 12, 15)).outcome().orElseThrow();
            assertThat(sanction.kinds()).isNotEmpty();
        });
    }

    @Test
    void typeFollowsTheViolation() {
        assertThat(ViolationFaults.typeOf(ViolationKind.MISSED_DEADLINE)).isEqualTo(FaultType.OVERDUE);
        assertThat(ViolationFaults.typeOf(ViolationKind.UNCERTIFIED_OFFICER)).isEqualTo(FaultType.NO_CREDENTIAL);
        assertThat(ViolationFaults.typeOf(ViolationKind.WRONG_ORDER)).isEqualTo(FaultType.PROCEDURE_VIOLATION);
    }
}
