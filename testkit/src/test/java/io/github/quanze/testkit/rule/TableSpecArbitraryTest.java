package io.github.quanze.testkit.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableFinding;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Shrinking;
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
        assertThat(smallest.rows().get(0).toString()).doesNotContain("gravity", "region");
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
