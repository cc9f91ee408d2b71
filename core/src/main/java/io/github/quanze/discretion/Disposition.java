package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/** What a penalty ruling disposes (处理结果): a penalty, or one of the reasons 行政处罚法 gives for none. */
public enum Disposition implements Labelled {
    /** 给予行政处罚. */
    PENALTY("给予行政处罚", "a penalty is given"),
    /** 不予行政处罚 (Arts 30, 31, 33). */
    NO_PENALTY("不予行政处罚", "no penalty is given"),
    /** 不再给予行政处罚: the limitation has run (Art 36). */
    TIME_BARRED("不再给予行政处罚", "no penalty may be given any more"),
    /** The rules at the decision no longer make the act an offence (Art 37). */
    NOT_AN_OFFENCE("不认为是违法，不予行政处罚", "not an offence under the rules at the decision");

    private final BilingualText label;

    Disposition(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
