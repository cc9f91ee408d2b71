package io.github.quanze.rule;

import static io.github.quanze.rule.Cell.anyOf;
import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.Cell.range;
import static io.github.quanze.rule.Cell.yes;
import static io.github.quanze.rule.TestTables.BASIS;
import static io.github.quanze.rule.TestTables.SCHEMA;
import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.rule.TestTables.Color;
import io.github.quanze.rule.TestTables.Facts;
import io.github.quanze.rule.TestTables.Level;
import io.github.quanze.text.BilingualText;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Example;

/** Table specifications: the named builder, every input it rejects and how, equality and printing. */
class TableSpecTest {

    private static final BilingualText TITLE = BilingualText.of("一般给予一档", "tier 1 in general");

    /** A small specification, built the same way each time. */
    private static TableSpec<Integer> small() {
        return TableSpec.<Integer>builder("分级表", HitPolicy.FIRST)
                .columns(TestTables.LEVEL, TestTables.COUNT, TestTables.AMOUNT, TestTables.REGION)
                .order(Comparator.naturalOrder())
                .row("HIGH").title(BilingualText.of("等级高的给予三档", "tier 3 when high")).basis(BASIS)
                        .when("level", is(Level.HIGH)).when("count", atLeast(3)).then(3).overrides("GENERAL")
                .row("WEST").title(BilingualText.of("西部给予二档", "tier 2 in the west")).basis(BASIS)
                        .interpretation(BilingualText.of("解释：示例", "interpretation: an example"))
                        .when("region", anyOf("西部")).when("amount", range(0, 2_148_000_000L)).then(2)
                .row("GENERAL").title(TITLE).basis(BASIS).then(1)
                .build();
    }

    @Example
    void namedCells_readAsTheRowsSay() {
        TableSpec<Integer> spec = small();
        Row<Integer> high = spec.row(RuleId.of("HIGH")).orElseThrow();
        assertThat(high.cells()).containsOnlyKeys("level", "count");
        assertThat(high.cell("level")).isEqualTo(is(Level.HIGH));
        assertThat(high.cell("region")).isEqualTo(Cell.any());
        assertThat(high.ref().title().en()).isEqualTo("tier 3 when high");
        assertThat(spec.row(RuleId.of("WEST")).orElseThrow().ref().interpretation()).isPresent();
        assertThat(spec.exceptions()).containsExactly(Overriding.of(RuleId.of("HIGH"), List.of(RuleId.of("GENERAL"))));
        DecisionTable<Facts, Integer> table = spec.compile(SCHEMA);
        assertThat(table.decide(new Facts(Level.HIGH, Color.RED, false, 5)).outcome()).contains(3);
        assertThat(table.decide(new Facts(Level.LOW, Color.RED, false, 5, 2_148_000_000L, "西部")).outcome())
                .contains(2);
        assertThat(table.decide(new Facts(Level.LOW, Color.RED, false, 5, 2_148_000_001L, "西部")).outcome())
                .contains(1);
    }

    @Example
    void cellsKeepTheirColumnsOrderWhateverTheOrderWritten() {
        TableSpec<Integer> a = TableSpec.<Integer>builder("表", HitPolicy.FIRST).columns(TestTables.LEVEL,
                TestTables.FLAG).row(ref("R")).when("flag", yes()).when("level", is(Level.LOW)).then(1).build();
        TableSpec<Integer> b = TableSpec.<Integer>builder("表", HitPolicy.FIRST).columns(TestTables.LEVEL,
                TestTables.FLAG).row(ref("R")).when("level", is(Level.LOW)).when("flag", yes()).then(1).build();
        assertThat(a).isEqualTo(b);
        assertThat(a.rows().get(0).cells().keySet()).containsExactly("level", "flag");
    }

    @Example
    void equality_comparesEveryPartButTheWording() {
        assertThat(small()).isEqualTo(small()).hasSameHashCodeAs(small());
        assertThat(small().toBuilder().build()).isEqualTo(small());
        TableSpec<Integer> otherCell = small().toBuilder().replace(small().row(RuleId.of("HIGH")).orElseThrow()
                .withOutput(4)).build();
        assertThat(otherCell).isNotEqualTo(small());
        TableSpec<Integer> otherOrder = small().toBuilder().reorder(List.of(RuleId.of("WEST"), RuleId.of("HIGH"),
                RuleId.of("GENERAL"))).build();
        assertThat(otherOrder).isNotEqualTo(small());
        TableSpec<Integer> noException = small().toBuilder().remove(RuleId.of("GENERAL")).build();
        assertThat(noException.exceptions()).isEmpty();
        TableSpec<Integer> worded = TableSpec.<Integer>builder("表", HitPolicy.FIRST).columns(TestTables.LEVEL)
                .wording(DecisionWording.describing(n -> BilingualText.of("甲", "a"))).row(ref("R")).then(1).build();
        TableSpec<Integer> plain = TableSpec.<Integer>builder("表", HitPolicy.FIRST).columns(TestTables.LEVEL)
                .row(ref("R")).then(1).build();
        assertThat(worded).isEqualTo(plain);
        assertThat(TableSpec.<Integer>builder("表", HitPolicy.UNIQUE).columns(TestTables.LEVEL).row(ref("R")).then(1)
                .build()).isNotEqualTo(plain);
    }

    @Example
    void render_printsEveryColumnRowAndException() {
        assertThat(small().toString()).isEqualTo("分级表 (FIRST, 4 columns, 3 rows)");
        assertThat(small().render()).isEqualTo("分级表 (FIRST, 4 columns, 3 rows)\n"
                + "  column level enum Level [LOW, MID, HIGH], graver when greater\n"
                + "  column count integer [0, 12], graver when greater\n"
                + "  column amount long [0, 5000000000], graver when greater\n"
                + "  column region strings [东部, 中部, 西部], graver when greater\n"
                + "  row HIGH: level=HIGH, count=[3, max] -> 3\n"
                + "  row WEST: amount=[0, 2148000000], region=西部 -> 2\n"
                + "  row GENERAL: - -> 1\n"
                + "  exception HIGH overrides GENERAL");
    }

    // Bad input: each names table, row, column and value, and the builder fails when built or set.

    private static TableSpec.Builder<Integer> spec() {
        return TestTables.builder("表", HitPolicy.FIRST);
    }

    @Example
    void aCellForAnUnknownColumnIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).when("levle", is(Level.HIGH)))
                .withMessage("Table '表' row 'R1' has a cell for unknown column 'levle' (HIGH); the columns are "
                        + "[level, color, flag, count, amount, region]");
    }

    @Example
    void aCellItsColumnCannotHoldIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).when("level", is(Color.RED)))
                .withMessage("Table '表' row 'R1' column 'level' (enum Level): cell RED holds 'RED', which is not a "
                        + "Level");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).when("flag", range(0, 1)))
                .withMessage("Table '表' row 'R1' column 'flag' (boolean): cell [0, 1] is a range of whole numbers, "
                        + "which only an int or long column can hold");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).when("flag", anyOf("是")))
                .withMessage("Table '表' row 'R1' column 'flag' (boolean): cell 是 holds '是', which is not a boolean");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).when("count", yes()))
                .withMessage("Table '表' row 'R1' column 'count' (integer [0, 12]): cell true lists values, but a "
                        + "whole-number column takes ranges: use Cell.is(long), Cell.range, Cell.atLeast or "
                        + "Cell.atMost");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).when("region", is("北部")))
                .withMessage("Table '表' row 'R1' column 'region' (strings [东部, 中部, 西部]): cell 北部 holds '北部', "
                        + "which is not one of its values");
    }

    @Example
    void aReplacingRowIsCheckedAsAWrittenOneIs() {
        Row<Integer> wrong = new Row<>(ref("GENERAL"), java.util.Map.of("levle", is(Level.HIGH)), 1);
        assertThatIllegalArgumentException().isThrownBy(() -> small().toBuilder().replace(wrong))
                .withMessage("Table '分级表' row 'GENERAL' has a cell for unknown column 'levle' (HIGH); the columns are "
                        + "[level, count, amount, region]");
        assertThatIllegalArgumentException().isThrownBy(() -> small().toBuilder().replace(wrong.withRef(ref("NONE"))))
                .withMessage("Table '分级表' has no row 'NONE'");
    }

    @Example
    void aRangeOutsideItsColumnIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).when("count", range(3, 99)))
                .withMessage("Table '表' row 'R1' column 'count' (integer [0, 12]): range [3, 99] is outside the "
                        + "column's range [0, 12]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> spec().row(ref("R1")).when("amount", range(0, 9_000_000_000L)))
                .withMessage("Table '表' row 'R1' column 'amount' (long [0, 5000000000]): range [0, 9000000000] is "
                        + "outside the column's range [0, 5000000000]");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).when("amount", atLeast(-1)))
                .withMessageContaining("column 'amount' (long [0, 5000000000]): range [-1, max] is outside");
    }

    @Example
    void anExceptionBetweenUnknownRowsIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).then(1).overrides("NONE").build())
                .withMessage("Table '表': row 'R1' overrides unknown row 'NONE'");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).then(1).overrides("R1"))
                .withMessage("Table '表' row 'R1' cannot be an exception to itself");
        assertThatIllegalArgumentException().isThrownBy(() -> spec()
                .row(ref("A")).then(1).overrides("B")
                .row(ref("B")).then(2).overrides("C")
                .row(ref("C")).then(3).overrides("A").build())
                .withMessage("Table '表' has an exception cycle: A -> B -> C -> A");
    }

    @Example
    void aSettingMadeTwiceIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> spec().order(Comparator.reverseOrder()))
                .withMessageStartingWith("Table '表': order is set twice (first ");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().aggregation(TestTables::max))
                .withMessageStartingWith("Table '表': aggregation is set twice");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().wording(DecisionWording.plain()))
                .withMessageStartingWith("Table '表': wording is set twice");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row("R1").title(TITLE).title(TITLE))
                .withMessage("Table '表' row 'R1': title is set twice (first '一般给予一档', then '一般给予一档')");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).basis(BASIS))
                .withMessageStartingWith("Table '表' row 'R1': basis is set twice");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).then(1).then(2))
                .withMessage("Table '表' row 'R1': outcome is set twice (first '1', then '2')");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> spec().row(ref("R1")).when("level", is(Level.LOW)).when("level", is(Level.MID)))
                .withMessage("Table '表' row 'R1': cell of column 'level' is set twice (first 'LOW', then 'MID')");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).overrides("A").overrides("A"))
                .withMessage("Table '表' row 'R1' overrides 'A' twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> spec().row(ref("R1")).overrides("A").overridesEveryOther())
                .withMessage("Table '表' row 'R1' already overrides [A]; it cannot also override every other rule");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().columns(TestTables.LEVEL))
                .withMessage("Table '表' has two columns named 'level'");
        assertThatIllegalArgumentException().isThrownBy(() -> TestTables.LEVEL.graverWhenSmaller())
                .withMessage("Column 'level' is already graver when greater; it cannot be ordered twice");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row(ref("R1")).then(1).row(ref("R1")))
                .withMessage("Table '表' has duplicate row id 'R1'");
    }

    @Example
    void missingPartsAreReportedAtOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row("R1").build())
                .withMessage("Table '表' row 'R1' lacks title, basis, outcome");
        assertThatIllegalArgumentException().isThrownBy(() -> spec().row("R1").title(TITLE).build())
                .withMessage("Table '表' row 'R1' lacks basis, outcome");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TableSpec.<Integer>builder("表", HitPolicy.FIRST).row(ref("R")).then(1).build())
                .withMessage("Table '表' must have at least one column");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TableSpec.<Integer>builder("表", HitPolicy.COLLECT).columns(TestTables.LEVEL)
                        .row(ref("R")).then(1).build())
                .withMessage("Table '表' has hit policy COLLECT and needs an aggregation");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TableSpec.<Integer>builder("表", HitPolicy.PRIORITY).columns(TestTables.LEVEL)
                        .row(ref("R")).then(1).build())
                .withMessage("Table '表' has hit policy PRIORITY and needs an order on outcomes");
        assertThatIllegalArgumentException().isThrownBy(() -> TableSpec.builder(" ", HitPolicy.FIRST))
                .withMessage("Table name must not be blank, but was ' '");
    }

    @Example
    void aColumnThatDoesNotFitTheSchemaIsRejectedWhenCompiled() {
        FactSchema<Facts> flagAsInt = FactSchema.<Facts>builder("facts").intColumn("flag", Facts::count).build();
        TableSpec<Integer> spec = TableSpec.<Integer>builder("表", HitPolicy.FIRST).columns(TestTables.FLAG)
                .row(ref("R")).then(1).build();
        assertThatIllegalArgumentException().isThrownBy(() -> spec.compile(flagAsInt))
                .withMessage("Table '表' column 'flag' (boolean) does not fit fact schema 'facts', which reads it as int");
        FactSchema<Facts> otherEnum = FactSchema.<Facts>builder("facts").enumColumn("flag", Color.class,
                Facts::color).build();
        assertThatIllegalArgumentException().isThrownBy(() -> spec.compile(otherEnum))
                .withMessageEndingWith("which reads it as enum Color");
        TableSpec<Integer> levels = TableSpec.<Integer>builder("表", HitPolicy.FIRST).columns(TestTables.LEVEL)
                .row(ref("R")).then(1).build();
        FactSchema<Facts> colors = FactSchema.<Facts>builder("facts").enumColumn("level", Color.class, Facts::color)
                .build();
        assertThatIllegalArgumentException().isThrownBy(() -> levels.compile(colors))
                .withMessage("Table '表' column 'level' (enum Level) does not fit fact schema 'facts', which reads it "
                        + "as enum Color");
        assertThatIllegalArgumentException().isThrownBy(() -> levels.compile(flagAsInt))
                .withMessage("Table '表' column 'level': fact schema 'facts' has no column of that name; it has [flag]");
    }

    @Example
    void aSchemaDeclaresEachColumnOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> FactSchema.<Facts>builder("facts")
                .intColumn("count", Facts::count).longColumn("count", Facts::amount))
                .withMessage("Fact schema 'facts' declares column 'count' twice (first as int, then as long)");
        assertThat(SCHEMA.kindOf("amount")).contains(Column.Kind.LONG);
        assertThat(SCHEMA.kindOf("none")).isEmpty();
        assertThat(SCHEMA.enumTypeOf("level")).contains(Level.class);
        assertThat(SCHEMA.enumTypeOf("amount")).isEmpty();
        assertThat(SCHEMA.enumTypeOf("none")).isEmpty();
        assertThat(SCHEMA.columns()).containsExactly("level", "color", "flag", "count", "amount", "region");
    }

    @Example
    void columnsRejectWhatTheyCannotHold() {
        assertThatIllegalArgumentException().isThrownBy(() -> Column.ofLong("fine", 10, 9))
                .withMessage("Column 'fine': range [10, 9] must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> Column.ofStrings("region", "东部", "东部"))
                .withMessage("Column 'region' declares the value '东部' twice");
        assertThatIllegalArgumentException().isThrownBy(() -> Column.ofStrings("region", List.of()))
                .withMessage("Column 'region' must declare at least one string value");
        assertThatIllegalArgumentException().isThrownBy(() -> Column.ofBoolean(" flag"))
                .withMessage("Column name must not be blank or have surrounding spaces, but was ' flag'");
        assertThat(Column.ofLong("fine", 0, 10)).isEqualTo(Column.ofLong("fine", 0, 10))
                .isNotEqualTo(Column.ofLong("fine", 0, 10).graverWhenGreater())
                .isNotEqualTo(Column.ofInt("fine", 0, 10));
    }
}
