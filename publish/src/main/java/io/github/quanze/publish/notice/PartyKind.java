package io.github.quanze.publish.notice;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The kind of a decision's party (当事人类型): 行政处罚法 Art 4 speaks of 公民、法人或者其他组织; the individual business
 * (个体工商户, 民法典 Art 54) is a natural person trading under a registration, with a 统一社会信用代码 and business
 * premises.
 */
public enum PartyKind implements Labelled {
    /** 自然人 (公民). */
    NATURAL_PERSON("自然人", "natural person"),
    /** 个体工商户. */
    INDIVIDUAL_BUSINESS("个体工商户", "individual business"),
    /** 法人. */
    LEGAL_PERSON("法人", "legal person"),
    /** 其他组织 (非法人组织). */
    OTHER_ORGANIZATION("其他组织", "other organization");

    private final BilingualText label;

    PartyKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Checks whether the party is a natural person, whose personal information 个人信息保护法 protects.
     *
     * @return true for {@link #NATURAL_PERSON}
     */
    public boolean isNaturalPerson() {
        return this == NATURAL_PERSON;
    }

    /**
     * Returns the kind in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
