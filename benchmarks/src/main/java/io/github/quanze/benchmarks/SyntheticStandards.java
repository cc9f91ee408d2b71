package io.github.quanze.benchmarks;

import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.atMost;
import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.Cell.range;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.StatutoryMitigation;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic statutory frame and discretion standards (某省市场监管行政处罚裁量基准) for benchmarks, generated
 * deterministically from a seed: {@code items} violation items of an invented local regulation, half with a fixed
 * fine range in yuan (a fifth of those without a minimum, "…元以下"), half with a multiple of one of the
 * {@link FineBase}s, a third of all items also confiscating illegal gains.
 * <p>
 * The standard grades every item as {@code TobaccoStandards} in the examples does: a row for a party the statute says
 * must be treated lighter (行政处罚法 Arts 30, 32) gives the 从轻 tier; then three bands of the amount involved, each
 * item with its own two thresholds (1,000 and 10,000 yuan, 5,000 and 50,000, or 10,000 and 100,000): below the lower
 * and not repeated 从轻, up to the upper and not repeated 一般, from the upper on 从重; a repeated offence 从重. Each
 * statutory range is cut into three equal parts, the tiers' ranges, at whole yuan for a fixed range and at four
 * decimal places for a multiple. The middle of a tier's range is the default fine.
 * <p>
 * A county standard (某县…细化标准, {@value #COUNTY_NUMBER}) implements it for every item on the same rows, each tier's
 * range narrowed by a quarter of its span at either end. Flaws can be planted in both ({@link #generate(int, long,
 * int)}): a provincial 从重 tier above the statutory maximum, a county 一般 tier starting below the provincial one.
 * <p>
 * Every item's tiers, thresholds and statutory range are also returned as plain data ({@link ItemSpec}), from which
 * the hand-written peers ({@link HandWrittenDiscretion}, {@link HandWrittenStandardCheck}) build their constants:
 * quanze's standards and the peers are built from the same generated specification, not one from the other.
 */
public final class SyntheticStandards {

    /** The seed of the benchmark's standard. */
    public static final long SEED = 20210722L;

    /** The number of items of the benchmark's standard. */
    public static final int ITEMS = 300;

    /** The amount involved (涉案金额), in whole yuan; graver when greater. */
    public static final Column AMOUNT = Column.ofLong("amount", 0, 1_000_000_000_000L).graverWhenGreater();
    /** Whether the party has been penalised for the same act before (再次违法); graver when true. */
    public static final Column REPEATED = Column.ofBoolean("repeated").graverWhenGreater();

    /** The 文号 of the provincial standard. */
    public static final String PROVINCE_NUMBER = "某市监法〔2024〕30号";
    /** The first day the provincial standard is in force. */
    public static final LocalDate PROVINCE_FROM = LocalDate.of(2024, 1, 1);

    /** The 文号 of the county standard. */
    public static final String COUNTY_NUMBER = "某县市监〔2025〕5号";
    /** The first day the county standard is in force. */
    public static final LocalDate COUNTY_FROM = LocalDate.of(2025, 1, 1);

    /** The invented local regulation every item breaches and is punished under. */
    static final LegalInstrument REGULATION = LegalInstrument.builder().title("某省市场秩序条例（示例）")
            .level(InstrumentLevel.LOCAL_REGULATION).adoptionDate(LocalDate.of(2023, 9, 28))
            .effectiveDate(LocalDate.of(2023, 12, 1)).build();

    private static final BilingualText ILLUSTRATIVE = BilingualText.of("示例格次，非正式发布的裁量基准",
            "an illustrative tier, not a published standard");
    private static final long[][] BANDS = {{1_000, 10_000}, {5_000, 50_000}, {10_000, 100_000}};
    private static final long[] FIXED_MINIMA = {500, 1_000, 2_000, 5_000, 10_000};
    private static final long[] FIXED_SPANS = {5, 10, 20};
    private static final long[] AT_MOST = {2_000, 5_000, 10_000, 30_000, 50_000};
    private static final String[][] FACTORS = {{"0.1", "0.2"}, {"0.2", "0.5"}, {"0.5", "1"}, {"1", "2"}, {"1", "3"},
        {"1", "5"}, {"2", "5"}};
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    /**
     * One item's tiers as plain data: the statute's form, the three tiers' ranges (从轻, 一般, 从重) as yuan or as
     * factors of the base, the item's two thresholds of the amount and the kinds every tier imposes.
     *
     * @param code  the item's code
     * @param base  the base of a multiple, empty for a fixed range
     * @param statuteLow  the least of the statutory range: whole yuan, or a factor; 0 for none
     * @param statuteHigh  the most of the statutory range
     * @param lows  the least of each tier's range, lightest first: whole yuan, or factors; 0 for none
     * @param highs  the most of each tier's range, lightest first
     * @param lower  the lower threshold of the amount: below it, 从轻
     * @param upper  the upper threshold: from it on, 从重
     * @param kinds  the kinds each tier imposes
     */
    public record ItemSpec(String code, Optional<FineBase> base, BigDecimal statuteLow, BigDecimal statuteHigh,
            List<BigDecimal> lows, List<BigDecimal> highs, long lower, long upper, Set<PenaltyKind> kinds) {

        /** The same item with other tiers' ranges. */
        ItemSpec withTiers(List<BigDecimal> newLows, List<BigDecimal> newHighs) {
            return new ItemSpec(code, base, statuteLow, statuteHigh, List.copyOf(newLows), List.copyOf(newHighs),
                    lower, upper, kinds);
        }

        /** The scale of this item's amounts: 0 for whole yuan, 4 for factors. */
        int scale() {
            return base.isPresent() ? 4 : 0;
        }
    }

    private final StatutoryFrame frame;
    private final List<ItemSpec> specs;
    private final DiscretionStandard provincial;
    private final List<ItemSpec> countySpecs;
    private final DiscretionStandard county;

    private SyntheticStandards(int items, long seed, int flawPercent) {
        Random random = new Random(seed);
        Random flaws = new Random(seed + 1);
        List<ViolationItem> frameItems = new ArrayList<>();
        List<ItemSpec> itemSpecs = new ArrayList<>();
        List<ItemSpec> narrowed = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            String code = String.format("SC-%03d", i + 1);
            boolean confiscation = random.nextInt(3) == 0;
            FineRange range = random.nextBoolean() ? fixed(random) : multiple(random);
            ViolationItem.Builder item = ViolationItem.builder().code(code).name("违反某省市场秩序条例第" + (10 + i)
                    + "条的行为（示例）").breached(LegalBasis.of(Provision.of(REGULATION, 10 + i)))
                    .applied(LegalBasis.of(Provision.of(REGULATION, 400 + i)));
            if (confiscation) {
                item.addClause(PenaltyClause.of(PenaltyKind.CONFISCATION_OF_GAINS));
            }
            frameItems.add(item.addClause(PenaltyClause.fine(range)).build());
            long[] band = BANDS[random.nextInt(BANDS.length)];
            ItemSpec spec = spec(code, range, band, confiscation);
            if (flaws.nextInt(100) < flawPercent) {
                spec = aboveMaximum(spec);
            }
            itemSpecs.add(spec);
            narrowed.add(narrowed(spec, flaws.nextInt(100) < flawPercent));
        }
        this.frame = StatutoryFrame.of(frameItems);
        this.specs = List.copyOf(itemSpecs);
        this.countySpecs = List.copyOf(narrowed);
        DiscretionStandard.Builder p = DiscretionStandard.builder().title("某省市场监管行政处罚裁量基准（示例）")
                .issuer("某省市场监督管理局").number(PROVINCE_NUMBER).level(StandardLevel.PROVINCIAL)
                .effective(PROVINCE_FROM).frame(frame).circumstances(AMOUNT, REPEATED).midpointDefault(true);
        DiscretionStandard.Builder c = DiscretionStandard.builder().title("某县市场监管行政处罚裁量基准细化标准（示例）")
                .issuer("某县市场监督管理局").number(COUNTY_NUMBER).level(StandardLevel.COUNTY).effective(COUNTY_FROM)
                .implementing(PROVINCE_NUMBER).frame(frame).circumstances(AMOUNT, REPEATED).midpointDefault(true);
        for (int i = 0; i < items; i++) {
            p.item(specs.get(i).code(), tiers(frameItems.get(i), specs.get(i)));
            c.item(countySpecs.get(i).code(), tiers(frameItems.get(i), countySpecs.get(i)));
        }
        this.provincial = p.build();
        this.county = c.build();
    }

    /**
     * Generates a frame, its provincial standard and a county standard narrowing it, without flaws.
     *
     * @param items  the number of items, at least 1
     * @param seed  the seed
     * @return the generated standards, not null
     */
    public static SyntheticStandards generate(int items, long seed) {
        return new SyntheticStandards(items, seed, 0);
    }

    /**
     * Generates a frame, its provincial standard and a county standard narrowing it, with planted flaws: in about
     * {@code flawPercent} percent of the provincial items the 从重 tier's most is 10% above the statutory maximum,
     * and in about as many county items the 一般 tier starts below the provincial 一般 tier. The standards are the
     * unflawed ones but for the flaws.
     *
     * @param items  the number of items, at least 1
     * @param seed  the seed
     * @param flawPercent  the percentage of items flawed in each standard, 0 to 100
     * @return the generated standards, not null
     */
    public static SyntheticStandards generate(int items, long seed, int flawPercent) {
        return new SyntheticStandards(items, seed, flawPercent);
    }

    /**
     * Returns the statutory frame.
     *
     * @return the frame, not null
     */
    public StatutoryFrame frame() {
        return frame;
    }

    /**
     * Returns the provincial standard.
     *
     * @return the standard, not null
     */
    public DiscretionStandard provincial() {
        return provincial;
    }

    /**
     * Returns each item's provincial tiers as plain data, in the frame's order.
     *
     * @return the specifications, not null
     */
    public List<ItemSpec> specs() {
        return specs;
    }

    /**
     * Returns the county standard: every item of the frame, each tier's range the provincial one's less a quarter
     * of its span at either end (at whole yuan or four places), on the same rows.
     *
     * @return the standard, not null
     */
    public DiscretionStandard county() {
        return county;
    }

    /**
     * Returns each item's county tiers as plain data, in the frame's order.
     *
     * @return the specifications, not null
     */
    public List<ItemSpec> countySpecs() {
        return countySpecs;
    }

    /** The item with its 从重 tier's most 10% above the statute's maximum. */
    private static ItemSpec aboveMaximum(ItemSpec spec) {
        List<BigDecimal> highs = new ArrayList<>(spec.highs());
        highs.set(2, spec.statuteHigh().multiply(new BigDecimal("1.1")).setScale(spec.scale(), RoundingMode.HALF_UP));
        return spec.withTiers(spec.lows(), highs);
    }

    /** Each tier less a quarter of its span at either end; if flawed, the 一般 tier starting that much lower. */
    private static ItemSpec narrowed(ItemSpec spec, boolean flawed) {
        List<BigDecimal> lows = new ArrayList<>();
        List<BigDecimal> highs = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            BigDecimal low = spec.lows().get(t);
            BigDecimal high = spec.highs().get(t);
            BigDecimal quarter = high.subtract(low).divide(BigDecimal.valueOf(4), spec.scale(), RoundingMode.DOWN);
            lows.add(flawed && t == 1 ? low.subtract(quarter) : low.add(quarter));
            highs.add(high.subtract(quarter));
        }
        return spec.withTiers(lows, highs);
    }

    private static FineRange fixed(Random random) {
        if (random.nextInt(5) == 0) {
            return FineRange.atMost(BigDecimal.valueOf(AT_MOST[random.nextInt(AT_MOST.length)]));
        }
        long min = FIXED_MINIMA[random.nextInt(FIXED_MINIMA.length)];
        return FineRange.between(BigDecimal.valueOf(min),
                BigDecimal.valueOf(min * FIXED_SPANS[random.nextInt(FIXED_SPANS.length)]));
    }

    private static FineRange multiple(Random random) {
        String[] factors = FACTORS[random.nextInt(FACTORS.length)];
        FineBase[] bases = FineBase.values();
        return FineRange.multiple(bases[random.nextInt(bases.length)], new BigDecimal(factors[0]),
                new BigDecimal(factors[1]));
    }

    /** Cuts the statutory range into three equal parts: whole yuan for a fixed range, four places for a factor. */
    private static ItemSpec spec(String code, FineRange range, long[] band, boolean confiscation) {
        BigDecimal low;
        BigDecimal high;
        int scale;
        Optional<FineBase> base;
        if (range instanceof FineRange.Multiple m) {
            low = m.minFactor().orElseThrow();
            high = m.maxFactor();
            scale = 4;
            base = Optional.of(m.base());
        } else {
            FineRange.Fixed f = (FineRange.Fixed) range;
            low = f.min().orElse(BigDecimal.ZERO);
            high = f.max();
            scale = 0;
            base = Optional.empty();
        }
        BigDecimal span = high.subtract(low);
        BigDecimal first = low.add(span.divide(THREE, scale, RoundingMode.HALF_UP));
        BigDecimal second = low.add(span.multiply(BigDecimal.valueOf(2)).divide(THREE, scale, RoundingMode.HALF_UP));
        Set<PenaltyKind> kinds = confiscation ? EnumSet.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GAINS)
                : EnumSet.of(PenaltyKind.FINE);
        return new ItemSpec(code, base, low, high, List.of(low, first, second), List.of(first, second, high), band[0],
                band[1], Set.copyOf(kinds));
    }

    /** The tiers of an item: 应当从轻 first, then by the item's bands of the amount and repetition. */
    private static TableSpec<Tier> tiers(ViolationItem item, ItemSpec spec) {
        Tier lighter = tier(TierLevel.LIGHTER, spec, 0);
        Tier ordinary = tier(TierLevel.ORDINARY, spec, 1);
        Tier heavier = tier(TierLevel.HEAVIER, spec, 2);
        String code = spec.code();
        return DiscretionStandard.tiers(code).columns(AMOUNT, REPEATED, DiscretionStandard.MITIGATION_COLUMN)
                .row(code + ".M").title(BilingualText.of("有法定应当从轻或者减轻情节", "a statutory ground of mitigation"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("mitigation", is(StatutoryMitigation.MUST)).then(lighter)
                .row(code + ".1").title(BilingualText.of("涉案金额不足" + spec.lower() + "元，初次违法",
                        "under " + spec.lower() + " yuan, not repeated"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("amount", atMost(spec.lower() - 1)).when("repeated", is(false)).then(lighter)
                .row(code + ".2").title(BilingualText.of("涉案金额" + spec.lower() + "元以上不足" + spec.upper() + "元",
                        spec.lower() + " to " + (spec.upper() - 1) + " yuan"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("amount", range(spec.lower(), spec.upper() - 1)).when("repeated", is(false)).then(ordinary)
                .row(code + ".3").title(BilingualText.of("涉案金额" + spec.upper() + "元以上", spec.upper()
                        + " yuan or more"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("amount", atLeast(spec.upper())).then(heavier)
                .row(code + ".4").title(BilingualText.of("再次违法", "a repeated offence"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("repeated", is(true)).then(heavier)
                .build();
    }

    private static Tier tier(TierLevel level, ItemSpec spec, int index) {
        BigDecimal low = spec.lows().get(index);
        BigDecimal high = spec.highs().get(index);
        PenaltyKind[] others = spec.kinds().stream().filter(k -> k != PenaltyKind.FINE).toArray(PenaltyKind[]::new);
        FineRange range = spec.base().isPresent() ? FineRange.multiple(spec.base().get(), low, high)
                : low.signum() == 0 ? FineRange.atMost(high) : FineRange.between(low, high);
        return Tier.of(level, range, others);
    }
}
