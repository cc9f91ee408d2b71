package io.github.quanze.rule;

import static io.github.quanze.rule.TestTables.BASIS;
import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.quanze.text.BilingualText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RuleSetTest {

    /** A finding for the check examples. */
    record Note(String code, BilingualText message) implements Finding {
        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public io.github.quanze.basis.LegalBasis basis() {
            return BASIS;
        }
    }

    private static Check<Integer, Note> check(String id, int threshold) {
        return new Check<>() {
            @Override
            public RuleRef ref() {
                return TestTables.ref(id);
            }

            @Override
            public List<Note> check(Integer subject) {
                return subject > threshold
                        ? List.of(new Note(id, BilingualText.of("超过" + threshold, "over " + threshold)))
                        : List.of();
            }
        };
    }

    @Example
    void ofChecks_collectsTheFindingsOfEveryCheckInOrder() {
        RuleSet<Integer, List<Note>> checks = RuleSet.ofChecks("检查", List.of(check("C10", 10), check("C5", 5)));
        Decision<List<Note>> decision = checks.decide(12);
        assertThat(decision.outcome().orElseThrow()).extracting(Note::code).containsExactly("C10", "C5");
        assertThat(decision.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("C10"), RuleId.of("C5"));
        assertThat(checks.decide(3).outcome()).isEmpty();
    }

    @Example
    void exceptions_workOnCodedRulesToo() {
        RuleSet<Integer, String> rules = RuleSet.<Integer, String>builder("处理", HitPolicy.UNIQUE)
                .add(Rule.of(ref("GENERAL"), n -> n > 0, n -> "批评教育"))
                .add(Rule.of(ref("REPEAT"), n -> n >= 3, n -> "离岗培训")).overrides("GENERAL")
                .build();
        assertThat(rules.decide(1).outcome()).contains("批评教育");
        Decision<String> repeat = rules.decide(3);
        assertThat(repeat.outcome()).contains("离岗培训");
        assertThat(repeat.overridden()).singleElement()
                .satisfies(o -> assertThat(o.rule().id()).isEqualTo(RuleId.of("GENERAL")));
        assertThat(rules.decide(0).outcome()).isEmpty();
    }

    @Example
    void decide_reportsAFailingRuleAsAnErrorFindingAndDecidesWithTheOthers() {
        RuleSet<Integer, String> rules = RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST)
                .add(Rule.of(ref("BROKEN"), n -> 10 / n > 1, n -> "x"))
                .add(Rule.of(ref("FALLBACK"), n -> n >= 0, n -> "y"))
                .build();
        String log = stderrOf(() -> {
            Decision<String> decision = rules.decide(0);
            assertThat(decision.outcome()).contains("y");
            assertThat(decision.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("FALLBACK"));
            assertThat(decision.hasFailures()).isTrue();
            assertThat(decision.failures()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("RULE.FAILED");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule().id()).isEqualTo(RuleId.of("BROKEN"));
                assertThat(f.ruleSet()).isEqualTo("处理");
                assertThat(f.error()).isEqualTo("java.lang.ArithmeticException: / by zero");
                assertThat(f.basis()).isEqualTo(BASIS);
                assertThat(f.message().zh()).isEqualTo("规则集「处理」的规则 BROKEN「规则BROKEN」执行失败"
                        + "（java.lang.ArithmeticException: / by zero），本决定未适用该规则，应当修正规则后重新决定");
            });
            assertThat(decision.explain().en()).contains("Rule BROKEN (rule BROKEN) of rule set '处理' failed");
            assertThat(decision).isNotEqualTo(rules.decide(1));
        });
        assertThat(warnings(log)).singleElement().asString()
                .endsWith("WARN io.github.quanze.rule.RuleSet - Rule 'BROKEN' of rule set '处理' failed; the decision "
                        + "leaves it out");
        assertThat(log).contains("java.lang.ArithmeticException: / by zero");
        assertThat(stderrOf(() -> assertThat(rules.decide(5).hasFailures()).isFalse())).isEmpty();
    }

    @Example
    void decide_withTheOnlyRuleThatMightApplyFailed_saysItCouldNotDecide() {
        RuleSet<Integer, String> rules = RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST)
                .add(Rule.of(ref("BROKEN"), n -> 10 / n > 1, n -> "x"))
                .add(Rule.of(ref("LARGE"), n -> n > 100, n -> "y"))
                .build();
        Decision<String> none = rules.decide(50);
        assertThat(none.outcome()).isEmpty();
        assertThat(none.outcomeText()).isEqualTo(BilingualText.of("无适用规则", "no applicable rule"));
        String log = stderrOf(() -> {
            Decision<String> failed = rules.decide(0);
            assertThat(failed.outcome()).isEmpty();
            assertThat(failed.fired()).isEmpty();
            assertThat(failed.outcomeText()).isEqualTo(BilingualText.of("未能决定：规则执行失败，无法确定是否有适用规则",
                    "not decided: a rule failed, so it is unknown whether any rule applies"));
            assertThat(failed.explain().zh().lines()).containsExactly(
                    "结果：未能决定：规则执行失败，无法确定是否有适用规则",
                    failed.failures().get(0).message().zh());
            assertThat(failed.toString()).isEqualTo("Decision{处理: none, fired [], failed [BROKEN]}");
        });
        assertThat(warnings(log)).hasSize(1);
    }

    @Provide
    Arbitrary<HitPolicy> policiesWithoutUnique() {
        return Arbitraries.of(HitPolicy.FIRST, HitPolicy.PRIORITY, HitPolicy.COLLECT);
    }

    @Property(tries = 200)
    void aFailingRuleLeavesWhatTheOthersDecideUnchanged(@ForAll("policiesWithoutUnique") HitPolicy policy,
            @ForAll @IntRange(min = 0, max = 20) int facts, @ForAll @IntRange(min = 0, max = 3) int position) {
        List<Rule<Integer, String>> rules = new ArrayList<>(List.of(
                Rule.of(ref("OVER5"), n -> n > 5, n -> "甲"),
                Rule.of(ref("EVEN"), n -> n % 2 == 0, n -> "乙乙"),
                Rule.of(ref("OVER10"), n -> n >= 10, n -> "丙丙丙")));
        Decision<String> without = ruleSet(policy, rules).decide(facts);
        rules.add(position, Rule.of(ref("BROKEN"), n -> {
            throw new IllegalStateException("rule bug on " + n);
        }, n -> "丁"));
        RuleSet<Integer, String> withBroken = ruleSet(policy, rules);
        String log = stderrOf(() -> {
            Decision<String> with = withBroken.decide(facts);
            assertThat(with.outcome()).isEqualTo(without.outcome());
            assertThat(with.fired()).isEqualTo(without.fired());
            assertThat(with.failures()).extracting(f -> f.rule().id(), RuleFailure::error)
                    .containsExactly(tuple(RuleId.of("BROKEN"), "java.lang.IllegalStateException: rule bug on " + facts));
            assertThat(with).isNotEqualTo(without);
        });
        assertThat(without.hasFailures()).isFalse();
        assertThat(warnings(log)).hasSize(1);
    }

    private static RuleSet<Integer, String> ruleSet(HitPolicy policy, List<Rule<Integer, String>> rules) {
        RuleSet.Builder<Integer, String> builder = RuleSet.<Integer, String>builder("处理", policy)
                .order(Comparator.comparing(String::length))
                .aggregation(outcomes -> String.join("+", outcomes));
        rules.forEach(builder::add);
        return builder.build();
    }

    private static List<String> warnings(String log) {
        return log.lines().filter(line -> line.contains(" WARN ")).toList();
    }

    /** Runs an action and returns what it printed to System.err, where slf4j-simple writes in these tests. */
    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Example
    void priority_picksTheHeaviestByTheOrder() {
        RuleSet<Integer, String> rules = RuleSet.<Integer, String>builder("处理", HitPolicy.PRIORITY)
                .order(Comparator.comparing(String::length))
                .add(Rule.of(ref("A"), n -> true, n -> "警告"))
                .add(Rule.of(ref("B"), n -> true, n -> "记大过处分"))
                .build();
        assertThat(rules.decide(1).outcome()).contains("记大过处分");
        assertThat(rules.decide(1).fired()).extracting(RuleRef::id).containsExactly(RuleId.of("B"));
    }

    @Example
    void build_rejectsABlankNameAndAnExceptionToItself() {
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.builder(" ", HitPolicy.FIRST).build())
                .withMessage("Rule set name must not be blank, but was ' '");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST)
                        .add(Rule.of(ref("A"), n -> true, n -> "x")).overrides("A").build())
                .withMessage("Rule set '处理' rule 'A' cannot be an exception to itself");
    }

    @Example
    void rule_isWrittenInTheBuilderAsATableRowIs() {
        RuleSet<Integer, String> rules = RuleSet.<Integer, String>builder("处理", HitPolicy.UNIQUE)
                .rule("GENERAL").title(BilingualText.of("一般给予批评教育", "criticism in general")).basis(BASIS)
                        .when(n -> n > 0).then(n -> "批评教育")
                .rule("REPEAT").title(BilingualText.of("三次以上离岗培训", "training from the third")).basis(BASIS)
                        .interpretation(BilingualText.of("解释：示例", "interpretation: an example"))
                        .when(n -> n >= 3).then(n -> "离岗培训").overrides("GENERAL")
                .build();
        assertThat(rules.decide(1).outcome()).contains("批评教育");
        assertThat(rules.decide(4).outcome()).contains("离岗培训");
        assertThat(rules.decide(4).fired().get(0).interpretation()).isPresent();
        assertThat(rules.rules()).extracting(r -> r.ref().id().value()).containsExactly("GENERAL", "REPEAT");
    }

    @Example
    void rule_reportsMissingPartsAtOnceAndSettingsMadeTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST).rule("A").build())
                .withMessage("Rule set '处理' rule 'A' lacks title, basis, condition, outcome");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST).rule("A").when(n -> true)
                        .when(n -> false))
                .withMessageStartingWith("Rule set '处理' rule 'A': condition is set twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST)
                        .add(Rule.of(ref("A"), n -> true, n -> "x")).when(n -> false))
                .withMessage("Rule set '处理' rule 'A' was added whole; its condition is its own");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST)
                        .add(Rule.of(ref("A"), n -> true, n -> "x")).add(Rule.of(ref("A"), n -> true, n -> "y")))
                .withMessage("Rule set '处理' has duplicate rule id 'A'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST)
                        .add(Rule.of(ref("A"), n -> true, n -> "x")).overrides("B").build())
                .withMessage("Rule set '处理': rule 'A' overrides unknown rule 'B'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST).order(String::compareTo)
                        .order(String::compareTo))
                .withMessageStartingWith("Rule set '处理': order is set twice");
    }

    @Example
    void ruleFailure_isDataRenderedInBothLanguages() {
        RuleFailure failure = new RuleFailure("处理", ref("BROKEN"), "java.lang.ArithmeticException: / by zero");
        assertThat(failure.code()).isEqualTo("RULE.FAILED");
        assertThat(failure.severity()).isEqualTo(Severity.ERROR);
        assertThat(failure.basis()).isEqualTo(BASIS);
        assertThat(failure.parameters().text("rule")).isEqualTo("BROKEN");
        assertThat(failure.message()).isEqualTo(BilingualText.of(
                "规则集「处理」的规则 BROKEN「规则BROKEN」执行失败（java.lang.ArithmeticException: / by zero），本决定未适用该规则，"
                        + "应当修正规则后重新决定",
                "Rule BROKEN (rule BROKEN) of rule set '处理' failed (java.lang.ArithmeticException: / by zero); the "
                        + "decision leaves it out and must be made again once the rule is fixed"));
    }

    @Example
    void ofChecks_countsTheFindingsInTheOutcomeText() {
        RuleSet<Integer, List<Note>> checks = RuleSet.ofChecks("检查", List.of(check("C10", 10), check("C5", 5)));
        assertThat(checks.decide(12).outcomeText()).isEqualTo(BilingualText.of("发现 2 项问题", "2 findings"));
    }

    @Example
    void ruleId_rejectsMalformedIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> RuleId.of("a b"))
                .withMessageContaining("Rule id must be 1-64 letters or digits");
    }
}
