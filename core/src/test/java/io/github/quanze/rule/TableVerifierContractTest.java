package io.github.quanze.rule;

import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.atMost;
import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.TestTables.SCHEMA;
import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.rule.TestTables.Color;
import io.github.quanze.rule.TestTables.Level;
import java.util.Comparator;
import net.jqwik.api.Example;

/** Worked verifications: gaps merged only where they differ in one column, and the limit of the proportion check. */
class TableVerifierContractTest {

    private static TableSpec.Builder<Integer> over(String name, Column... columns) {
        return TableSpec.<Integer>builder(name, HitPolicy.FIRST).columns(columns).order(Comparator.naturalOrder());
    }

    @Example
    void gapsThatDifferInTheFirstColumnOnlyAreReportedAsOne() {
        DecisionTable<TestTables.Facts, Integer> table = over("合并表", TestTables.FLAG, TestTables.COUNT)
                .row(ref("YES_FEW")).when("flag", Cell.yes()).when("count", atMost(4)).then(1)
                .row(ref("NO_FEW")).when("flag", Cell.no()).when("count", atMost(4)).then(1)
                .build().compile(SCHEMA);
        assertThat(table.verify().gaps()).extracting(Object::toString).containsExactly("flag=-, count=[5, 12]");
    }

    @Example
    void gapsThatDifferInTwoColumnsStayApart() {
        DecisionTable<TestTables.Facts, Integer> table = over("交叉表", TestTables.FLAG, TestTables.COUNT)
                .row(ref("YES_FEW")).when("flag", Cell.yes()).when("count", atMost(4)).then(1)
                .row(ref("NO_MANY")).when("flag", Cell.no()).when("count", atLeast(5)).then(1)
                .build().compile(SCHEMA);
        assertThat(table.verify().gaps()).extracting(Object::toString)
                .containsExactlyInAnyOrder("flag=false, count=[0, 4]", "flag=true, count=[5, 12]");
    }

    @Example
    void theGapsAroundOneCoveredPointDoNotOverlap() {
        DecisionTable<TestTables.Facts, Integer> table = over("单点表", TestTables.LEVEL, TestTables.COLOR)
                .row(ref("MID_GREEN")).when("level", is(Level.MID)).when("color", is(Color.GREEN)).then(1)
                .build().compile(SCHEMA);
        assertThat(table.verify().gaps()).extracting(Object::toString)
                .containsExactlyInAnyOrder("level={LOW, HIGH}, color=-", "level=MID, color={RED, BLUE}");
    }

    @Example
    void threeGapsMergeStepByStep() {
        DecisionTable<TestTables.Facts, Integer> table = over("三合表", TestTables.LEVEL, TestTables.COUNT)
                .row(ref("FEW")).when("count", atMost(4)).then(1)
                .build().compile(SCHEMA);
        assertThat(table.verify().gaps()).extracting(Object::toString).containsExactly("level=-, count=[5, 12]");
        DecisionTable<TestTables.Facts, Integer> split = over("分表", TestTables.LEVEL, TestTables.COUNT)
                .row(ref("LOW")).when("level", is(Level.LOW)).when("count", atMost(4)).then(1)
                .row(ref("MID")).when("level", is(Level.MID)).when("count", atMost(4)).then(1)
                .row(ref("HIGH")).when("level", is(Level.HIGH)).when("count", atMost(4)).then(1)
                .build().compile(SCHEMA);
        // LOW, MID and HIGH are each left uncovered above count 4: three boxes, merged two by two into one
        assertThat(split.verify().gaps()).extracting(Object::toString).containsExactly("level=-, count=[5, 12]");
    }

    @Example
    void aRangeUpToTheColumnsGreatestValueLeavesNoGap() {
        DecisionTable<TestTables.Facts, Integer> table = over("满表", TestTables.COUNT, TestTables.AMOUNT)
                .row(ref("ALL")).when("count", Cell.range(0, TestTables.MAX_COUNT))
                .when("amount", Cell.range(0, TestTables.MAX_AMOUNT)).then(1)
                .build().compile(SCHEMA);
        assertThat(table.verify().gaps()).isEmpty();
        assertThat(table.index().radix).containsExactly(1, 1);
        DecisionTable<TestTables.Facts, Integer> short1 = over("缺一表", TestTables.COUNT)
                .row(ref("ALMOST")).when("count", Cell.range(0, TestTables.MAX_COUNT - 1)).then(1)
                .build().compile(SCHEMA);
        assertThat(short1.verify().gaps()).extracting(Object::toString).containsExactly("count=12");
    }

    /** Int columns of the given number of atoms; row k applies where every column holds at least k and gives k. */
    private static DecisionTable<int[], Integer> stairs(int columns, int atoms, boolean ordered) {
        TableSpec.Builder<Integer> spec = TableSpec.<Integer>builder("阶梯表", HitPolicy.FIRST)
                .order(Comparator.naturalOrder());
        FactSchema.Builder<int[]> schema = FactSchema.builder("points");
        for (int c = 0; c < columns; c++) {
            int column = c;
            Column plain = Column.ofInt("c" + c, 0, atoms - 1);
            spec.columns(ordered && c == 0 ? plain.graverWhenGreater() : plain);
            schema.intColumn("c" + c, f -> f[column]);
        }
        for (int k = atoms - 1; k >= 1; k--) {
            TableSpec.RowBuilder<Integer> row = spec.row(ref("AT" + k));
            for (int c = 0; c < columns; c++) {
                row.when("c" + c, atLeast(k));
            }
            row.then(k);
        }
        spec.row(ref("BELOW")).then(0);
        return spec.build().compile(schema.build());
    }

    @Example
    void theProportionCheckRefusesATableOfMoreThanAMillionPointsOnlyIfItHasAnOrderedColumn() {
        // 8^7 = 2,097,152 points
        assertThat(stairs(7, 8, false).verify().disproportions()).isEmpty();
        assertThatIllegalStateException().isThrownBy(() -> stairs(7, 8, true).verify())
                .withMessage("Table '阶梯表' has more than 1000000 input points to check for proportionality; split it "
                        + "or narrow its integer ranges");
    }

    @Example
    void theProportionCheckTakesATableOfExactlyAMillionPoints() {
        // 10^6 points: the outcome is the least column's value, which never falls as column c0 grows
        TableVerification<Integer> verification = stairs(6, 10, true).verify();
        assertThat(TableVerifier.MAX_POINTS).isEqualTo(1_000_000);
        assertThat(verification.disproportions()).isEmpty();
        assertThat(verification.gaps()).isEmpty();
    }
}
