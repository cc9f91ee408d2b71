package io.github.quanze.testing;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Named faults; generated ones come from {@code QuanzeArbitraries.faults()}. */
public final class Faults {

    public static final FaultSubject OFFICER = FaultSubject.officer(OfficerId.of("O-04"), "钱稽查");
    public static final FaultSubject AGENCY = FaultSubject.agency(AgencyId.of("CITY"), "某市烟草专卖局");
    public static final LocalDate ACT_2024 = LocalDate.of(2024, 5, 10);

    private Faults() {}

    /**
     * A fault of the officer with the given type, form and consequence, direct responsibility, no circumstances, as a
     * builder on which each attribute can be set once more.
     */
    public static Fault.Builder officerFault(FaultType type, FaultForm form, Consequence consequence) {
        return Fault.builder().subject(OFFICER).type(type).form(form).consequence(consequence).role(Role.HANDLER)
                .responsibility(Responsibility.DIRECT).actDate(ACT_2024).description("测试过错").build().toBuilder();
    }

    /**
     * A fault of the agency with the given type, form and consequence, as {@link #officerFault} gives one of the
     * officer.
     */
    public static Fault.Builder agencyFault(FaultType type, FaultForm form, Consequence consequence) {
        return Fault.builder().subject(AGENCY).type(type).form(form).consequence(consequence).role(Role.AGENCY)
                .responsibility(Responsibility.DIRECT).actDate(ACT_2024).description("测试过错").build().toBuilder();
    }

    /** The circumstances of a set that have an effect. */
    public static Set<Circumstance> withEffect(Set<Circumstance> all, Circumstance.Effect effect) {
        Set<Circumstance> some = EnumSet.noneOf(Circumstance.class);
        all.stream().filter(c -> c.effect() == effect).forEach(some::add);
        return some;
    }
}
