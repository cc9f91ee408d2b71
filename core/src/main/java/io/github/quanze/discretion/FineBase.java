package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The amount a fine is a multiple of (罚款基数): statutes set many fines as a multiple or a percentage of an amount
 * found in the case, such as "处违法所得一倍以上五倍以下的罚款".
 * <p>
 * The bases are those the national statutes use most; the 烟草专卖法实施条例, for instance, fines on the value of
 * the tobacco products (烟草制品价值, {@link #GOODS_VALUE}), the total purchased (进货总额, {@link #PURCHASES}), the
 * total of the unlawful business (违法经营总额, {@link #BUSINESS_VOLUME}) and the total sold or wholesaled
 * (违法销售总额、批发总额, {@link #SALES}) (Arts 53–60 in the edition read; its article numbers changed between
 * editions, so an item cites its own edition's provision). Which case amount counts as the base is the statute's and
 * the agency's to say; this library only multiplies it.
 */
public enum FineBase implements Labelled {
    /** 违法所得. */
    ILLEGAL_GAINS("违法所得", "illegal gains"),
    /** 货值金额, the value of the goods (物品价值, 烟草制品价值). */
    GOODS_VALUE("货值金额", "value of the goods"),
    /** 销售额, the total sold (销售总额, 批发总额). */
    SALES("销售额", "sales"),
    /** 违法经营额, the total of the unlawful business (违法经营总额, 非法经营总额). */
    BUSINESS_VOLUME("违法经营额", "volume of the unlawful business"),
    /** 进货总额, the total purchased. */
    PURCHASES("进货总额", "total purchased");

    private final BilingualText label;

    FineBase(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the base in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
