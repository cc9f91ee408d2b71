package io.github.quanze.fault;

import static io.github.quanze.procedure.Penalties.AS_OF;
import static io.github.quanze.procedure.Penalties.DECIDED;
import static io.github.quanze.procedure.Penalties.DISCRETION;
import static io.github.quanze.procedure.Penalties.decided;
import static io.github.quanze.procedure.Penalties.fine;
import static io.github.quanze.procedure.Penalties.offence;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.Penalties;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.Role;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.rule.Decision;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/**
 * A penalty outside what the law and the standard allow becomes the fault of whoever decided it, and the sanction
 * policy decides on that fault: case → violation → fault → sanction.
 */
class PenaltyFaultsTest {

    @Example
    void eachPenaltyViolationAmountsToTheFaultOfItsKind() {
        for (ViolationKind kind : List.of(ViolationKind.KIND_NOT_ALLOWED, ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE,
                ViolationKind.FINE_OUTSIDE_TIER, ViolationKind.PENALTY_AGAINST_STANDARD)) {
            assertThat(ViolationFaults.typeOf(kind)).as(kind.name()).isEqualTo(FaultType.ABUSE_OF_DISCRETION);
        }
        for (ViolationKind kind : List.of(ViolationKind.PENALTY_AFTER_LIMITATION, ViolationKind.PENALTY_NOT_ALLOWED,
                ViolationKind.SECOND_FINE)) {
            assertThat(ViolationFaults.typeOf(kind)).as(kind.name()).isEqualTo(FaultType.WRONG_LAW);
        }
        assertThat(FaultType.ABUSE_OF_DISCRETION.label().zh()).contains("擅自改变处罚种类、幅度");
    }

    @Example
    void aFineAboveTheStatuteIsTheDecidersFaultAndIsSanctioned() {
        CaseState state = decided(fine("5000.01", offence(10_000).build())).replay(AS_OF, DISCRETION);
        ProcedureViolation violation = state.violations().get(0);
        assertThat(violation.kind()).isEqualTo(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);

        List<Fault> faults = ViolationFaults.of(state);

        assertThat(faults).singleElement().satisfies(f -> {
            assertThat(f.subject().name()).isEqualTo("陈局长");
            assertThat(f.role()).isEqualTo(Role.APPROVER);
            assertThat(f.type()).isEqualTo(FaultType.ABUSE_OF_DISCRETION);
            assertThat(f.actDate()).isEqualTo(DECIDED);
            assertThat(f.grounds()).containsExactly(violation);
            assertThat(f.description().zh()).startsWith(violation.message().zh());
        });
        Fault grave = ViolationFaults.of(violation, FaultForm.GROSS_NEGLIGENCE, Consequence.SERIOUS).get(0);
        Decision<Sanction> decision = SanctionPolicy.national().decide(grave, LocalDate.of(2026, 12, 15));
        assertThat(decision.outcome()).hasValueSatisfying(s -> assertThat(s.kinds()).isNotEmpty());
    }

    @Example
    void aPenaltyTheLawExcludesIsAFaultOfTheLawApplied_aLawfulOneIsNone() {
        Offence barred = Offence.builder().item(Penalties.ITEM)
                .act(LocalDate.of(2024, 8, 27)).discovered(LocalDate.of(2026, 8, 28)).decided(DECIDED)
                .base(new BigDecimal("10000")).circumstances(Penalties.facts(10_000, false)).build();
        Offence noFault = offence(10_000).party(PartyFacts.builder().noFaultProven(true).build()).build();

        for (Offence excluded : List.of(barred, noFault)) {
            assertThat(ViolationFaults.of(decided(fine("3500", excluded)).replay(AS_OF, DISCRETION)))
                    .singleElement().satisfies(f -> {
                        assertThat(f.type()).isEqualTo(FaultType.WRONG_LAW);
                        assertThat(f.subject().name()).isEqualTo("陈局长");
                    });
        }
        assertThat(ViolationFaults.of(decided(fine("3500", offence(10_000).build())).replay(AS_OF, DISCRETION)))
                .isEmpty();
    }

    @Example
    void aPenaltyOnlyTheStandardExcludesIsAnAbuseOfDiscretion_notAWrongLaw() {
        CaseState state = decided(fine("20", offence(99).build())).replay(AS_OF, DISCRETION);
        assertThat(state.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.PENALTY_AGAINST_STANDARD);
        assertThat(ViolationFaults.of(state)).singleElement()
                .satisfies(f -> assertThat(f.type()).isEqualTo(FaultType.ABUSE_OF_DISCRETION));
    }
}
