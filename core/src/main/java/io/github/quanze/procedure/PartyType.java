package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The kind of party a penalty is imposed on (当事人类型): 行政处罚法 Art 51 sets different caps for a citizen and for a
 * legal person or other organisation.
 */
public enum PartyType implements Labelled {
    /** 公民. */
    CITIZEN("公民", "citizen"),
    /** 法人. */
    LEGAL_PERSON("法人", "legal person"),
    /** 其他组织. */
    OTHER_ORGANIZATION("其他组织", "other organisation");

    private final BilingualText label;

    PartyType(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the kind of party in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
