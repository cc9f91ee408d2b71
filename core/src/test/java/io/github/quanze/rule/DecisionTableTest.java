package io.github.quanze.rule;

import static io.github.quanze.rule.TestTables.BASIS;
import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.text.BilingualText;
import io.github.quanze.rule.TestTables.Color;
import io.github.quanze.rule.TestTables.Facts;
import io.github.quanze.rule.TestTables.Level;
import net.jqwik.api.Example;

class DecisionTableTest {

    private static final Facts HIGH_RED_5 = new Facts(Level.HIGH, Color.RED, true, 5);

    /** 一般给予 1；等级高的给予 3；有从重情节（flag）的，在此基础上给予 4. */
    private static DecisionTable.Builder<Facts, Integer> graded(HitPolicy policy) {
        return TestTables.builder("分级表", policy)
                .row(ref("GENERAL"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.any())
                .row(ref("HIGH"), 3, Cell.is(Level.HIGH), Cell.any(), Cell.any(), Cell.any())
                .row(ref("AGGRAVATED"), 4, Cell.any(), Cell.any(), Cell.yes(), Cell.atLeast(3));
    }

    @Example
    void first_takesTheFirstMatchingRow() {
        Decision<Integer> decision = graded(HitPolicy.FIRST).build().decide(HIGH_RED_5);
        assertThat(decision.outcome()).contains(1);
        assertThat(decision.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("GENERAL"));
    }

    @Example
    void priority_takesTheHeaviestOutcome() {
        assertThat(graded(HitPolicy.PRIORITY).build().decide(HIGH_RED_5).outcome()).contains(4);
    }

    @Example
    void collect_aggregatesEveryMatchingRow() {
        Decision<Integer> decision = graded(HitPolicy.COLLECT).build().decide(HIGH_RED_5);
        assertThat(decision.outcome()).contains(4);
        assertThat(decision.fired()).extracting(RuleRef::id)
                .containsExactly(RuleId.of("GENERAL"), RuleId.of("HIGH"), RuleId.of("AGGRAVATED"));
    }

    @Example
    void unique_throwsWhenTwoRowsApply() {
        assertThatIllegalStateException().isThrownBy(() -> graded(HitPolicy.UNIQUE).build().decide(HIGH_RED_5))
                .withMessage("Rule set '分级表' has hit policy UNIQUE but rules 'GENERAL' and 'HIGH' both apply");
    }

    @Example
    void exceptions_replaceTheRuleTheyExceptWhenBothApply() {
        DecisionTable<Facts, Integer> table = graded(HitPolicy.UNIQUE)
                .exception(RuleId.of("HIGH"), RuleId.of("GENERAL"))
                .exception(RuleId.of("AGGRAVATED"), RuleId.of("HIGH"))
                .build();
        Decision<Integer> decision = table.decide(HIGH_RED_5);
        assertThat(decision.outcome()).contains(4);
        assertThat(decision.overridden()).extracting(o -> o.rule().id() + "<" + o.by().id())
                .containsExactly("GENERAL<AGGRAVATED", "HIGH<AGGRAVATED");
        assertThat(table.decide(new Facts(Level.LOW, Color.RED, false, 0)).outcome()).contains(1);
        assertThat(table.verify().overlaps()).isEmpty();
    }

    @Example
    void explain_citesFiredAndOverriddenRules() {
        DecisionTable<Facts, Integer> table = graded(HitPolicy.UNIQUE)
                .exception(RuleId.of("HIGH"), RuleId.of("GENERAL"))
                .exception(RuleId.of("AGGRAVATED"), RuleId.of("GENERAL"))
                .exception(RuleId.of("AGGRAVATED"), RuleId.of("HIGH"))
                .build();
        BilingualText text = table.decide(HIGH_RED_5).explain();
        assertThat(text.zh()).startsWith("处理结果：等级4")
                .contains("适用规则 AGGRAVATED「规则AGGRAVATED」，依据《中华人民共和国行政处罚法》第五条")
                .contains("规则 GENERAL「规则GENERAL」因例外规则 AGGRAVATED 适用而不予适用");
        assertThat(text.en()).startsWith("Outcome: grade 4").contains("Rule HIGH (rule HIGH) gave way to exception");
    }

    @Example
    void noMatchingRow_givesAnEmptyOutcome() {
        DecisionTable<Facts, Integer> table = TestTables.builder("窄表", HitPolicy.UNIQUE)
                .row(ref("ONLY"), 1, Cell.is(Level.LOW), Cell.any(), Cell.any(), Cell.any()).build();
        Decision<Integer> decision = table.decide(HIGH_RED_5);
        assertThat(decision.outcome()).isEmpty();
        assertThat(decision.outcomeText()).isEqualTo(BilingualText.of("无适用规则", "no applicable rule"));
    }

    @Example
    void build_rejectsARowWithTheWrongNumberOfCells() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestTables.builder("表", HitPolicy.FIRST).row(ref("R1"), 1, Cell.any()).build())
                .withMessage("Table '表' row 'R1' has 1 cells but the table has 4 columns");
    }

    @Example
    void build_rejectsCellValuesTheColumnCannotHold() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestTables.builder("表", HitPolicy.FIRST)
                        .row(ref("R1"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.range(3, 99)).build())
                .withMessage("Table '表' row 'R1' column 'count' (integer [0, 12]): range [3, 99] is outside the "
                        + "column's range [0, 12]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestTables.builder("表", HitPolicy.FIRST)
                        .row(ref("R1"), 1, Cell.is(Color.RED), Cell.any(), Cell.any(), Cell.any()).build())
                .withMessage("Table '表' row 'R1' column 'level' (enum Level): cell RED holds RED, which is not a "
                        + "Level");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestTables.builder("表", HitPolicy.FIRST)
                        .row(ref("R1"), 1, Cell.any(), Cell.any(), Cell.range(0, 1), Cell.any()).build())
                .withMessage("Table '表' row 'R1' column 'flag' (boolean): cell [0, 1] is a range of integers, "
                        + "which only an integer column can hold");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestTables.builder("表", HitPolicy.FIRST)
                        .row(ref("R1"), 1, Cell.any(), Cell.any(), Cell.in(1, 2), Cell.any()).build())
                .withMessage("Table '表' row 'R1' column 'flag' (boolean): cell {1, 2} holds 1, which is not a "
                        + "boolean");
    }

    @Example
    void build_rejectsValueCellsOnAnIntegerColumn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestTables.builder("表", HitPolicy.FIRST)
                        .row(ref("R1"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.yes()).build())
                .withMessage("Table '表' row 'R1' column 'count' (integer [0, 12]): cell true lists values, but an "
                        + "integer column takes ranges: use Cell.is(int), Cell.range, Cell.atLeast or Cell.atMost");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestTables.builder("表", HitPolicy.FIRST)
                        .row(ref("R1"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.in(1, 2)).build())
                .withMessageContaining("column 'count' (integer [0, 12]): cell {1, 2} lists values");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestTables.builder("表", HitPolicy.FIRST)
                        .row(ref("R1"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.notIn(3)).build())
                .withMessageContaining("column 'count' (integer [0, 12]): cell not {3} lists values");
        DecisionTable<Facts, Integer> table = TestTables.builder("表", HitPolicy.FIRST)
                .row(ref("R1"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.is(5)).build();
        assertThat(table.decide(HIGH_RED_5).outcome()).contains(1);
    }

    @Example
    void build_rejectsDuplicateRowIdsAndExceptionCycles() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> graded(HitPolicy.FIRST).row(ref("HIGH"), 2, Cell.any(), Cell.any(), Cell.any(),
                        Cell.any()).build())
                .withMessage("Rule set '分级表' has duplicate rule id 'HIGH'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> graded(HitPolicy.FIRST).exception(RuleId.of("HIGH"), RuleId.of("GENERAL"))
                        .exception(RuleId.of("AGGRAVATED"), RuleId.of("HIGH"))
                        .exception(RuleId.of("GENERAL"), RuleId.of("AGGRAVATED")).build())
                .withMessage("Rule set '分级表' has an exception cycle: GENERAL -> AGGRAVATED -> HIGH -> GENERAL");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> graded(HitPolicy.FIRST).exception(RuleId.of("NONE"), RuleId.of("HIGH")).build())
                .withMessage("Rule set '分级表': exception names unknown rule 'NONE'");
    }

    @Example
    void build_requiresAnOrderForPriorityAndAnAggregationForCollect() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DecisionTable.<Facts, Integer>builder("表", HitPolicy.COLLECT)
                        .input(TestTables.LEVEL).row(ref("R"), 1, Cell.any()).build())
                .withMessage("Rule set '表' has hit policy COLLECT and needs an aggregation");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DecisionTable.<Facts, Integer>builder("表", HitPolicy.PRIORITY)
                        .input(TestTables.LEVEL).row(ref("R"), 1, Cell.any()).build())
                .withMessage("Rule set '表' has hit policy PRIORITY and needs an order on outcomes");
    }

    @Example
    void decide_rejectsNullFieldsAndValuesOutOfRange() {
        DecisionTable<Facts, Integer> table = graded(HitPolicy.FIRST).build();
        assertThatIllegalArgumentException().isThrownBy(() -> table.decide(new Facts(null, Color.RED, true, 1)))
                .withMessageStartingWith("Table '分级表' column 'level' read null from the facts");
        assertThatIllegalArgumentException().isThrownBy(() -> table.decide(new Facts(Level.LOW, Color.RED, true, 13)))
                .withMessage("Table '分级表' column 'count' read 13 from the facts, outside its range [0, 12]");
    }

    @Example
    void toBuilder_replacesAndRemovesRowsWithoutChangingTheOriginal() {
        DecisionTable<Facts, Integer> shipped = graded(HitPolicy.PRIORITY).build();
        DecisionTable<Facts, Integer> local = shipped.toBuilder()
                .replace(new Row<>(ref("HIGH"), java.util.List.of(Cell.is(Level.HIGH), Cell.any(), Cell.any(),
                        Cell.any()), 5))
                .remove(RuleId.of("AGGRAVATED"))
                .build();
        assertThat(local.decide(HIGH_RED_5).outcome()).contains(5);
        assertThat(shipped.decide(HIGH_RED_5).outcome()).contains(4);
        assertThat(local.rows()).extracting(Row::id).containsExactly(RuleId.of("GENERAL"), RuleId.of("HIGH"));
        assertThatIllegalArgumentException().isThrownBy(() -> shipped.toBuilder().remove(RuleId.of("NONE")))
                .withMessage("Table '分级表' has no row 'NONE'");
    }

    @Example
    void verify_reportsGapsCompactly() {
        DecisionTable<Facts, Integer> table = TestTables.builder("缺口表", HitPolicy.FIRST)
                .row(ref("LOW"), 1, Cell.is(Level.LOW), Cell.any(), Cell.any(), Cell.any())
                .row(ref("FEW"), 2, Cell.any(), Cell.any(), Cell.any(), Cell.atMost(4))
                .build();
        assertThat(table.verify().gaps()).extracting(Object::toString)
                .containsExactly("level={MID, HIGH}, color=-, flag=-, count=[5, 12]");
    }

    @Example
    void verify_reportsAGraverInputWithALighterOutcome() {
        DecisionTable<Facts, Integer> table = TestTables.builder("倒挂表", HitPolicy.FIRST)
                .row(ref("HIGH"), 1, Cell.is(Level.HIGH), Cell.any(), Cell.any(), Cell.any())
                .row(ref("OTHER"), 2, Cell.any(), Cell.any(), Cell.any(), Cell.any())
                .build();
        TableVerification<Integer> verification = table.verify();
        assertThat(verification.disproportions()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.column()).isEqualTo("level");
            assertThat(d.lesser().cells().get(0)).isEqualTo("MID");
            assertThat(d.graver().cells().get(0)).isEqualTo("HIGH");
            assertThat(d.graverOutcome()).isLessThan(d.lesserOutcome());
        });
        assertThat(verification.isClean()).isFalse();
        assertThat(graded(HitPolicy.PRIORITY).build().verify().isClean()).isTrue();
    }

    @Example
    void verify_reportsAShadowedRow() {
        DecisionTable<Facts, Integer> table = TestTables.builder("遮蔽表", HitPolicy.FIRST)
                .row(ref("ALL"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.any())
                .row(ref("NEVER"), 2, Cell.is(Level.HIGH), Cell.any(), Cell.any(), Cell.any())
                .build();
        assertThat(table.verify().shadowed()).containsExactly(RuleId.of("NEVER"));
    }

    @Example
    void verify_reportsARowThatMatchesNoInput() {
        DecisionTable<Facts, Integer> table = TestTables.builder("空行表", HitPolicy.FIRST)
                .row(ref("NONE"), 2, Cell.notIn(Level.LOW, Level.MID, Level.HIGH), Cell.any(), Cell.any(), Cell.any())
                .row(ref("NEITHER"), 3, Cell.any(), Cell.any(), Cell.notIn(true, false), Cell.any())
                .row(ref("ALL"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.any())
                .build();
        TableVerification<Integer> verification = table.verify();
        assertThat(verification.emptyRows()).containsExactly(RuleId.of("NONE"), RuleId.of("NEITHER"));
        assertThat(verification.shadowed()).isEmpty();
        assertThat(verification.gaps()).isEmpty();
        assertThat(verification.isClean()).isFalse();
        assertThat(table.decide(HIGH_RED_5).fired()).extracting(RuleRef::id).containsExactly(RuleId.of("ALL"));
    }

    @Example
    void exceptionToAll_overridesEveryOtherRowButItsPeers() {
        DecisionTable<Facts, Integer> table = graded(HitPolicy.COLLECT)
                .row(ref("EXEMPT"), 0, Cell.any(), Cell.is(Color.GREEN), Cell.any(), Cell.any())
                .row(ref("PARDON"), 0, Cell.any(), Cell.any(), Cell.no(), Cell.any())
                .exceptionToAll(RuleId.of("EXEMPT"))
                .exceptionToAll(RuleId.of("PARDON"))
                .build();
        Decision<Integer> both = table.decide(new Facts(Level.HIGH, Color.GREEN, false, 5));
        assertThat(both.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("EXEMPT"), RuleId.of("PARDON"));
        assertThat(both.overridden()).extracting(o -> o.rule().id()).containsExactly(RuleId.of("GENERAL"),
                RuleId.of("HIGH"));
        assertThat(table.toBuilder().remove(RuleId.of("EXEMPT")).build().decide(HIGH_RED_5).outcome()).contains(4);
    }

    @Example
    void toBuilder_doesNotShareStateWithTheBuilderThatMadeTheTable() {
        DecisionTable.Builder<Facts, Integer> builder = graded(HitPolicy.PRIORITY);
        DecisionTable<Facts, Integer> table = builder.build();
        builder.exception(RuleId.of("HIGH"), RuleId.of("GENERAL"));
        assertThat(table.toBuilder().build().decide(HIGH_RED_5).overridden()).isEmpty();
    }

    @Example
    void ruleRef_keepsItsBasis() {
        assertThat(ref("X").basis()).isEqualTo(BASIS);
    }
}
