package io.github.quanze.procedure;

import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The kind of a procedural violation (程序违法情形).
 */
public enum ViolationKind implements Labelled {
    /** 案件已结案，必经环节未履行. */
    MISSING_STEP("缺少必经环节", "a required step is missing", Severity.ERROR),
    /** 未履行前置环节即进行后续环节 (such as deciding before telling the party, 行政处罚法 Art 62). */
    WRONG_ORDER("程序顺序颠倒", "a step was performed before a step that must come first", Severity.ERROR),
    /** 执法人员少于法定人数. */
    TOO_FEW_OFFICERS("执法人员少于法定人数", "fewer officers than required", Severity.ERROR),
    /** 执法人员当日不具备该领域执法资格. */
    UNCERTIFIED_OFFICER("执法人员不具备执法资格", "an officer was not certified", Severity.ERROR),
    /**
     * 应当分离的人员未分离: an officer took part in a step from which the law, or the agency's own rule, keeps the
     * officers of another step apart, such as a hearing presided over by an investigator (行政处罚法 Art 64(4)).
     */
    NOT_SEPARATED("应当分离的人员未分离", "an officer who must be kept apart took part", Severity.ERROR),
    /** 初次从事法制审核的人员未取得法律职业资格 (行政处罚法 Art 58 第二款). */
    UNQUALIFIED_LEGAL_REVIEWER("法制审核人员未取得法律职业资格", "a legal reviewer without the legal professional "
            + "qualification", Severity.ERROR),
    /** 应当由行政机关负责人批准或者决定而未由负责人批准或者决定. */
    NOT_BY_HEAD("未由行政机关负责人批准或者决定", "not approved or decided by a head of the agency", Severity.ERROR),
    /** 应当当场进行而未当场进行, such as handing over a decision (行政处罚法 Art 52; 行政强制法 Art 24). */
    NOT_ON_THE_SPOT("应当当场进行而未当场进行", "not done on the spot", Severity.ERROR),
    /** 决定超出程序的适用范围, such as a summary procedure for a fine above its cap (行政处罚法 Art 51). */
    BEYOND_PROCEDURE("决定超出程序适用范围", "the decision goes beyond what the procedure may decide", Severity.ERROR),
    /** 当场收缴罚款不符合法定情形 (行政处罚法 Art 67 第二款, 68, 69). */
    COLLECTION_NOT_ALLOWED("当场收缴罚款不符合法定情形", "a fine collected on the spot without a ground the law "
            + "allows", Severity.ERROR),
    /** 现场笔录未经当事人或者见证人签名、拒绝未注明 (行政强制法 Art 18(8)(9)). */
    RECORD_NOT_ATTESTED("现场笔录未按规定签名或者盖章", "the on-site record is not signed as the law requires",
            Severity.ERROR),
    /** 不予许可未说明理由或者未告知救济权利 (行政许可法 Art 38 第二款). */
    REFUSAL_WITHOUT_REASONS("不予许可未说明理由或者未告知权利", "a refusal without reasons or without telling of "
            + "remedies", Severity.ERROR),
    /** 超过时限. */
    MISSED_DEADLINE("超过时限", "a time limit was missed", Severity.ERROR),
    /** 延长未经批准. */
    EXTENSION_WITHOUT_APPROVAL("延长期限未经批准", "an extension nobody approved", Severity.ERROR),
    /** 延长由行政机关负责人以外的人员批准 (行政许可法 Art 42; 行政强制法 Art 25). */
    EXTENSION_NOT_BY_HEAD("延长期限未经行政机关负责人批准", "an extension approved by someone other than a head of the "
            + "agency", Severity.ERROR),
    /** 延长超过法定上限. */
    EXTENSION_OVER_CAP("延长期限超过法定上限", "an extension beyond its cap", Severity.ERROR),
    /** 延长无依据或者期限届满后才批准. */
    EXTENSION_NOT_ALLOWED("延长期限无依据或者届满后才批准",
            "an extension the provision does not allow or approved after expiry", Severity.ERROR),
    /** 延长期限未告知当事人理由 (行政许可法 Art 42 第一款; 行政强制法 Art 25 第二款). */
    EXTENSION_NOT_NOTIFIED("延长期限未告知当事人理由", "the party was not told of an extension and its reasons",
            Severity.ERROR),
    /** 不计入期限的期间未书面告知当事人 (行政许可法 Art 45; 行政强制法 Art 25 第三款). */
    EXCLUSION_NOT_NOTIFIED("不计入期限的期间未书面告知当事人", "the party was not told in writing of time not counted",
            Severity.ERROR),
    /**
     * 超过追责时效仍予处罚: the act was not discovered within the limitation of 行政处罚法 Art 36, so no penalty may be
     * given any more, yet the decision gives one. Found only by a replay with the agency's discretion.
     */
    PENALTY_AFTER_LIMITATION("超过追责时效仍予处罚", "a penalty after the limitation ran out", Severity.ERROR),
    /**
     * 依法不予处罚仍予处罚: the law excludes a penalty (行政处罚法 Arts 30, 31, 33 para 2, 33 para 1 first sentence;
     * Art 37 where the act is no longer an offence), yet the decision gives one. Found only by a replay with the
     * agency's discretion.
     */
    PENALTY_NOT_ALLOWED("依法不予处罚仍予处罚", "a penalty where none may be given", Severity.ERROR),
    /**
     * 违反裁量基准不予处罚的规定仍予处罚: only the discretion standard applied excludes a penalty (its 不予处罚 tier, or
     * its list of first offences not punished under 行政处罚法 Art 33 para 1 second sentence), yet the decision gives
     * one. A standard may exempt what the statute does not; it binds the agency that published it (Art 34, our
     * reading), so this is a departure from the agency's own rule, not from the statute. Found only by a replay with
     * the agency's discretion.
     */
    PENALTY_AGAINST_STANDARD("裁量基准规定不予处罚仍予处罚", "a penalty where the discretion standard gives none",
            Severity.ERROR),
    /**
     * 处罚种类不在处罚依据规定之内: the decision imposes a kind of penalty the provisions that punish the act (处罚依据)
     * do not allow for it (行政处罚法 Art 76 第一款 item (2), 擅自改变处罚种类); 没收违法所得 is always allowed (Art 28
     * para 2), and 警告 or 通报批评 where a 减轻处罚 is lawful (our reading). Found only by a replay with the agency's
     * discretion.
     */
    KIND_NOT_ALLOWED("处罚种类超出处罚依据规定", "a kind of penalty the provisions do not allow", Severity.ERROR),
    /**
     * 罚款超出法定幅度: the fine is above the range the provisions that punish the act set for the base found, or
     * below it where nothing allows a 减轻处罚 (行政处罚法 Art 76 第一款 item (2), 擅自改变处罚幅度). Found only by a
     * replay with the agency's discretion.
     */
    FINE_OUTSIDE_STATUTORY_RANGE("罚款超出法定幅度", "a fine outside the statutory range", Severity.ERROR),
    /**
     * 罚款超出裁量基准幅度: the fine is within the statutory range but outside the range of the tier the standard
     * applied gives the recorded circumstances (行政处罚法 Art 34), and outside the tier of the standard compared and
     * set aside under Art 37, if any (our interpretation of 从旧兼从轻 for standards). Found only by a replay with the
     * agency's discretion.
     */
    FINE_OUTSIDE_TIER("罚款超出裁量基准格次幅度", "a fine outside the tier of the discretion standard", Severity.ERROR),
    /**
     * 同一违法行为两次以上罚款: a second fine in the case for the same act (行政处罚法 Art 29), the same violation
     * item committed on the same day (our interpretation; a decision made anew after the first was revoked is not
     * told apart). Found whenever the decisions record their offences.
     */
    SECOND_FINE("同一违法行为两次以上罚款", "a second fine for the same act", Severity.ERROR),
    /**
     * 执法过程未按要求记录: an event that states its records (文字、音像) lacks one a requirement of its step asks
     * for, such as a stage of a penalty with neither a written nor an audio-video record (行政处罚法 Art 47), or a
     * seizure without its written on-site record (行政强制法 Art 18(7)). An event that does not say which records
     * were made is never one.
     */
    RECORD_MISSING("执法过程记录缺失", "a required record of the step is missing", Severity.ERROR),
    /**
     * 未全程音像记录: an on-site act the step requires to be recorded in audio-video throughout, such as 查封扣押,
     * states its records and has no audio-video record. Our interpretation of 国办发〔2018〕118号, said in the message:
     * 118号 asks agencies to 推行 (introduce) 全程音像记录 of such acts, and no statute requires the record (行政强制法
     * Art 18(7) asks a written one); the step's requirement is taken as the agency's rule implementing it. Hence
     * {@link Severity#WARNING}: a shortfall against a policy the agency adopted, not a breach of a statute; it is not
     * made a fault by default ({@code fault.ViolationFaults}).
     */
    AUDIO_VIDEO_MISSING("现场执法活动未全程音像记录", "an on-site act without its full audio-video record",
            Severity.WARNING),
    /**
     * 未在期限内公开执法决定信息: the case's {@link PublicationRule} asks the decision to be published within a time
     * (国办发〔2018〕118号: 行政处罚、行政许可 7 working days, others 20; 行政处罚法 Art 48 第一款), and it was published
     * after the due day or, the due day past, not at all. Dated the due day. A decision overturned on or before its
     * due day is not one: our reading, the ruling ending the duty to publish it.
     */
    PUBLICATION_OVERDUE("未在期限内公开执法决定信息", "the decision was not published in time", Severity.ERROR),
    /**
     * 未在三日内撤回决定信息: a published penalty decision was changed, revoked, found illegal or void, and its
     * information, still public at the ruling, was not withdrawn within three working days (行政处罚法 Art 48 第二款,
     * Art 85). Dated the due day. Our reading (said in the message): the days count from the day the ruling took
     * effect, which Art 48 第二款 does not say; information published again after the ruling must be withdrawn within
     * the same time of its publication. Information withdrawn before the ruling needs no withdrawal.
     */
    LATE_WITHDRAWAL("未在三日内撤回已公开的决定信息", "published decision information not withdrawn within three "
            + "working days", Severity.ERROR),
    /** 撤回决定信息未公开说明理由 (行政处罚法 Art 48 第二款). */
    WITHDRAWN_WITHOUT_REASONS("撤回决定信息未公开说明理由", "decision information withdrawn without public reasons",
            Severity.ERROR),
    /**
     * 法制审核未通过仍作出决定: the decision was made after a legality review whose opinion did not pass it, and no
     * later review passed it (行政处罚法 Art 58 第一款: 审核未通过的，不得作出决定). A review that records no opinion
     * is never taken as failed; only a decision recording a penalty, a licence granted or a head's approval of a
     * coercive measure is one, never a decision without content (such as 不予行政处罚). Our reading, said in the
     * message: Art 58 speaks of penalties; the same rule is applied to a licence or a coercive measure listed for
     * review under 国办发〔2018〕118号. Order within a day being unknown, a decision on the day of a failed review that
     * follows a day whose review passed is taken to follow the pass (our interpretation).
     */
    DECIDED_AGAINST_REVIEW("法制审核未通过仍作出决定", "a decision made although the legality review did not pass it",
            Severity.ERROR),
    /**
     * 应当移送而不移送 (行政执法机关移送涉嫌犯罪案件的规定 Arts 3, 19; 16 第二款): the officers found a suspected crime,
     * and the case was closed without a referral, though the head had not refused one. Reported on the day of closing.
     */
    NOT_REFERRED("应当移送涉嫌犯罪案件而不移送", "a suspected crime was not referred", Severity.ERROR),
    /**
     * 以行政处罚代替移送 (Art 11 第一款; 16 第二款): a penalty decided after the officers found a suspected crime, and the
     * case closed without a referral, though the head had not refused one. A penalty decided before the finding is
     * not one; one decided before a referral that followed keeps running (Art 11 第二款). Reported on the day of
     * closing, naming the deciders; while the case is open, a note.
     */
    PENALTY_INSTEAD_OF_REFERRAL("以行政处罚代替移送", "a penalty in place of referral", Severity.ERROR),
    /**
     * 逾期移送 (Art 5 第二款; 16 第一款): the head did not decide within three days of the written report, or the case
     * was not transferred within twenty-four hours of the approval (exact where both times of day are recorded;
     * otherwise only when the dates alone prove it).
     */
    LATE_REFERRAL("逾期移送涉嫌犯罪案件", "a suspected crime referred late", Severity.ERROR),
    /**
     * 逾期移交涉案物品 (Art 12): the items and materials were not handed over within three days of the notice that the
     * public security organ opened a criminal case.
     */
    LATE_HANDOVER("逾期移交涉案物品", "the items were handed over late", Severity.ERROR),
    /** 不批准移送未将理由记录在案 (Art 5 第二款). */
    REFERRAL_REFUSED_WITHOUT_REASONS("不批准移送未记录理由", "a referral refused without recorded reasons",
            Severity.ERROR),
    /** 移送未附法定材料 (Art 6). */
    REFERRAL_MATERIALS_MISSING("移送涉嫌犯罪案件未附法定材料", "a referral without the materials the law requires",
            Severity.ERROR),
    /** 查封、扣押的财物未随案一并移送 (行政强制法 Art 21). */
    SEIZED_ITEMS_NOT_TRANSFERRED("查封、扣押的财物未一并移送", "seized property did not go with the case",
            Severity.ERROR),
    /**
     * 移送由正职负责人或者主持工作的负责人以外的负责人批准 (Art 5): a deputy head decided on the referral without
     * presiding over the agency's work. (An approver who is no head at all is {@link #NOT_BY_HEAD}.)
     */
    REFERRAL_NOT_BY_PRINCIPAL("移送未经正职负责人或者主持工作的负责人审批", "a referral decided by a deputy head who does "
            + "not preside", Severity.ERROR),
    /**
     * 职务犯罪线索未移送 (Art 19): the officers found that a public official is suspected of a duty crime, and the case
     * was closed without referring the lead to the supervisory commission or the procuratorate. Art 19 says 及时, with
     * no time limit, so only closing without it is reported.
     */
    LEAD_NOT_REFERRED("职务犯罪案件线索未移送", "a duty-crime lead was not referred", Severity.ERROR);

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
    @Override
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
