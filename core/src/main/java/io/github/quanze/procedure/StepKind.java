package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The kind of a procedural step (程序环节). A procedure holds each kind at most once; a statutory step it lacks, such
 * as 陈述申辩 in 查封、扣押 (行政强制法 Art 18(6)), reuses the kind of the same act.
 */
public enum StepKind implements Labelled {
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
    RELEASE("解除查封、扣押或者作出处理决定", "release or disposal"),
    /** 告知听证权利 (行政处罚法 Art 44, 63; 行政许可法 Art 47). */
    HEARING_RIGHT_NOTICE("告知听证权利", "notice of the right to a hearing"),
    /** 一次告知需要补正的全部内容 (行政许可法 Art 32(1)(4)). */
    CORRECTION_NOTICE("一次告知补正", "notice of what to complete"),
    /** 当场收缴罚款 (行政处罚法 Art 68, 69). */
    ON_THE_SPOT_COLLECTION("当场收缴罚款", "collection of the fine on the spot"),
    /** 当场收缴的罚款交至行政机关 (行政处罚法 Art 71). */
    FINES_HANDED_IN("罚款交至行政机关", "fines handed in to the agency"),
    /** 通知当事人到场 (行政强制法 Art 18(4)). */
    PARTY_NOTIFIED("通知当事人到场", "party told to attend"),
    /** 当场告知理由、依据、权利和救济途径 (行政强制法 Art 18(5)). */
    ON_SITE_NOTICE("当场告知理由、依据、权利和救济途径", "on-site notice of reasons, basis, rights and remedies"),
    /** 移送涉嫌犯罪案件的书面报告 (行政执法机关移送涉嫌犯罪案件的规定 Art 5 第一款). */
    REFERRAL_REPORT("提出移送涉嫌犯罪案件的书面报告", "written report proposing referral of a suspected crime"),
    /** 批准或者不批准移送 (Art 5). */
    REFERRAL_APPROVAL("批准或者不批准移送", "approval or refusal of the referral"),
    /** 移送涉嫌犯罪案件 (Arts 5, 6; 行政处罚法 Art 27; for duty crimes, Art 19). */
    REFERRAL("移送涉嫌犯罪案件", "referral of a suspected crime"),
    /** 移交涉案物品及有关材料 (Art 12). */
    ITEMS_HANDOVER("移交涉案物品及有关材料", "hand-over of the items and materials"),
    /** 提请公安机关复议不予立案决定 (Art 9 第一款). */
    RECONSIDERATION_REQUEST("提请复议不予立案决定", "request to reconsider not opening a criminal case"),
    /** 建议人民检察院依法进行立案监督 (Art 9). */
    SUPERVISION_REQUEST("建议人民检察院立案监督", "request for the procuratorate's supervision of case opening");

    private final BilingualText label;

    StepKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the step in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
