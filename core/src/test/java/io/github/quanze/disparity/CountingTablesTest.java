package io.github.quanze.disparity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The analysis's own tables behave as the collections they replace: the case numbers as a {@code HashSet}, hash
 * collisions included, the counts by number as a {@code HashMap} of sums, the names as a numbering.
 */
class CountingTablesTest {

    @Property
    void caseNumbers_behaveAsAHashSet(@ForAll("numbers") List<String> numbers) {
        CaseNumbers table = new CaseNumbers();
        Set<String> set = new HashSet<>();
        for (String number : numbers) {
            assertThat(table.contains(number)).isEqualTo(set.contains(number));
            assertThat(table.add(number)).as(number).isEqualTo(set.add(number));
        }
        assertThat(table.size()).isEqualTo(set.size());
        assertThat(new HashSet<>(table.numbers())).isEqualTo(set);
        assertThat(table.contains("not-a-number")).isEqualTo(set.contains("not-a-number"));
    }

    @Example
    void caseNumbers_tellNumbersWithEqualHashesApart() {
        // "Aa" and "BB" have the same hash, and so do all strings of the same length made of them
        List<String> colliding = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            StringBuilder s = new StringBuilder();
            for (int bit = 0; bit < 8; bit++) {
                s.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            colliding.add(s.toString());
        }
        assertThat(colliding.stream().map(String::hashCode).distinct()).hasSize(1);
        CaseNumbers table = new CaseNumbers();
        colliding.forEach(n -> assertThat(table.add(n)).isTrue());
        colliding.forEach(n -> assertThat(table.add(n)).isFalse());
        assertThat(table.size()).isEqualTo(256);
    }

    @Property
    void indexCounts_sumAsAMapDoes(@ForAll @Size(max = 300) List<@IntRange(max = 500) Integer> numbers,
            @ForAll @IntRange(min = 1, max = 3) int n) {
        IndexCounts counts = new IndexCounts();
        Map<Integer, Integer> expected = new HashMap<>();
        for (int number : numbers) {
            counts.add(number, n);
            expected.merge(number, n, Integer::sum);
        }
        Map<Integer, Integer> actual = new HashMap<>();
        counts.forEach((number, count) -> assertThat(actual.put(number, count)).as("number %s once", number).isNull());
        assertThat(actual).isEqualTo(expected);
    }

    @Example
    void names_areNumberedOnceInTheOrderSeen() {
        Names names = new Names();
        assertThat(names.number("乙局")).isZero();
        assertThat(names.number("甲局")).isEqualTo(1);
        assertThat(names.number("乙局")).isZero();
        Names other = new Names();
        other.number("丙局");
        other.number("甲局");
        assertThat(names.numbersOf(other)).containsExactly(2, 1);
        assertThat(names.size()).isEqualTo(3);
        assertThat(names.name(2)).isEqualTo("丙局");
    }

    @Example
    void fineSums_carryPastALong_andRatesCompareIn128Bits() {
        DecidedPenalty decided = Decided.decided("A1").fine("1000000000000").build();
        FineExtremes amounts = new FineExtremes(FineMeasure.AMOUNT);
        long fen = decided.fineFen();
        assertThat(fen).isEqualTo(100_000_000_000_000L);
        for (int i = 0; i < 100_000; i++) { // 10^19 fen in all, more than a long holds
            amounts.add(fen, 1, decided);
        }
        FineExtremes half = new FineExtremes(FineMeasure.AMOUNT);
        half.add(fen, 1, decided);
        amounts.merge(half);
        FineSpread spread = amounts.spread();
        assertThat(spread.mean()).isEqualTo(new BigDecimal("1000000000000.00"));
        assertThat(spread.cases()).isEqualTo(100_001);

        long max = 100_000_000_000_000L;
        // (10^14 - 1) / 10^14 against 10^14 / (10^14 + 1): the products differ only past 64 bits
        assertThat(FineExtremes.compare(max - 1, max, max, max + 1)).isEqualTo(-1);
        assertThat(FineExtremes.compare(max, max + 1, max - 1, max)).isEqualTo(1);
        assertThat(FineExtremes.compare(max, max, 1, 1)).isZero();
        assertThat(FineExtremes.compare(0, 7, 0, 3)).isZero();
        // 2^32 / 1 against 1 / 2^32: 2^64 against 1, which a 64-bit product would wrap to 0 against 1
        assertThat(FineExtremes.compare(1L << 32, 1, 1, 1L << 32)).isEqualTo(1);
        assertThat(FineExtremes.compare(1, 1L << 32, 1L << 32, 1)).isEqualTo(-1);
    }

    @Provide
    Arbitrary<List<String>> numbers() {
        return Arbitraries.strings().withChars("AaBb".toCharArray()).ofMinLength(1).ofMaxLength(6).list()
                .ofMaxSize(200);
    }
}
