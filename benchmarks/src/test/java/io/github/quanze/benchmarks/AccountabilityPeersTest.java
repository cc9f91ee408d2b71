package io.github.quanze.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.procedure.Role;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.Row;
import io.github.quanze.sanction.Sanction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The peers of {@link AccountabilityBenchmark} against the national officer table of the 2020 edition: the same
 * sanction and the same rows fired on every kind of officer fault ({@link #everyKind()}, 470,016 faults), the same
 * decision from the table without its cache, and the benchmark's own agreement check. The rule engines are checked
 * once per combination of the inputs they read ({@link FaultCombinations}); the DMN peer, on the same combinations,
 * by {@link DmnPeerTest}.
 */
class AccountabilityPeersTest {

    private static final DecisionTable<Fault, Sanction> TABLE = QuanzeTables.officerTable();

    /** Whether the officer executed a superior's order after objecting, and whether it was manifestly unlawful. */
    private enum Order {
        NONE, LAWFUL, MANIFESTLY_UNLAWFUL
    }

    /**
     * Every officer fault type, form, consequence and responsibility, with every combination of the facts the table
     * tells apart beyond them: no aggravating circumstance, one, or a refusal to correct; 从轻; 减轻; 情节轻微，经批评
     * 教育后改正; no order executed after objecting, a lawful one or a manifestly unlawful one; one or three faults in
     * the year; a suspected crime or not; 尽职免责 or not.
     */
    static List<Fault> everyKind() {
        List<Circumstance> aggravating = new ArrayList<>();
        aggravating.add(null);
        aggravating.add(Circumstance.OBSTRUCTED_EVIDENCE);
        aggravating.add(Circumstance.REFUSED_TO_CORRECT);
        List<Fault> faults = new ArrayList<>();
        for (FaultType type : FaultType.values()) {
            if (!type.concerns(FaultSubject.Kind.OFFICER)) {
                continue;
            }
            for (FaultForm form : FaultForm.values()) {
                for (Consequence consequence : Consequence.values()) {
                    for (Responsibility responsibility : Responsibility.values()) {
                        for (Circumstance aggravation : aggravating) {
                            for (Order order : Order.values()) {
                                for (int more = 0; more < 1 << 6; more++) {
                                    faults.add(fault(type, form, consequence, responsibility, aggravation, order,
                                            more));
                                }
                            }
                        }
                    }
                }
            }
        }
        return faults;
    }

    /** A fault whose further facts are the bits of {@code more}. */
    private static Fault fault(FaultType type, FaultForm form, Consequence consequence, Responsibility responsibility,
            Circumstance aggravation, Order order, int more) {
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        if (aggravation != null) {
            circumstances.add(aggravation);
        }
        if ((more & 1) != 0) {
            circumstances.add(Circumstance.CONFESSED);
        }
        if ((more & 2) != 0) {
            circumstances.add(Circumstance.CONFESSED_AND_RECOVERED);
        }
        if ((more & 4) != 0) {
            circumstances.add(Circumstance.MINOR_AND_CORRECTED);
        }
        if (order != Order.NONE) {
            circumstances.add(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING);
        }
        Fault.Builder fault = Fault.builder()
                .subject(FaultSubject.officer(OfficerId.of("O-001"), "执法人员1"))
                .type(type).form(form).consequence(consequence)
                .role(responsibility == Responsibility.NONE ? Role.COLLECTIVE_MEMBER : Role.HANDLER)
                .responsibility(responsibility).circumstances(circumstances)
                .orderManifestlyUnlawful(order == Order.MANIFESTLY_UNLAWFUL)
                .faultsThisYear((more & 8) != 0 ? 3 : 1)
                .suspectedCrime((more & 16) != 0)
                .actDate(LocalDate.of(2021, 3, 1))
                .description("执法过错");
        if ((more & 32) != 0) {
            fault.dutyPerformance(new DutyPerformance(true, true, false, false));
        }
        return fault.build();
    }

    @Test
    void peersDecideAsTheTableOnEveryKindOfFault() {
        FaultCombinations combinations = FaultCombinations.get();
        DecisionTable<Fault, Sanction> uncached = QuanzeTables.uncached(TABLE);
        // the hand-written peer reads the fault itself, not FaultFacts: every fault
        for (Fault fault : combinations.faults()) {
            Optional<Sanction> expected = TABLE.decide(fault).outcome();
            assertThat(expected).as(() -> what(fault)).isPresent();
            assertThat(HandWrittenSanctions.decide(fault)).as(() -> "hand-written: " + what(fault))
                    .isEqualTo(expected.get());
        }
        // the others see FaultFacts only: one fault of each combination of inputs (FaultCombinations)
        KieBase kieBase = DroolsSanctions.compile(DroolsSanctions.drl());
        DroolsSanctions drools = DroolsSanctions.on(kieBase);
        EasyRulesSanctions easyRules = EasyRulesSanctions.create();
        Set<String> fired = new HashSet<>();
        try (DroolsReusedSanctions reused = DroolsReusedSanctions.on(kieBase)) {
            for (int i = 0; i < combinations.representatives().size(); i++) {
                Fault fault = combinations.representatives().get(i);
                Decision<Sanction> decision = combinations.decisions().get(i);
                Optional<Sanction> expected = decision.outcome();
                String what = what(fault);
                assertThat(uncached.decide(fault)).as("uncached: " + what).isEqualTo(decision);
                assertThat(drools.decide(fault)).as("Drools: " + what).isEqualTo(expected);
                assertThat(easyRules.decide(fault)).as("Easy Rules: " + what).isEqualTo(expected);
                // the kept session, with and without its listener, in turn
                assertThat(reused.decide(fault)).as("Drools, reused session: " + what).isEqualTo(expected);
                TracedDecision traced = reused.trace(fault);
                assertThat(traced.sanction()).as("Drools, reused session: " + what).isEqualTo(expected);
                Set<String> rows = decision.fired().stream().map(r -> r.id().value())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(new TreeSet<>(drools.firedRules(fault))).as("Drools' rules: " + what).isEqualTo(rows);
                assertThat(new TreeSet<>(traced.fired())).as("Drools' rules, reused session: " + what)
                        .isEqualTo(rows);
                assertThat(new TreeSet<>(easyRules.firedRules(fault))).as("Easy Rules' rules: " + what)
                        .isEqualTo(rows);
                fired.addAll(rows);
            }
        }
        Set<String> silent = TABLE.rows().stream().map(Row::id).map(id -> id.value())
                .filter(id -> !fired.contains(id)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(silent).as("rows no fault fires").isEqualTo(new TreeSet<>(AccountabilityFaults.UNREACHABLE));
    }

    private static String what(Fault fault) {
        return fault.summary().en() + " " + fault.consequence() + " " + fault.circumstances();
    }

    @Test
    void peersHaveOneRulePerRowOfTheTable() {
        Set<String> rows = TABLE.rows().stream().map(r -> r.id().value()).collect(Collectors.toSet());
        Set<String> drools = DroolsSanctions.compile(DroolsSanctions.drl()).getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).map(org.kie.api.definition.rule.Rule::getName)
                .collect(Collectors.toSet());
        List<String> easyRules = new ArrayList<>();
        EasyRulesSanctions.rules().forEach(rule -> easyRules.add(rule.getName()));
        assertThat(drools).isEqualTo(rows);
        assertThat(easyRules).hasSameSizeAs(rows).containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void benchmarkSetupFindsThePeersInAgreement() {
        AccountabilityBenchmark benchmark = new AccountabilityBenchmark();
        assertThatCode(benchmark::setUp).doesNotThrowAnyException();
        benchmark.tearDown();
    }
}
