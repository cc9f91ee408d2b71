package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * A level of discretion (裁量阶次): the kinds of tier a discretion standard (裁量基准, 行政处罚法 Art 34) divides a
 * statutory range into, from the lightest to the gravest. The declared order is the order of severity.
 * <p>
 * 减轻 is a penalty below the statutory minimum or of a lighter kind; 从轻 is a lighter penalty within the statutory
 * range (行政处罚法 Arts 30–32 name both); 不予处罚 is Art 33's. 一般 and 从重 are the standards' own words.
 */
public enum TierLevel implements Labelled {
    /** 不予处罚: no penalty (行政处罚法 Art 33). */
    NO_PENALTY("不予处罚", "no penalty"),
    /** 减轻处罚: below the statutory minimum, the only level allowed there. */
    MITIGATED("减轻处罚", "mitigated penalty"),
    /** 从轻处罚: a lighter penalty within the statutory range. */
    LIGHTER("从轻处罚", "lighter penalty"),
    /** 一般处罚: the ordinary penalty. */
    ORDINARY("一般处罚", "ordinary penalty"),
    /** 从重处罚: a heavier penalty within the statutory range. */
    HEAVIER("从重处罚", "heavier penalty");

    private final BilingualText label;

    TierLevel(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
