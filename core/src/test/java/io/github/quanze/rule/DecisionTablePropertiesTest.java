package io.github.quanze.rule;

import static io.github.quanze.rule.TestTables.allFacts;
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
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class DecisionTablePropertiesTest {

    @Property(tries = 300)
    void aCompiledSpecDecidesAsTheSpecReadRowByRow(@ForAll("tablesWithExceptions") DecisionTable<Facts, Integer> table,
            @ForAll("facts") Facts given, @ForAll long seed) {
        List<Facts> all = allFacts();
        Random random = new Random(seed);
        List<Facts> sample = new ArrayList<>(List.of(given));
        for (int i = 0; i < 60; i++) {
            sample.add(all.get(random.nextInt(all.size())));
        }
        int severalMatched = 0;
        int overridden = 0;
        for (Facts facts : sample) {
            NaiveTable.Outcome expected = NaiveTable.decide(table.spec(), facts);
            for (DecisionTable<Facts, Integer> compiled : List.of(table, table.withoutCache())) {
                try {
                    Decision<Integer> decision = compiled.decide(facts);
                    assertThat(expected.uniqueViolated()).as("UNIQUE violated in\n%s", table.spec().render())
                            .isFalse();
                    assertThat(decision.outcome()).as("%s in\n%s", facts, table.spec().render())
                            .isEqualTo(expected.outcome());
                    assertThat(decision.fired()).extracting(RuleRef::id).containsExactlyElementsOf(expected.fired());
                    assertThat(decision.overridden()).extracting(o -> o.rule().id())
                            .containsExactlyInAnyOrderElementsOf(expected.overridden());
                } catch (IllegalStateException unique) {
                    assertThat(expected.uniqueViolated()).isTrue();
                }
            }
            severalMatched += expected.fired().size() + expected.overridden().size() > 1 ? 1 : 0;
            overridden += expected.overridden().isEmpty() ? 0 : 1;
        }
        Statistics.label("policy").collect(table.policy());
        Statistics.label("several rows match some facts").collect(severalMatched > 0)
                .coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("an exception overrides a row").collect(overridden > 0)
                .coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    @Property
    void compiledEvaluationEqualsScanEvaluation(@ForAll("tablesWithExceptions") DecisionTable<Facts, Integer> table,
            @ForAll("facts") Facts facts) {
        assertThat(outcome(() -> table.decide(facts))).isEqualTo(outcome(() -> table.decideByScan(facts)));
        assertThat(outcome(() -> table.withoutCache().decide(facts))).isEqualTo(outcome(() -> table.decide(facts)));
    }

    @Property(tries = 40)
    void gapsReportedAreExactlyTheUncoveredInputs(@ForAll("tables") DecisionTable<Facts, Integer> table) {
        TableVerification<Integer> verification = table.verify();
        List<Predicate<Facts>> gaps = verification.gaps().stream().map(TestTables::matcher).toList();
        for (Facts facts : allFacts()) {
            boolean uncovered = matching(table, facts).isEmpty();
            boolean reported = gaps.stream().anyMatch(gap -> gap.test(facts));
            assertThat(reported).as("%s in\n%s\ngaps %s", facts, TestTables.describe(table), verification.gaps())
                    .isEqualTo(uncovered);
        }
        assertThat(verification.findings().stream().filter(f -> f.kind() == TableFinding.Kind.GAP).count())
                .isEqualTo(verification.gaps().size());
    }

    @Property(tries = 60)
    void overlapsReportedAreExactlyTheRowPairsSharingAnInput(
            @ForAll("uniqueTables") DecisionTable<Facts, Integer> table) {
        assertThat(table.policy()).isEqualTo(HitPolicy.UNIQUE);
        int rows = table.rows().size();
        boolean[][] share = new boolean[rows][rows];
        for (Facts facts : allFacts()) {
            List<Integer> matched = matching(table, facts);
            for (int a : matched) {
                for (int b : matched) {
                    share[a][b] = true;
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = i + 1; j < rows; j++) {
                if (share[i][j]) {
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
        int rows = table.rows().size();
        boolean[] matches = new boolean[rows];
        boolean[] firstSomewhere = new boolean[rows];
        for (Facts facts : allFacts()) {
            List<Integer> matched = matching(table, facts);
            matched.forEach(r -> matches[r] = true);
            if (!matched.isEmpty()) {
                firstSomewhere[matched.get(0)] = true;
            }
        }
        List<RuleId> expected = new ArrayList<>();
        for (int j = 0; j < rows; j++) {
            // a row that matches nothing is empty, not shadowed
            if (matches[j] && !firstSomewhere[j]) {
                expected.add(table.rows().get(j).id());
            }
        }
        assertThat(table.verify().shadowed()).containsExactlyElementsOf(expected);
        Statistics.label("shadowed rows").collect(expected.isEmpty() ? "none" : "some")
                .coverage(c -> c.check("some").percentage(p -> p >= 3));
    }

    @Property(tries = 100)
    void emptyRowsAreExactlyTheRowsThatMatchNoInput(@ForAll("tables") DecisionTable<Facts, Integer> table) {
        boolean[] matches = new boolean[table.rows().size()];
        for (Facts facts : allFacts()) {
            matching(table, facts).forEach(r -> matches[r] = true);
        }
        List<RuleId> expected = new ArrayList<>();
        for (int r = 0; r < matches.length; r++) {
            if (!matches[r]) {
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

    @Property(tries = 40)
    void everyGraverInputWithALighterOutcomeIsReported(@ForAll("tables") DecisionTable<Facts, Integer> table) {
        TableVerification<Integer> verification = table.verify();
        List<Predicate<Facts>[]> reported = new ArrayList<>();
        for (TableVerification.Disproportion<Integer> d : verification.disproportions()) {
            @SuppressWarnings("unchecked")
            Predicate<Facts>[] pair = new Predicate[] {TestTables.matcher(d.lesser()), TestTables.matcher(d.graver())};
            reported.add(pair);
        }
        List<String> columns = new ArrayList<>();
        for (Facts lesser : allFacts()) {
            Optional<Integer> light = decided(() -> table.decide(lesser));
            for (Facts graver : graverNeighbours(lesser)) {
                Optional<Integer> heavy = decided(() -> table.decide(graver));
                if (light.isPresent() && heavy.isPresent() && heavy.get() < light.get()) {
                    assertThat(reported).as("%s -> %s", lesser, graver)
                            .anyMatch(d -> d[0].test(lesser) && d[1].test(graver));
                }
            }
        }
        for (TableVerification.Disproportion<Integer> d : verification.disproportions()) {
            assertThat(d.graverOutcome()).isLessThan(d.lesserOutcome());
            columns.add(d.column());
        }
        // the long and string columns are checked both ways: each is found disproportionate in some tables
        Statistics.label("amount disproportionate").collect(columns.contains("amount"))
                .coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("region disproportionate").collect(columns.contains("region"))
                .coverage(c -> c.check(true).percentage(p -> p >= 5));
    }

    @Property(tries = 100)
    void theOutcomeDoesNotDependOnRowOrderUnderCollectAndPriority(
            @ForAll("collectOrPriorityTables") DecisionTable<Facts, Integer> table, @ForAll long seed) {
        assertThat(table.policy()).isIn(HitPolicy.COLLECT, HitPolicy.PRIORITY);
        List<RuleId> order = new ArrayList<>(table.rows().stream().map(Row::id).toList());
        Collections.shuffle(order, new Random(seed));
        DecisionTable<Facts, Integer> shuffled = table.withSpec(table.spec().toBuilder().reorder(order).build());
        boolean several = false;
        for (Facts facts : allFacts()) {
            assertThat(shuffled.decide(facts).outcome()).as("%s", facts).isEqualTo(table.decide(facts).outcome());
            several |= matching(table, facts).size() > 1;
        }
        Statistics.label("policy").collect(table.policy());
        Statistics.label("an input several rows match").collect(several)
                .coverage(c -> c.check(true).percentage(p -> p >= 50));
    }

    @Property(tries = 10)
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
        FactSchema<long[]> schema = FactSchema.<long[]>builder("points").longColumn("a", f -> f[0])
                .longColumn("b", f -> f[1]).intColumn("c", f -> (int) f[2]).intColumn("d", f -> (int) f[3]).build();
        TableSpec.Builder<Integer> wide = TableSpec.<Integer>builder("宽表", HitPolicy.PRIORITY)
                .columns(Column.ofLong("a", 0, 999_999_999_999L), Column.ofLong("b", 0, 999),
                        Column.ofInt("c", 0, 999), Column.ofInt("d", 0, 999))
                .order(java.util.Comparator.naturalOrder());
        for (int r = 0; r < 40; r++) {
            long a = (long) (random.nextDouble() * 1e12);
            int b = random.nextInt(1000);
            int c = random.nextInt(1000);
            wide.row(TestTables.ref("W" + r)).when("a", Cell.atLeast(a)).when("b", Cell.atMost(b))
                    .when("c", Cell.range(Math.min(c, 500), Math.max(c, 500)))
                    .when("d", Cell.atLeast(random.nextInt(1000))).then(r);
        }
        DecisionTable<long[], Integer> table = wide.build().compile(schema);
        assertThat(table.isCached()).isFalse();
        for (int i = 0; i < 200; i++) {
            long[] facts = {(long) (random.nextDouble() * 1e12), random.nextInt(1000), random.nextInt(1000),
                    random.nextInt(1000)};
            assertThat(table.decide(facts)).isEqualTo(table.decideByScan(facts));
        }
    }

    @Provide
    Arbitrary<DecisionTable<Facts, Integer>> tables() {
        return TestTables.tables();
    }

    @Provide
    Arbitrary<DecisionTable<Facts, Integer>> tablesWithExceptions() {
        return TestTables.tablesWithExceptions();
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

    /** The facts one step graver in each ordered column: level, flag, count, amount and region. */
    private static List<Facts> graverNeighbours(Facts f) {
        List<Facts> graver = new ArrayList<>();
        if (f.level().ordinal() < 2) {
            graver.add(new Facts(TestTables.Level.values()[f.level().ordinal() + 1], f.color(), f.flag(), f.count(),
                    f.amount(), f.region()));
        }
        if (!f.flag()) {
            graver.add(new Facts(f.level(), f.color(), true, f.count(), f.amount(), f.region()));
        }
        if (f.count() < TestTables.MAX_COUNT) {
            graver.add(new Facts(f.level(), f.color(), f.flag(), f.count() + 1, f.amount(), f.region()));
        }
        List<Long> amounts = TestTables.amounts();
        int a = amounts.indexOf(f.amount());
        if (a + 1 < amounts.size()) {
            graver.add(new Facts(f.level(), f.color(), f.flag(), f.count(), amounts.get(a + 1), f.region()));
        }
        int region = TestTables.REGIONS.indexOf(f.region());
        if (region + 1 < TestTables.REGIONS.size()) {
            graver.add(new Facts(f.level(), f.color(), f.flag(), f.count(), f.amount(),
                    TestTables.REGIONS.get(region + 1)));
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
