package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The kind of a note on a case (案件提示): something the replay took into account that is nobody's breach, such as a
 * party's late request for a hearing.
 */
public enum NoteKind implements Labelled {
    /** 当事人逾期要求听证: the request came after its period, so the hearing is not a duty (行政处罚法 Art 64(1)). */
    LATE_HEARING_REQUEST("当事人逾期要求听证", "the party asked for a hearing after the period"),
    /** 扣除的期间无依据: the procedure allows no exclusion of that activity, so its time is counted. */
    EXCLUSION_NOT_ALLOWED("所扣除的期间于法无据，未予扣除", "the procedure allows no such exclusion, so the time counts"),
    /** 视为受理: no notice to complete came in time, so the application counts as accepted on receipt. */
    DEEMED_STEP("逾期未告知补正，视为已于收到申请材料之日受理", "no notice in time, so the application counts as "
            + "accepted on receipt"),
    /** 当事人明确放弃: the party expressly waived the step (行政处罚法 Art 62). */
    WAIVED("当事人明确放弃", "the party expressly waived the step"),
    /**
     * 逾期提请复议: the agency asked for reconsideration more than three days after the notice of non-filing; asking is
     * its right, not its duty (行政执法机关移送涉嫌犯罪案件的规定 Art 9: 可以), so lateness is no breach.
     */
    LATE_RECONSIDERATION_REQUEST("逾期提请复议", "reconsideration asked for after three days"),
    /**
     * 公安机关逾期答复: the public security organ answered after its own time limit (Art 7's twenty-four hours to
     * forward, Art 8's three days to decide, Art 9's three days to reconsider); that is its duty (Art 17), not the
     * agency's.
     */
    POLICE_LATE("公安机关逾期答复", "the public security organ answered late"),
    /**
     * 已作处罚尚未移送: a penalty was decided after the case was found to be a suspected crime, and the case is not yet
     * referred; if it closes so, the penalty is one in place of referral (Art 11 第一款).
     */
    PENALTY_PENDING_REFERRAL("已作出行政处罚，尚未移送", "a penalty was decided and the case is not yet referred"),
    /**
     * 移送前已作出的处罚: penalties decided before the referral keep running (警告、责令停产停业、暂扣或者吊销许可证、执照,
     * Art 11 第二款), and a fine is set off against a criminal fine (Art 11 第三款; 行政处罚法 Art 35).
     */
    PENALTY_BEFORE_REFERRAL("移送前已作出的行政处罚", "a penalty decided before the referral"),
    /**
     * 处罚程序等待移送结果: from the finding of a suspected crime until the case is back with the agency, the penalty
     * steps after the investigation wait and the time is left out of the decision period (our reading: 行政处罚法 Art 60
     * says nothing of a referral; 行政执法机关移送涉嫌犯罪案件的规定 Art 11 forbids a penalty in place of referral).
     */
    PENALTY_WAITS_ON_REFERRAL("处罚程序等待移送结果", "the penalty steps wait on the referral"),
    /**
     * 移送公安机关后、退回前作出行政处罚: a penalty was decided while the case was with the public security organ
     * (transferred and not given back). The penalty steps wait on the referral (行政执法机关移送涉嫌犯罪案件的规定 Art 11;
     * 行政处罚法 Art 27), but a statute does not bar every penalty then, so the replay notes it rather than reports it
     * (our reading).
     */
    PENALTY_WHILE_REFERRED("移送公安机关后、退回前作出行政处罚", "a penalty decided while the case was with the police");

    private final BilingualText label;

    NoteKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the note in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
