package io.github.quanze.rule;

import static io.github.quanze.rule.Cell.any;
import static io.github.quanze.rule.Cell.anyOf;
import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.atMost;
import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.Cell.noneOf;
import static io.github.quanze.rule.Cell.range;
import static io.github.quanze.rule.Cell.yes;
import static io.github.quanze.rule.TestTables.BASIS;
import static io.github.quanze.rule.TestTables.SCHEMA;
import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.rule.TestTables.Color;
import io.github.quanze.rule.TestTables.Facts;
import io.github.quanze.rule.TestTables.Level;
import io.github.quanze.text.BilingualText;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Example;

class DecisionTableTest {

    private static final Facts HIGH_RED_5 = new Facts(Level.HIGH, Color.RED, true, 5);

    /** 一般给予 1；等级高的给予 3；有从重情节（flag）的，在此基础上给予 4. */
    private static TableSpec.Builder<Integer> graded(HitPolicy policy) {
        TableSpec.Builder<Integer> t = TestTables.builder("分级表", policy);
        t.row(ref("GENERAL")).then(1);
        t.row(ref("HIGH")).when("level", is(Level.HIGH)).then(3);
        t.row(ref("AGGRAVATED")).when("flag", yes()).when("count", atLeast(3)).then(4);
        return t;
    }

    private static DecisionTable<Facts, Integer> table(TableSpec.Builder<Integer> spec) {
        return spec.build().compile(SCHEMA);
    }

    @Example
    void first_takesTheFirstMatchingRow() {
        Decision<Integer> decision = table(graded(HitPolicy.FIRST)).decide(HIGH_RED_5);
        assertThat(decision.outcome()).contains(1);
        assertThat(decision.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("GENERAL"));
    }

    @Example
    void priority_takesTheHeaviestOutcome() {
        assertThat(table(graded(HitPolicy.PRIORITY)).decide(HIGH_RED_5).outcome()).contains(4);
    }

    @Example
    void collect_aggregatesEveryMatchingRow() {
        Decision<Integer> decision = table(graded(HitPolicy.COLLECT)).decide(HIGH_RED_5);
        assertThat(decision.outcome()).contains(4);
        assertThat(decision.fired()).extracting(RuleRef::id)
                .containsExactly(RuleId.of("GENERAL"), RuleId.of("HIGH"), RuleId.of("AGGRAVATED"));
    }

    @Example
    void unique_throwsWhenTwoRowsApply() {
        assertThatIllegalStateException().isThrownBy(() -> table(graded(HitPolicy.UNIQUE)).decide(HIGH_RED_5))
                .withMessage("Table '分级表' has hit policy UNIQUE but rows 'GENERAL' and 'HIGH' both apply");
    }

    /** The graded table, with HIGH an exception to GENERAL and AGGRAVATED one to HIGH. */
    private static TableSpec.Builder<Integer> withExceptions() {
        return TestTables.builder("分级表", HitPolicy.UNIQUE)
                .row(ref("GENERAL")).then(1)
                .row(ref("HIGH")).when("level", is(Level.HIGH)).then(3).overrides("GENERAL")
                .row(ref("AGGRAVATED")).when("flag", yes()).when("count", atLeast(3)).then(4).overrides("HIGH")
                .table();
    }

    @Example
    void exceptions_replaceTheRuleTheyExceptWhenBothApply() {
        DecisionTable<Facts, Integer> table = table(withExceptions());
        Decision<Integer> decision = table.decide(HIGH_RED_5);
        assertThat(decision.outcome()).contains(4);
        assertThat(decision.overridden()).extracting(o -> o.rule().id() + "<" + o.by().id())
                .containsExactly("GENERAL<AGGRAVATED", "HIGH<AGGRAVATED");
        assertThat(table.decide(new Facts(Level.LOW, Color.RED, false, 0)).outcome()).contains(1);
        assertThat(table.verify().overlaps()).isEmpty();
        assertThat(table.spec().exceptions()).containsExactly(
                Overriding.of(RuleId.of("HIGH"), List.of(RuleId.of("GENERAL"))),
                Overriding.of(RuleId.of("AGGRAVATED"), List.of(RuleId.of("HIGH"))));
    }

    @Example
    void explain_inThePlainWording_citesFiredAndOverriddenRules() {
        BilingualText text = table(withExceptions()).decide(HIGH_RED_5).explain();
        assertThat(text.zh()).isEqualTo("结果：等级4\n"
                + "适用 AGGRAVATED「规则AGGRAVATED」（《中华人民共和国行政处罚法》第五条）\n"
                + "GENERAL「规则GENERAL」让位于例外 AGGRAVATED\n"
                + "HIGH「规则HIGH」让位于例外 AGGRAVATED");
        assertThat(text.en()).isEqualTo("Outcome: grade 4\n"
                + "Applied AGGRAVATED: rule AGGRAVATED (Art 5, Administrative Penalty Law of the People's Republic "
                + "of China)\n"
                + "GENERAL (rule GENERAL) gave way to exception AGGRAVATED\n"
                + "HIGH (rule HIGH) gave way to exception AGGRAVATED");
        assertThat(text.zh()).doesNotContain("处理结果");
    }

    @Example
    void explain_inTheTablesWording() {
        DecisionWording<Integer> wording = new DecisionWording<>() {
            @Override
            public BilingualText outcome(Integer outcome) {
                return BilingualText.of("第" + outcome + "档", "tier " + outcome);
            }

            @Override
            public BilingualText outcomeLine(BilingualText outcome) {
                return BilingualText.of("结论：" + outcome.zh(), "Finding: " + outcome.en());
            }
        };
        DecisionTable<Facts, Integer> table = table(TableSpec.<Integer>builder("表", HitPolicy.FIRST)
                .columns(TestTables.LEVEL).wording(wording).row(ref("ALL")).then(2).table());
        assertThat(table.decide(HIGH_RED_5).explain().zh()).startsWith("结论：第2档\n适用 ALL");
        assertThat(table.decide(HIGH_RED_5).outcomeText()).isEqualTo(BilingualText.of("第2档", "tier 2"));
    }

    @Example
    void noMatchingRow_givesAnEmptyOutcome() {
        DecisionTable<Facts, Integer> table = table(TestTables.builder("窄表", HitPolicy.UNIQUE)
                .row(ref("ONLY")).when("level", is(Level.LOW)).then(1).table());
        Decision<Integer> decision = table.decide(HIGH_RED_5);
        assertThat(decision.outcome()).isEmpty();
        assertThat(decision.outcomeText()).isEqualTo(BilingualText.of("无适用规则", "no applicable rule"));
    }

    @Example
    void longColumn_decidesOnAmountsPastTheIntLimit() {
        // 2,147万元 and 2,148万元 in 分: the first fits an int, the second does not
        DecisionTable<Facts, Integer> table = table(TestTables.builder("罚款表", HitPolicy.FIRST)
                .row(ref("SMALL")).when("amount", atMost(2_147_000_000L)).then(1)
                .row(ref("LARGE")).when("amount", range(2_147_000_001L, 3_000_000_000L)).then(2)
                .row(ref("HUGE")).then(3).table());
        assertThat(table.decide(amount(2_147_000_000L)).outcome()).contains(1);
        assertThat(table.decide(amount(2_148_000_000L)).outcome()).contains(2);
        assertThat(table.decide(amount(4_000_000_000L)).outcome()).contains(3);
        assertThat(table.decide(amount(2_148_000_000L))).isEqualTo(table.decideByScan(amount(2_148_000_000L)));
        assertThatIllegalArgumentException().isThrownBy(() -> table.decide(amount(-1)))
                .withMessage("Table '罚款表' column 'amount' read -1 from the facts, outside its range [0, 5000000000]");
    }

    @Example
    void stringColumn_decidesOnDeclaredValuesAndRejectsOthers() {
        DecisionTable<Facts, Integer> table = table(TestTables.builder("地区表", HitPolicy.FIRST)
                .row(ref("WEST")).when("region", is("西部")).then(1)
                .row(ref("NOT_EAST")).when("region", noneOf("东部")).then(2)
                .row(ref("REST")).then(3).table());
        assertThat(table.decide(region("西部")).outcome()).contains(1);
        assertThat(table.decide(region("中部")).outcome()).contains(2);
        assertThat(table.decide(region("东部")).outcome()).contains(3);
        assertThatIllegalArgumentException().isThrownBy(() -> table.decide(region("北部")))
                .withMessage("Table '地区表' column 'region' read '北部' from the facts, which is not one of its values "
                        + "[东部, 中部, 西部]");
        assertThatIllegalArgumentException().isThrownBy(() -> table.decide(region(null)))
                .withMessageStartingWith("Table '地区表' column 'region' read null from the facts");
    }

    private static Facts amount(long amount) {
        return new Facts(Level.LOW, Color.RED, false, 0, amount, "东部");
    }

    private static Facts region(String region) {
        return new Facts(Level.LOW, Color.RED, false, 0, 0, region);
    }

    @Example
    void decide_rejectsNullFieldsAndValuesOutOfRange() {
        DecisionTable<Facts, Integer> table = table(graded(HitPolicy.FIRST));
        assertThatIllegalArgumentException().isThrownBy(() -> table.decide(new Facts(null, Color.RED, true, 1)))
                .withMessageStartingWith("Table '分级表' column 'level' read null from the facts");
        assertThatIllegalArgumentException().isThrownBy(() -> table.decide(new Facts(Level.LOW, Color.RED, true, 13)))
                .withMessage("Table '分级表' column 'count' read 13 from the facts, outside its range [0, 12]");
        assertThatIllegalArgumentException().isThrownBy(() -> table.withoutCache()
                .decide(new Facts(Level.LOW, Color.RED, true, 13)))
                .withMessage("Table '分级表' column 'count' read 13 from the facts, outside its range [0, 12]");
    }

    @Example
    void aTableOfUpToSixteenColumnsReadsThemInOneCall() {
        assertThat(table(graded(HitPolicy.FIRST)).isFused()).isTrue();
        TableSpec.Builder<Integer> wide = TableSpec.<Integer>builder("宽表", HitPolicy.FIRST);
        FactSchema.Builder<Facts> schema = FactSchema.builder("facts");
        for (int c = 0; c < 17; c++) {
            wide.columns(Column.ofBoolean("c" + c));
            schema.booleanColumn("c" + c, Facts::flag);
        }
        wide.row(ref("ALL")).when("c16", yes()).then(1);
        DecisionTable<Facts, Integer> seventeen = wide.build().compile(schema.build());
        assertThat(seventeen.isFused()).isFalse();
        assertThat(seventeen.decide(HIGH_RED_5).outcome()).contains(1);
        assertThat(seventeen.withoutCache().decide(new Facts(Level.LOW, Color.RED, false, 1)).outcome()).isEmpty();
    }

    @Example
    void withoutCache_decidesAsTheCachedTable() {
        DecisionTable<Facts, Integer> cached = table(graded(HitPolicy.COLLECT));
        DecisionTable<Facts, Integer> uncached = cached.withoutCache();
        assertThat(cached.isCached()).isTrue();
        assertThat(uncached.isCached()).isFalse();
        assertThat(uncached.withoutCache()).isSameAs(uncached);
        for (Facts facts : TestTables.allFacts().subList(0, 2000)) {
            assertThat(uncached.decide(facts)).isEqualTo(cached.decide(facts));
        }
        assertThat(uncached).isEqualTo(cached);
        assertThat(uncached.withSpec(cached.spec()).isCached()).isFalse();
    }

    @Example
    void toBuilder_replacesAndRemovesRowsWithoutChangingTheOriginal() {
        DecisionTable<Facts, Integer> shipped = table(graded(HitPolicy.PRIORITY));
        Row<Integer> high = shipped.spec().row(RuleId.of("HIGH")).orElseThrow();
        DecisionTable<Facts, Integer> local = shipped.withSpec(shipped.spec().toBuilder()
                .replace(high.withOutput(5))
                .remove(RuleId.of("AGGRAVATED"))
                .build());
        assertThat(local.decide(HIGH_RED_5).outcome()).contains(5);
        assertThat(shipped.decide(HIGH_RED_5).outcome()).contains(4);
        assertThat(local.rows()).extracting(Row::id).containsExactly(RuleId.of("GENERAL"), RuleId.of("HIGH"));
        assertThatIllegalArgumentException().isThrownBy(() -> shipped.spec().toBuilder().remove(RuleId.of("NONE")))
                .withMessage("Table '分级表' has no row 'NONE'");
    }

    @Example
    void toBuilder_keepsTheExceptionsOfAReplacedRowAndDropsThoseOfARemovedOne() {
        TableSpec<Integer> spec = withExceptions().build();
        TableSpec<Integer> replaced = spec.toBuilder().replace(spec.row(RuleId.of("HIGH")).orElseThrow()
                .withOutput(2)).build();
        assertThat(replaced.exceptions()).isEqualTo(spec.exceptions());
        TableSpec<Integer> removed = spec.toBuilder().remove(RuleId.of("HIGH")).build();
        assertThat(removed.exceptions()).isEmpty();
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
    }

    @Example
    void verify_reportsGapsCompactly() {
        DecisionTable<Facts, Integer> table = table(TestTables.builder("缺口表", HitPolicy.FIRST)
                .row(ref("LOW")).when("level", is(Level.LOW)).then(1)
                .row(ref("FEW")).when("count", atMost(4)).then(2).table());
        assertThat(table.verify().gaps()).extracting(Object::toString)
                .containsExactly("level={MID, HIGH}, color=-, flag=-, count=[5, 12], amount=-, region=-");
    }

    @Example
    void verify_reportsGapsInLongAndStringColumns() {
        DecisionTable<Facts, Integer> table = table(TestTables.builder("缺口表", HitPolicy.FIRST)
                .row(ref("SMALL")).when("amount", atMost(2_147_483_647L)).then(1)
                .row(ref("EAST")).when("region", anyOf("东部", "中部")).then(2).table());
        assertThat(table.verify().gaps()).extracting(Object::toString)
                .containsExactly("level=-, color=-, flag=-, count=-, amount=[2147483648, 5000000000], region=西部");
        DecisionTable<Facts, Integer> covered = table(TestTables.builder("无缺口表", HitPolicy.FIRST)
                .row(ref("SMALL")).when("amount", atMost(2_147_483_647L)).then(1)
                .row(ref("LARGE")).when("amount", atLeast(2_147_483_648L)).then(2).table());
        assertThat(covered.verify().gaps()).isEmpty();
    }

    @Example
    void verify_reportsOverlapsInLongAndStringColumns() {
        DecisionTable<Facts, Integer> table = table(TestTables.builder("重叠表", HitPolicy.UNIQUE)
                .row(ref("A")).when("amount", atMost(3_000_000_000L)).when("region", anyOf("东部", "中部")).then(1)
                .row(ref("B")).when("amount", atLeast(2_147_483_648L)).when("region", noneOf("东部")).then(2)
                .row(ref("C")).when("amount", atLeast(3_000_000_001L)).when("region", is("东部")).then(3).table());
        assertThat(table.verify().overlaps()).extracting(o -> o.first() + "/" + o.second() + " " + o.where())
                .containsExactly("A/B level=-, color=-, flag=-, count=-, amount=[2147483648, 3000000000], region=中部");
    }

    @Example
    void verify_reportsAGraverInputWithALighterOutcome() {
        DecisionTable<Facts, Integer> table = table(TestTables.builder("倒挂表", HitPolicy.FIRST)
                .row(ref("HIGH")).when("level", is(Level.HIGH)).then(1)
                .row(ref("OTHER")).then(2).table());
        TableVerification<Integer> verification = table.verify();
        assertThat(verification.disproportions()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.column()).isEqualTo("level");
            assertThat(d.lesser().cells().get(0)).isEqualTo("MID");
            assertThat(d.graver().cells().get(0)).isEqualTo("HIGH");
            assertThat(d.graverOutcome()).isLessThan(d.lesserOutcome());
        });
        assertThat(verification.isClean()).isFalse();
        assertThat(table(graded(HitPolicy.PRIORITY)).verify().isClean()).isTrue();
    }

    @Example
    void verify_reportsDisproportionsInLongAndStringColumnsBothWays() {
        DecisionTable<Facts, Integer> inverted = table(TestTables.builder("倒挂表", HitPolicy.FIRST)
                .row(ref("LARGE")).when("amount", atLeast(2_147_483_648L)).then(1)
                .row(ref("WEST")).when("region", is("西部")).then(1)
                .row(ref("OTHER")).then(2).table());
        assertThat(inverted.verify().disproportions()).extracting(TableVerification.Disproportion::column)
                .containsOnly("amount", "region").contains("amount", "region");
        DecisionTable<Facts, Integer> proportionate = table(TestTables.builder("相当表", HitPolicy.FIRST)
                .row(ref("LARGE")).when("amount", atLeast(2_147_483_648L)).then(3)
                .row(ref("WEST")).when("region", is("西部")).then(3)
                .row(ref("OTHER")).then(2).table());
        assertThat(proportionate.verify().disproportions()).isEmpty();
    }

    @Example
    void verify_reportsAShadowedRow() {
        DecisionTable<Facts, Integer> table = table(TestTables.builder("遮蔽表", HitPolicy.FIRST)
                .row(ref("ALL")).then(1)
                .row(ref("NEVER")).when("level", is(Level.HIGH)).then(2).table());
        assertThat(table.verify().shadowed()).containsExactly(RuleId.of("NEVER"));
    }

    @Example
    void verify_reportsARowThatMatchesNoInput() {
        DecisionTable<Facts, Integer> table = table(TestTables.builder("空行表", HitPolicy.FIRST)
                .row(ref("NONE")).when("level", noneOf(Level.LOW, Level.MID, Level.HIGH)).then(2)
                .row(ref("NEITHER")).when("flag", noneOf(true, false)).then(3)
                .row(ref("ALL")).then(1).table());
        TableVerification<Integer> verification = table.verify();
        assertThat(verification.emptyRows()).containsExactly(RuleId.of("NONE"), RuleId.of("NEITHER"));
        assertThat(verification.shadowed()).isEmpty();
        assertThat(verification.gaps()).isEmpty();
        assertThat(verification.isClean()).isFalse();
        assertThat(table.decide(HIGH_RED_5).fired()).extracting(RuleRef::id).containsExactly(RuleId.of("ALL"));
    }

    @Example
    void overridesEveryOther_overridesEveryOtherRowButItsPeers() {
        TableSpec.Builder<Integer> spec = graded(HitPolicy.COLLECT);
        spec.row(ref("EXEMPT")).when("color", is(Color.GREEN)).then(0).overridesEveryOther();
        spec.row(ref("PARDON")).when("flag", Cell.no()).then(0).overridesEveryOther();
        DecisionTable<Facts, Integer> table = table(spec);
        Decision<Integer> both = table.decide(new Facts(Level.HIGH, Color.GREEN, false, 5));
        assertThat(both.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("EXEMPT"), RuleId.of("PARDON"));
        assertThat(both.overridden()).extracting(o -> o.rule().id()).containsExactly(RuleId.of("GENERAL"),
                RuleId.of("HIGH"));
        assertThat(table.withSpec(table.spec().toBuilder().remove(RuleId.of("EXEMPT")).build()).decide(HIGH_RED_5)
                .outcome()).contains(4);
    }

    @Example
    void build_doesNotShareStateWithTheBuilderThatMadeTheSpec() {
        TableSpec.Builder<Integer> builder = graded(HitPolicy.PRIORITY);
        TableSpec<Integer> spec = builder.build();
        builder.row(ref("LATER")).then(9);
        assertThat(spec.rows()).hasSize(3);
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
    }

    @Example
    void ruleRef_keepsItsBasis() {
        assertThat(ref("X").basis()).isEqualTo(BASIS);
    }

    @Example
    void decision_citesEveryProvisionOnce() {
        Decision<Integer> decision = table(graded(HitPolicy.COLLECT)).decide(HIGH_RED_5);
        assertThat(decision.citations()).containsExactly(BASIS.provisions().get(0));
    }

    @Example
    void cells_matchAsTheyRead() {
        assertThat(any().toString()).isEqualTo("-");
        assertThat(is(Level.HIGH).toString()).isEqualTo("HIGH");
        assertThat(anyOf(Level.MID, Level.HIGH).toString()).isEqualTo("{MID, HIGH}");
        assertThat(noneOf(Level.LOW).toString()).isEqualTo("not {LOW}");
        assertThat(range(3, 10).toString()).isEqualTo("[3, 10]");
        assertThat(atLeast(3_000_000_000L).toString()).isEqualTo("[3000000000, max]");
        assertThat(atMost(4).toString()).isEqualTo("[min, 4]");
        assertThat(is(5)).isEqualTo(range(5, 5));
        assertThat(is(5L)).isEqualTo(is(5));
        assertThat(is(5)).isNotEqualTo(is(6));
        assertThat(anyOf("东部", "中部")).isEqualTo(anyOf("东部", "中部")).isNotEqualTo(noneOf("东部", "中部"));
    }

    @Example
    void cells_showWhatTheyMatchAsData() {
        assertThat(any().kind()).isEqualTo(Cell.Kind.ANY);
        assertThat(noneOf(Level.LOW).kind()).isEqualTo(Cell.Kind.NOT_VALUES);
        assertThat(noneOf(Level.LOW).values()).containsExactly(Level.LOW);
        assertThat(range(3, 3_000_000_000L).lowest()).hasValue(3);
        assertThat(range(3, 3_000_000_000L).highest()).hasValue(3_000_000_000L);
        assertThat(atLeast(3).highest()).isEmpty();
        assertThat(atMost(3).lowest()).isEmpty();
        assertThat(is(Level.HIGH).lowest()).isEmpty();
        assertThat(is(Level.HIGH).values()).containsExactly(Level.HIGH);
    }

    @Example
    void cells_rejectValuesOfNoKind() {
        assertThatIllegalArgumentException().isThrownBy(() -> anyOf(1, 2))
                .withMessage("Cell anyOf takes enum constants, booleans or strings, but was given the number 1: use "
                        + "Cell.range, Cell.atLeast or Cell.atMost");
        assertThatIllegalArgumentException().isThrownBy(() -> is(1.5))
                .withMessage("Cell value must be an enum constant, a boolean, a string or a whole number, but was "
                        + "'1.5' (Double)");
        assertThatIllegalArgumentException().isThrownBy(() -> range(5, 4))
                .withMessage("Cell range must not be empty, but was [5, 4]");
        assertThatIllegalArgumentException().isThrownBy(Cell::anyOf).withMessage("Cell anyOf needs at least one value");
    }
}
