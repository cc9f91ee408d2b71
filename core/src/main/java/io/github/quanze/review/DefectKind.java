package io.github.quanze.review;

/**
 * The kind of substantive defect a review criterion finds (案卷瑕疵的实质类别): what the defect says about the
 * enforcement act itself, as opposed to a defect of form (文书、归档), which has none.
 * <p>
 * The review only names the kind; which enforcement fault (执法过错) a failed file amounts to is decided where
 * faults are made, in {@code io.github.quanze.fault.ReviewFaults}, so the review layer knows nothing of faults.
 */
public enum DefectKind {
    /** 执法主体不合法或者超越职权: the act was outside the agency's powers or by an unlawful subject. */
    ULTRA_VIRES,
    /** 执法人员不具备执法资格. */
    NO_CREDENTIAL,
    /** 涉嫌犯罪案件应当移送而未移送. */
    FAILURE_TO_REFER,
    /** 事实不清、证据不足. */
    FACTS_UNCLEAR,
    /** 适用法律错误. */
    WRONG_LAW,
    /** 违反法定程序. */
    PROCEDURE_VIOLATION,
    /** 滥用裁量权、显失公正. */
    ABUSE_OF_DISCRETION,
    /** 超过法定期限. */
    OVERDUE
}
