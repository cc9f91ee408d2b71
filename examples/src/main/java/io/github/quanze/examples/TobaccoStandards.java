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
 * 从重; a party the statute says must be treated lighter (行政处罚法 Arts 30, 32) gets the 从轻 tier. Issuers, 文号 and
 * thresholds are invented; the statutory ranges are the regulation's.
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
     * The tiers of an item: 应当从轻 first, then by amount and repetition. Items without a fine get one tier of their
     * other penalties; an optional fine (可以处) is graded as a mandatory one, since without it no penalty is left.
     */
    private static TableSpec<Tier> tiers(ViolationItem item, BigDecimal ordinaryShift) {
        TableSpec.Builder<Tier> spec = DiscretionStandard.tiers(item.code());
        Set<PenaltyKind> others = EnumSet.noneOf(PenaltyKind.class);
        item.clauses().stream().filter(c -> c.kind() != PenaltyKind.FINE && c.mandatory())
                .forEach(c -> others.add(c.kind()));
        Optional<PenaltyClause> fine = item.clause(PenaltyKind.FINE);
        String code = item.code();
        if (fine.isEmpty()) {
            // confiscation is all the statute gives: a party to be mitigated gets it as the 从轻 tier
            return spec.columns(DiscretionStandard.MITIGATION_COLUMN)
                    .row(code + ".M").title(title("有法定应当从轻或者减轻情节", "a statutory ground of mitigation"))
                    .basis(item.applied()).interpretation(ILLUSTRATIVE)
                    .when("mitigation", is(StatutoryMitigation.MUST))
                    .then(new Tier(TierLevel.LIGHTER, others, Optional.empty()))
                    .row(code + ".1").title(title("依法没收", "confiscation as the law says"))
                    .basis(item.applied()).interpretation(ILLUSTRATIVE)
                    .then(new Tier(TierLevel.ORDINARY, others, Optional.empty())).build();
        }
        FineRange.Multiple range = (FineRange.Multiple) fine.get().fine().orElseThrow();
        BigDecimal low = range.minFactor().orElse(BigDecimal.ZERO);
        BigDecimal span = range.maxFactor().subtract(low);
        BigDecimal first = low.add(span.divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP));
        BigDecimal second = low.add(span.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), 4,
                RoundingMode.HALF_UP));
        Tier lighter = tier(TierLevel.LIGHTER, range, low, first, others);
        Tier ordinary = tier(TierLevel.ORDINARY, range, first.add(ordinaryShift), second.add(ordinaryShift), others);
        Tier heavier = tier(TierLevel.HEAVIER, range, second, range.maxFactor(), others);
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

    private static Tier tier(TierLevel level, FineRange.Multiple statute, BigDecimal min, BigDecimal max,
            Set<PenaltyKind> others) {
        return Tier.of(level, FineRange.multiple(statute.base(), min, max), others.toArray(PenaltyKind[]::new));
    }

    private static BilingualText title(String zh, String en) {
        return BilingualText.of(zh, en);
    }
}
