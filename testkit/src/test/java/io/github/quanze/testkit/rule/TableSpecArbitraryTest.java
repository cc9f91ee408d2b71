package io.github.quanze.testkit.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.Overriding;
import io.github.quanze.rule.Row;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableFinding;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Samples;
import io.github.quanze.testkit.Shrinking;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

class TableSpecArbitraryTest {

    enum Gravity { MINOR, ORDINARY, SERIOUS, GRAVE }

    record Facts(Gravity gravity, boolean repeated, long amount, String region) {}

    private static final Column GRAVITY = Column.ofEnum("gravity", Gravity.class).graverWhenGreater();
    private static final Column REPEATED = Column.ofBoolean("repeated").graverWhenGreater();
    private static final Column AMOUNT = Column.ofLong("amount", 0, 5_000_000_000L).graverWhenGreater();
    private static final Column REGION = Column.ofStrings("region", "东部", "西部");
    private static final Column DAYS = Column.ofLong("days", 10, 20);

    private static final FactSchema<Facts> SCHEMA = FactSchema.<Facts>builder("facts")
            .enumColumn("gravity", Gravity.class, Facts::gravity)
            .booleanColumn("repeated", Facts::repeated)
            .longColumn("amount", Facts::amount)
            .stringColumn("region", Facts::region)
            .build();

    @Property(tries = 200)
    void randomTablesCompileUnderTheChosenPolicies(@ForAll("firstOnly") TableSpec<Integer> spec) {
        DecisionTable<Facts, Integer> table = spec.compile(SCHEMA);

        assertThat(spec.policy()).isEqualTo(HitPolicy.FIRST);
        assertThat(spec.rows()).hasSizeBetween(1, 12);
        Statistics.label("clean").collect(table.verify().isClean())
                .coverage(c -> c.check(false).percentage(p -> p > 10));
    }

    @Property(tries = 100)
    void aCleanTableHasNoFinding(@ForAll("clean") TableSpec<Integer> spec) {
        assertThat(spec.compile(SCHEMA).verify().findings()).isEmpty();
    }

    @Property(tries = 200)
    void aPlantedFlawIsFoundExactlyOnce(@ForAll("flawed") Tuple2<TableFlaw, TableSpec<Integer>> flawed) {
        assertThat(flawed.get2().compile(SCHEMA).verify().findings()).extracting(TableFinding::kind)
                .containsExactly(flawed.get1().kind());
    }

    @Example
    void aTableShrinksToOneRowWithNoCondition() {
        TableSpec<Integer> smallest = Shrinking.shrink(QuanzeArbitraries.tableSpecs(GRAVITY, REPEATED, AMOUNT,
                REGION), s -> true, 9);

        assertThat(smallest.rows()).hasSize(1);
        assertThat(smallest.rows().get(0).cells()).isEmpty();
        assertThat(smallest.rows().get(0).output()).isZero();
        assertThat(smallest.exceptions()).isEmpty();
    }

    @Example
    void seededRandomTablesStayInsideTheirColumnsAndOverrideOnlyEarlierRows() {
        List<TableSpec<Integer>> plain = Samples.draw(QuanzeArbitraries.tableSpecs(GRAVITY, REPEATED, AMOUNT, REGION),
                150, 10);
        List<TableSpec<Integer>> excepted = Samples.draw(QuanzeArbitraries.tableSpecs(GRAVITY, REPEATED, AMOUNT,
                REGION).policies(HitPolicy.FIRST).bounds("amount", 0, 100_000, 5_000_000_000L).withExceptions(), 150,
                11);

        assertThat(plain).allSatisfy(spec -> assertThat(spec.exceptions()).isEmpty());
        Set<String> seen = new HashSet<>();
        for (TableSpec<Integer> spec : concat(plain, excepted)) {
            for (Row<Integer> row : spec.rows()) {
                assertThat(row.output()).isBetween(0, 4);
                assertThat(row.cells().values()).doesNotContain(Cell.any());
                row.cells().forEach((column, cell) -> {
                    cell.lowest().ifPresent(low -> assertThat(low).isBetween(0L, 5_000_000_000L));
                    cell.highest().ifPresent(high -> assertThat(high)
                            .isBetween(cell.lowest().orElse(0), 5_000_000_000L));
                });
                if (row.cells().isEmpty()) {
                    seen.add("no condition");
                }
            }
            for (Overriding exception : spec.exceptions()) {
                int at = index(exception.rule());
                assertThat(at).isPositive();
                assertThat(exception.overridden()).allSatisfy(e -> assertThat(index(e)).isLessThan(at));
                seen.add(exception.everyOther() ? "every other" : "earlier");
            }
        }
        assertThat(seen).contains("every other", "earlier", "no condition");
        assertThat(excepted).anyMatch(spec -> spec.exceptions().isEmpty());
        assertThat(excepted).allSatisfy(spec -> assertThat(spec.compile(SCHEMA)).isNotNull());
        assertThat(excepted.stream().flatMap(spec -> spec.rows().stream()).flatMap(r -> r.cells().entrySet()
                .stream()).filter(e -> e.getKey().equals("amount")).map(e -> e.getValue().toString()))
                .anyMatch(c -> c.contains("100000")).anyMatch(c -> c.contains("5000000000"));
        assertThat(plain.stream().flatMap(spec -> spec.rows().stream()).map(r -> r.cells().get("amount"))
                .filter(c -> c != null && c.lowest().isPresent()).map(c -> c.lowest().getAsLong()))
                .anyMatch(low -> low > 100_000L).anyMatch(low -> low < 100_000L);
        assertThat(plain.stream().flatMap(spec -> spec.rows().stream()).flatMap(r -> r.cells().entrySet().stream())
                .filter(e -> e.getKey().equals("repeated")).map(e -> e.getValue())).contains(Cell.yes(), Cell.no());
    }

    @Example
    void rangeCellsOfANarrowColumnSpreadOverItsValues() {
        List<Cell> cells = Samples.draw(QuanzeArbitraries.tableSpecs(DAYS), 300, 12).stream()
                .flatMap(spec -> spec.rows().stream()).map(r -> r.cells().get("days")).filter(c -> c != null)
                .toList();

        assertThat(cells).allSatisfy(c -> {
            assertThat(c.lowest().orElse(10)).isBetween(10L, 20L);
            assertThat(c.highest().orElse(20)).isBetween(c.lowest().orElse(10), 20L);
        });
        List<Long> lows = cells.stream().filter(c -> c.lowest().isPresent()).map(c -> c.lowest().getAsLong())
                .toList();
        List<Long> highs = cells.stream().filter(c -> c.highest().isPresent()).map(c -> c.highest().getAsLong())
                .toList();
        // a low end is drawn evenly from 10 to 20, a high end evenly from the low end to 20
        assertThat(lows).contains(10L, 20L);
        assertThat(highs).contains(10L, 20L);
        assertThat(lows.stream().filter(low -> low == 20).count() * 100 / lows.size()).isLessThan(25);
        assertThat(highs.stream().filter(high -> high == 20).count() * 100 / highs.size()).isLessThan(45);
    }

    @Example
    void theBuilderCollectsToTheHighestOutcome() {
        TableSpec<Integer> collect = TableSpecArbitrary.builder("t", HitPolicy.COLLECT, List.of(REPEATED))
                .row(TableSpecArbitrary.ref("R0")).then(2)
                .row(TableSpecArbitrary.ref("R1")).when("repeated", Cell.yes()).then(5)
                .row(TableSpecArbitrary.ref("R2")).then(3).build();

        assertThat(collect.compile(SCHEMA).decide(new Facts(Gravity.MINOR, true, 0, "东部")).outcome())
                .contains(5);
        assertThat(collect.compile(SCHEMA).decide(new Facts(Gravity.MINOR, false, 0, "东部")).outcome())
                .contains(3);
    }

    @Example
    void aPlantedTableHasOneRowPerGradedValueButWhereTheFlawIs() {
        List<TableSpec<Integer>> clean = Samples.draw(QuanzeArbitraries.tableSpecs(REGION, GRAVITY).clean(), 30, 13);
        assertThat(clean).allSatisfy(spec -> {
            assertThat(spec.policy()).isEqualTo(HitPolicy.UNIQUE);
            assertThat(spec.rows()).hasSize(4).allSatisfy(r -> assertThat(r.cells()).containsOnlyKeys("gravity"));
            List<Integer> outcomes = spec.rows().stream().map(Row::output).toList();
            assertThat(outcomes.get(0)).isZero();
            assertThat(outcomes).isSorted().doesNotHaveDuplicates();
        });
        assertThat(Samples.draw(QuanzeArbitraries.tableSpecs(REGION, GRAVITY).withFlaw(TableFlaw.GAP), 10, 14))
                .allSatisfy(spec -> assertThat(spec.rows()).hasSize(3));
        assertThat(Samples.draw(QuanzeArbitraries.tableSpecs(GRAVITY).withFlaw(TableFlaw.OVERLAP), 10, 15))
                .allSatisfy(spec -> {
                    assertThat(spec.rows()).hasSize(5);
                    assertThat(spec.policy()).isEqualTo(HitPolicy.UNIQUE);
                });
        assertThat(Samples.draw(QuanzeArbitraries.tableSpecs(GRAVITY).withFlaw(TableFlaw.SHADOWED), 10, 16))
                .allSatisfy(spec -> assertThat(spec.policy()).isEqualTo(HitPolicy.FIRST));
        assertThat(Samples.draw(QuanzeArbitraries.tableSpecs(GRAVITY).withFlaw(TableFlaw.DISPROPORTION), 10, 17))
                .allSatisfy(spec -> assertThat(spec.rows().stream().map(Row::output).toList()).isNotEqualTo(
                        spec.rows().stream().map(Row::output).sorted().toList()));
    }

    @Example
    void theFirstGradedColumnOfValuesCarriesTheFlawAndItsGraverEndTheHigherOutcome() {
        Column milder = Column.ofEnum("gravity", Gravity.class).graverWhenSmaller();
        TableSpec<Integer> reversed = Samples.draw(QuanzeArbitraries.tableSpecs(AMOUNT, REGION, milder).clean(), 1,
                18).get(0);
        TableSpec<Integer> bool = Samples.draw(QuanzeArbitraries.tableSpecs(REPEATED, GRAVITY).clean(), 1, 19)
                .get(0);

        // graver when smaller: MINOR is the gravest, so its row comes last with the highest outcome
        assertThat(reversed.rows().get(0).cells().get("gravity")).isEqualTo(Cell.is(Gravity.GRAVE));
        assertThat(reversed.rows().get(3).cells().get("gravity")).isEqualTo(Cell.is(Gravity.MINOR));
        assertThat(bool.rows()).hasSize(2).allSatisfy(r -> assertThat(r.cells()).containsOnlyKeys("repeated"));
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeArbitraries.tableSpecs(
                Column.ofStrings("one", "甲").graverWhenGreater()).clean()).withMessageContaining("graded column");
        assertThat(QuanzeArbitraries.tableSpecs(Column.ofStrings("two", "甲", "乙").graverWhenGreater()).clean())
                .isNotNull();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static int index(RuleId id) {
        return Integer.parseInt(id.value().substring(1));
    }

    @Example
    void badConfigurationsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeArbitraries.tableSpecs(REGION)
                .withFlaw(TableFlaw.GAP)).withMessageContaining("needs a graded column");
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeArbitraries.tableSpecs(REGION)
                .bounds("region", 1, 2)).withMessageContaining("'region'");
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeArbitraries.tableSpecs(AMOUNT)
                .bounds("amount", 10, 5)).withMessageContaining("'amount'").withMessageContaining("5 follows 10");
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeArbitraries.tableSpecs(AMOUNT)
                .bounds("amount", 10, 10)).withMessageContaining("ascend strictly");
        assertThat(QuanzeArbitraries.tableSpecs(AMOUNT).bounds("amount", 5, 10)).isNotNull();
    }

    @Provide
    Arbitrary<TableSpec<Integer>> firstOnly() {
        return QuanzeArbitraries.tableSpecs(GRAVITY, REPEATED, AMOUNT, REGION).policies(HitPolicy.FIRST)
                .bounds("amount", 0, 100_000, Integer.MAX_VALUE + 1L, 5_000_000_000L).withExceptions();
    }

    @Provide
    Arbitrary<TableSpec<Integer>> clean() {
        return QuanzeArbitraries.tableSpecs(REGION, GRAVITY, REPEATED).clean();
    }

    @Provide
    Arbitrary<Tuple2<TableFlaw, TableSpec<Integer>>> flawed() {
        return Arbitraries.of(TableFlaw.class).flatMap(flaw -> QuanzeArbitraries.tableSpecs(GRAVITY, REGION)
                .withFlaw(flaw).map(spec -> Tuple.of(flaw, spec)));
    }
}
