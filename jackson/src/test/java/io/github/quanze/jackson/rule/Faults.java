package io.github.quanze.jackson.rule;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.Role;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated faults of officers and agencies, as the sanction tables read them. */
public final class Faults {

    private Faults() {
    }

    /**
     * Returns faults over every type, form, consequence, responsibility and circumstance, dated from 2007-06-01.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Fault> faults() {
        Arbitrary<Optional<Fault>> built = Combinators.combine(
                Arbitraries.of(FaultType.class), Arbitraries.of(FaultForm.class), Arbitraries.of(Consequence.class),
                Arbitraries.of(Responsibility.class), Arbitraries.integers().between(1, 5),
                Arbitraries.of(Circumstance.class).set().ofMaxSize(3),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 6900))
                .as((type, form, consequence, responsibility, count, circumstances, flags, day) -> {
                    boolean agency = flags == 4;
                    try {
                        Fault.Builder b = Fault.builder()
                                .subject(agency ? FaultSubject.agency(AgencyId.of("A-1"), "示例市烟草专卖局")
                                        : FaultSubject.officer(OfficerId.of("O-1"), "冯刚"))
                                .type(type).form(form).consequence(consequence)
                                .role(agency ? Role.AGENCY : Role.HANDLER).responsibility(responsibility)
                                .faultsThisYear(count).suspectedCrime(flags == 1)
                                .actDate(LocalDate.of(2007, 6, 1).plusDays(day)).description("未告知当事人陈述申辩权利")
                                .circumstances(circumstances);
                        if (flags == 2) {
                            b.dutyPerformance(new DutyPerformance(true, false, true, false));
                        }
                        return Optional.of(b.build());
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
        return built.filter(Optional::isPresent).map(Optional::get);
    }
}
