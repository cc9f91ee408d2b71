package io.github.quanze.testkit.fault;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generated enforcement faults (执法过错): by default of officers and agencies over every type, form, consequence,
 * responsibility and circumstance, acts from 2007-06-01 (when the sanctions regulation took effect) to 2026; with
 * {@link #ofOfficers()}, faults of one officer only, of the types that concern officers, with counts of faults this
 * year, suspected crimes and duty performance, acts from 2021 to 2025. Both shrink to the first option of each
 * attribute: 没有法定依据 ({@link FaultType#NO_LEGAL_BASIS}) by ordinary negligence, with no consequence, no
 * responsibility, no circumstance and one fault this year, acted on the first day of their span.
 * <p>
 * Each configuration method returns a new arbitrary; this class is immutable and thread-safe.
 */
public final class FaultArbitrary extends ArbitraryDecorator<Fault> {

    /** The officer whose faults {@link #ofOfficers()} generates. */
    public static final FaultSubject OFFICER = FaultSubject.officer(OfficerId.of("O-04"), "钱稽查");
    /** The agency whose faults are generated. */
    public static final FaultSubject AGENCY = FaultSubject.agency(AgencyId.of("A-1"), "示例市烟草专卖局");

    private final boolean officersOnly;

    private FaultArbitrary(boolean officersOnly) {
        this.officersOnly = officersOnly;
    }

    /**
     * Returns faults of officers and agencies.
     *
     * @return the arbitrary, not null
     */
    public static FaultArbitrary faults() {
        return new FaultArbitrary(false);
    }

    /**
     * Returns faults of one officer, of the types that concern officers.
     *
     * @return the arbitrary, not null
     */
    public FaultArbitrary ofOfficers() {
        return new FaultArbitrary(true);
    }

    /**
     * Returns a builder of a fault of {@link #OFFICER} with the given type, form and consequence, as handler, with
     * direct responsibility and no circumstance, acted on 2024-05-10; each attribute can be set once more.
     *
     * @param type  the fault type, not null
     * @param form  the form of fault, not null
     * @param consequence  the consequence, not null
     * @return the builder, not null
     */
    public static Fault.Builder officerFault(FaultType type, FaultForm form, Consequence consequence) {
        return Fault.builder().subject(OFFICER).type(type).form(form).consequence(consequence).role(Role.HANDLER)
                .responsibility(Responsibility.DIRECT).actDate(LocalDate.of(2024, 5, 10)).description("测试过错")
                .build().toBuilder();
    }

    @Override
    protected Arbitrary<Fault> arbitrary() {
        return officersOnly ? officerFaults() : anyFaults();
    }

    private static Arbitrary<Fault> officerFaults() {
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
                .use(Arbitraries.of(false, true)).in((b, c) -> b.suspectedCrime(c))
                .use(duty.injectNull(0.7)).in((b, d) -> d == null ? b : b.dutyPerformance(d))
                .use(Arbitraries.integers().between(0, 5 * 365)).in((b, d) -> b.actDate(LocalDate.of(2021, 1, 1)
                        .plusDays(d)))
                .build(Fault.Builder::build);
    }

    private static Arbitrary<Fault> anyFaults() {
        Arbitrary<Optional<Fault>> built = Combinators.combine(
                Arbitraries.of(FaultType.class), Arbitraries.of(FaultForm.class), Arbitraries.of(Consequence.class),
                Arbitraries.of(Responsibility.class), Arbitraries.integers().between(1, 5),
                Arbitraries.of(Circumstance.class).set().ofMaxSize(3),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 6900))
                .as((type, form, consequence, responsibility, count, circumstances, flags, day) -> {
                    boolean agency = flags == 4;
                    try {
                        Fault.Builder b = Fault.builder()
                                .subject(agency ? AGENCY : FaultSubject.officer(OfficerId.of("O-1"), "冯刚"))
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
                        // a type that does not concern the subject: drawn again
                        return Optional.empty();
                    }
                });
        return built.filter(Optional::isPresent).map(Optional::get);
    }
}
