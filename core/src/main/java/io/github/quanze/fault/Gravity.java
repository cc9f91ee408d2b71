package io.github.quanze.fault;

import io.github.quanze.basis.BilingualText;

/**
 * How grave a fault is (过错等级), lightest first: the three tiers of the provincial and municipal measures
 * (一般过错、严重过错、特别严重过错), which 政务处分法 Art 39 words as 造成不良后果、情节较重、情节严重.
 */
public enum Gravity {
    /** 一般过错: 造成不良后果或者影响. */
    MINOR("一般过错", "minor fault"),
    /** 严重过错: 情节较重. */
    SERIOUS("严重过错", "serious fault"),
    /** 特别严重过错: 情节严重. */
    GRAVE("特别严重过错", "grave fault");

    private final BilingualText label;

    Gravity(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the tier in Chinese and English.
     *
     * @return the label, not null
     */
    public BilingualText label() {
        return label;
    }
}
