package io.github.quanze.rule;

import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.rule.TestTables.Level;
import io.github.quanze.text.BilingualText;
import java.util.List;
import net.jqwik.api.Example;

/** A specification's parts as it gives them back, and what its builder keeps or refuses when it is rebuilt. */
class TableSpecContractTest {

    private static TableSpec<Integer> graded(HitPolicy policy) {
        return TestTables.builder("分级表", policy)
                .row(ref("GENERAL")).then(1)
                .row(ref("HIGH")).when("level", is(Level.HIGH)).then(3)
                .build();
    }

    @Example
    void aSpecificationFindsItsColumnsByName() {
        TableSpec<Integer> spec = graded(HitPolicy.FIRST);
        assertThat(spec.column("level")).contains(TestTables.LEVEL);
        assertThat(spec.column("region")).contains(TestTables.REGION);
        assertThat(spec.column("gravity")).isEmpty();
    }

    @Example
    void aSpecificationGivesBackItsSettings() {
        TableSpec<Integer> spec = graded(HitPolicy.COLLECT);
        assertThat(spec.aggregation()).isPresent();
        assertThat(spec.aggregation().orElseThrow().combine(List.of(1, 4, 3))).isEqualTo(4);
        assertThat(spec.order()).isPresent();
        assertThat(spec.wording().outcome(3)).isEqualTo(BilingualText.of("等级3", "grade 3"));
        TableSpec<Integer> bare = TableSpec.<Integer>builder("素表", HitPolicy.FIRST).columns(TestTables.LEVEL)
                .row(ref("ALL")).then(2).build();
        assertThat(bare.aggregation()).isEmpty();
        assertThat(bare.order()).isEmpty();
        assertThat(bare.wording().outcome(2)).isEqualTo(BilingualText.of("2", "2"));
    }

    @Example
    void rebuildingKeepsARowThatOverridesEveryOther() {
        TableSpec<Integer> spec = TestTables.builder("豁免表", HitPolicy.COLLECT)
                .row(ref("GENERAL")).then(1)
                .row(ref("EXEMPT")).when("level", is(Level.LOW)).then(0).overridesEveryOther()
                .build();
        TableSpec<Integer> rebuilt = spec.toBuilder().build();
        assertThat(rebuilt.exceptions()).isEqualTo(spec.exceptions());
        assertThat(rebuilt.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo(RuleId.of("EXEMPT"));
            assertThat(e.everyOther()).isTrue();
        });
        assertThat(rebuilt).isEqualTo(spec);
        Decision<Integer> low = rebuilt.compile(TestTables.SCHEMA)
                .decide(new TestTables.Facts(Level.LOW, TestTables.Color.RED, false, 0));
        assertThat(low.outcome()).contains(0);
        assertThat(low.overridden()).extracting(o -> o.rule().id()).containsExactly(RuleId.of("GENERAL"));
    }

    @Example
    void reorderingNamesEachRowOnce() {
        TableSpec<Integer> spec = graded(HitPolicy.FIRST);
        assertThat(spec.toBuilder().reorder(List.of(RuleId.of("HIGH"), RuleId.of("GENERAL"))).build().rows())
                .extracting(Row::id).containsExactly(RuleId.of("HIGH"), RuleId.of("GENERAL"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> spec.toBuilder().reorder(List.of(RuleId.of("HIGH"), RuleId.of("HIGH"))))
                .withMessage("Table '分级表': the new order must name each of its 2 rows once, but named "
                        + "'[HIGH, HIGH]'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> spec.toBuilder().reorder(List.of(RuleId.of("HIGH"))))
                .withMessage("Table '分级表': the new order must name each of its 2 rows once, but named '[HIGH]'");
    }

    @Example
    void unequalSpecificationsSpreadOverHashCodes() {
        assertThat(graded(HitPolicy.FIRST)).hasSameHashCodeAs(graded(HitPolicy.FIRST));
        TableSpec<Integer> renamed = TestTables.builder("另一表", HitPolicy.FIRST)
                .row(ref("GENERAL")).then(1)
                .row(ref("HIGH")).when("level", is(Level.HIGH)).then(3)
                .build();
        assertThat(renamed).isNotEqualTo(graded(HitPolicy.FIRST));
        assertThat(renamed.hashCode()).isNotEqualTo(graded(HitPolicy.FIRST).hashCode());
    }
}
