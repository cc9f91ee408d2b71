package io.github.quanze.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.Row;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableVerification;
import io.github.quanze.sanction.SanctionPolicy.Edition;
import io.github.quanze.testkit.QuanzeArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.AbstractIntegerAssert;

class SanctionPropertiesTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 1, 1);

    @Example
    void shippedTables_passVerification() {
        for (DecisionTable<Fault, Sanction> table : List.of(SanctionPolicy.nationalOfficerTable(Edition.ED_2020),
                SanctionPolicy.nationalOfficerTable(Edition.ED_2007), SanctionPolicy.nationalAgencyTable())) {
            TableVerification<Sanction> verification = table.verify();
            assertThat(verification.disproportions()).as(table.name()).isEmpty();
            assertThat(verification.gaps()).as(table.name()).isEmpty();
            assertThat(verification.isClean()).isTrue();
        }
        assertThat(SanctionPolicy.nationalOfficerTable(Edition.ED_2020).rows()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(SanctionPolicy.nationalOfficerTable(Edition.ED_2020).columns()).extracting(c -> c.name())
                .contains("mitigating", "minorAndCorrected", "executedOrderAfterObjecting");
    }

    @Property
    void aGraverFaultNeverGetsALighterSanction(@ForAll("faults") Fault fault, @ForAll("worsenings") int how) {
        Fault graver = worsen(fault, how);
        Sanction lighter = SanctionPolicy.national().decide(fault, DECIDED).outcome().orElseThrow();
        Sanction heavier = SanctionPolicy.national().decide(graver, DECIDED).outcome().orElseThrow();
        assertThat(Sanction.HEAVIER.compare(heavier, lighter)).as("%s -> %s\n%s -> %s", fault.summary(), lighter,
                graver.summary(), heavier).isGreaterThanOrEqualTo(0);
    }

    @Property
    void addingAMitigatingCircumstanceNeverMakesASanctionHeavier(@ForAll("faults") Fault fault,
            @ForAll Edition edition, @ForAll("lightening") Circumstance circumstance) {
        assertChangeOnAdding(fault, edition, circumstance).isLessThanOrEqualTo(0);
    }

    @Property
    void addingAnAggravatingCircumstanceNeverMakesASanctionLighter(@ForAll("faults") Fault fault,
            @ForAll Edition edition, @ForAll("aggravating") Circumstance circumstance) {
        assertChangeOnAdding(fault, edition, circumstance).isGreaterThanOrEqualTo(0);
    }

    /** Compares the sanction after adding a circumstance with the one before: positive if heavier. */
    private static AbstractIntegerAssert<?> assertChangeOnAdding(Fault fault, Edition edition,
            Circumstance circumstance) {
        DecisionTable<Fault, Sanction> table = SanctionPolicy.nationalOfficerTable(edition);
        Fault changed = fault.toBuilder().addCircumstances(circumstance).build();
        Sanction before = table.decide(fault).outcome().orElseThrow();
        Sanction after = table.decide(changed).outcome().orElseThrow();
        return assertThat(Sanction.HEAVIER.compare(after, before)).as("%s + %s: %s -> %s", fault.summary(),
                circumstance, before, after);
    }

    @Property
    void aSuspectedCrimeOfAResponsiblePersonIsAlwaysReferred(@ForAll("faults") Fault fault,
            @ForAll Edition edition) {
        Fault suspected = fault.toBuilder().suspectedCrime(true).build();
        Sanction sanction = SanctionPolicy.nationalOfficerTable(edition).decide(suspected).outcome().orElseThrow();
        boolean referred = sanction.kinds().stream().anyMatch(k -> k.group() == SanctionKind.Group.REFERRAL);
        assertThat(referred).as("%s: %s", suspected.summary(), sanction)
                .isEqualTo(fault.responsibility() != Responsibility.NONE);
    }

    @Property(tries = 100)
    void theSanctionDoesNotDependOnRowOrder(@ForAll("faults") Fault fault, @ForAll Edition edition,
            @ForAll long seed) {
        DecisionTable<Fault, Sanction> table = SanctionPolicy.nationalOfficerTable(edition);
        List<RuleId> order = new ArrayList<>(table.rows().stream().map(Row::id).toList());
        Collections.shuffle(order, new Random(seed));
        DecisionTable<Fault, Sanction> shuffled = table.withSpec(table.spec().toBuilder().reorder(order).build());
        assertThat(shuffled.decide(fault).outcome()).isEqualTo(table.decide(fault).outcome());
        assertThat(shuffled.decideByScan(fault).outcome()).isEqualTo(table.decide(fault).outcome());
    }

    @Property(tries = 20)
    void equalFaultsGetEqualDecisionsFromManyThreads(@ForAll("faults") Fault fault) throws Exception {
        var expected = SanctionPolicy.national().decide(fault, DECIDED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        assertThat(SanctionPolicy.national().decide(fault, DECIDED)).isEqualTo(expected);
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Provide
    Arbitrary<Fault> faults() {
        return QuanzeArbitraries.faults().ofOfficers();
    }

    @Provide
    Arbitrary<Circumstance> lightening() {
        return Arbitraries.of(Circumstance.class).filter(c -> c.effect() != Circumstance.Effect.AGGRAVATE);
    }

    @Provide
    Arbitrary<Circumstance> aggravating() {
        return Arbitraries.of(Circumstance.class).filter(c -> c.effect() == Circumstance.Effect.AGGRAVATE);
    }

    @Provide
    Arbitrary<Integer> worsenings() {
        return Arbitraries.integers().between(0, 6);
    }

    /** Makes a fault graver in one respect, or leaves it if it cannot be. */
    private static Fault worsen(Fault fault, int how) {
        Fault.Builder b = fault.toBuilder();
        Set<Circumstance> kept = EnumSet.noneOf(Circumstance.class);
        kept.addAll(fault.circumstances());
        switch (how) {
            case 0:
                b.form(FaultForm.values()[Math.min(fault.form().ordinal() + 1, 2)]);
                break;
            case 1:
                b.consequence(Consequence.values()[Math.min(fault.consequence().ordinal() + 1, 3)]);
                break;
            case 2:
                b.responsibility(Responsibility.values()[Math.min(fault.responsibility().ordinal() + 1, 3)]);
                break;
            case 3:
                kept.add(Circumstance.OBSTRUCTED_EVIDENCE);
                break;
            case 4:
                b.faultsThisYear(Math.min(fault.faultsThisYear() + 2, Fault.MAX_FAULTS_PER_YEAR));
                break;
            case 5:
                b.suspectedCrime(true);
                break;
            default:
                kept.removeIf(c -> c.effect() != Circumstance.Effect.AGGRAVATE);
        }
        return b.circumstances(kept).build();
    }
}
