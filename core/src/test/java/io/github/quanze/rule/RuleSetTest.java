package io.github.quanze.rule;

import static io.github.quanze.rule.TestTables.BASIS;
import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.basis.BilingualText;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Example;

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
                .add(Rule.of(ref("REPEAT"), n -> n >= 3, n -> "离岗培训"))
                .exception(RuleId.of("REPEAT"), RuleId.of("GENERAL"))
                .build();
        assertThat(rules.decide(1).outcome()).contains("批评教育");
        Decision<String> repeat = rules.decide(3);
        assertThat(repeat.outcome()).contains("离岗培训");
        assertThat(repeat.overridden()).singleElement()
                .satisfies(o -> assertThat(o.rule().id()).isEqualTo(RuleId.of("GENERAL")));
        assertThat(rules.decide(0).outcome()).isEmpty();
    }

    @Example
    void decide_wrapsAFailingRuleWithItsId() {
        RuleSet<Integer, String> rules = RuleSet.<Integer, String>builder("处理", HitPolicy.FIRST)
                .add(Rule.of(ref("BROKEN"), n -> 10 / n > 1, n -> "x"))
                .build();
        assertThatIllegalStateException().isThrownBy(() -> rules.decide(0))
                .withMessageStartingWith("Rule 'BROKEN' of rule set '处理' failed: java.lang.ArithmeticException");
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
                        .add(Rule.of(ref("A"), n -> true, n -> "x")).exception(RuleId.of("A"), RuleId.of("A")).build())
                .withMessage("Rule set '处理': rule 'A' cannot be an exception to itself");
    }

    @Example
    void ruleId_rejectsMalformedIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> RuleId.of("a b"))
                .withMessageContaining("Rule id must be 1-64 letters or digits");
    }
}
