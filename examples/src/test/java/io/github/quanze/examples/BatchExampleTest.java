package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The batch example's generated cases: the library finds the slip each case was given, and nothing else. */
class BatchExampleTest {

    private final BatchExample batch = new BatchExample(new PrintWriter(new StringWriter()), Locale.ENGLISH, 1, 0);

    @Property(tries = 300)
    void caseWithoutSlipIsClean(@ForAll long seed) {
        CaseState state = batch.generate(1, new SplittableRandom(seed), CaseGenerator.Slip.NONE)
                .replay(BatchExample.CHECKED);
        assertThat(state.violations()).isEmpty();
    }

    @Property(tries = 600)
    void caseWithSlipHasOnlyTheViolationsOfItsSlip(@ForAll long seed, @ForAll CaseGenerator.Slip slip) {
        CaseRecord record = batch.generate(1, new SplittableRandom(seed), slip);
        Set<ViolationKind> found = record.replay(BatchExample.CHECKED).violations().stream()
                .map(ProcedureViolation::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(ViolationKind.class)));
        assertThat(found).isSubsetOf(expected(slip));
    }

    @Property(tries = 200)
    void investigationSlipsAreAlwaysFound(@ForAll long seed) {
        // the investigation always falls before the day of the check, so its slips must be found
        assertThat(kinds(seed, CaseGenerator.Slip.ONE_INVESTIGATOR)).contains(ViolationKind.TOO_FEW_OFFICERS);
        assertThat(kinds(seed, CaseGenerator.Slip.CLERK_INVESTIGATES)).contains(ViolationKind.UNCERTIFIED_OFFICER);
        assertThat(kinds(seed, CaseGenerator.Slip.DECISION_BEFORE_NOTICE)).contains(ViolationKind.WRONG_ORDER);
    }

    @Property(tries = 200)
    void stalledCaseIsOpenAndStopsAtTheNotice(@ForAll long seed) {
        CaseRecord record = batch.generate(1, new SplittableRandom(seed), CaseGenerator.Slip.STALLED);
        CaseState state = record.replay(BatchExample.CHECKED);
        assertThat(state.closed()).isFalse();
        assertThat(state.done()).doesNotContain(StepKind.DECISION).contains(StepKind.NOTICE);
    }

    @Example
    void sameSeedGivesTheSameTableAndTheTotalsAddUp() {
        String first = Examples.run("batch", "--cases", "400", "--seed", "11").out();
        assertThat(Examples.run("batch", "--cases", "400", "--seed", "11").out()).isEqualTo(first);
        assertThat(Examples.run("batch", "--cases", "400", "--seed", "12").out()).isNotEqualTo(first);
        assertThat(first).contains("     400  案件数", "程序违法（按类型）", "期限（按状态）");
        int total = 0;
        for (ViolationKind kind : ViolationKind.values()) {
            total += count(first, kind.label().zh());
        }
        assertThat(count(first, "合计")).isEqualTo(total).isPositive();
        assertThat(count(first, "有期限逾期的案件")).isEqualTo(count(first, ViolationKind.MISSED_DEADLINE.label().zh()));
    }

    @Example
    void batchRejectsAnEmptyBatch() {
        Examples.Run run = Examples.run("batch", "--cases", "0");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--cases must be at least 1, but was 0");
        assertThat(run.out()).isEmpty();
    }

    private Set<ViolationKind> kinds(long seed, CaseGenerator.Slip slip) {
        return batch.generate(1, new SplittableRandom(seed), slip).replay(BatchExample.CHECKED).violations().stream()
                .map(ProcedureViolation::kind).collect(Collectors.toSet());
    }

    private static Set<ViolationKind> expected(CaseGenerator.Slip slip) {
        return switch (slip) {
            case NONE -> EnumSet.noneOf(ViolationKind.class);
            case ONE_INVESTIGATOR -> EnumSet.of(ViolationKind.TOO_FEW_OFFICERS);
            case CLERK_INVESTIGATES -> EnumSet.of(ViolationKind.UNCERTIFIED_OFFICER);
            case LATE_HEARING_NOTICE, LATE_SERVICE, STALLED -> EnumSet.of(ViolationKind.MISSED_DEADLINE);
            case NO_LEGALITY_REVIEW -> EnumSet.of(ViolationKind.MISSING_STEP, ViolationKind.WRONG_ORDER);
            case INVESTIGATOR_DECIDES -> EnumSet.of(ViolationKind.NOT_SEPARATED);
            // deciding first puts every later step out of order, and the service may then fall late
            case DECISION_BEFORE_NOTICE -> EnumSet.of(ViolationKind.WRONG_ORDER, ViolationKind.MISSED_DEADLINE);
        };
    }

    private static int count(String table, String label) {
        return table.lines().filter(l -> l.endsWith("  " + label)).map(l -> Integer.parseInt(l.trim().split(" +")[0]))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label + " in\n" + table));
    }
}
