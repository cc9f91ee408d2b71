package io.github.quanze.procedure;

import io.github.quanze.basis.BilingualText;

/**
 * The kind of a procedural step (程序环节). A procedure holds each kind at most once.
 */
public enum StepKind {
    /** 立案. */
    FILING("立案", "case filing"),
    /** 调查取证. */
    INVESTIGATION("调查取证", "investigation"),
    /** 先行登记保存. */
    EVIDENCE_PRESERVATION("先行登记保存", "preservation of evidence"),
    /** 告知 (拟作出处罚的事实、理由、依据及陈述、申辩、听证权利). */
    NOTICE("告知", "prior notice"),
    /** 陈述申辩. */
    STATEMENT_AND_DEFENCE("陈述申辩", "statement and defence"),
    /** 听证通知. */
    HEARING_NOTICE("听证通知", "hearing notice"),
    /** 听证. */
    HEARING("听证", "hearing"),
    /** 法制审核. */
    LEGALITY_REVIEW("法制审核", "legality review"),
    /** 集体讨论. */
    COLLECTIVE_DECISION("集体讨论", "collective decision"),
    /** 决定. */
    DECISION("决定", "decision"),
    /** 送达. */
    SERVICE("送达", "service"),
    /** 执行. */
    EXECUTION("执行", "enforcement of the decision"),
    /** 备案. */
    RECORD_FILING("备案", "filing for the record"),
    /** 结案. */
    CLOSING("结案", "closing"),
    /** 申请. */
    APPLICATION("申请", "application"),
    /** 受理. */
    ACCEPTANCE("受理", "acceptance"),
    /** 审查. */
    EXAMINATION("审查", "examination"),
    /** 颁发证件. */
    ISSUE("颁发、送达证件", "issue of the licence"),
    /** 负责人批准. */
    HEAD_APPROVAL("负责人批准", "approval by the head"),
    /** 实施查封、扣押. */
    SEIZURE("实施查封、扣押", "sealing-up or seizure"),
    /** 制作现场笔录. */
    ON_SITE_RECORD("制作现场笔录", "on-site record"),
    /** 解除或者作出处理决定. */
    RELEASE("解除查封、扣押或者作出处理决定", "release or disposal");

    private final BilingualText label;

    StepKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the step in Chinese and English.
     *
     * @return the label, not null
     */
    public BilingualText label() {
        return label;
    }
}
