package io.github.quanze.rule;

import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.TestTables.Facts;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

class RuleBookTest {

    private static final LegalBasis LEX_MITIOR = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 37));
    private static final LocalDate CHANGE = LocalDate.of(2021, 7, 15);

    private static DecisionTable<Facts, Integer> flat(String name, int outcome) {
        return TestTables.builder(name, HitPolicy.FIRST).row(ref("ALL")).then(outcome).build()
                .compile(TestTables.SCHEMA);
    }

    private static RuleBook<Facts, Integer> book(DecisionTable<Facts, Integer> old, DecisionTable<Facts, Integer> now) {
        return RuleBook.<Facts, Integer>builder("处理规则", Comparator.naturalOrder(), LEX_MITIOR)
                .version("旧规〔2015〕1号", LocalDate.of(2015, 1, 1), CHANGE, old)
                .version("新规〔2021〕2号", CHANGE, now)
                .build();
    }

    private static final Facts FACTS = new Facts(TestTables.Level.MID, TestTables.Color.RED, false, 1);

    @Example
    void decide_appliesTheActTimeVersionWhenTheNewOneIsNotLighter() {
        Decision<Integer> decision = book(flat("旧", 2), flat("新", 3)).decide(FACTS, LocalDate.of(2020, 5, 10),
                LocalDate.of(2021, 9, 1));
        assertThat(decision.outcome()).contains(2);
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.ACT_TIME_VERSION);
        assertThat(decision.version().orElseThrow().applied()).isEqualTo("旧规〔2015〕1号");
    }

    @Example
    void decide_appliesTheLaterVersionWhenItIsLighter() {
        Decision<Integer> decision = book(flat("旧", 3), flat("新", 1)).decide(FACTS, LocalDate.of(2020, 5, 10),
                LocalDate.of(2021, 9, 1));
        assertThat(decision.outcome()).contains(1);
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.LIGHTER_LATER_VERSION);
        assertThat(decision.explain().zh()).contains("版本：新规〔2021〕2号（行为日2020-05-10，决定日2021-09-01；适用决定日的版本，"
                + "其结果更轻；《中华人民共和国行政处罚法》第三十七条）");
        assertThat(decision.explain().en()).contains("Version: 新规〔2021〕2号 (act on 2020-05-10, decided on 2021-09-01; "
                + "the decision-date version, as its outcome is lighter; Art 37, Administrative Penalty Law of the "
                + "People's Republic of China)");
        assertThat(decision.citations()).contains(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 37));
    }

    @Example
    void decide_reportsARuleThatFailedInTheVersionNotApplied() {
        RuleSet<Facts, Integer> old = RuleSet.<Facts, Integer>builder("旧", HitPolicy.PRIORITY)
                .order(Comparator.naturalOrder())
                .add(Rule.of(ref("HEAVY"), f -> f.count() / (f.count() - 1) > 0, f -> 5))
                .add(Rule.of(ref("BASE"), f -> true, f -> 3))
                .build();
        RuleBook<Facts, Integer> book = RuleBook.<Facts, Integer>builder("处理规则", Comparator.naturalOrder(), LEX_MITIOR)
                .version("旧规〔2015〕1号", LocalDate.of(2015, 1, 1), CHANGE, old)
                .version("新规〔2021〕2号", CHANGE, flat("新", 1))
                .build();
        Decision<Integer> decision = book.decide(FACTS, LocalDate.of(2020, 5, 10), LocalDate.of(2021, 9, 1));
        assertThat(decision.outcome()).contains(1);
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.LIGHTER_LATER_VERSION);
        assertThat(decision.failures()).extracting(f -> f.rule().id()).containsExactly(RuleId.of("HEAVY"));
    }

    @Example
    void aVersionChoiceAndTheRulesOfADecisionAreData() {
        Decision<Integer> decision = book(flat("旧", 3), flat("新", 1)).decide(FACTS, LocalDate.of(2020, 5, 10),
                LocalDate.of(2021, 9, 1));
        VersionChoice version = decision.version().orElseThrow();
        assertThat(version.parameters().names()).containsExactly("applied", "actVersion", "decisionVersion",
                "actDate", "decisionDate", "reason", "basis");
        assertThat(version.parameters().date("actDate")).isEqualTo(LocalDate.of(2020, 5, 10));
        assertThat(version.parameters().constant("reason", VersionReason.class))
                .isEqualTo(VersionReason.LIGHTER_LATER_VERSION);
        assertThat(decision.fired().get(0).parameters().names()).containsExactly("id", "title", "basis");
        assertThat(decision.fired().get(0).withInterpretation(BilingualText.of("解释", "note")).parameters().names())
                .containsExactly("id", "title", "basis", "interpretation");
    }

    @Example
    void aRuleBookIsComparedAndPrintedWithItsVersions() {
        DecisionTable<Facts, Integer> old = flat("旧", 2);
        DecisionTable<Facts, Integer> now = flat("新", 1);
        assertThat(book(old, now)).isEqualTo(book(old, now)).hasSameHashCodeAs(book(old, now));
        assertThat(book(old, now)).isEqualTo(book(flat("旧", 2), flat("新", 1)));
        assertThat(book(old, now)).isNotEqualTo(book(old, flat("新", 3)));
        assertThat(book(old, now).lexMitior()).isEqualTo(LEX_MITIOR);
        assertThat(book(old, now).order()).isEqualTo(Comparator.naturalOrder());
        assertThat(book(old, now).render()).isEqualTo("处理规则 (2 versions; 从旧兼从轻: 《中华人民共和国行政处罚法》第三十七条)\n"
                + "  旧规〔2015〕1号 from 2015-01-01 until 2021-07-15: 旧 (FIRST, 6 columns, 1 rows)\n"
                + "  新规〔2021〕2号 from 2021-07-15: 新 (FIRST, 6 columns, 1 rows)");
    }

    @Example
    void decide_withinOneVersionSaysSo() {
        Decision<Integer> decision = book(flat("旧", 3), flat("新", 1)).decide(FACTS, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 3, 1));
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.SAME_VERSION);
    }

    @Example
    void decide_rejectsDatesOutsideTheBookAndDecisionsBeforeTheAct() {
        RuleBook<Facts, Integer> book = book(flat("旧", 3), flat("新", 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> book.decide(FACTS, LocalDate.of(2010, 1, 1), LocalDate.of(2022, 1, 1)))
                .withMessageStartingWith("Rule book '处理规则' has no version in force on the act date 2010-01-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> book.decide(FACTS, LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1)))
                .withMessage("Rule book '处理规则': decision date 2021-01-01 is before act date 2022-01-01");
    }

    @Example
    void build_rejectsOverlappingVersions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleBook.<Facts, Integer>builder("处理规则", Comparator.naturalOrder(), LEX_MITIOR)
                        .version("A", LocalDate.of(2015, 1, 1), flat("A", 1))
                        .version("B", CHANGE, flat("B", 1)).build())
                .withMessage("Rule book '处理规则': versions 'A' (from 2015-01-01, open-ended) and 'B' (from 2021-07-15) "
                        + "overlap");
    }

    @Property
    void lexMitiorNeverGivesAHeavierOutcomeThanTheActTimeVersion(
            @ForAll("tables") DecisionTable<Facts, Integer> old, @ForAll("tables") DecisionTable<Facts, Integer> now,
            @ForAll("facts") Facts facts) {
        Optional<Integer> atAct = outcomeOf(old, facts);
        Optional<Integer> decided;
        try {
            decided = book(old, now).decide(facts, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1)).outcome();
        } catch (IllegalStateException unique) {
            return;
        }
        if (atAct.isEmpty()) {
            assertThat(decided).isEmpty();
        } else if (decided.isPresent()) {
            assertThat(decided.get()).isLessThanOrEqualTo(atAct.get());
        }
    }

    private static Optional<Integer> outcomeOf(DecisionTable<Facts, Integer> table, Facts facts) {
        try {
            return table.decide(facts).outcome();
        } catch (IllegalStateException unique) {
            return Optional.empty();
        }
    }

    @Provide
    Arbitrary<DecisionTable<Facts, Integer>> tables() {
        return TestTables.tables();
    }

    @Provide
    Arbitrary<Facts> facts() {
        return TestTables.facts();
    }
}
