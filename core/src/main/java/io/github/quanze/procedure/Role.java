package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The part a person played in the act that is the fault (办案角色). Whoever actually exercised a delegated review or
 * approval counts as reviewer or approver.
 */
public enum Role implements Labelled {
    /** 承办人. */
    HANDLER("承办人", "case handler"),
    /** 审核人: usually the head of the internal unit. */
    REVIEWER("审核人", "reviewer"),
    /** 批准人: the agency head or the deputy in charge. */
    APPROVER("批准人", "approver"),
    /** 集体讨论成员. */
    COLLECTIVE_MEMBER("集体讨论成员", "member of a collective decision"),
    /** 主持集体讨论的主要负责人 (决策人). */
    PRESIDING_HEAD("主持集体讨论的负责人", "head presiding over a collective decision"),
    /** 作出指示或者干预的领导. */
    INSTRUCTING_LEADER("作出指示或者干预的领导", "leader who instructed or interfered"),
    /** 改变下级决定的上级机关负责人. */
    HIGHER_BODY_HEAD("改变决定的上级机关负责人", "head of the higher body that changed the decision"),
    /** 行政执法机关 (for faults of an agency). */
    AGENCY("行政执法机关", "enforcement agency"),
    /** 联动执法小组组长: the leader of a joint enforcement team, who answers for the quality of its cases. */
    JOINT_TEAM_LEADER("联动执法小组组长", "leader of a joint enforcement team");

    private final BilingualText label;

    Role(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the role in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
