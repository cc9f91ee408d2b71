package io.github.quanze.sanction;

import io.github.quanze.text.BilingualText;
import java.util.OptionalInt;

/**
 * A kind of sanction or measure (责任追究方式), in ladder order within each group, lightest first.
 * <p>
 * Officer measures follow the order of 公务员法 Art 57 (谈话提醒、批评教育、责令检查、诫勉) and of 国办发〔2005〕37号
 * (批评教育、离岗培训、调离执法岗位、取消执法资格); where 通报批评 and 暂扣执法证件 fall among them is an interpretation.
 * Governmental sanctions (政务处分) are those of 公职人员政务处分法 Art 7, each with its period under Art 8 (开除 has
 * none); any governmental sanction is heavier than any officer measure, and referral heavier still. The two
 * referrals weigh the same: where a suspected crime goes (监察机关 for a duty crime since 监察法 2018, 司法机关 under
 * 行政机关公务员处分条例 Art 5) is a question of jurisdiction, not of weight. Agency measures form their own ladder
 * and are compared only with each other.
 */
public enum SanctionKind {
    /** 谈话提醒. */
    REMINDER("谈话提醒", "talk and reminder", Group.OFFICER_MEASURE, 0),
    /** 批评教育. */
    CRITICISM("批评教育", "criticism and education", Group.OFFICER_MEASURE, 0),
    /** 责令书面检查. */
    WRITTEN_SELF_CRITICISM("责令书面检查", "written self-criticism", Group.OFFICER_MEASURE, 0),
    /** 诫勉. */
    ADMONITION("诫勉", "admonition", Group.OFFICER_MEASURE, 0),
    /** 通报批评. */
    PUBLIC_REPRIMAND("通报批评", "public reprimand", Group.OFFICER_MEASURE, 0),
    /** 离岗培训. */
    OFF_POST_TRAINING("离岗培训", "off-post training", Group.OFFICER_MEASURE, 0),
    /** 调离执法岗位. */
    REMOVAL_FROM_POST("调离执法岗位", "removal from enforcement post", Group.OFFICER_MEASURE, 0),
    /** 暂扣执法证件. */
    CREDENTIAL_SUSPENDED("暂扣执法证件", "suspension of the enforcement certificate", Group.OFFICER_MEASURE, 0),
    /** 取消执法资格. */
    QUALIFICATION_REVOKED("取消执法资格", "revocation of enforcement qualification", Group.OFFICER_MEASURE, 0),
    /** 警告, six months. */
    WARNING("警告", "warning", Group.GOVERNMENTAL_SANCTION, 6),
    /** 记过, twelve months. */
    DEMERIT("记过", "demerit", Group.GOVERNMENTAL_SANCTION, 12),
    /** 记大过, eighteen months. */
    MAJOR_DEMERIT("记大过", "major demerit", Group.GOVERNMENTAL_SANCTION, 18),
    /** 降级, twenty-four months. */
    DEMOTION("降级", "demotion", Group.GOVERNMENTAL_SANCTION, 24),
    /** 撤职, twenty-four months. */
    DISMISSAL_FROM_POST("撤职", "dismissal from post", Group.GOVERNMENTAL_SANCTION, 24),
    /** 开除, no period. */
    EXPULSION("开除", "expulsion", Group.GOVERNMENTAL_SANCTION, -1),
    /** 移送监察机关: a suspected duty crime (职务犯罪) of a public official (公务员法 Art 57; 监察法 Art 11). */
    REFERRAL_SUPERVISORY("移送监察机关", "referral to the supervisory commission", Group.REFERRAL, 0),
    /** 移送司法机关: a suspected crime under 行政机关公务员处分条例 Art 5, or one that is not a duty crime. */
    REFERRAL_JUDICIAL("移送司法机关", "referral to the judicial authorities", Group.REFERRAL, 0),
    /** 责令改正 (agencies): such as for a failure to refer (行政执法机关移送涉嫌犯罪案件的规定 Art 16 第二款). */
    CORRECTION_ORDERED("责令改正", "order to correct", Group.AGENCY_MEASURE, 0),
    /** 责令限期移送 (agencies): for a late referral (行政执法机关移送涉嫌犯罪案件的规定 Art 16 第一款). */
    REFERRAL_ORDERED("责令限期移送", "order to refer within a time limit", Group.AGENCY_MEASURE, 0),
    /** 限期整改 (agencies). */
    RECTIFICATION("限期整改", "rectification within a time limit", Group.AGENCY_MEASURE, 0),
    /** 通报批评 (agencies), or 通报 where a provision says only that. */
    AGENCY_REPRIMAND("通报批评", "public reprimand of the agency", Group.AGENCY_MEASURE, 0),
    /** 取消评比先进资格 (agencies). */
    AWARD_INELIGIBILITY("取消评比先进资格", "loss of award eligibility", Group.AGENCY_MEASURE, 0);

    /**
     * The group a kind belongs to (责任追究方式的类别). Within the officer groups, any governmental sanction is heavier
     * than any officer measure, and a referral heavier still.
     */
    public enum Group {
        /** 组织处理 and other measures for officers (国办发〔2005〕37号; 公务员法 Art 57). */
        OFFICER_MEASURE,
        /** 政务处分 or 处分 (公职人员政务处分法 Art 7; 行政机关公务员处分条例 Art 6). */
        GOVERNMENTAL_SANCTION,
        /** 移送: referral of a suspected crime. */
        REFERRAL,
        /** 对行政执法机关的处理: measures for agencies. */
        AGENCY_MEASURE
    }

    private final BilingualText label;
    private final Group group;
    private final int months;

    SanctionKind(String zh, String en, Group group, int months) {
        this.label = BilingualText.of(zh, en);
        this.group = group;
        this.months = months;
    }

    /**
     * Returns the name in Chinese and English.
     *
     * @return the label, not null
     */
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the group.
     *
     * @return the group, not null
     */
    public Group group() {
        return group;
    }

    /** Returns the weight for comparing sanctions: the ladder position, the same for both referrals. */
    int weight() {
        return this == REFERRAL_JUDICIAL ? REFERRAL_SUPERVISORY.ordinal() : ordinal();
    }

    /**
     * Returns the period of a governmental sanction in months (公职人员政务处分法 Art 8), counted from the day the
     * decision takes effect; empty for 开除 and for every other kind.
     *
     * @return the period, not null
     */
    public OptionalInt months() {
        return months > 0 ? OptionalInt.of(months) : OptionalInt.empty();
    }

    /**
     * Returns the name with the period of a governmental sanction: 记大过（处分期十八个月）.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        if (months <= 0) {
            return label;
        }
        return BilingualText.of(label.zh() + "（处分期" + months + "个月）", label.en() + " (" + months + " months)");
    }
}
