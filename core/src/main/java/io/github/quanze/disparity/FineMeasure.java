package io.github.quanze.disparity;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * What the fines of like cases are compared by (罚款比较口径): the amount where the fine is not a multiple of a base,
 * the rate of fine to base where it is. A group keeps the two apart: an amount and a rate do not compare.
 */
public enum FineMeasure implements Labelled {
    /** 罚款金额: the fine in yuan, for cases without a base. */
    AMOUNT("罚款金额", "fine amount"),
    /** 罚款与基数之比: the fine divided by its base (违法所得, 违法经营额 …), for cases with one. */
    RATE("罚款与罚款基数之比", "rate of fine to base");

    private final BilingualText label;

    FineMeasure(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
