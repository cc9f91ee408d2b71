package io.github.quanze.rule;

import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.TestTables.SCHEMA;
import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.rule.TestTables.Facts;
import io.github.quanze.rule.TestTables.Level;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/** A verification lists what it found as data, and renders it in both languages. */
class TableVerificationTest {

    /** A table with a gap above level LOW and a lighter outcome at HIGH than at MID. */
    private static DecisionTable<Facts, Integer> flawed() {
        return TableSpec.<Integer>builder("倒挂表", HitPolicy.FIRST).columns(TestTables.LEVEL, TestTables.AMOUNT)
                .order(java.util.Comparator.naturalOrder())
                .wording(DecisionWording.describing(n -> BilingualText.of("等级" + n, "grade " + n)))
                .row(ref("HIGH")).when("level", is(Level.HIGH)).then(1)
                .row(ref("MID")).when("level", is(Level.MID)).when("amount", atLeast(2_147_483_648L)).then(2)
                .row(ref("LOW")).when("level", is(Level.LOW)).then(0)
                .build().compile(SCHEMA);
    }

    @Example
    void findings_areData() {
        TableVerification<Integer> verification = flawed().verify();
        assertThat(verification.findings()).extracting(TableFinding::code)
                .containsExactly("TABLE.GAP", "TABLE.DISPROPORTION");
        TableFinding gap = verification.findings().get(0);
        assertThat(gap.kind()).isEqualTo(TableFinding.Kind.GAP);
        assertThat(gap.severity()).isEqualTo(Severity.WARNING);
        assertThat(gap.rows()).isEmpty();
        assertThat(gap.column()).isEmpty();
        assertThat(gap.basis().isEmpty()).isTrue();
        assertThat(gap.parameters()).isEqualTo(Parameters.builder().put("table", "倒挂表")
                .put("pattern", "level=MID, amount=[0, 2147483647]").build());
        TableFinding disproportion = verification.findings().get(1);
        assertThat(disproportion.column()).contains("level");
        assertThat(disproportion.parameters().text("lesser")).isEqualTo("level=MID, amount=[2147483648, 5000000000]");
        assertThat(disproportion.parameters().text("graver")).isEqualTo("level=HIGH, amount=[2147483648, 5000000000]");
        assertThat(disproportion.parameters().get("lesserOutcome")).contains(BilingualText.of("等级2", "grade 2"));
        assertThat(disproportion.parameters().get("graverOutcome")).contains(BilingualText.of("等级1", "grade 1"));
    }

    @Example
    void findings_nameTheRowsTheyConcern() {
        DecisionTable<Facts, Integer> table = TestTables.builder("重叠表", HitPolicy.UNIQUE)
                .row(ref("A")).when("level", is(Level.HIGH)).then(1)
                .row(ref("B")).when("flag", Cell.yes()).then(1)
                .row(ref("C")).when("flag", Cell.noneOf(true, false)).then(1)
                .build().compile(SCHEMA);
        List<TableFinding> findings = table.verify().findings();
        TableFinding overlap = findings.stream().filter(f -> f.kind() == TableFinding.Kind.OVERLAP).findFirst()
                .orElseThrow();
        assertThat(overlap.rows()).containsExactly(RuleId.of("A"), RuleId.of("B"));
        assertThat(overlap.severity()).isEqualTo(Severity.ERROR);
        assertThat(overlap.message()).isEqualTo(BilingualText.of(
                "决策表「重叠表」的行 A 与 B 对同一输入均适用（唯一命中）：level=HIGH, color=-, flag=true, count=-, amount=-, "
                        + "region=-",
                "Table '重叠表': rows A and B both apply under UNIQUE to level=HIGH, color=-, flag=true, count=-, "
                        + "amount=-, region=-"));
        TableFinding empty = findings.stream().filter(f -> f.kind() == TableFinding.Kind.EMPTY_ROW).findFirst()
                .orElseThrow();
        assertThat(empty.rows()).containsExactly(RuleId.of("C"));
        assertThat(empty.message()).isEqualTo(BilingualText.of("决策表「重叠表」的行 C 不匹配任何输入",
                "Table '重叠表': row C matches no input"));
        assertThat(new TableFinding(TableFinding.Kind.SHADOWED, "表", List.of(RuleId.of("R")), Optional.empty(),
                Parameters.builder().put("table", "表").put("row", "R").build()).message()).isEqualTo(BilingualText.of(
                "决策表「表」的行 R 被前面的行完全覆盖，永不适用（首条命中）",
                "Table '表': row R never fires under FIRST, as earlier rows cover it"));
    }

    @Example
    void render_listsEachFindingOrSaysTheTableIsClean() {
        BilingualText text = flawed().verify().render();
        assertThat(text.zh()).isEqualTo("决策表「倒挂表」校验发现 2 项问题：\n"
                + "- 决策表「倒挂表」有输入无任何行覆盖：level=MID, amount=[0, 2147483647]\n"
                + "- 决策表「倒挂表」过罚不相当：level 更重的输入（level=HIGH, amount=[2147483648, 5000000000]）结果为「等级1」，"
                + "轻于较轻输入（level=MID, amount=[2147483648, 5000000000]）的「等级2」");
        assertThat(text.en()).isEqualTo("Table '倒挂表': verification found 2 issues:\n"
                + "- Table '倒挂表': no row covers level=MID, amount=[0, 2147483647]\n"
                + "- Table '倒挂表': a graver level (level=HIGH, amount=[2147483648, 5000000000]) gets grade 1, lighter "
                + "than grade 2 for level=MID, amount=[2147483648, 5000000000]");
        DecisionTable<Facts, Integer> clean = TestTables.builder("整表", HitPolicy.FIRST).row(ref("ALL")).then(1)
                .build().compile(SCHEMA);
        assertThat(clean.verify().render()).isEqualTo(BilingualText.of(
                "决策表「整表」校验通过：无缺口、重叠、遮蔽、空行或过罚不相当",
                "Table '整表' verified: no gap, overlap, shadowed row, empty row or disproportion"));
        assertThat(clean.verify().findings()).isEmpty();
    }

    @Example
    void equalTablesVerifyEqually() {
        assertThat(flawed().verify()).isEqualTo(flawed().verify()).hasSameHashCodeAs(flawed().verify());
        assertThat(flawed().verify()).isNotEqualTo(TestTables.builder("整表", HitPolicy.FIRST).row(ref("ALL"))
                .then(1).build().compile(SCHEMA).verify());
    }
}
