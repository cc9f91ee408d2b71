package io.github.quanze.publish.notice;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.CIVIL_CODE;
import static io.github.quanze.publish.notice.NoticeLaw.GOVERNMENT_INFORMATION_REGULATION;
import static io.github.quanze.publish.notice.NoticeLaw.PERSONAL_INFORMATION_PROTECTION_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * A rule by which quanze masks a field of a published decision (个人信息处理规则) — <em>an interpretation</em>, not a
 * rule any statute in force states: 行政处罚法 Art 48 第一款 and 行政许可法 Art 40 require the publication,
 * 个人信息保护法 Art 6 第一款 requires the way least intrusive on the person's rights and Art 34 the bounds of the
 * agency's statutory duties, 民法典 Art 1034 第二款 names what is personal information and Art 1039 binds agencies to
 * keep it confidential, and 政府信息公开条例 Art 15 withholds information, such as personal privacy, whose publication
 * would harm a third party's lawful rights; but no provision in force lists the fields to mask (市场监督管理行政处罚信息公示
 * 规定 Art 6 says only 对信息进行必要的处理). The list follows two conventions that are not binding here: the repealed
 * 工商行政管理行政处罚信息公示暂行规定（工商总局令第71号, 2014）Art 6, which deleted 自然人住所（与经营场所一致的除外）、
 * 通讯方式、身份证号码、银行账号, and the court's 最高人民法院关于人民法院在互联网公布裁判文书的规定（法释〔2016〕19号）
 * Art 8–10, which keep a surname and replace the given name with 某 (both read as reprinted in public sources).
 * <p>
 * The party's name is not among the rules: it is published by default, as the decision states it (行政处罚法
 * Art 59(一)) and as a published decision is the decision served less the necessary processing (市场监督管理行政处罚
 * 信息公示规定 Art 4 第三款, Art 7) — unless the policy reduces names ({@link #NAME_REDUCED}), or the party is a
 * child under fourteen ({@link #MINOR_NAME_REDUCED}).
 */
public enum MaskingRule implements Labelled {

    /** 居民身份证号码 removed entirely. */
    ID_NUMBER_REMOVED("删除居民身份证号码", "ID number removed",
            "居民身份证号码属个人信息，不予公开，全部删除", "an ID number is personal information: removed entirely",
            basis(Provision.of(CIVIL_CODE, 1034, 2), Provision.of(PERSONAL_INFORMATION_PROTECTION_LAW, 6, 1),
                    Provision.of(GOVERNMENT_INFORMATION_REGULATION, 15))),
    /** A natural person's home address removed, unless it is the business premises. */
    HOME_ADDRESS_REMOVED("删除自然人住址（与经营场所一致的除外）", "home address removed (not business premises)",
            "自然人住址属个人信息，不予公开；住址即经营场所（如个体工商户的经营场所）的，予以公开",
            "a natural person's home address is personal information and is removed; an address that is the "
                    + "business premises (such as an individual business's shop) is published",
            basis(Provision.of(CIVIL_CODE, 1034, 2), Provision.of(PERSONAL_INFORMATION_PROTECTION_LAW, 6, 1),
                    Provision.of(GOVERNMENT_INFORMATION_REGULATION, 15))),
    /** A natural person's phone number removed. */
    PHONE_REMOVED("删除电话号码", "phone number removed",
            "电话号码属个人信息，不予公开", "a phone number is personal information: removed",
            basis(Provision.of(CIVIL_CODE, 1034, 2), Provision.of(PERSONAL_INFORMATION_PROTECTION_LAW, 6, 1))),
    /** A natural person's email address removed. */
    EMAIL_REMOVED("删除电子邮箱", "email address removed",
            "电子邮箱属个人信息，不予公开", "an email address is personal information: removed",
            basis(Provision.of(CIVIL_CODE, 1034, 2), Provision.of(PERSONAL_INFORMATION_PROTECTION_LAW, 6, 1))),
    /** A natural person's birth date removed. */
    BIRTH_DATE_REMOVED("删除出生日期", "birth date removed",
            "出生日期属个人信息，不予公开", "a birth date is personal information: removed",
            basis(Provision.of(CIVIL_CODE, 1034, 2), Provision.of(PERSONAL_INFORMATION_PROTECTION_LAW, 6, 1))),
    /** Any party's bank account removed. */
    BANK_ACCOUNT_REMOVED("删除银行账号", "bank account removed",
            "自然人的银行账号属敏感个人信息（金融账户）；单位的银行账号不属决定书载明的当事人信息；均不予公开",
            "a natural person's bank account is sensitive personal information (a financial account); an "
                    + "organization's is not among the party's details a decision states; neither is published",
            basis(Provision.of(PERSONAL_INFORMATION_PROTECTION_LAW, 28, 1),
                    Provision.ofItem(ADMINISTRATIVE_PENALTY_LAW, 59, 1))),
    /** An organization's phone and email, not among what a decision states of its party, removed. */
    CONTACT_NOT_STATED("删除单位联系方式", "organization's contact details removed",
            "决定书载明当事人的名称和地址，不载明其联系方式，故不予公开",
            "a decision states the party's name and address, not its contact details, so they are not published",
            basis(Provision.ofItem(ADMINISTRATIVE_PENALTY_LAW, 59, 1))),
    /** A natural person's name reduced to the surname and 某, as the agency's policy chooses. */
    NAME_REDUCED("姓名隐去名字（保留姓氏，以“某”代替）", "name reduced to the surname and 某",
            "本机关选择以对个人权益影响最小的方式公开：自然人保留姓氏，名字以“某”代替（参照法释〔2016〕19号第九条）",
            "the agency chose the least intrusive way: a natural person's surname is kept and the given name "
                    + "replaced by 某 (following the court's convention, 法释〔2016〕19号 Art 9)",
            basis(Provision.of(PERSONAL_INFORMATION_PROTECTION_LAW, 6, 1))),
    /** A child's name under fourteen always reduced. */
    MINOR_NAME_REDUCED("不满十四周岁未成年人姓名隐去名字", "name of a child under fourteen reduced",
            "不满十四周岁未成年人的个人信息属敏感个人信息，姓名一律保留姓氏，名字以“某”代替",
            "the personal information of a child under fourteen is sensitive: the name is always reduced to the "
                    + "surname and 某",
            basis(Provision.of(PERSONAL_INFORMATION_PROTECTION_LAW, 28, 1))),
    /** A third person's name in the facts always reduced. */
    THIRD_PERSON_NAME_REDUCED("第三人姓名隐去名字", "third person's name reduced",
            "事实中出现的其他自然人（第三人）不是决定的当事人，其姓名一律保留姓氏，名字以“某”代替",
            "another natural person named in the facts is not the decision's party: the name is always reduced to "
                    + "the surname and 某",
            basis(Provision.of(GOVERNMENT_INFORMATION_REGULATION, 15), Provision.of(PERSONAL_INFORMATION_PROTECTION_LAW,
                    6, 1)));

    private final BilingualText label;
    private final BilingualText explanation;
    private final LegalBasis grounds;

    MaskingRule(String zh, String en, String whyZh, String whyEn, LegalBasis grounds) {
        this.label = BilingualText.of(zh, en);
        this.explanation = BilingualText.of(whyZh, whyEn);
        this.grounds = grounds;
    }

    private static LegalBasis basis(Provision first, Provision... more) {
        return LegalBasis.of(first, more);
    }

    /**
     * Returns the rule in a few words, in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns what the rule does and why, in Chinese and English.
     *
     * @return the explanation, not null
     */
    public BilingualText explanation() {
        return explanation;
    }

    /**
     * Returns the provisions the rule rests on: grounds of our interpretation, none of which lists the field itself.
     *
     * @return the grounds, not null
     */
    public LegalBasis grounds() {
        return grounds;
    }
}
