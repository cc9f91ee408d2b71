package io.github.quanze.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.rule.TestTables.Level;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Example;

/** What each kind of column holds, its bounds, its order and its rejections, built afresh in each example. */
class ColumnContractTest {

    @Example
    void anEnumColumnHoldsItsConstantsInDeclaredOrder() {
        Column level = Column.ofEnum("level", Level.class);
        assertThat(level.kind()).isEqualTo(Column.Kind.ENUM);
        assertThat(level.values()).containsExactly(Level.LOW, Level.MID, Level.HIGH);
        assertThat(level.min()).isZero();
        assertThat(level.max()).isEqualTo(2);
        assertThat(level.direction()).isEqualTo(Column.Direction.NONE);
        assertThat(level).hasToString("level enum Level [LOW, MID, HIGH]");
    }

    @Example
    void aStringColumnHoldsItsDeclaredValues() {
        Column region = Column.ofStrings("region", List.of("东部", "中部", "西部"));
        assertThat(region.kind()).isEqualTo(Column.Kind.STRING);
        assertThat(region.values()).containsExactly("东部", "中部", "西部");
        assertThat(region.min()).isZero();
        assertThat(region.max()).isEqualTo(2);
        assertThat(Column.ofStrings("region", "东部", "中部", "西部")).isEqualTo(region);
        assertThat(Column.ofStrings("one", "甲").max()).isZero();
    }

    @Example
    void aStringColumnRejectsNoValuesBlankValuesAndRepeats() {
        assertThatIllegalArgumentException().isThrownBy(() -> Column.ofStrings("region", List.of()))
                .withMessage("Column 'region' must declare at least one string value");
        assertThatIllegalArgumentException().isThrownBy(() -> Column.ofStrings("region", "东部", " "))
                .withMessage("Column 'region': a value must not be blank, but was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> Column.ofStrings("region", "东部", "东部"))
                .withMessage("Column 'region' declares the value '东部' twice");
    }

    @Example
    void aRangeColumnMayHoldOneValueButNotNone() {
        Column one = Column.ofInt("n", 3, 3);
        assertThat(one.min()).isEqualTo(3);
        assertThat(one.max()).isEqualTo(3);
        assertThat(Column.ofInt("n", -7, 9).min()).isEqualTo(-7);
        assertThatIllegalArgumentException().isThrownBy(() -> Column.ofInt("n", 4, 3))
                .withMessage("Column 'n': range [4, 3] must not be empty");
        Column wide = Column.ofLong("amount", 5_000_000_000L, 5_000_000_000L);
        assertThat(wide.min()).isEqualTo(5_000_000_000L);
        assertThat(wide.max()).isEqualTo(5_000_000_000L);
        assertThatIllegalArgumentException().isThrownBy(() -> Column.ofLong("amount", 1, 0))
                .withMessage("Column 'amount': range [1, 0] must not be empty");
    }

    @Example
    void anOrderedColumnKeepsEverythingElseAndIsOrderedOnce() {
        Column count = Column.ofInt("count", 0, 12);
        Column greater = count.graverWhenGreater();
        Column smaller = count.graverWhenSmaller();
        assertThat(greater.direction()).isEqualTo(Column.Direction.GREATER);
        assertThat(smaller.direction()).isEqualTo(Column.Direction.SMALLER);
        assertThat(greater).hasToString("count integer [0, 12], graver when greater");
        assertThat(smaller).hasToString("count integer [0, 12], graver when smaller");
        assertThat(List.of(greater.min(), greater.max(), smaller.min(), smaller.max())).containsExactly(0L, 12L,
                0L, 12L);
        assertThat(greater).isNotEqualTo(count).isNotEqualTo(smaller);
        assertThatIllegalArgumentException().isThrownBy(greater::graverWhenSmaller)
                .withMessage("Column 'count' is already graver when greater; it cannot be ordered twice");
        assertThatIllegalArgumentException().isThrownBy(smaller::graverWhenGreater)
                .withMessage("Column 'count' is already graver when smaller; it cannot be ordered twice");
    }

    @Example
    void unequalColumnsAndCellsSpreadOverHashCodes() {
        List<Column> columns = List.of(Column.ofInt("a", 0, 1), Column.ofInt("a", 0, 2), Column.ofInt("b", 0, 1),
                Column.ofLong("a", 0, 1), Column.ofBoolean("a"), Column.ofEnum("a", Level.class),
                Column.ofInt("a", 0, 1).graverWhenGreater());
        assertThat(Set.copyOf(columns)).hasSize(columns.size());
        assertThat(columns.stream().map(Column::hashCode).collect(Collectors.toSet())).hasSizeGreaterThan(1);
        assertThat(Column.ofInt("a", 0, 1)).hasSameHashCodeAs(Column.ofInt("a", 0, 1));
        List<Cell> cells = Stream.of(Cell.any(), Cell.is(Level.LOW), Cell.anyOf(Level.LOW, Level.MID),
                Cell.noneOf(Level.LOW), Cell.range(1, 3), Cell.atLeast(1), Cell.atMost(3)).toList();
        assertThat(Set.copyOf(cells)).hasSize(cells.size());
        assertThat(cells.stream().map(Cell::hashCode).collect(Collectors.toSet())).hasSizeGreaterThan(1);
        assertThat(Cell.range(1, 3)).hasSameHashCodeAs(Cell.range(1, 3));
    }
}
