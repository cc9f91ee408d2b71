package io.github.quanze.testing;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.procedure.Role;
import io.github.quanze.power.AgencyId;
import io.github.quanze.organization.OfficerId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

/** Named faults and arbitraries of faults. */
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

    /** Officer faults of every kind, with acts from 2021 to 2025. */
    public static Arbitrary<Fault> officerFaults() {
        List<FaultType> types = Arrays.stream(FaultType.values()).filter(t -> t.concerns(FaultSubject.Kind.OFFICER))
                .collect(Collectors.toList());
        Arbitrary<Set<Circumstance>> circumstances = Arbitraries.of(Circumstance.class).set().ofMaxSize(3);
        Arbitrary<DutyPerformance> duty = Arbitraries.of(true, false).list().ofSize(4)
                .map(b -> new DutyPerformance(b.get(0), b.get(1), b.get(2), b.get(3)));
        return Builders.withBuilder(() -> officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.INTENT,
                        Consequence.NONE))
                .use(Arbitraries.of(types)).in((b, t) -> b.type(t))
                .use(Arbitraries.of(FaultForm.class)).in((b, f) -> b.form(f))
                .use(Arbitraries.of(Consequence.class)).in((b, c) -> b.consequence(c))
                .use(Arbitraries.of(Responsibility.class)).in((b, r) -> b.responsibility(r))
                .use(circumstances).in((b, c) -> b.circumstances(c))
                .use(Arbitraries.integers().between(1, 6)).in((b, n) -> b.faultsThisYear(n))
                .use(Arbitraries.of(true, false)).in((b, c) -> b.suspectedCrime(c))
                .use(duty.injectNull(0.7)).in((b, d) -> d == null ? b : b.dutyPerformance(d))
                .use(Arbitraries.integers().between(0, 5 * 365)).in((b, d) -> b.actDate(LocalDate.of(2021, 1, 1)
                        .plusDays(d)))
                .build(Fault.Builder::build);
    }

    /** The circumstances of a set that have an effect. */
    public static Set<Circumstance> withEffect(Set<Circumstance> all, Circumstance.Effect effect) {
        Set<Circumstance> some = EnumSet.noneOf(Circumstance.class);
        all.stream().filter(c -> c.effect() == effect).forEach(some::add);
        return some;
    }
}
