package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * What a legality review looks at (法制审核内容), as 国办发〔2018〕118号 lists it: 执法主体、执法人员资格、权限、
 * 事实与证据、适用依据与裁量基准、程序、文书, and whether a suspected crime must be referred. Facts and evidence, and
 * the provisions and the discretion, are kept apart so that each finding says which failed.
 */
public enum ReviewAspect implements Labelled {
    /** 执法主体是否合法. */
    SUBJECT("执法主体", "enforcement subject"),
    /** 执法人员是否具备执法资格. */
    OFFICERS("执法人员资格", "officers' qualification"),
    /** 是否超越法定权限. */
    AUTHORITY("执法权限", "authority"),
    /** 案件事实是否清楚. */
    FACTS("案件事实", "facts"),
    /** 证据是否确实充分. */
    EVIDENCE("证据", "evidence"),
    /** 适用法律、法规、规章是否准确. */
    BASIS("适用依据", "provisions applied"),
    /** 程序是否合法. */
    PROCEDURE("执法程序", "procedure"),
    /** 裁量基准运用是否适当. */
    DISCRETION("裁量基准运用", "use of discretion"),
    /** 执法文书是否规范. */
    DOCUMENTS("执法文书", "documents"),
    /** 是否涉嫌犯罪需要移送司法机关. */
    REFERRAL("是否涉嫌犯罪需要移送", "whether a suspected crime must be referred");

    private final BilingualText label;

    ReviewAspect(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the aspect in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
