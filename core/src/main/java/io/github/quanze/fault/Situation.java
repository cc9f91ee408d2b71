package io.github.quanze.fault;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * How a wrong decision came about (过错情形), which decides who answers for it and how ({@link Apportionment}).
 * <p>
 * The situations (numbered R1–R10 here) are those the municipal and provincial 行政执法过错责任追究办法 share, such as
 * those of 惠州 (Art 15–21) and 贵州's licensing measures (Art 5); that they apply elsewhere is an interpretation.
 */
public enum Situation implements Labelled {
    /** R1: 承办人未经审核、批准擅自作出决定. */
    HANDLER_ACTED_WITHOUT_APPROVAL("承办人未经审核、批准擅自作出决定", "the handler acted without review or approval"),
    /** R2: 承办人弄虚作假、徇私舞弊，致使审核人、批准人作出错误决定. */
    HANDLER_MISLED_SUPERIORS("承办人隐瞒事实、弄虚作假，致使审核人、批准人作出错误决定",
            "the handler concealed facts and misled reviewer and approver"),
    /** R3: 承办人不按批准的内容执行. */
    HANDLER_DEVIATED_FROM_APPROVAL("承办人不按审核、批准的内容执行", "the handler departed from what was approved"),
    /** R4: 承办人拟定的意见错误，审核人、批准人应当发现而没有发现，或者发现后未予纠正. */
    WRONG_DRAFT_APPROVED("承办人意见错误，审核人、批准人应当发现而未发现或者发现后未纠正",
            "the handler's draft was wrong and reviewer and approver let it pass"),
    /** R5: 审核人改变承办人正确意见，经批准人批准. */
    REVIEWER_CHANGED_CORRECT_OPINION("审核人改变承办人正确意见，经批准人批准",
            "the reviewer changed the handler's correct opinion and the approver approved"),
    /** R6: 审核人未报经批准擅自作出决定. */
    REVIEWER_DECIDED_WITHOUT_APPROVAL("审核人未报经批准擅自作出决定", "the reviewer decided without approval"),
    /** R7: 批准人改变承办人、审核人正确意见，或者不经承办、审核直接作出决定. */
    APPROVER_OVERRODE("批准人改变承办人、审核人正确意见，或者未经承办、审核直接作出决定",
            "the approver overrode correct opinions or decided without handling or review"),
    /** R8: 领导人员指示、干预导致错误决定. */
    LEADER_INTERFERED("领导人员指示、干预导致错误决定", "a leader's instruction or interference caused the wrong decision"),
    /** R9: 经集体讨论作出错误决定. */
    COLLECTIVE_DECISION("经集体讨论作出错误决定", "the wrong decision was taken collectively"),
    /** R10: 上级机关改变下级机关决定导致错误. */
    HIGHER_BODY_CHANGED_DECISION("上级机关改变下级机关决定导致错误", "a higher body changed the lower body's decision");

    private final BilingualText label;

    Situation(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the situation in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
