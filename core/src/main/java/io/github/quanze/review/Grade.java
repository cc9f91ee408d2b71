package io.github.quanze.review;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The grade of a reviewed case file or of an assessed agency (评查、考核等次): 优秀, 合格, 不合格, best first.
 */
public enum Grade implements Labelled {
    /** 优秀: at or above the standard's threshold for excellence (default 90). */
    EXCELLENT("优秀", "excellent"),
    /** 合格: at or above the pass mark (default 60) and below excellence. */
    PASS("合格", "pass"),
    /** 不合格: below the pass mark, or any veto item found. */
    FAIL("不合格", "fail");

    private final BilingualText label;

    Grade(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the grade in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Checks whether this grade is better than another.
     *
     * @param other  the other grade, not null
     * @return true if this grade is better
     */
    public boolean isBetterThan(Grade other) {
        return ordinal() < other.ordinal();
    }
}
