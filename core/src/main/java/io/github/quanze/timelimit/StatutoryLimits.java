package io.github.quanze.timelimit;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_COERCION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_RECONSIDERATION_LAW;
import static io.github.quanze.basis.Instruments.CRIMINAL_REFERRAL_PROVISIONS;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;

/**
 * The common statutory time limits of administrative enforcement (法定期限), with their provisions, units and
 * extensions. Units follow each statute's working-day rule ({@link Statute}).
 */
public final class StatutoryLimits {

    /** 行政处罚法 Art 60: decide within ninety days of filing the case (natural days: Art 85 does not list 90). */
    public static final TimeLimit PENALTY_DECISION = Statute.ADMINISTRATIVE_PENALTY_LAW.days(90,
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 60), name("行政处罚决定期限", "time to decide a penalty"));

    /** 行政处罚法 Art 61: serve the decision within seven working days when the party is absent. */
    public static final TimeLimit PENALTY_SERVICE = Statute.ADMINISTRATIVE_PENALTY_LAW.days(7,
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 61, 1), name("处罚决定书送达期限", "time to serve a penalty decision"));

    /** 行政处罚法 Art 64(1): the party asks for a hearing within five working days of being told. */
    public static final TimeLimit PENALTY_HEARING_REQUEST = Statute.ADMINISTRATIVE_PENALTY_LAW.days(5,
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 64).withItem(1), name("听证申请期限", "time to ask for a hearing"));

    /** 行政处罚法 Art 64(2): notify the hearing seven working days before it is held. */
    public static final TimeLimit PENALTY_HEARING_NOTICE = Statute.ADMINISTRATIVE_PENALTY_LAW.days(7,
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 64).withItem(2), name("听证通知期限", "hearing notice")).before();

    /**
     * 行政处罚法 Art 71: fines collected on the spot are handed in to the agency within two working days of their
     * collection (on water, of landing: a procedure for waterborne enforcement counts from that event instead).
     */
    public static final TimeLimit FINE_HAND_IN = Statute.ADMINISTRATIVE_PENALTY_LAW.days(2,
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 71), name("当场收缴罚款交至行政机关期限",
                    "time to hand in fines collected on the spot"));

    /** 行政处罚法 Art 67: pay the fine within fifteen days of receiving the decision (natural days). */
    public static final TimeLimit FINE_PAYMENT = Statute.ADMINISTRATIVE_PENALTY_LAW.days(15,
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 67, 3), name("罚款缴纳期限", "time to pay a fine"));

    /** 行政许可法 Art 32(4): tell the applicant once, within five working days, everything to complete. */
    public static final TimeLimit LICENCE_CORRECTION_NOTICE = Statute.ADMINISTRATIVE_LICENSING_LAW.days(5,
            Provision.of(ADMINISTRATIVE_LICENSING_LAW, 32, 1, 4),
            name("一次告知补正期限", "time to tell the applicant what to complete"));

    /** 行政许可法 Art 42: decide within twenty working days; +10 with the agency head's approval. */
    public static final TimeLimit LICENCE_DECISION = Statute.ADMINISTRATIVE_LICENSING_LAW.days(20,
            Provision.of(ADMINISTRATIVE_LICENSING_LAW, 42, 1), name("行政许可决定期限", "time to decide a licence"))
            .extendable(new Extension(10, "本行政机关负责人",
                    LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 42, 1))));

    /** 行政许可法 Art 42 第二款: joint handling within forty-five working days; +15 with the government head's approval. */
    public static final TimeLimit LICENCE_JOINT_DECISION = Statute.ADMINISTRATIVE_LICENSING_LAW.days(45,
            Provision.of(ADMINISTRATIVE_LICENSING_LAW, 42, 2), name("统一、联合、集中办理期限", "joint handling"))
            .extendable(new Extension(15, "本级人民政府负责人",
                    LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 42, 2))));

    /** 行政许可法 Art 44: issue the licence document within ten working days of the decision. */
    public static final TimeLimit LICENCE_ISSUE = Statute.ADMINISTRATIVE_LICENSING_LAW.days(10,
            Provision.of(ADMINISTRATIVE_LICENSING_LAW, 44), name("颁发、送达许可证件期限", "time to issue the licence"));

    /**
     * 行政许可法 Art 47: the applicant asks for a hearing within five days of being told. A period the applicant
     * keeps, so counted in natural days (interpretation of Art 82's scope).
     */
    public static final TimeLimit LICENCE_HEARING_REQUEST = TimeLimit.ofDays(5)
            .named(name("许可听证申请期限", "time to ask for a licensing hearing"))
            .citing(LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 47, 1)));

    /** 行政许可法 Art 47: the agency holds the hearing within twenty working days of the request. */
    public static final TimeLimit LICENCE_HEARING_HELD = Statute.ADMINISTRATIVE_LICENSING_LAW.days(20,
            Provision.of(ADMINISTRATIVE_LICENSING_LAW, 47, 1), name("组织许可听证期限", "time to hold the hearing"));

    /** 行政许可法 Art 48(1): notify the hearing seven working days before it is held. */
    public static final TimeLimit LICENCE_HEARING_NOTICE = Statute.ADMINISTRATIVE_LICENSING_LAW.days(7,
            Provision.of(ADMINISTRATIVE_LICENSING_LAW, 48, 1, 1), name("许可听证通知期限", "licensing hearing notice"))
            .before();

    /** 行政强制法 Art 25: seizure at most thirty days (natural days: over ten); +30 with the agency head's approval. */
    public static final TimeLimit SEIZURE = Statute.ADMINISTRATIVE_COERCION_LAW.days(30,
            Provision.of(ADMINISTRATIVE_COERCION_LAW, 25, 1), name("查封、扣押期限", "sealing-up or seizure"))
            .extendable(new Extension(30, "行政机关负责人", LegalBasis.of(Provision.of(ADMINISTRATIVE_COERCION_LAW, 25, 1))));

    /** 行政强制法 Art 32: decide on frozen deposits within thirty days; +30 with the agency head's approval. */
    public static final TimeLimit FREEZE_DECISION = Statute.ADMINISTRATIVE_COERCION_LAW.days(30,
            Provision.of(ADMINISTRATIVE_COERCION_LAW, 32, 1), name("冻结处理期限", "time to decide on frozen funds"))
            .extendable(new Extension(30, "行政机关负责人", LegalBasis.of(Provision.of(ADMINISTRATIVE_COERCION_LAW, 32, 1))));

    /** 行政复议法 Art 20: apply for reconsideration within sixty days of knowing of the act. */
    public static final TimeLimit RECONSIDERATION_APPLICATION = Statute.ADMINISTRATIVE_RECONSIDERATION_LAW.days(60,
            Provision.of(ADMINISTRATIVE_RECONSIDERATION_LAW, 20, 1), name("行政复议申请期限", "time to apply for review"));

    /** 行政复议法 Art 62: decide within sixty days of accepting; at most +30 with the review body head's approval. */
    public static final TimeLimit RECONSIDERATION_DECISION = Statute.ADMINISTRATIVE_RECONSIDERATION_LAW.days(60,
            Provision.of(ADMINISTRATIVE_RECONSIDERATION_LAW, 62, 1), name("行政复议决定期限", "time to decide a review"))
            .extendable(new Extension(30, "行政复议机构的负责人",
                    LegalBasis.of(Provision.of(ADMINISTRATIVE_RECONSIDERATION_LAW, 62, 1))));

    /**
     * 行政执法机关移送涉嫌犯罪案件的规定 Art 5 第二款: the head decides on a referral within three days of receiving the
     * written report (natural days: the regulation has no working-day rule; a last day that is a rest day moves to the
     * next working day, 民法典 Art 203). Natural days are our reading, for this limit and those of Arts 9 and 12: the
     * competing one is 行政处罚法 Art 85, which makes 三日 working days, but only for the periods of that law (本法中).
     */
    public static final TimeLimit REFERRAL_DECISION = TimeLimit.ofDays(3)
            .named(name("批准移送决定期限", "time to decide on a referral"))
            .citing(LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 5, 2)));

    /** 行政执法机关移送涉嫌犯罪案件的规定 Art 5 第二款: an approved referral is transferred within twenty-four hours. */
    public static final TimeLimit REFERRAL_TRANSFER = TimeLimit.ofHours(24)
            .named(name("批准后移送期限", "time to transfer an approved referral"))
            .citing(LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 5, 2)));

    /**
     * 行政执法机关移送涉嫌犯罪案件的规定 Art 12: the items and materials are handed over within three days of the notice
     * that the public security organ opened a criminal case (natural days).
     */
    public static final TimeLimit REFERRAL_ITEMS_HANDOVER = TimeLimit.ofDays(3)
            .named(name("移交涉案物品期限", "time to hand over the items"))
            .citing(LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 12)));

    /**
     * 行政执法机关移送涉嫌犯罪案件的规定 Art 9 第一款: the agency may ask for reconsideration within three days of the
     * notice of non-filing (a right: natural days).
     */
    public static final TimeLimit REFERRAL_RECONSIDERATION = TimeLimit.ofDays(3)
            .named(name("提请复议期限", "time to ask for reconsideration"))
            .citing(LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 9, 1)));

    private StatutoryLimits() {}

    private static BilingualText name(String zh, String en) {
        return BilingualText.of(zh, en);
    }
}
