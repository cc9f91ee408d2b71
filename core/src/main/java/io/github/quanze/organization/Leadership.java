package io.github.quanze.organization;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The leadership a post carries in its agency (行政机关负责人): the principal head (正职负责人, such as 局长) or a deputy
 * head (副职负责人, such as 副局长). The statutes give heads acts of their own: approving a coercive measure (行政强制法
 * Art 18(1)), extending a time limit (行政许可法 Art 42; 行政强制法 Art 25), deciding a penalty (行政处罚法 Art 57),
 * approving a referral of a suspected crime (行政执法机关移送涉嫌犯罪案件的规定 Art 5: 正职负责人或者主持工作的负责人).
 */
public enum Leadership implements Labelled {
    /** 正职负责人. */
    PRINCIPAL("正职负责人", "principal head"),
    /** 副职负责人. */
    DEPUTY("副职负责人", "deputy head");

    private final BilingualText label;

    Leadership(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the leadership in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
