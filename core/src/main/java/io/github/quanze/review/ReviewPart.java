package io.github.quanze.review;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The two parts of a review standard (评查标准的组成): the form of the file (卷面) and its content (内容), as the
 * published standards split them, for instance 卷面标准 20 分 and 内容标准 80 分.
 */
public enum ReviewPart implements Labelled {
    /** 卷面: documents, their filling-in, the cover, index, order and page numbers of the file. */
    FORM("卷面", "form"),
    /** 内容: subject, authority, facts and evidence, law applied and procedure. */
    CONTENT("内容", "content");

    private final BilingualText label;

    ReviewPart(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the part in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
