package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The capacity of a party who is 精神病人 or 智力残疾人 at the time of the act (辨认控制能力), 行政处罚法 Art 31.
 */
public enum MentalCapacity implements Labelled {
    /** Full capacity, including 间歇性精神病人在精神正常时 (Art 31, second sentence: 应当给予行政处罚). */
    FULL("具有完全辨认和控制能力", "full capacity"),
    /** 尚未完全丧失辨认或者控制自己行为能力: 可以从轻或者减轻 (Art 31, third sentence). */
    DIMINISHED("尚未完全丧失辨认或者控制自己行为能力", "capacity diminished but not lost"),
    /** 不能辨认或者不能控制自己行为: 不予行政处罚 (Art 31, first sentence). */
    NONE("不能辨认或者不能控制自己行为", "unable to understand or control the act");

    private final BilingualText label;

    MentalCapacity(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
