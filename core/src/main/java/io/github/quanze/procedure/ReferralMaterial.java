package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * 移送材料: the materials a referral to the public security organ comes with (行政执法机关移送涉嫌犯罪案件的规定
 * Art 6).
 */
public enum ReferralMaterial implements Labelled {
    /** 涉嫌犯罪案件移送书 (Art 6(1)): always. */
    REFERRAL_LETTER("涉嫌犯罪案件移送书", "referral letter"),
    /** 涉嫌犯罪案件情况的调查报告 (Art 6(2)): always. */
    INVESTIGATION_REPORT("涉嫌犯罪案件情况的调查报告", "investigation report"),
    /** 涉案物品清单 (Art 6(3)): where the case has items. */
    ITEMS_LIST("涉案物品清单", "list of the items involved"),
    /** 有关检验报告或者鉴定结论 (Art 6(4)): where items were tested or appraised. */
    TEST_REPORTS("有关检验报告或者鉴定结论", "test reports or expert conclusions"),
    /** 其他有关涉嫌犯罪的材料 (Art 6(5)). */
    OTHER("其他有关涉嫌犯罪的材料", "other materials on the suspected crime");

    private final BilingualText label;

    ReferralMaterial(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the material in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
