package io.github.quanze.publish.notice;

import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The kind of a published enforcement decision (执法决定类型): a penalty (行政处罚决定, 行政处罚法 Art 48 第一款) or
 * a licence granted (准予行政许可决定, 行政许可法 Art 40).
 */
public enum NoticeKind implements Labelled {
    /** 行政处罚. */
    PENALTY("行政处罚", "administrative penalty"),
    /** 行政许可. */
    LICENCE("行政许可", "administrative licence");

    private final BilingualText label;

    NoticeKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the publication rule of this kind of decision, as core defines it: {@link PublicationRule#penalty()}
     * (seven working days, withdrawal within three working days of being overturned) or
     * {@link PublicationRule#licensing()} (seven working days, no withdrawal time).
     *
     * @return the rule, not null
     */
    public PublicationRule defaultRule() {
        return this == PENALTY ? PublicationRule.penalty() : PublicationRule.licensing();
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
