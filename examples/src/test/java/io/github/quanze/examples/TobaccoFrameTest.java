package io.github.quanze.examples;

import static io.github.quanze.examples.TobaccoLaw.REGULATION;
import static io.github.quanze.examples.TobaccoLaw.REGULATION_2021;
import static io.github.quanze.examples.TobaccoLaw.TOBACCO_LAW;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.ViolationItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The statutory frame of 烟草专卖法实施条例 Arts 51–60 against the text of the 2023 edition. */
class TobaccoFrameTest {

    private static final StatutoryFrame FRAME = TobaccoFrame.frame();

    /**
     * The fines of the statute, read off its text: code, base, least and most factor, and whether the fine is
     * 可以处 (optional).
     */
    private static final Map<String, Fine> FINES = Map.ofEntries(
            Map.entry("TL-51-1", new Fine(FineBase.GOODS_VALUE, "0.2", "0.5", false)), // 烟叶价值20%以上50%以下, 可以处
            Map.entry("TL-52-1", new Fine(FineBase.GOODS_VALUE, "0.2", "0.5", true)), // 烟草专卖品价值20%以上50%以下
            Map.entry("TL-52-3", new Fine(FineBase.GOODS_VALUE, "0.1", "0.2", false)), // 可以并处…10%以上20%以下
            Map.entry("TL-52-4", new Fine(FineBase.GOODS_VALUE, "0.2", "0.5", true)), // 依照本条第（一）项
            Map.entry("TL-53-1", new Fine(FineBase.GOODS_VALUE, "1", "2", true)), // 烟草制品价值1倍以上2倍以下
            // 烟草专卖品价值1倍以上2倍以下; optional as the law's Art 30(2) 可以并处 allows, though the regulation says 处以
            Map.entry("TL-53-2", new Fine(FineBase.GOODS_VALUE, "1", "2", false)),
            Map.entry("TL-54", new Fine(FineBase.GOODS_VALUE, "0.5", "1", true)), // 烟草制品价值50%以上1倍以下
            Map.entry("TL-55", new Fine(FineBase.GOODS_VALUE, "0.1", "0.2", true)), // 烟草制品价值10%以上20%以下
            Map.entry("TL-56", new Fine(FineBase.PURCHASES, "0.05", "0.1", false)), // 可处以进货总额5%以上10%以下
            Map.entry("TL-57", new Fine(FineBase.BUSINESS_VOLUME, "0.2", "0.5", true)), // 违法经营总额20%以上50%以下
            Map.entry("TL-58", new Fine(FineBase.SALES, "0.2", "0.5", true)), // 违法销售总额20%以上50%以下
            Map.entry("TL-59", new Fine(FineBase.SALES, "0.1", "0.2", true)), // 批发总额10%以上20%以下
            Map.entry("TL-60", new Fine(FineBase.SALES, "0.2", "0.5", true))); // 销售总额20%以上50%以下

    private record Fine(FineBase base, String min, String max, boolean mandatory) {}

    @Example
    void theFrameHoldsTheItemsOfArticles51To60() {
        assertThat(FRAME.items()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(FRAME.items()).extracting(ViolationItem::code).containsExactly("TL-51-1", "TL-51-2", "TL-52-1",
                "TL-52-2", "TL-52-3", "TL-52-4", "TL-53-1", "TL-53-2", "TL-54", "TL-55", "TL-56", "TL-57", "TL-58",
                "TL-59", "TL-60");
        for (ViolationItem item : FRAME.items()) {
            int article = Integer.parseInt(item.code().split("-")[1]);
            assertThat(item.applied().provisions()).as(item.code())
                    .anyMatch(p -> p.instrument().equals(REGULATION) && p.article().equals(java.util.OptionalInt.of(article)));
        }
    }

    @Example
    void everyItemIsInForceOn2026_06_30_andNoneUnderThe2021Edition() {
        assertThat(FRAME.itemsInForceOn(LocalDate.of(2026, 6, 30))).isEqualTo(FRAME.items());
        assertThat(FRAME.itemsInForceOn(LocalDate.of(2022, 1, 1))).isEmpty();
        assertThat(FRAME.instruments()).containsExactlyInAnyOrder(TOBACCO_LAW, REGULATION)
                .doesNotContain(REGULATION_2021);
    }

    @Example
    void theLawIsCitedByItsPresentNumbering() {
        assertThat(applied("TL-51-1")).contains(Provision.of(TOBACCO_LAW, 28));
        assertThat(applied("TL-52-1")).contains(Provision.of(TOBACCO_LAW, 29, 1));
        assertThat(applied("TL-52-3")).contains(Provision.of(TOBACCO_LAW, 29, 2));
        assertThat(applied("TL-52-4")).contains(Provision.of(TOBACCO_LAW, 29, 3));
        assertThat(applied("TL-53-1")).contains(Provision.of(TOBACCO_LAW, 30, 1));
        assertThat(applied("TL-53-2")).contains(Provision.of(TOBACCO_LAW, 30, 2));
        assertThat(applied("TL-54")).contains(Provision.of(TOBACCO_LAW, 31));
        assertThat(applied("TL-57")).contains(Provision.of(TOBACCO_LAW, 32));
    }

    @Example
    void everyFineIsTheStatutesRange() {
        for (ViolationItem item : FRAME.items()) {
            Fine fine = FINES.get(item.code());
            if (fine == null) {
                assertThat(item.fine()).as(item.code()).isEmpty();
                continue;
            }
            assertThat(item.fine()).as(item.code()).contains(FineRange.multiple(fine.base(), new BigDecimal(fine.min()),
                    new BigDecimal(fine.max())));
            assertThat(item.clause(PenaltyKind.FINE).map(PenaltyClause::mandatory)).as(item.code())
                    .contains(fine.mandatory());
        }
        assertThat(FRAME.items().stream().filter(i -> i.fine().isPresent())).hasSize(FINES.size());
    }

    @Example
    void rangesForAFewBasesMatchTheText() {
        // 货值金额10,000元 at 20%–50%: 2,000–5,000元
        assertBounds("TL-51-1", "10000", "2000", "5000");
        assertBounds("TL-52-1", "10000", "2000", "5000");
        assertBounds("TL-52-4", "10000", "2000", "5000");
        assertBounds("TL-52-3", "10000", "1000", "2000");
        // 1倍以上2倍以下
        assertBounds("TL-53-1", "10000", "10000", "20000");
        assertBounds("TL-53-2", "250000", "250000", "500000");
        // 50%以上1倍以下
        assertBounds("TL-54", "10000", "5000", "10000");
        assertBounds("TL-54", "86400", "43200", "86400");
        assertBounds("TL-55", "10000", "1000", "2000");
        // 进货总额5%以上10%以下
        assertBounds("TL-56", "10000", "500", "1000");
        assertBounds("TL-56", "3000", "150", "300");
        assertBounds("TL-57", "10000", "2000", "5000");
        assertBounds("TL-57", "1", "0.20", "0.50");
        assertBounds("TL-58", "120000", "24000", "60000");
        assertBounds("TL-59", "1000000", "100000", "200000");
        assertBounds("TL-60", "10000", "2000", "5000");
        // amounts that do not divide evenly are rounded inward to the fen: 33.33 × 20% = 6.666, × 50% = 16.665
        assertBounds("TL-60", "33.33", "6.67", "16.66");
    }

    @Example
    void noRangeWithoutTheAmount_andNoneForItemsWithoutAFine() {
        for (ViolationItem item : FRAME.items()) {
            assertThat(item.fineBoundsFor(Optional.empty())).as(item.code()).isEmpty();
            assertThat(item.fineBoundsFor(Optional.of(BigDecimal.ZERO))).as(item.code()).isEmpty();
        }
        assertThat(item("TL-51-2").fineBoundsFor(Optional.of(new BigDecimal("10000")))).isEmpty();
        assertThat(item("TL-52-2").clauses()).extracting(PenaltyClause::kind)
                .containsExactly(PenaltyKind.CONFISCATION_OF_GAINS);
        assertThat(item("TL-53-1").clauses()).extracting(PenaltyClause::kind)
                .containsExactly(PenaltyKind.ORDERED_TO_CLOSE, PenaltyKind.CONFISCATION_OF_GAINS, PenaltyKind.FINE);
        assertThat(item("TL-59").clauses()).extracting(PenaltyClause::kind).containsExactly(PenaltyKind.FINE);
    }

    @Property(tries = 500)
    void boundsLieWithinTheFactorsTimesTheBase(@ForAll("finedItems") ViolationItem item,
            @ForAll("bases") BigDecimal base) {
        FineRange.Multiple range = (FineRange.Multiple) item.fine().orElseThrow();
        Optional<FineBounds> bounds = item.fineBoundsFor(Optional.of(base));
        if (base.signum() == 0) {
            assertThat(bounds).isEqualTo(range.withoutBase().map(w -> w.range().boundsFor(Optional.empty())
                    .orElseThrow()).map(b -> new FineBounds(b.min(), b.max(), FineBounds.Source.WITHOUT_BASE)));
            return;
        }
        FineBounds b = bounds.orElseThrow();
        BigDecimal least = base.multiply(range.minFactor().orElse(BigDecimal.ZERO));
        BigDecimal most = base.multiply(range.maxFactor());
        assertThat(b.source()).isEqualTo(FineBounds.Source.MULTIPLE);
        assertThat(b.max()).isLessThanOrEqualTo(most).isGreaterThan(most.subtract(new BigDecimal("0.01")));
        assertThat(b.min()).isLessThanOrEqualTo(b.max());
        if (least.setScale(2, RoundingMode.CEILING).compareTo(most) <= 0) {
            assertThat(b.min()).isGreaterThanOrEqualTo(least);
        } else {
            // no whole fen lies in the statutory range (a base of a few fen): core collapses it to max, below least
            assertThat(b.min()).isEqualByComparingTo(b.max());
        }
    }

    @Provide
    Arbitrary<ViolationItem> finedItems() {
        return Arbitraries.of(FRAME.items().stream().filter(i -> i.fine().orElse(null) instanceof FineRange.Multiple)
                .toList());
    }

    @Provide
    Arbitrary<BigDecimal> bases() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000000")).ofScale(2),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("1000000000000.00")));
    }

    private static void assertBounds(String code, String base, String min, String max) {
        FineBounds bounds = item(code).fineBoundsFor(Optional.of(new BigDecimal(base))).orElseThrow();
        assertThat(bounds.min()).as(code + " min for " + base).isEqualByComparingTo(min);
        assertThat(bounds.max()).as(code + " max for " + base).isEqualByComparingTo(max);
    }

    private static ViolationItem item(String code) {
        return FRAME.item(code).orElseThrow();
    }

    private static List<Provision> applied(String code) {
        return item(code).applied().provisions();
    }
}
