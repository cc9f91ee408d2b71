package io.github.quanze.fault;

import io.github.quanze.procedure.Role;

import static io.github.quanze.testing.Faults.AGENCY;
import static io.github.quanze.testing.Faults.officerFault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.Provision;
import net.jqwik.api.Example;

class FaultTest {

    @Example
    void gravity_startsFromTheTypesDefault() {
        assertThat(officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR).build()
                .gravity()).isEqualTo(Gravity.SERIOUS);
        assertThat(officerFault(FaultType.UNCIVIL_CONDUCT, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE).build()
                .gravity()).isEqualTo(Gravity.MINOR);
    }

    @Example
    void gravity_risesForIntentAndFallsForOrdinaryNegligenceWithoutHarm() {
        assertThat(officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.INTENT, Consequence.NONE).build().gravity())
                .isEqualTo(Gravity.GRAVE);
        assertThat(officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.ORDINARY_NEGLIGENCE, Consequence.MINOR)
                .build().gravity()).isEqualTo(Gravity.MINOR);
        assertThat(officerFault(FaultType.CORRUPTION, FaultForm.INTENT, Consequence.NONE).build().gravity())
                .isEqualTo(Gravity.GRAVE);
    }

    @Example
    void gravity_followsTheConsequence() {
        assertThat(officerFault(FaultType.UNCIVIL_CONDUCT, FaultForm.ORDINARY_NEGLIGENCE, Consequence.SERIOUS).build()
                .gravity()).isEqualTo(Gravity.SERIOUS);
        assertThat(officerFault(FaultType.OVERDUE, FaultForm.ORDINARY_NEGLIGENCE, Consequence.GRAVE).build()
                .gravity()).isEqualTo(Gravity.GRAVE);
    }

    @Example
    void circumstances_setTheFlagsTheSanctionTablesRead() {
        Fault repeated = officerFault(FaultType.OVERDUE, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE)
                .faultsThisYear(3).build();
        assertThat(repeated.aggravated()).isTrue();
        assertThat(repeated.has(Circumstance.Effect.AGGRAVATE)).isFalse();
        Fault reduced = officerFault(FaultType.OVERDUE, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE)
                .addCircumstances(Circumstance.CONFESSED_AND_RECOVERED).build();
        assertThat(reduced.reduced()).isTrue();
        assertThat(reduced.mitigated()).as("confessing and recovering are 从轻 circumstances too").isTrue();
        Fault mitigated = officerFault(FaultType.OVERDUE, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE)
                .addCircumstances(Circumstance.COOPERATED).build();
        assertThat(mitigated.mitigated()).isTrue();
        assertThat(mitigated.reduced()).isFalse();
        assertThat(repeated.mitigated()).isFalse();
        Fault duly = officerFault(FaultType.WRONG_LAW, FaultForm.ORDINARY_NEGLIGENCE, Consequence.NONE)
                .dutyPerformance(new DutyPerformance(true, true, false, false)).build();
        assertThat(duly.dulyPerformed()).isTrue();
        assertThat(duly.exempt()).isTrue();
    }

    @Example
    void has_answersForEachCircumstanceFound() {
        Fault fault = officerFault(FaultType.OVERDUE, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE)
                .addCircumstances(Circumstance.COOPERATED, Circumstance.MINOR_AND_CORRECTED).build();
        for (Circumstance c : Circumstance.values()) {
            assertThat(fault.has(c)).as(c.name()).isEqualTo(fault.circumstances().contains(c));
        }
        assertThat(fault.has(Circumstance.MINOR_AND_CORRECTED)).isTrue();
    }

    @Example
    void build_rejectsATypeThatCannotConcernTheSubject() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> officerFault(FaultType.CORRUPTION, FaultForm.INTENT, Consequence.NONE).subject(AGENCY)
                        .role(Role.AGENCY).build())
                .withMessage("Fault of CITY: type CORRUPTION cannot concern an AGENCY");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> officerFault(FaultType.PENALTY_QUOTAS, FaultForm.INTENT, Consequence.NONE).build())
                .withMessage("Fault of O-04: type PENALTY_QUOTAS cannot concern an OFFICER");
    }

    @Example
    void build_rejectsARoleThatDoesNotFitTheSubject() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> officerFault(FaultType.OVERDUE, FaultForm.INTENT, Consequence.NONE).role(Role.AGENCY)
                        .build())
                .withMessage("Fault of O-04: role AGENCY does not fit a subject of kind OFFICER");
    }

    @Example
    void build_rejectsACountOutOfRangeAndABlankDescription() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> officerFault(FaultType.OVERDUE, FaultForm.INTENT, Consequence.NONE).faultsThisYear(0)
                        .build())
                .withMessage("Fault of O-04: faults this year must be between 1 and 50, but was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> officerFault(FaultType.OVERDUE, FaultForm.INTENT, Consequence.NONE).description(" ")
                        .build())
                .withMessage("Fault: description must not be blank, but was ' '");
    }

    @Example
    void faultTypes_citeTheirStatutes() {
        assertThat(FaultType.NO_CREDENTIAL.basis().provisions())
                .contains(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 76, 1, 5));
        assertThat(FaultType.PROCEDURE_VIOLATION.basis().toString())
                .startsWith("《中华人民共和国行政处罚法》第七十六条第一款第（三）项");
        for (FaultType type : FaultType.values()) {
            assertThat(type.concerns(FaultSubject.Kind.OFFICER) || type.concerns(FaultSubject.Kind.AGENCY))
                    .as(type.name()).isTrue();
        }
    }

    @Example
    void summary_readsAsOneLine() {
        Fault fault = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR).build();
        assertThat(fault.summary().zh()).isEqualTo("钱稽查：违反法定程序，重大过失，严重过错，直接责任");
    }

    @Example
    void minorAndCorrected_citesOnlyTheProvisionsItMeets() {
        assertThat(Circumstance.MINOR_AND_CORRECTED.basis().provisions()).containsExactly(
                Provision.of(Instruments.CIVIL_SERVANTS_LAW, 61, 1),
                Provision.of(Instruments.CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 2));
    }

    @Example
    void dutyPerformance_needsEveryCondition() {
        assertThat(new DutyPerformance(true, true, false, false).qualifies()).isTrue();
        assertThat(new DutyPerformance(true, false, true, false).qualifies()).isTrue();
        assertThat(new DutyPerformance(false, true, true, false).qualifies()).isFalse();
        assertThat(new DutyPerformance(true, false, false, false).qualifies()).isFalse();
        assertThat(new DutyPerformance(true, true, true, true).qualifies()).isFalse();
    }
}
