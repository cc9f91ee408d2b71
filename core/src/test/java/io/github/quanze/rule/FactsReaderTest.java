package io.github.quanze.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.rule.TestTables.Color;
import io.github.quanze.rule.TestTables.Facts;
import io.github.quanze.rule.TestTables.Level;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A table that reads its facts with one {@link FactsReader} decides exactly as one that calls each column. */
class FactsReaderTest {

    /** Writes what LEVEL, COLOR, FLAG and COUNT read. */
    static final FactsReader<Facts> READER = (f, v) -> {
        v[0] = f.level().ordinal();
        v[1] = f.color().ordinal();
        v[2] = f.flag() ? 1 : 0;
        v[3] = f.count();
    };

    @Property
    void aTableWithAReaderDecidesAsItsColumnsDo(@ForAll("tables") DecisionTable<Facts, Integer> table,
            @ForAll("facts") Facts facts) {
        DecisionTable<Facts, Integer> read = table.toBuilder().reader(READER).build();
        assertThat(outcome(read, facts)).isEqualTo(outcome(table, facts));
        assertThat(outcome(read.toBuilder().build(), facts)).as("toBuilder keeps the reader").isEqualTo(
                outcome(table, facts));
    }

    @Example
    void aValueOutsideItsColumnIsRejectedByName() {
        DecisionTable<Facts, Integer> table = TestTables.builder("读取表", HitPolicy.FIRST)
                .row(TestTables.ref("ALL"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.any())
                .reader((f, v) -> {
                    READER.read(f, v);
                    v[3] = 99;
                }).build();
        assertThatIllegalArgumentException().isThrownBy(() -> table.decide(new Facts(Level.LOW, Color.RED, false, 1)))
                .withMessage("Table '读取表' column 'count': the facts reader wrote 99, which is not a value of the column "
                        + "[0, 12]");
        DecisionTable<Facts, Integer> enumTable = TestTables.builder("读取表", HitPolicy.FIRST)
                .row(TestTables.ref("ALL"), 1, Cell.any(), Cell.any(), Cell.any(), Cell.any())
                .reader((f, v) -> {
                    READER.read(f, v);
                    v[1] = 3;
                }).build();
        assertThatIllegalArgumentException().isThrownBy(() -> enumTable.decide(new Facts(Level.LOW, Color.RED, false, 1)))
                .withMessageContaining("column 'color': the facts reader wrote 3, which is not a value of the column "
                        + "[0, 2]");
    }

    @Example
    void addingAColumnDropsTheReader() {
        FactsReader<Facts> wrong = (f, v) -> {
            READER.read(f, v);
            v[0] = Level.HIGH.ordinal();
        };
        Column<Facts> extra = Column.<Facts>ofBoolean("extra", f -> true);
        DecisionTable<Facts, Integer> table = TestTables.builder("读取表", HitPolicy.FIRST).reader(wrong).input(extra)
                .row(TestTables.ref("HIGH"), 3, Cell.is(Level.HIGH), Cell.any(), Cell.any(), Cell.any(), Cell.any())
                .build();
        // the columns decide: LOW is not HIGH, whatever the dropped reader would have written
        assertThat(table.decide(new Facts(Level.LOW, Color.RED, false, 1)).outcome()).isEmpty();
    }

    @Provide
    Arbitrary<DecisionTable<Facts, Integer>> tables() {
        return TestTables.tables(HitPolicy.FIRST, HitPolicy.PRIORITY, HitPolicy.COLLECT);
    }

    @Provide
    Arbitrary<Facts> facts() {
        return TestTables.facts();
    }

    private static Object outcome(DecisionTable<Facts, Integer> table, Facts facts) {
        return table.decide(facts).outcome();
    }
}
