package io.github.quanze.examples;

import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.atMost;
import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.Cell.range;

import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.StandardLevel;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tobacco bureau's discretion standards (烟草专卖行政处罚裁量基准): a provincial standard grading all fifteen items
 * of {@link TobaccoFrame}, and a county standard implementing it for four retail items, with one planted breach of
 * the provincial level.
 * <p>
 * The tiers are illustrative: no national tobacco standard was available to us, and the provincial standards we
 * could see only in part (such as the 河北省烟草专卖局 standard revised by 冀烟法〔2021〕36号) grade by 档次 keyed to
 * quantities and amounts. Following that shape, each statutory range is cut into three equal parts (从轻, 一般, 从重)
 * by the amount involved (below 5,000 yuan, to 49,999 yuan, 50,000 yuan or more); a repeated offence is graded
 * 从重; a party the statute says must be treated lighter (行政处罚法 Arts 30, 32) gets the 从轻 tier where the statute
 * gives a fine to grade. Issuers, 文号 and thresholds are invented; the statutory ranges are the regulation's. Besides
 * the planted breach, verification reports the two items whose only penalty is 没收违法所得 (TL-51-2, TL-52-2) as
 * having no lighter tier for a party to be treated lighter: there is nothing lighter to give.
 */
final class TobaccoStandards {

    /** The amount involved (涉案金额), in whole yuan; graver when greater. */
    static final Column AMOUNT = Column.ofLong("amount", 0, 1_000_000_000_000L).graverWhenGreater();
    /** Whether the party has been penalised for the same act before (再次违法); graver when true. */
    static final Column REPEATED = Column.ofBoolean("repeated").graverWhenGreater();

    static final String PROVINCE_NUMBER = "某烟法〔2024〕12号";
    static final String COUNTY_NUMBER = "某县烟〔2025〕3号";
    static final LocalDate PROVINCE_FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate COUNTY_FROM = LocalDate.of(2025, 3, 1);

    private static final BilingualText ILLUSTRATIVE = BilingualText.of("示例格次，非正式发布的裁量基准",
            "an illustrative tier, not a published standard");

    private static final DiscretionStandard PROVINCE = province();
    private static final DiscretionStandard COUNTY = county();
    private static final PenaltyDiscretion CITY = PenaltyDiscretion.of(List.of(PROVINCE));
    private static final PenaltyDiscretion COUNTY_BUREAU = PenaltyDiscretion.of(List.of(PROVINCE, COUNTY));

    private TobaccoStandards() {}

    /** Returns the provincial standard: fifteen items; 首违不罚 for TL-56. */
    static DiscretionStandard provincial() {
        return PROVINCE;
    }

    /** Returns the county standard: four retail items, one tier below the provincial one (the planted breach). */
    static DiscretionStandard countyStandard() {
        return COUNTY;
    }

    /** Returns the discretion of the city bureau: the provincial standard. */
    static PenaltyDiscretion city() {
        return CITY;
    }

    /** Returns the discretion of the county bureau: the county standard, and the provincial one where it is silent. */
    static PenaltyDiscretion countyBureau() {
        return COUNTY_BUREAU;
    }

    private static DiscretionStandard province() {
        DiscretionStandard.Builder b = DiscretionStandard.builder().title("烟草专卖行政处罚裁量基准（示例）")
                .issuer("某省烟草专卖局").number(PROVINCE_NUMBER).level(StandardLevel.PROVINCIAL)
                .effective(PROVINCE_FROM).frame(TobaccoFrame.frame()).circumstances(AMOUNT, REPEATED)
                .midpointDefault(true).firstOffenceExempt("TL-56");
        for (ViolationItem item : TobaccoFrame.frame().items()) {
            b.item(item.code(), tiers(item, BigDecimal.ZERO));
        }
        return b.build();
    }

    private static DiscretionStandard county() {
        DiscretionStandard.Builder b = DiscretionStandard.builder().title("烟草专卖行政处罚裁量基准细化标准（示例）")
                .issuer("某县烟草专卖局").number(COUNTY_NUMBER).level(StandardLevel.COUNTY).effective(COUNTY_FROM)
                .implementing(PROVINCE_NUMBER).frame(TobaccoFrame.frame()).circumstances(AMOUNT, REPEATED)
                .midpointDefault(true).firstOffenceExempt("TL-56");
        for (String code : List.of("TL-56", "TL-58", "TL-60")) {
            b.item(code, tiers(TobaccoFrame.frame().item(code).orElseThrow(), BigDecimal.ZERO));
        }
        // the planted breach: the county's 一般 tier for retail without a licence starts 5 points below the province's
        return b.item("TL-57", tiers(TobaccoFrame.frame().item("TL-57").orElseThrow(), new BigDecimal("-0.05")))
                .build();
    }

    /**
     * The tiers of an item: 应当从轻 first, then by amount and repetition. Where the statute's fine is optional (可以处,
     * as for TL-56, TL-52-3 and TL-53-2, where 没收违法所得 is mandatory) this illustrative standard imposes it in every
     * tier: that is the agency's choice in the example, not the statute's, which leaves a decision without a fine
     * lawful. An item whose only penalty is 没收违法所得 (TL-51-2, TL-52-2) gets one tier at 一般, without
     * conditions: the statute leaves nothing lighter to give, so a party the law says must be treated lighter gets
     * the same penalty, and the verification reports that the standard has no lighter tier for such a party.
     *
     * @param ordinaryShift  how far the 一般 tier is moved: in factors of the base for a multiple of it, in shares of
     *        the statutory maximum for a fixed range
     */
    private static TableSpec<Tier> tiers(ViolationItem item, BigDecimal ordinaryShift) {
        TableSpec.Builder<Tier> spec = DiscretionStandard.tiers(item.code());
        Set<PenaltyKind> others = EnumSet.noneOf(PenaltyKind.class);
        item.clauses().stream().filter(c -> c.kind() != PenaltyKind.FINE && c.mandatory())
                .forEach(c -> others.add(c.kind()));
        Optional<PenaltyClause> fine = item.clause(PenaltyKind.FINE);
        String code = item.code();
        if (fine.isEmpty()) {
            return spec.columns(DiscretionStandard.MITIGATION_COLUMN)
                    .row(code + ".1").title(title("依法没收违法所得；法定罚则仅此一项，应当从轻或者减轻处罚的当事人亦同",
                            "confiscation of illegal gains, the only penalty the statute gives, for a party to be "
                                    + "given a lighter or mitigated penalty too"))
                    .basis(item.applied()).interpretation(ILLUSTRATIVE)
                    .then(new Tier(TierLevel.ORDINARY, others, Optional.empty())).build();
        }
        List<FineRange> thirds = thirds(fine.get().fine().orElseThrow(), ordinaryShift);
        PenaltyKind[] kinds = others.toArray(PenaltyKind[]::new);
        Tier lighter = Tier.of(TierLevel.LIGHTER, thirds.get(0), kinds);
        Tier ordinary = Tier.of(TierLevel.ORDINARY, thirds.get(1), kinds);
        Tier heavier = Tier.of(TierLevel.HEAVIER, thirds.get(2), kinds);
        return spec.columns(AMOUNT, REPEATED, DiscretionStandard.MITIGATION_COLUMN)
                .row(code + ".M").title(title("有法定应当从轻或者减轻情节", "a statutory ground of mitigation"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("mitigation", is(StatutoryMitigation.MUST)).then(lighter)
                .row(code + ".1").title(title("涉案金额不足5000元，初次违法", "under 5,000 yuan, not repeated"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("amount", atMost(4_999)).when("repeated", is(false)).then(lighter)
                .row(code + ".2").title(title("涉案金额5000元以上不足5万元", "5,000 to 49,999 yuan"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("amount", range(5_000, 49_999)).when("repeated", is(false)).then(ordinary)
                .row(code + ".3").title(title("涉案金额5万元以上", "50,000 yuan or more"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("amount", atLeast(50_000)).then(heavier)
                .row(code + ".4").title(title("再次违法", "a repeated offence"))
                .basis(item.applied()).interpretation(ILLUSTRATIVE)
                .when("repeated", is(true)).then(heavier)
                .build();
    }

    /**
     * The statutory range cut into three equal parts, lightest first: factors to 4 decimal places for a multiple of
     * a base, yuan to the fen for a fixed range. A range with no minimum (…以下) starts at 0, so its lightest part has
     * no minimum either. The middle part is moved by {@code ordinaryShift}.
     */
    static List<FineRange> thirds(FineRange statute, BigDecimal ordinaryShift) {
        if (statute instanceof FineRange.Multiple m) {
            BigDecimal[] cuts = cuts(m.minFactor(), m.maxFactor(), 4);
            return List.of(m.minFactor().isPresent() ? FineRange.multiple(m.base(), cuts[0], cuts[1])
                            : FineRange.multipleAtMost(m.base(), cuts[1]),
                    FineRange.multiple(m.base(), cuts[1].add(ordinaryShift), cuts[2].add(ordinaryShift)),
                    FineRange.multiple(m.base(), cuts[2], m.maxFactor()));
        }
        FineRange.Fixed f = (FineRange.Fixed) statute;
        BigDecimal[] cuts = cuts(f.min(), f.max(), 2);
        BigDecimal shift = ordinaryShift.multiply(f.max()).setScale(2, RoundingMode.HALF_UP);
        return List.of(f.min().isPresent() ? FineRange.between(cuts[0], cuts[1]) : FineRange.atMost(cuts[1]),
                FineRange.between(cuts[1].add(shift), cuts[2].add(shift)), FineRange.between(cuts[2], f.max()));
    }

    /** The low end (0 without a minimum) and the two cuts at a third and two thirds, to {@code scale} places. */
    private static BigDecimal[] cuts(Optional<BigDecimal> min, BigDecimal max, int scale) {
        BigDecimal low = min.orElse(BigDecimal.ZERO);
        BigDecimal span = max.subtract(low);
        return new BigDecimal[] {low, low.add(span.divide(BigDecimal.valueOf(3), scale, RoundingMode.HALF_UP)),
            low.add(span.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), scale, RoundingMode.HALF_UP))};
    }

    private static BilingualText title(String zh, String en) {
        return BilingualText.of(zh, en);
    }
}
