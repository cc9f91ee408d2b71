package io.github.quanze.rule;

import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.TestTables.SCHEMA;
import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.rule.TestTables.Color;
import io.github.quanze.rule.TestTables.Facts;
import io.github.quanze.rule.TestTables.Level;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/** The compiled evaluation's contract: the cache keeps decisions, wide tables decide as narrow ones, accessors. */
class DecisionTableContractTest {

    private static final Facts HIGH_RED_5 = new Facts(Level.HIGH, Color.RED, true, 5);
    private static final int WIDE = 17;

    /**
     * Seventeen int columns, one more than a table reads in one call; row Rc applies when column c holds at least 2
     * and gives c, the heaviest outcome wins.
     */
    private static DecisionTable<int[], Integer> seventeen() {
        TableSpec.Builder<Integer> spec = TableSpec.<Integer>builder("十七列", HitPolicy.PRIORITY)
                .order(Comparator.naturalOrder());
        FactSchema.Builder<int[]> schema = FactSchema.builder("points");
        for (int c = 0; c < WIDE; c++) {
            int column = c;
            spec.columns(Column.ofInt("c" + c, 0, 3));
            schema.intColumn("c" + c, f -> f[column]);
        }
        for (int c = 0; c < WIDE; c++) {
            spec.row(ref("R" + c)).when("c" + c, atLeast(2)).then(c);
        }
        return spec.build().compile(schema.build());
    }

    /** The heaviest c whose column holds at least 2, as the rows of {@link #seventeen()} say. */
    private static Optional<Integer> expected(int[] facts) {
        Optional<Integer> heaviest = Optional.empty();
        for (int c = 0; c < facts.length; c++) {
            if (facts[c] >= 2) {
                heaviest = Optional.of(c);
            }
        }
        return heaviest;
    }

    @Example
    void aTableTooWideToReadInOneCallDecidesEachCombinationByItsRows() {
        DecisionTable<int[], Integer> table = seventeen();
        assertThat(table.isFused()).isFalse();
        assertThat(table.isCached()).isTrue();
        DecisionTable<int[], Integer> uncached = table.withoutCache();
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 400; i++) {
            int[] facts = new int[WIDE];
            for (int c = 0; c < WIDE; c++) {
                facts[c] = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : random.nextInt(2);
            }
            assertThat(table.decide(facts).outcome()).as("%s", java.util.Arrays.toString(facts))
                    .isEqualTo(expected(facts));
            assertThat(uncached.decide(facts).outcome()).isEqualTo(expected(facts));
        }
        int[] last = new int[WIDE];
        last[WIDE - 1] = 3;
        assertThat(table.decide(last).outcome()).contains(WIDE - 1);
        int[] first = new int[WIDE];
        first[0] = 2;
        assertThat(table.decide(first).outcome()).contains(0);
        assertThat(uncached.decide(first).outcome()).contains(0);
        assertThat(table.decide(new int[WIDE]).outcome()).isEmpty();
    }

    @Example
    void aCachedTableAnswersACombinationWithTheDecisionItKept() {
        DecisionTable<Facts, Integer> table = TestTables.builder("缓存表", HitPolicy.FIRST)
                .row(ref("HIGH")).when("level", is(Level.HIGH)).then(3)
                .row(ref("ALL")).then(1).build().compile(SCHEMA);
        Decision<Integer> kept = table.decide(HIGH_RED_5);
        assertThat(table.decide(HIGH_RED_5)).isSameAs(kept);
        // facts in the same combination of atoms: the same decision
        assertThat(table.decide(new Facts(Level.HIGH, Color.RED, true, 5, 0, "东部"))).isSameAs(kept);
        Decision<Integer> uncached = table.withoutCache().decide(HIGH_RED_5);
        assertThat(uncached).isEqualTo(kept).isNotSameAs(kept);
        assertThat(table.withoutCache().decide(HIGH_RED_5)).isNotSameAs(uncached).isEqualTo(uncached);
        int[] facts = new int[WIDE];
        facts[3] = 2;
        DecisionTable<int[], Integer> wide = seventeen();
        assertThat(wide.decide(facts)).isSameAs(wide.decide(facts));
    }

    @Example
    void aTableKeepsItsDecisionsUpToTheLimitOfCombinations() {
        assertThat(TableIndex.MEMO_LIMIT).isEqualTo(262_144);
        assertThat(ranged(6, false).isCached()).isTrue();
        assertThat(ranged(6, true).isCached()).isFalse();
    }

    /** Columns of eight atoms each (8^6 = 262,144 combinations), and one boolean column more if asked. */
    private static DecisionTable<int[], Integer> ranged(int columns, boolean flag) {
        TableSpec.Builder<Integer> spec = TableSpec.<Integer>builder("上限表", HitPolicy.FIRST);
        FactSchema.Builder<int[]> schema = FactSchema.builder("points");
        for (int c = 0; c < columns; c++) {
            int column = c;
            spec.columns(Column.ofInt("c" + c, 0, 7));
            schema.intColumn("c" + c, f -> f[column]);
        }
        if (flag) {
            spec.columns(Column.ofBoolean("flag"));
            schema.booleanColumn("flag", f -> f[0] > 0);
        }
        for (int bound = 7; bound >= 1; bound--) {
            TableSpec.RowBuilder<Integer> row = spec.row(ref("AT" + bound));
            for (int c = 0; c < columns; c++) {
                row.when("c" + c, atLeast(bound));
            }
            row.then(bound);
        }
        DecisionTable<int[], Integer> table = spec.build().compile(schema.build());
        assertThat(table.decide(new int[] {7, 7, 7, 7, 7, 7}).outcome()).contains(7);
        assertThat(table.decide(new int[] {1, 7, 7, 7, 7, 7}).outcome()).contains(1);
        assertThat(table.decide(new int[] {0, 7, 7, 7, 7, 7}).outcome()).isEmpty();
        return table;
    }

    @Example
    void underPriorityTheFirstOfEquallyHeavyRowsFires() {
        DecisionTable<Facts, Integer> table = TestTables.builder("同重表", HitPolicy.PRIORITY)
                .row(ref("LIGHT")).then(1)
                .row(ref("FIRST")).when("flag", Cell.yes()).then(3)
                .row(ref("SECOND")).when("level", is(Level.HIGH)).then(3)
                .build().compile(SCHEMA);
        for (DecisionTable<Facts, Integer> t : List.of(table, table.withoutCache())) {
            Decision<Integer> decision = t.decide(HIGH_RED_5);
            assertThat(decision.outcome()).contains(3);
            assertThat(decision.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("FIRST"));
            assertThat(t.decideByScan(HIGH_RED_5).fired()).extracting(RuleRef::id)
                    .containsExactly(RuleId.of("FIRST"));
        }
    }

    @Example
    void anAggregationThatReturnsNullIsNamed() {
        DecisionTable<Facts, Integer> table = TableSpec.<Integer>builder("空聚合", HitPolicy.COLLECT)
                .columns(TestTables.LEVEL).aggregation(outcomes -> null)
                .row(ref("A")).then(1).build().compile(SCHEMA);
        assertThatNullPointerException().isThrownBy(() -> table.decide(HIGH_RED_5))
                .withMessage("Aggregation of Table '空聚合' returned null");
    }

    @Example
    void aTableNamesItsPartsAndPrintsWhetherItKeepsDecisions() {
        TableSpec<Integer> spec = TestTables.builder("打印表", HitPolicy.COLLECT).row(ref("ALL")).then(1).build();
        DecisionTable<Facts, Integer> table = spec.compile(SCHEMA);
        assertThat(table.policy()).isEqualTo(HitPolicy.COLLECT);
        assertThat(table.schema()).isSameAs(SCHEMA);
        assertThat(table.spec()).isSameAs(spec);
        assertThat(table).hasToString("DecisionTable{打印表 (COLLECT, 6 columns, 1 rows)}");
        assertThat(table.withoutCache()).hasToString("DecisionTable{打印表 (COLLECT, 6 columns, 1 rows), without cache}");
    }

    @Example
    void unequalTablesSpreadOverHashCodes() {
        List<DecisionTable<Facts, Integer>> tables = List.of(
                TestTables.builder("甲", HitPolicy.FIRST).row(ref("A")).then(1).build().compile(SCHEMA),
                TestTables.builder("乙", HitPolicy.FIRST).row(ref("A")).then(1).build().compile(SCHEMA),
                TestTables.builder("甲", HitPolicy.COLLECT).row(ref("A")).then(1).build().compile(SCHEMA),
                TestTables.builder("甲", HitPolicy.FIRST).row(ref("A")).then(2).build().compile(SCHEMA));
        assertThat(Set.copyOf(tables)).hasSize(tables.size());
        assertThat(tables.stream().map(DecisionTable::hashCode).collect(Collectors.toSet())).hasSizeGreaterThan(1);
        assertThat(tables.stream().map(t -> t.spec().hashCode()).collect(Collectors.toSet())).hasSizeGreaterThan(1);
        assertThat(tables.get(0)).hasSameHashCodeAs(tables.get(0).withoutCache());
    }
}
