package io.github.quanze.rule;

import static io.github.quanze.rule.TestTables.allFacts;
import static io.github.quanze.rule.TestTables.inside;
import static io.github.quanze.rule.TestTables.matching;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.rule.TestTables.Facts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class DecisionTablePropertiesTest {

    @Property
    void compiledEvaluationEqualsNaiveEvaluation(@ForAll("tables") DecisionTable<Facts, Integer> table,
            @ForAll("facts") Facts facts) {
        assertThat(outcome(() -> table.decide(facts))).isEqualTo(outcome(() -> table.decideByScan(facts)));
    }

    @Property(tries = 100)
    void gapsReportedAreExactlyTheUncoveredInputs(@ForAll("tables") DecisionTable<Facts, Integer> table) {
        TableVerification<Integer> verification = table.verify();
        for (Facts facts : allFacts()) {
            boolean uncovered = matching(table, facts).isEmpty();
            boolean reported = verification.gaps().stream().anyMatch(gap -> inside(gap, facts));
            assertThat(reported).as("%s in\n%s\ngaps %s", facts, TestTables.describe(table), verification.gaps())
                    .isEqualTo(uncovered);
        }
    }

    @Property(tries = 100)
    void overlapsReportedAreExactlyTheRowPairsSharingAnInput(
            @ForAll("uniqueTables") DecisionTable<Facts, Integer> table) {
        assertThat(table.policy()).isEqualTo(HitPolicy.UNIQUE);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            for (int j = i + 1; j < table.rows().size(); j++) {
                int a = i;
                int b = j;
                if (allFacts().stream().anyMatch(f -> matching(table, f).contains(a) && matching(table, f).contains(b))) {
                    expected.add(table.rows().get(i).id() + "/" + table.rows().get(j).id());
                }
            }
        }
        assertThat(table.verify().overlaps()).extracting(o -> o.first() + "/" + o.second())
                .containsExactlyElementsOf(expected);
        Statistics.label("overlaps").collect(expected.isEmpty() ? "none" : "some")
                .coverage(c -> c.check("some").percentage(p -> p >= 30));
    }

    @Property(tries = 100)
    void shadowedRowsAreExactlyTheRowsEarlierRowsCover(@ForAll("firstTables") DecisionTable<Facts, Integer> table) {
        assertThat(table.policy()).isEqualTo(HitPolicy.FIRST);
        List<RuleId> expected = new ArrayList<>();
        for (int j = 0; j < table.rows().size(); j++) {
            int row = j;
            List<Facts> matched = allFacts().stream().filter(f -> matching(table, f).contains(row)).toList();
            // a row that matches nothing is empty, not shadowed
            boolean shadowed = !matched.isEmpty() && matched.stream().allMatch(f -> matching(table, f).get(0) < row);
            if (shadowed) {
                expected.add(table.rows().get(j).id());
            }
        }
        assertThat(table.verify().shadowed()).containsExactlyElementsOf(expected);
        Statistics.label("shadowed rows").collect(expected.isEmpty() ? "none" : "some")
                .coverage(c -> c.check("some").percentage(p -> p >= 20));
    }

    @Property(tries = 200)
    void emptyRowsAreExactlyTheRowsThatMatchNoInput(@ForAll("tables") DecisionTable<Facts, Integer> table) {
        List<RuleId> expected = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            int row = r;
            if (allFacts().stream().noneMatch(f -> matching(table, f).contains(row))) {
                expected.add(table.rows().get(r).id());
            }
        }
        TableVerification<Integer> verification = table.verify();
        assertThat(verification.emptyRows()).containsExactlyElementsOf(expected);
        if (!expected.isEmpty()) {
            assertThat(verification.isClean()).isFalse();
        }
        Statistics.label("empty rows").collect(expected.isEmpty() ? "none" : "some")
                .coverage(c -> c.check("some").percentage(p -> p >= 5));
    }

    @Property(tries = 100)
    void everyGraverInputWithALighterOutcomeIsReported(@ForAll("tables") DecisionTable<Facts, Integer> table) {
        TableVerification<Integer> verification = table.verify();
        for (Facts lesser : allFacts()) {
            for (Facts graver : graverNeighbours(lesser)) {
                Optional<Integer> light = decided(() -> table.decide(lesser));
                Optional<Integer> heavy = decided(() -> table.decide(graver));
                if (light.isPresent() && heavy.isPresent() && heavy.get() < light.get()) {
                    assertThat(verification.disproportions()).as("%s -> %s", lesser, graver)
                            .anyMatch(d -> inside(d.lesser(), lesser) && inside(d.graver(), graver));
                }
            }
        }
        for (TableVerification.Disproportion<Integer> d : verification.disproportions()) {
            assertThat(d.graverOutcome()).isLessThan(d.lesserOutcome());
        }
    }

    @Property(tries = 200)
    void theOutcomeDoesNotDependOnRowOrderUnderCollectAndPriority(
            @ForAll("collectOrPriorityTables") DecisionTable<Facts, Integer> table, @ForAll long seed) {
        assertThat(table.policy()).isIn(HitPolicy.COLLECT, HitPolicy.PRIORITY);
        List<Row<Integer>> rows = new ArrayList<>(table.rows());
        Collections.shuffle(rows, new Random(seed));
        DecisionTable.Builder<Facts, Integer> shuffledBuilder = TestTables.builder(table.name(), table.policy());
        rows.forEach(row -> shuffledBuilder.row(row.ref(), row.output(), row.cells().toArray(new Cell[0])));
        DecisionTable<Facts, Integer> shuffled = shuffledBuilder.build();
        boolean several = false;
        for (Facts facts : allFacts()) {
            assertThat(shuffled.decide(facts).outcome()).as("%s", facts).isEqualTo(table.decide(facts).outcome());
            several |= matching(table, facts).size() > 1;
        }
        Statistics.label("policy").collect(table.policy());
        Statistics.label("an input several rows match").collect(several)
                .coverage(c -> c.check(true).percentage(p -> p >= 50));
    }

    @Property(tries = 20)
    void equalInputsGiveEqualDecisionsFromManyThreads(@ForAll("tables") DecisionTable<Facts, Integer> table)
            throws Exception {
        List<Facts> all = allFacts();
        List<Optional<Integer>> expected = new ArrayList<>();
        all.forEach(f -> expected.add(outcome(() -> table.decide(f))));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Optional<Integer>>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<Optional<Integer>> outcomes = new ArrayList<>();
                    all.forEach(f -> outcomes.add(outcome(() -> table.decide(f))));
                    return outcomes;
                }));
            }
            for (Future<List<Optional<Integer>>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Property(tries = 50)
    void aTableTooWideToKeepItsDecisionsStillEqualsNaiveEvaluation(@ForAll long seed) {
        Random random = new Random(seed);
        DecisionTable.Builder<int[], Integer> wide = DecisionTable.<int[], Integer>builder("宽表", HitPolicy.PRIORITY)
                .input(Column.<int[]>ofInt("a", 0, 999, f -> f[0]), Column.<int[]>ofInt("b", 0, 999, f -> f[1]),
                        Column.<int[]>ofInt("c", 0, 999, f -> f[2]))
                .order(java.util.Comparator.naturalOrder());
        for (int r = 0; r < 40; r++) {
            int a = random.nextInt(1000);
            int b = random.nextInt(1000);
            int c = random.nextInt(1000);
            wide.row(TestTables.ref("W" + r), r, Cell.atLeast(a), Cell.atMost(b), Cell.range(Math.min(c, 500),
                    Math.max(c, 500)));
        }
        DecisionTable<int[], Integer> table = wide.build();
        for (int i = 0; i < 200; i++) {
            int[] facts = {random.nextInt(1000), random.nextInt(1000), random.nextInt(1000)};
            assertThat(table.decide(facts)).isEqualTo(table.decideByScan(facts));
        }
    }

    @Provide
    Arbitrary<DecisionTable<Facts, Integer>> tables() {
        return TestTables.tables();
    }

    @Provide
    Arbitrary<DecisionTable<Facts, Integer>> uniqueTables() {
        return TestTables.tables(HitPolicy.UNIQUE);
    }

    @Provide
    Arbitrary<DecisionTable<Facts, Integer>> firstTables() {
        return TestTables.tables(HitPolicy.FIRST);
    }

    @Provide
    Arbitrary<DecisionTable<Facts, Integer>> collectOrPriorityTables() {
        return TestTables.tables(HitPolicy.COLLECT, HitPolicy.PRIORITY);
    }

    @Provide
    Arbitrary<Facts> facts() {
        return TestTables.facts();
    }

    private static List<Facts> graverNeighbours(Facts f) {
        List<Facts> graver = new ArrayList<>();
        if (f.level().ordinal() < 2) {
            graver.add(new Facts(TestTables.Level.values()[f.level().ordinal() + 1], f.color(), f.flag(), f.count()));
        }
        if (!f.flag()) {
            graver.add(new Facts(f.level(), f.color(), true, f.count()));
        }
        if (f.count() < TestTables.MAX_COUNT) {
            graver.add(new Facts(f.level(), f.color(), f.flag(), f.count() + 1));
        }
        return graver;
    }

    /** The outcome, empty when no row applies or when several apply under UNIQUE. */
    private static Optional<Integer> decided(Supplier<Decision<Integer>> decide) {
        try {
            return decide.get().outcome();
        } catch (IllegalStateException unique) {
            return Optional.empty();
        }
    }

    /** The outcome, empty when no row applies, or a marker of the UNIQUE violation the decision threw. */
    private static Optional<Integer> outcome(Supplier<Decision<Integer>> decide) {
        try {
            return decide.get().outcome();
        } catch (IllegalStateException unique) {
            return Optional.of(Integer.MIN_VALUE);
        }
    }
}
