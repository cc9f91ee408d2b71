package io.github.quanze.review;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * Where a case-file defect comes from (案卷问题来源): a procedural violation the replay of the file's history found,
 * or a reviewer's finding that the history cannot show.
 */
public enum DefectSource implements Labelled {
    /** 程序违法: a violation found by replaying the case. */
    VIOLATION("程序违法", "procedural violation"),
    /** 评查发现: a defect a reviewer entered. */
    REVIEWER_FINDING("评查发现", "reviewer's finding");

    private final BilingualText label;

    DefectSource(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the stable code of defects from this source, such as {@code REVIEW.VIOLATION}.
     *
     * @return the code, not null
     */
    public String code() {
        return "REVIEW." + name();
    }

    /**
     * Returns the source's name in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
