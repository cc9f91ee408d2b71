package io.github.quanze.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.Comparator;
import net.jqwik.api.Example;

/** The wording of a decision to hold to account, pinned sentence by sentence in both languages. */
class LegalWordingTest {

    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.GOVERNMENTAL_SANCTIONS_LAW, 39));
    private static final FactSchema<Integer> COUNT = FactSchema.<Integer>builder("count")
            .intColumn("count", n -> n).build();

    /** 一次警告；三次以上记过，为例外。 */
    private static DecisionTable<Integer, Integer> table(int heavy) {
        return TableSpec.<Integer>builder("示例表", HitPolicy.FIRST)
                .columns(Column.ofInt("count", 0, 9))
                .order(Comparator.naturalOrder())
                .wording(LegalWording.of(n -> BilingualText.of("第" + n + "档", "tier " + n)))
                .row("GENERAL").title(BilingualText.of("一般给予警告", "a warning in general")).basis(BASIS).then(1)
                .row("REPEATED").title(BilingualText.of("三次以上的，记过", "a demerit from the third"))
                        .basis(BASIS).interpretation(BilingualText.of("解释：示例", "interpretation: an example"))
                        .when("count", Cell.atLeast(3)).then(heavy).overrides("GENERAL")
                .build().compile(COUNT);
    }

    @Example
    void explain_readsAsTheReasonsOfADecision() {
        Decision<Integer> decision = table(2).decide(4);
        assertThat(decision.explain()).isEqualTo(BilingualText.of(
                "处理结果：第2档\n"
                        + "适用规则 REPEATED「三次以上的，记过」，依据《中华人民共和国公职人员政务处分法》第三十九条；解释：示例\n"
                        + "规则 GENERAL「一般给予警告」因例外规则 REPEATED 适用而不予适用",
                "Outcome: tier 2\n"
                        + "Rule REPEATED applied: a demerit from the third (Art 39, Law of the People's Republic of "
                        + "China on Governmental Sanctions for Public Employees; interpretation: an example)\n"
                        + "Rule GENERAL (a warning in general) gave way to exception REPEATED"));
        assertThat(table(2).decide(1).explain().zh()).isEqualTo(
                "处理结果：第1档\n适用规则 GENERAL「一般给予警告」，依据《中华人民共和国公职人员政务处分法》第三十九条");
    }

    @Example
    void explain_saysWhichVersionAppliedAndWhy() {
        RuleBook<Integer, Integer> book = RuleBook.<Integer, Integer>builder("示例规则", Comparator.naturalOrder(),
                        SanctionPolicy.LEX_MITIOR)
                .version("旧办法", LocalDate.of(2015, 1, 1), LocalDate.of(2021, 1, 1), table(3))
                .version("新办法", LocalDate.of(2021, 1, 1), table(2))
                .build();
        Decision<Integer> lighter = book.decide(4, LocalDate.of(2020, 5, 10), LocalDate.of(2021, 9, 1));
        assertThat(lighter.explain().zh()).endsWith(
                "行为发生于2020-05-10，处理于2021-09-01，适用新办法：处理时的规定处理较轻，适用处理时的规定（从轻）"
                        + "（依据：《中华人民共和国公职人员政务处分法》第六十七条）");
        assertThat(lighter.explain().en()).endsWith("Version: act on 2020-05-10, decided on 2021-09-01, applying "
                + "新办法: the version in force at the decision applies, as it gives a lighter outcome (basis: Art 67, "
                + "Law of the People's Republic of China on Governmental Sanctions for Public Employees)");
        Decision<Integer> same = book.decide(4, LocalDate.of(2022, 5, 10), LocalDate.of(2022, 9, 1));
        assertThat(same.explain().zh()).contains("适用新办法：行为时与处理时适用同一版本（依据：");
        RuleBook<Integer, Integer> heavier = RuleBook.<Integer, Integer>builder("示例规则", Comparator.naturalOrder(),
                        SanctionPolicy.LEX_MITIOR)
                .version("旧办法", LocalDate.of(2015, 1, 1), LocalDate.of(2021, 1, 1), table(2))
                .version("新办法", LocalDate.of(2021, 1, 1), table(3))
                .build();
        assertThat(heavier.decide(4, LocalDate.of(2020, 5, 10), LocalDate.of(2021, 9, 1)).explain().en())
                .contains("applying 旧办法: the version in force at the act applies, as the later version is not "
                        + "lighter (basis: ");
    }
}
