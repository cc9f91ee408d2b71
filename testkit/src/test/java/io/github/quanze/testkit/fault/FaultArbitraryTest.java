package io.github.quanze.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.procedure.Role;
import io.github.quanze.testkit.Samples;
import io.github.quanze.testkit.Shrinking;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

class FaultArbitraryTest {

    @Example
    void faultsAreOfOfficersAndAgenciesOfEveryKindSinceTheRegulation() {
        List<Fault> drawn = Samples.draw(FaultArbitrary.faults(), 400, 1);

        Set<FaultType> types = EnumSet.noneOf(FaultType.class);
        Set<Consequence> consequences = EnumSet.noneOf(Consequence.class);
        Set<Integer> counts = new HashSet<>();
        for (Fault fault : drawn) {
            types.add(fault.type());
            consequences.add(fault.consequence());
            counts.add(fault.faultsThisYear());
            assertThat(fault.type().concerns(fault.subject().kind())).isTrue();
            assertThat(fault.role()).isEqualTo(fault.subject().kind() == FaultSubject.Kind.AGENCY ? Role.AGENCY
                    : Role.HANDLER);
            if (fault.subject().kind() == FaultSubject.Kind.AGENCY) {
                assertThat(fault.subject()).isEqualTo(FaultArbitrary.AGENCY);
            }
            assertThat(fault.actDate()).isBetween(LocalDate.of(2007, 6, 1), LocalDate.of(2007, 6, 1).plusDays(6900));
            assertThat(fault.circumstances()).hasSizeLessThanOrEqualTo(3);
        }
        assertThat(types).containsExactlyInAnyOrder(FaultType.values());
        assertThat(consequences).containsExactlyInAnyOrder(Consequence.values());
        assertThat(counts).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(drawn).anyMatch(f -> f.subject().kind() == FaultSubject.Kind.AGENCY)
                .anyMatch(f -> f.subject().kind() == FaultSubject.Kind.OFFICER)
                .anyMatch(Fault::suspectedCrime).anyMatch(f -> !f.suspectedCrime())
                .anyMatch(f -> f.dutyPerformance().isPresent()).anyMatch(f -> f.dutyPerformance().isEmpty())
                .anyMatch(f -> f.circumstances().isEmpty()).anyMatch(f -> f.circumstances().size() == 3);
    }

    @Example
    void officersFaultsAreOfOneOfficerOfTheTypesThatConcernOfficers() {
        List<Fault> drawn = Samples.draw(FaultArbitrary.faults().ofOfficers(), 400, 2);

        Set<FaultType> types = EnumSet.noneOf(FaultType.class);
        Set<Integer> counts = new HashSet<>();
        Set<FaultForm> forms = EnumSet.noneOf(FaultForm.class);
        Set<Responsibility> responsibilities = EnumSet.noneOf(Responsibility.class);
        for (Fault fault : drawn) {
            types.add(fault.type());
            counts.add(fault.faultsThisYear());
            forms.add(fault.form());
            responsibilities.add(fault.responsibility());
            assertThat(fault.subject()).isEqualTo(FaultArbitrary.OFFICER);
            assertThat(fault.role()).isEqualTo(Role.HANDLER);
            assertThat(fault.actDate()).isBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        }
        assertThat(types).containsExactlyInAnyOrderElementsOf(Arrays.stream(FaultType.values())
                .filter(t -> t.concerns(FaultSubject.Kind.OFFICER)).toList());
        assertThat(counts).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(forms).containsExactlyInAnyOrder(FaultForm.values());
        assertThat(responsibilities).containsExactlyInAnyOrder(Responsibility.values());
        assertThat(drawn).anyMatch(Fault::suspectedCrime).anyMatch(f -> !f.suspectedCrime())
                .anyMatch(f -> f.dutyPerformance().isPresent()).anyMatch(f -> f.dutyPerformance().isEmpty())
                .anyMatch(f -> f.circumstances().contains(Circumstance.values()[0]));
    }

    @Example
    void bothShrinkToTheFirstOptionOfEachAttribute() {
        Fault officers = Shrinking.shrink(FaultArbitrary.faults().ofOfficers(), f -> true, 3);
        Fault any = Shrinking.shrink(FaultArbitrary.faults(), f -> true, 4);

        for (Fault smallest : List.of(officers, any)) {
            assertThat(smallest.type()).isEqualTo(FaultType.NO_LEGAL_BASIS);
            assertThat(smallest.form()).isEqualTo(FaultForm.ORDINARY_NEGLIGENCE);
            assertThat(smallest.consequence()).isEqualTo(Consequence.NONE);
            assertThat(smallest.responsibility()).isEqualTo(Responsibility.NONE);
            assertThat(smallest.circumstances()).isEmpty();
            assertThat(smallest.faultsThisYear()).isEqualTo(1);
            assertThat(smallest.suspectedCrime()).isFalse();
            assertThat(smallest.dutyPerformance()).isEmpty();
        }
        assertThat(officers.subject()).isEqualTo(FaultArbitrary.OFFICER);
        assertThat(officers.actDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(any.subject().kind()).isEqualTo(FaultSubject.Kind.OFFICER);
        assertThat(any.actDate()).isEqualTo(LocalDate.of(2007, 6, 1));
    }

    @Example
    void theOfficersFaultBuilderStartsFromTheDocumentedDefaults() {
        Fault fault = FaultArbitrary.officerFault(FaultType.ULTRA_VIRES, FaultForm.GROSS_NEGLIGENCE,
                Consequence.NONE).build();

        assertThat(fault.subject()).isEqualTo(FaultArbitrary.OFFICER);
        assertThat(fault.type()).isEqualTo(FaultType.ULTRA_VIRES);
        assertThat(fault.form()).isEqualTo(FaultForm.GROSS_NEGLIGENCE);
        assertThat(fault.role()).isEqualTo(Role.HANDLER);
        assertThat(fault.responsibility()).isEqualTo(Responsibility.DIRECT);
        assertThat(fault.actDate()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(fault.circumstances()).isEmpty();
        assertThat(fault.dutyPerformance()).isEmpty();
    }
}
