package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * What a ruling did to a decision (决定被依法变更、撤销、确认违法或者确认无效), the four outcomes of 行政处罚法 Art 48
 * 第二款 after which published decision information is withdrawn.
 */
public enum Overturn implements Labelled {
    /** 变更. */
    CHANGED("变更", "changed"),
    /** 撤销. */
    REVOKED("撤销", "revoked"),
    /** 确认违法. */
    FOUND_ILLEGAL("确认违法", "found illegal"),
    /** 确认无效. */
    FOUND_VOID("确认无效", "found void");

    private final BilingualText label;

    Overturn(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the outcome in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Who overturned a decision (依法变更、撤销…的机关): Art 48 第二款 says only 依法, so the withdrawal is due whoever
     * ruled; the forum is recorded for the file.
     */
    public enum Forum implements Labelled {
        /** 行政复议. */
        RECONSIDERATION("行政复议", "administrative reconsideration"),
        /** 行政诉讼. */
        LITIGATION("行政诉讼", "administrative litigation"),
        /** 行政机关自行纠正或者上级行政机关责令纠正 (执法监督). */
        SUPERVISION("行政机关自行纠正或者执法监督纠正", "the agency's own correction or enforcement supervision");

        private final BilingualText label;

        Forum(String zh, String en) {
            this.label = BilingualText.of(zh, en);
        }

        /**
         * Returns the proceedings in Chinese and English.
         *
         * @return the label, not null
         */
        @Override
        public BilingualText label() {
            return label;
        }
    }
}
