package io.github.quanze.procedure;

import io.github.quanze.basis.BilingualText;
import io.github.quanze.rule.Severity;

/**
 * The kind of a procedural violation (程序违法情形).
 */
public enum ViolationKind {
    /** 案件已结案，必经环节未履行. */
    MISSING_STEP("缺少必经环节", "a required step is missing", Severity.ERROR),
    /** 未履行前置环节即进行后续环节 (such as deciding before telling the party, 行政处罚法 Art 62). */
    WRONG_ORDER("程序顺序颠倒", "a step was performed before a step that must come first", Severity.ERROR),
    /** 执法人员少于法定人数. */
    TOO_FEW_OFFICERS("执法人员少于法定人数", "fewer officers than required", Severity.ERROR),
    /** 执法人员当日不具备该领域执法资格. */
    UNCERTIFIED_OFFICER("执法人员不具备执法资格", "an officer was not certified", Severity.ERROR),
    /** 调查人员参与决定、听证主持或者法制审核. */
    SAME_INVESTIGATOR_AND_DECIDER("调查人员与决定、主持或者审核人员未分离",
            "an investigator also decided, presided or reviewed", Severity.ERROR),
    /** 超过时限. */
    MISSED_DEADLINE("超过时限", "a time limit was missed", Severity.ERROR),
    /** 延长未经批准. */
    EXTENSION_WITHOUT_APPROVAL("延长期限未经批准", "an extension nobody approved", Severity.ERROR),
    /** 延长超过法定上限. */
    EXTENSION_OVER_CAP("延长期限超过法定上限", "an extension beyond its cap", Severity.ERROR),
    /** 延长无依据或者期限届满后才批准. */
    EXTENSION_NOT_ALLOWED("延长期限无依据或者届满后才批准",
            "an extension the provision does not allow or approved after expiry", Severity.ERROR);

    private final BilingualText label;
    private final Severity severity;

    ViolationKind(String zh, String en, Severity severity) {
        this.label = BilingualText.of(zh, en);
        this.severity = severity;
    }

    /**
     * Returns the name of the violation in Chinese and English.
     *
     * @return the label, not null
     */
    public BilingualText label() {
        return label;
    }

    /**
     * Returns how serious a violation of this kind is.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }
}
