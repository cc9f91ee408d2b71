package io.github.quanze.discretion;

import static io.github.quanze.discretion.StandardFixtures.A_HEAVIER;
import static io.github.quanze.discretion.StandardFixtures.A_LIGHTER;
import static io.github.quanze.discretion.StandardFixtures.A_ORDINARY;
import static io.github.quanze.discretion.StandardFixtures.AMOUNT;
import static io.github.quanze.discretion.StandardFixtures.REPEATED;
import static io.github.quanze.discretion.StandardFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Where the rows of tiers fire, written out atom by atom: each box is shown as the atoms of each dimension, in the
 * order the tables declare their columns. The mitigation column's atoms are its values in order (0 无, 1 可以,
 * 2 应当); an amount column's atoms are the stretches between the bounds the rows name.
 */
class RegionsTest {

    private static TableSpec.Builder<Tier> tiers(HitPolicy policy, Column... columns) {
        return DiscretionStandard.tiers("A-FIX", policy).columns(columns);
    }

    /** Each row's boxes, each box as its dimensions' atoms. */
    private static List<String> fired(Regions regions, int spec) {
        return regions.fired(spec).stream()
                .map(boxes -> boxes.stream().map(Arrays::toString).toList().toString()).toList();
    }

    private static TableSpec<Tier> amountTiers(HitPolicy policy) {
        TableSpec.Builder<Tier> t = tiers(policy, DiscretionStandard.MITIGATION_COLUMN, AMOUNT);
        row(t, "A.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(A_LIGHTER);
        row(t, "A.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        row(t, "A.2").when("amount", Cell.range(5_000, 49_999)).then(A_ORDINARY);
        row(t, "A.3").when("amount", Cell.atLeast(50_000)).then(A_HEAVIER);
        return t.build();
    }

    @Example
    void underFirst_aRowFiresOnItsBoxLessTheEarlierRows() {
        Regions regions = Regions.of(List.of(amountTiers(HitPolicy.FIRST)));

        // the amounts 0..4,999, 5,000..49,999 and 50,000.. are atoms 0, 1 and 2
        assertThat(fired(regions, 0)).containsExactly(
                "[[{2}, {0, 1, 2}]]",
                "[[{0, 1}, {0}]]",
                "[[{0, 1}, {1}]]",
                "[[{0, 1}, {2}]]");
    }

    @Example
    void underPriority_aRowFiresOnItsWholeBox() {
        Regions regions = Regions.of(List.of(amountTiers(HitPolicy.PRIORITY)));

        assertThat(fired(regions, 0)).containsExactly(
                "[[{2}, {0, 1, 2}]]",
                "[[{0, 1, 2}, {0}]]",
                "[[{0, 1, 2}, {1}]]",
                "[[{0, 1, 2}, {2}]]");
    }

    @Example
    void aRowAnExceptionOverridesIsNotTakenFromTheLaterRows() {
        TableSpec.Builder<Tier> t = tiers(HitPolicy.FIRST, DiscretionStandard.MITIGATION_COLUMN, AMOUNT);
        row(t, "A.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(A_LIGHTER);
        row(t, "A.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        row(t, "A.X").when("amount", Cell.atLeast(1_000)).then(A_HEAVIER).overrides("A.M");
        Regions regions = Regions.of(List.of(t.build()));

        // A.M may give way to A.X, so no later row loses the mitigated inputs to it; A.1 is taken from A.X
        assertThat(fired(regions, 0)).containsExactly(
                "[[{2}, {0, 1, 2}]]",
                "[[{0, 1, 2}, {0, 1}]]",
                "[[{0, 1, 2}, {2}]]");
    }

    @Example
    void aRowOverridingEveryOtherLeavesOnlyItselfCertain() {
        TableSpec.Builder<Tier> t = tiers(HitPolicy.FIRST, DiscretionStandard.MITIGATION_COLUMN, AMOUNT);
        row(t, "A.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(A_LIGHTER);
        row(t, "A.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER).overridesEveryOther();
        row(t, "A.2").then(A_ORDINARY);
        Regions regions = Regions.of(List.of(t.build()));

        // A.M gives way to A.1, so it is not taken from A.2; A.1 overrides, so it is
        assertThat(fired(regions, 0)).containsExactly(
                "[[{2}, {0, 1}]]",
                "[[{0, 1, 2}, {0}]]",
                "[[{0, 1, 2}, {1}]]");
    }

    @Example
    void aRowEarlierRowsCoverFiresNowhere() {
        TableSpec.Builder<Tier> t = tiers(HitPolicy.FIRST, AMOUNT);
        row(t, "A.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        row(t, "A.2").when("amount", Cell.atLeast(5_000)).then(A_ORDINARY);
        row(t, "A.3").when("amount", Cell.range(100, 200_000)).then(A_HEAVIER);
        Regions regions = Regions.of(List.of(t.build()));

        assertThat(regions.fired(0).get(2)).isEmpty();
        // atoms 0..99, 100..4,999, 5,000..200,000 and 200,001..
        assertThat(fired(regions, 0)).containsExactly("[[{0, 1}]]", "[[{2, 3}]]", "[]");
    }

    @Example
    void aRowWhoseCellAdmitsNoDeclaredValueFiresNowhere_evenUnderPriority() {
        TableSpec.Builder<Tier> t = tiers(HitPolicy.PRIORITY, AMOUNT, REPEATED);
        row(t, "A.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        row(t, "A.2").when("repeated", Cell.noneOf(true, false)).then(A_HEAVIER);
        Regions regions = Regions.of(List.of(t.build()));

        assertThat(fired(regions, 0)).containsExactly("[[{0}, {0, 1}]]", "[]");
    }

    @Example
    void boundsAtTheEndsOfTheColumnMakeNoAtom_andBoundsInsideDo() {
        Column small = Column.ofInt("amount", 10, 20);
        TableSpec.Builder<Tier> t = tiers(HitPolicy.PRIORITY, small);
        row(t, "A.1").when("amount", Cell.range(10, 20)).then(A_LIGHTER);
        row(t, "A.2").when("amount", Cell.range(10, 14)).then(A_ORDINARY);
        row(t, "A.3").when("amount", Cell.range(15, 20)).then(A_HEAVIER);
        row(t, "A.4").when("amount", Cell.atLeast(20)).then(A_HEAVIER);
        row(t, "A.5").when("amount", Cell.atMost(10)).then(A_LIGHTER);
        Regions regions = Regions.of(List.of(t.build()));

        // atoms 10, 11..14, 15..19 and 20: neither 10 nor 21 starts one
        assertThat(fired(regions, 0)).containsExactly("[[{0, 1, 2, 3}]]", "[[{0, 1}]]", "[[{2, 3}]]", "[[{3}]]",
                "[[{0}]]");
    }

    @Example
    void aRowLessAnEarlierRowInTwoColumns_isCutIntoDisjointBoxes() {
        TableSpec.Builder<Tier> t = tiers(HitPolicy.FIRST, DiscretionStandard.MITIGATION_COLUMN, AMOUNT);
        row(t, "A.1").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST))
                .when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        row(t, "A.2").then(A_ORDINARY);
        Regions regions = Regions.of(List.of(t.build()));

        // everything but (应当, below 5,000): the other mitigations at any amount, and 应当 from 5,000
        assertThat(fired(regions, 0)).containsExactly("[[{2}, {0}]]", "[[{0, 1}, {0, 1}], [{2}, {1}]]");
    }

    @Example
    void whereTakesOneListedValueAndLeavesTheOtherColumnsOpen() {
        Regions regions = Regions.of(List.of(amountTiers(HitPolicy.FIRST)));

        assertThat(Arrays.toString(regions.where(0, DiscretionStandard.MITIGATION, StatutoryMitigation.MAY)))
                .isEqualTo("[{1}, {0, 1, 2}]");
        assertThat(Arrays.toString(regions.where(0, "repeated", true))).isEqualTo("[{0, 1, 2}, {0, 1, 2}]");
    }

    @Example
    void twoTablesShareAColumnDeclaredAlike_overTheValuesBothAdmit() {
        TableSpec.Builder<Tier> low = tiers(HitPolicy.FIRST, Column.ofLong("amount", 0, 100_000));
        row(low, "L.1").when("amount", Cell.atMost(999)).then(A_LIGHTER);
        row(low, "L.2").then(A_ORDINARY);
        TableSpec.Builder<Tier> high = tiers(HitPolicy.FIRST, Column.ofInt("amount", 500, 2_000_000));
        row(high, "H.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        row(high, "H.2").then(A_ORDINARY);
        Regions regions = Regions.of(List.of(low.build(), high.build()));

        // one dimension over 500..100,000: atoms 500..999, 1,000..4,999 and 5,000..100,000
        assertThat(fired(regions, 0)).containsExactly("[[{0}]]", "[[{1, 2}]]");
        assertThat(fired(regions, 1)).containsExactly("[[{0, 1}]]", "[[{2}]]");
        assertThat(Regions.intersect(regions.fired(0).get(0), regions.fired(1).get(0))).isTrue();
        assertThat(Regions.intersect(regions.fired(0).get(0), regions.fired(1).get(1))).isFalse();
        assertThat(Regions.intersect(regions.fired(0).get(1), regions.fired(1).get(0))).isTrue();
        assertThat(Regions.intersect(regions.fired(0).get(1), regions.fired(1).get(1))).isTrue();
    }

    @Example
    void columnsDeclaredOtherwiseAreADimensionEach() {
        TableSpec.Builder<Tier> low = tiers(HitPolicy.FIRST, Column.ofStrings("place", "city", "village"));
        row(low, "L.1").when("place", Cell.is("city")).then(A_LIGHTER);
        row(low, "L.2").then(A_ORDINARY);
        TableSpec.Builder<Tier> high = tiers(HitPolicy.FIRST, Column.ofStrings("place", "city", "town", "village"));
        row(high, "H.1").when("place", Cell.is("village")).then(A_HEAVIER);
        row(high, "H.2").then(A_ORDINARY);
        Regions regions = Regions.of(List.of(low.build(), high.build()));

        // the lower table's place is dimension 0, the higher one's dimension 1; each row leaves the other open
        assertThat(fired(regions, 0)).containsExactly("[[{0}, {0, 1, 2}]]", "[[{1}, {0, 1, 2}]]");
        assertThat(fired(regions, 1)).containsExactly("[[{0, 1}, {2}]]", "[[{0, 1}, {0, 1}]]");
        assertThat(Regions.intersect(regions.fired(0).get(0), regions.fired(1).get(0))).isTrue();
    }

    @Example
    void listedColumnsDeclaredWithTheSameValuesAreOneDimension() {
        TableSpec.Builder<Tier> low = tiers(HitPolicy.FIRST, Column.ofStrings("place", "city", "village"));
        row(low, "L.1").when("place", Cell.is("city")).then(A_LIGHTER);
        TableSpec.Builder<Tier> high = tiers(HitPolicy.FIRST, Column.ofStrings("place", "city", "village"));
        row(high, "H.1").when("place", Cell.is("village")).then(A_HEAVIER);
        Regions regions = Regions.of(List.of(low.build(), high.build()));

        assertThat(fired(regions, 0)).containsExactly("[[{0}]]");
        assertThat(fired(regions, 1)).containsExactly("[[{1}]]");
        assertThat(Regions.intersect(regions.fired(0).get(0), regions.fired(1).get(0))).isFalse();
    }

    @Example
    void numericColumnsWithNoValueInCommonMakeEveryRowFireNowhere() {
        TableSpec.Builder<Tier> low = tiers(HitPolicy.FIRST, Column.ofLong("amount", 0, 999));
        row(low, "L.1").then(A_LIGHTER);
        TableSpec.Builder<Tier> high = tiers(HitPolicy.FIRST, Column.ofLong("amount", 1_000, 2_000));
        row(high, "H.1").then(A_HEAVIER);
        Regions regions = Regions.of(List.of(low.build(), high.build()));

        assertThat(fired(regions, 0)).containsExactly("[]");
        assertThat(fired(regions, 1)).containsExactly("[]");

        // touching at one value, they share that value
        TableSpec.Builder<Tier> touching = tiers(HitPolicy.FIRST, Column.ofLong("amount", 999, 2_000));
        row(touching, "H.1").then(A_HEAVIER);
        Regions one = Regions.of(List.of(low.build(), touching.build()));
        assertThat(fired(one, 0)).containsExactly("[[{0}]]");
        assertThat(Regions.intersect(one.fired(0).get(0), one.fired(1).get(0))).isTrue();
    }

    @Example
    void unionsIntersectWhenSomeBoxOfEachDoes() {
        BitSet[] a = {bits(0), bits(0, 1)};
        BitSet[] b = {bits(1), bits(0, 1)};
        BitSet[] c = {bits(0, 1), bits(1)};

        assertThat(Regions.intersect(boxes(a), boxes(b))).isFalse();
        assertThat(Regions.intersect(boxes(a, b), boxes(c))).isTrue();
        assertThat(Regions.intersect(boxes(b), boxes(a, c))).isTrue();
        assertThat(Regions.intersect(boxes(), boxes(c))).isFalse();
        assertThat(Regions.intersect(boxes(c), boxes())).isFalse();
    }

    private static List<BitSet[]> boxes(BitSet[]... boxes) {
        return List.of(boxes);
    }

    private static BitSet bits(int... atoms) {
        BitSet bits = new BitSet();
        Arrays.stream(atoms).forEach(bits::set);
        return bits;
    }
}
