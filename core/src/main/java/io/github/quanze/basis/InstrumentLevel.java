package io.github.quanze.basis;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The level of a legal instrument in the hierarchy of Chinese law (法律效力层级).
 * <p>
 * The levels follow 《中华人民共和国立法法》 (laws, administrative regulations, local regulations, departmental and
 * local government rules) plus normative documents (规范性文件), which bind agencies but may not create penalties
 * or licences on their own (行政处罚法 Art 16, 行政许可法 Art 17). Departmental and local government rules have
 * equal force, so the constants are not a strict order.
 */
public enum InstrumentLevel implements Labelled {
    /** 法律: adopted by the National People's Congress or its Standing Committee. */
    LAW("法律", "law"),
    /** 行政法规: made by the State Council. */
    ADMINISTRATIVE_REGULATION("行政法规", "administrative regulation"),
    /** 地方性法规: made by a provincial or city people's congress. */
    LOCAL_REGULATION("地方性法规", "local regulation"),
    /** 部门规章: made by a ministry or commission of the State Council. */
    DEPARTMENTAL_RULE("部门规章", "departmental rule"),
    /** 地方政府规章: made by a provincial or city people's government. */
    LOCAL_GOVERNMENT_RULE("地方政府规章", "local government rule"),
    /** 规范性文件: a normative document, such as a 国务院办公厅 opinion. */
    NORMATIVE_DOCUMENT("规范性文件", "normative document");

    private final BilingualText label;

    InstrumentLevel(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of this level, such as 行政法规 / administrative regulation.
     *
     * @return the bilingual name, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
