package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * A kind of administrative penalty (行政处罚的种类), as 行政处罚法 Art 9 lists them.
 */
public enum PenaltyKind implements Labelled {
    /** 警告 (Art 9(1)). */
    WARNING("警告", "warning"),
    /** 通报批评 (Art 9(1)). */
    PUBLIC_CRITICISM("通报批评", "public criticism"),
    /** 罚款 (Art 9(2)). */
    FINE("罚款", "fine"),
    /** 没收违法所得 (Art 9(2)). */
    CONFISCATION_OF_GAINS("没收违法所得", "confiscation of illegal gains"),
    /** 没收非法财物 (Art 9(2)). */
    CONFISCATION_OF_PROPERTY("没收非法财物", "confiscation of illegal property"),
    /** 暂扣许可证件 (Art 9(3)). */
    LICENCE_SUSPENDED("暂扣许可证件", "suspension of a licence"),
    /** 降低资质等级 (Art 9(3)). */
    QUALIFICATION_DOWNGRADED("降低资质等级", "downgrading of a qualification"),
    /** 吊销许可证件 (Art 9(3)). */
    LICENCE_REVOKED("吊销许可证件", "revocation of a licence"),
    /** 限制开展生产经营活动 (Art 9(4)). */
    BUSINESS_RESTRICTED("限制开展生产经营活动", "restriction of business activities"),
    /** 责令停产停业 (Art 9(4)). */
    ORDERED_TO_SUSPEND("责令停产停业", "order to suspend production or business"),
    /** 责令关闭 (Art 9(4)). */
    ORDERED_TO_CLOSE("责令关闭", "order to close"),
    /** 限制从业 (Art 9(4)). */
    PRACTICE_RESTRICTED("限制从业", "restriction of practice"),
    /** 行政拘留 (Art 9(5)). */
    DETENTION("行政拘留", "administrative detention"),
    /** 法律、行政法规规定的其他行政处罚 (Art 9(6)). */
    OTHER("法律、行政法规规定的其他行政处罚", "another penalty a law or administrative regulation provides");

    private final BilingualText label;

    PenaltyKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
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
