package io.github.quanze.examples;

import static io.github.quanze.discretion.FineBase.BUSINESS_VOLUME;
import static io.github.quanze.discretion.FineBase.GOODS_VALUE;
import static io.github.quanze.discretion.FineBase.PURCHASES;
import static io.github.quanze.discretion.FineBase.SALES;
import static io.github.quanze.discretion.PenaltyKind.CONFISCATION_OF_GAINS;
import static io.github.quanze.discretion.PenaltyKind.ORDERED_TO_CLOSE;
import static io.github.quanze.examples.TobaccoLaw.REGULATION;
import static io.github.quanze.examples.TobaccoLaw.TOBACCO_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.ViolationItem;
import java.math.BigDecimal;
import java.util.List;

/**
 * The statutory frame of the tobacco monopoly penalties (法定处罚幅度表): the violation items of Arts 51–60 of the
 * 烟草专卖法实施条例 as revised on 2023-07-20 ({@link TobaccoLaw#REGULATION}), each with its 违法依据, its 处罚依据 and
 * the penalties and fine ranges the articles set. Codes are TL-article-item (TL-52-3: Art 52 item (三)).
 * <p>
 * Ranges are taken from the statute's text (LawRefBook/Laws, 行政法规/烟草专卖法实施条例(2023-07-20).md). The
 * percentages and multiples are of the amount each article names, mapped to the nearest {@link FineBase}:
 * 烟叶价值, 烟草专卖品价值 and 烟草制品价值 to {@link FineBase#GOODS_VALUE}; 违法经营总额 to
 * {@link FineBase#BUSINESS_VOLUME}; 违法销售总额, 批发总额 and 销售总额 to {@link FineBase#SALES}; 进货总额 to
 * {@link FineBase#PURCHASES}. No article sets a range for a case without the amount, so none is given here.
 * <p>
 * Where Arts 51–54 apply 烟草专卖法 Arts 28–31, both are cited as 处罚依据. The 2023 edition cites the law by its
 * present numbering (Arts 28–31, after the 2015 amendment); the 2021 edition still cited Arts 30–33, the numbering
 * before 2015. The items cite the law as amended on 2015-04-24 ({@link TobaccoLaw#TOBACCO_LAW}).
 * <p>
 * Left out, as the frame cannot express them as the statute says: the compulsory purchase of the leaf or goods at
 * 70% of a price (Arts 51(一), 52(一)), which is no penalty of 行政处罚法 Art 9; 没收 of the tobacco itself
 * (Arts 51(二), 52(二)), which would be mapped to 没收非法财物 by interpretation only; 公开销毁 (Arts 53, 58); and the
 * orders to stop the unlawful act (责令停止生产、经营、销售), which correct rather than punish. Each item says which.
 */
final class TobaccoFrame {

    private static final BigDecimal P5 = new BigDecimal("0.05");
    private static final BigDecimal P10 = new BigDecimal("0.1");
    private static final BigDecimal P20 = new BigDecimal("0.2");
    private static final BigDecimal P50 = new BigDecimal("0.5");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TWO = new BigDecimal("2");

    /**
     * Art 51(一): 擅自收购烟叶, 可以处非法收购烟叶价值20%以上50%以下的罚款. The compulsory purchase of the leaf at 70% of
     * the provincial average price (并按照…收购违法收购的烟叶) is no penalty kind and is left out.
     */
    static final ViolationItem UNAUTHORISED_LEAF_PURCHASE = bare("TL-51-1", "擅自收购烟叶",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 10), Provision.of(REGULATION, 16)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 28), Provision.ofItem(REGULATION, 51, 1)))
            .addClause(PenaltyClause.optionalFine(multiple(GOODS_VALUE, P20, P50)))
            .build();

    /**
     * Art 51(二): 擅自收购烟叶1000公斤以上, 依法没收其违法收购的烟叶和违法所得. Only 没收违法所得 is encoded: 没收违法收购的
     * 烟叶 is 没收非法财物 only by interpretation, so it is left out. Whether the fine of item (一) applies as well the
     * article does not say; the act is also item TL-51-1.
     */
    static final ViolationItem LARGE_LEAF_PURCHASE = item("TL-51-2", "擅自收购烟叶1000公斤以上",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 10), Provision.of(REGULATION, 16)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 28), Provision.ofItem(REGULATION, 51, 2)))
            .build();

    /**
     * Art 52(一): 无准运证或者超过准运证规定的数量托运或者自运烟草专卖品, 处以违法运输的烟草专卖品价值20%以上50%以下的
     * 罚款. The purchase of the goods at 70% of a price (可以…收购) is no penalty kind and is left out.
     */
    static final ViolationItem TRANSPORT_WITHOUT_PERMIT = bare("TL-52-1", "无准运证或者超过准运证规定的数量托运或者自运烟草专卖品",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 21), Provision.of(REGULATION, 34)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 29, 1), Provision.ofItem(REGULATION, 52, 1)))
            .addClause(PenaltyClause.fine(multiple(GOODS_VALUE, P20, P50)))
            .build();

    /**
     * Art 52(二): unlawful transport in one of the eight serious cases it lists (value above 50,000 yuan or more than
     * 100 件 of cigarettes, penalised twice before, …), 没收违法运输的烟草专卖品和违法所得. Only 没收违法所得 is encoded;
     * 没收 of the goods transported would be 没收非法财物 only by interpretation and is left out. The eight cases are
     * facts of the case, not part of the frame.
     */
    static final ViolationItem SERIOUS_TRANSPORT = item("TL-52-2", "非法运输烟草专卖品情节严重",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 21), Provision.of(REGULATION, 34)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 29, 1), Provision.ofItem(REGULATION, 52, 2)))
            .build();

    /** Art 52(三): 承运人明知是烟草专卖品而为无准运证的单位、个人运输, 没收违法所得，可以并处…价值10%以上20%以下的罚款. */
    static final ViolationItem CARRIER = item("TL-52-3", "承运人明知是烟草专卖品而为无准运证的单位、个人运输",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 21)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 29, 2), Provision.ofItem(REGULATION, 52, 3)))
            .addClause(PenaltyClause.optionalFine(multiple(GOODS_VALUE, P10, P20)))
            .build();

    /**
     * Art 52(四): 邮寄、异地携带烟叶、烟草制品超过限量1倍以上, punished as item (一): 20%–50% of the value of the goods.
     * As in item (一), the purchase at 70% of a price is left out.
     */
    static final ViolationItem OVER_LIMIT = bare("TL-52-4", "邮寄、异地携带烟叶、烟草制品超过国务院有关部门规定的限量1倍以上",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 22)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 29, 3), Provision.ofItem(REGULATION, 52, 4),
                    Provision.ofItem(REGULATION, 52, 1)))
            .addClause(PenaltyClause.fine(multiple(GOODS_VALUE, P20, P50)))
            .build();

    /**
     * Art 53(一): 无烟草专卖生产企业许可证生产烟草制品, 责令关闭，没收违法所得，处以所生产烟草制品价值1倍以上2倍以下的罚款.
     * 公开销毁 of the products is no penalty kind and is left out.
     */
    static final ViolationItem PRODUCTION_WITHOUT_LICENCE = item("TL-53-1", "无烟草专卖生产企业许可证生产烟草制品",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 12), Provision.of(REGULATION, 19)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 30, 1), Provision.ofItem(REGULATION, 53, 1)),
            PenaltyClause.of(ORDERED_TO_CLOSE))
            .addClause(PenaltyClause.fine(multiple(GOODS_VALUE, ONE, TWO)))
            .build();

    /**
     * Art 53(二): 无烟草专卖生产企业许可证生产卷烟纸、滤嘴棒、烟用丝束或者烟草专用机械, 没收违法所得，处以…价值1倍以上2倍以下
     * 的罚款. The law (Art 30(2)) says 可以并处罚款, the regulation 处以. The fine is encoded as optional, as the law
     * above the regulation allows (an interpretation): a decision without a fine is then not reported as outside the
     * frame, which a mandatory fine could wrongly do. 责令停止生产 (an order to stop the unlawful act, not 责令停产停业)
     * and 公开销毁 are left out.
     */
    static final ViolationItem MATERIALS_WITHOUT_LICENCE = item("TL-53-2",
            "无烟草专卖生产企业许可证生产卷烟纸、滤嘴棒、烟用丝束或者烟草专用机械",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 24)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 30, 2), Provision.ofItem(REGULATION, 53, 2)))
            .addClause(PenaltyClause.optionalFine(multiple(GOODS_VALUE, ONE, TWO)))
            .build();

    /**
     * Art 54: 无烟草专卖批发企业许可证经营烟草制品批发业务, 没收违法所得，处以违法批发的烟草制品价值50%以上1倍以下的罚款.
     * 责令关闭或者停止经营烟草制品批发业务 is a choice between a penalty (责令关闭) and an order to stop, which a clause
     * cannot express; it is left out.
     */
    static final ViolationItem WHOLESALE_WITHOUT_LICENCE = item("TL-54", "无烟草专卖批发企业许可证经营烟草制品批发业务",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 15), Provision.of(REGULATION, 24)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 31), Provision.of(REGULATION, 54)))
            .addClause(PenaltyClause.fine(multiple(GOODS_VALUE, P50, ONE)))
            .build();

    /**
     * Art 55: 批发企业超越经营范围和地域范围从事烟草制品批发业务, 没收违法所得，处以违法经营的烟草制品价值10%以上20%以下的
     * 罚款. 责令暂停经营批发业务 stops one line of business for a time; whether it is 责令停产停业 or 限制开展生产经营活动
     * (行政处罚法 Art 9(4)) the article does not say, so it is left out.
     */
    static final ViolationItem WHOLESALE_BEYOND_SCOPE = item("TL-55", "取得烟草专卖批发企业许可证的单位超越经营范围和地域范围从事烟草制品批发业务",
            LegalBasis.of(Provision.of(REGULATION, 23, 1)),
            LegalBasis.of(Provision.of(REGULATION, 55)))
            .addClause(PenaltyClause.fine(multiple(GOODS_VALUE, P10, P20)))
            .build();

    /** Art 56: 零售户未在当地烟草专卖批发企业进货, 没收违法所得，可处以进货总额5%以上10%以下的罚款. */
    static final ViolationItem RETAILER_OUTSIDE_SUPPLY = item("TL-56", "取得烟草专卖零售许可证的企业或者个人未在当地烟草专卖批发企业进货",
            LegalBasis.of(Provision.of(REGULATION, 23, 2)),
            LegalBasis.of(Provision.of(REGULATION, 56)))
            .addClause(PenaltyClause.optionalFine(multiple(PURCHASES, P5, P10)))
            .build();

    /**
     * Art 57: 无烟草专卖零售许可证经营烟草制品零售业务, 没收违法所得，处以违法经营总额20%以上50%以下的罚款. The article (and
     * the law, Art 32) gives the power to 工商行政管理部门, which the frame does not record. 责令停止经营烟草制品零售业务
     * orders the unlawful act to stop and is left out.
     */
    static final ViolationItem RETAIL_WITHOUT_LICENCE = item("TL-57", "无烟草专卖零售许可证经营烟草制品零售业务",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 16)),
            LegalBasis.of(Provision.of(TOBACCO_LAW, 32), Provision.of(REGULATION, 57)))
            .addClause(PenaltyClause.fine(multiple(BUSINESS_VOLUME, P20, P50)))
            .build();

    /**
     * Art 58: 销售非法生产的烟草专卖品, 没收违法所得，处以违法销售总额20%以上50%以下的罚款. 责令停止销售 and 公开销毁 are
     * left out.
     */
    static final ViolationItem SELLING_ILLEGAL_PRODUCTS = item("TL-58", "销售非法生产的烟草专卖品",
            LegalBasis.of(Provision.of(REGULATION, 25), Provision.of(REGULATION, 38, 1)),
            LegalBasis.of(Provision.of(REGULATION, 58)))
            .addClause(PenaltyClause.fine(multiple(SALES, P20, P50)))
            .build();

    /**
     * Art 59: 未取得国务院烟草专卖行政主管部门颁发的批发企业许可证擅自跨省从事烟草制品批发业务, 处以批发总额10%以上20%以下的
     * 罚款; no confiscation. The article says only 违反本条例规定; Art 12(1), which reserves the licence for wholesale
     * across provinces to the State authority, is cited as the provision breached (an interpretation).
     */
    static final ViolationItem CROSS_PROVINCE_WHOLESALE = bare("TL-59",
            "未取得国务院烟草专卖行政主管部门颁发的烟草专卖批发企业许可证擅自跨省、自治区、直辖市从事烟草制品批发业务",
            LegalBasis.of(Provision.of(REGULATION, 12, 1)),
            LegalBasis.of(Provision.of(REGULATION, 59)))
            .addClause(PenaltyClause.fine(multiple(SALES, P10, P20)))
            .build();

    /** Art 60: 为无烟草专卖许可证的单位或者个人提供烟草专卖品, 没收违法所得，并处以销售总额20%以上50%以下的罚款. */
    static final ViolationItem SUPPLYING_UNLICENSED = item("TL-60", "为无烟草专卖许可证的单位或者个人提供烟草专卖品",
            LegalBasis.of(Provision.of(REGULATION, 26), Provision.of(REGULATION, 36, 2)),
            LegalBasis.of(Provision.of(REGULATION, 60)))
            .addClause(PenaltyClause.fine(multiple(SALES, P20, P50)))
            .build();

    private static final StatutoryFrame FRAME = StatutoryFrame.of(List.of(UNAUTHORISED_LEAF_PURCHASE,
            LARGE_LEAF_PURCHASE, TRANSPORT_WITHOUT_PERMIT, SERIOUS_TRANSPORT, CARRIER, OVER_LIMIT,
            PRODUCTION_WITHOUT_LICENCE, MATERIALS_WITHOUT_LICENCE, WHOLESALE_WITHOUT_LICENCE, WHOLESALE_BEYOND_SCOPE,
            RETAILER_OUTSIDE_SUPPLY, RETAIL_WITHOUT_LICENCE, SELLING_ILLEGAL_PRODUCTS, CROSS_PROVINCE_WHOLESALE,
            SUPPLYING_UNLICENSED));

    private TobaccoFrame() {}

    /** Returns the frame of Arts 51–60, 15 items in the articles' order. */
    static StatutoryFrame frame() {
        return FRAME;
    }

    /**
     * Starts an item whose clauses are the given ones, then 没收违法所得: the shape of every article but Arts 51(一),
     * 52(一), 52(四) and 59, which have no confiscation and start from {@link #bare}.
     */
    private static ViolationItem.Builder item(String code, String name, LegalBasis breached, LegalBasis applied,
            PenaltyClause... before) {
        ViolationItem.Builder builder = bare(code, name, breached, applied);
        for (PenaltyClause clause : before) {
            builder.addClause(clause);
        }
        return builder.addClause(PenaltyClause.of(CONFISCATION_OF_GAINS));
    }

    /** Starts an item with no clause. */
    private static ViolationItem.Builder bare(String code, String name, LegalBasis breached, LegalBasis applied) {
        return ViolationItem.builder().code(code).name(name).breached(breached).applied(applied);
    }

    private static FineRange.Multiple multiple(FineBase base, BigDecimal min, BigDecimal max) {
        return FineRange.multiple(base, min, max);
    }
}
