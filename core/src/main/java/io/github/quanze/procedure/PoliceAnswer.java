package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * 接受移送机关的答复: what the authority that received a referred case did, as the agency recorded it
 * ({@link CaseEvent.Answered}). Its own time limits (Art 7's twenty-four hours, Art 8's and Art 9's three days) are
 * its duty (Art 17), never the agency's.
 */
public enum PoliceAnswer implements Labelled {
    /** 在涉嫌犯罪案件移送书的回执上签字 (行政执法机关移送涉嫌犯罪案件的规定 Art 7). */
    RECEIPT_SIGNED("在移送书回执上签字", "signed the receipt"),
    /** 不属于本机关管辖，转送有管辖权的机关并书面告知 (Art 7). */
    FORWARDED("转送有管辖权的机关", "forwarded to the competent authority"),
    /** 决定立案，书面通知 (Art 8): the agency hands over the items within three days (Art 12). */
    FILED("决定立案", "decided to open a criminal case"),
    /** 不予立案，说明理由并书面通知 (Art 8): the agency may ask for reconsideration within three days (Art 9). */
    NOT_FILED("决定不予立案", "decided not to open a criminal case"),
    /** 复议决定立案 (Art 9 第二款). */
    RECONSIDERED_FILED("复议决定立案", "decided on reconsideration to open a criminal case"),
    /** 复议决定不予立案 (Art 9 第二款): the agency may ask the procuratorate to supervise within three days. */
    RECONSIDERED_NOT_FILED("复议决定不予立案", "decided on reconsideration not to open a criminal case"),
    /** 不需要追究刑事责任，将案件移送行政执法机关 (Art 13): the agency handles the case again. */
    RETURNED("将案件移送回行政执法机关", "returned the case to the agency");

    private final BilingualText label;

    PoliceAnswer(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the answer in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Checks whether the answer opens a criminal case (立案), after which the items follow (Art 12).
     *
     * @return true for {@link #FILED} and {@link #RECONSIDERED_FILED}
     */
    public boolean filed() {
        return this == FILED || this == RECONSIDERED_FILED;
    }

    /**
     * Checks whether the answer gives the case back to the agency to handle (Arts 10, 13).
     *
     * @return true for {@link #NOT_FILED}, {@link #RECONSIDERED_NOT_FILED} and {@link #RETURNED}
     */
    public boolean backToAgency() {
        return this == NOT_FILED || this == RECONSIDERED_NOT_FILED || this == RETURNED;
    }
}
