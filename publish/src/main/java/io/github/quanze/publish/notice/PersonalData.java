package io.github.quanze.publish.notice;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * A kind of personal information found in a text the publication marks public (公开字段中的个人信息): what a
 * {@link PersonalDataException} reports instead of the value itself. 民法典 Art 1034 第二款 names 身份证件号码、住址、
 * 电话号码、电子邮箱; 个人信息保护法 Art 28 counts a 金融账户 as sensitive.
 */
public enum PersonalData implements Labelled {
    /** A number of the form of a 居民身份证号码 (eighteen characters, GB 11643). */
    ID_NUMBER("居民身份证号码", "an 18-digit ID number"),
    /** A mainland mobile number, 1[3-9] and nine digits. */
    MOBILE_NUMBER("手机号码", "a mobile phone number"),
    /** An email address. */
    EMAIL("电子邮箱", "an email address"),
    /** The party's own phone number. */
    PARTY_PHONE("当事人的电话号码", "the party's phone number"),
    /** The party's own home address. */
    PARTY_ADDRESS("当事人的住址", "the party's home address"),
    /** The party's own bank account. */
    PARTY_BANK_ACCOUNT("当事人的银行账号", "the party's bank account"),
    /** The party's own 居民身份证号码. */
    PARTY_ID_NUMBER("当事人的居民身份证号码", "the party's ID number"),
    /** The party's own email address, in any form. */
    PARTY_EMAIL("当事人的电子邮箱", "the party's email address"),
    /** The party's birth date, written as a date (1990年1月1日, 1990-01-01, 1990/1/1, 1990.01.01, 19900101). */
    PARTY_BIRTH_DATE("当事人的出生日期", "the party's birth date");

    private final BilingualText label;

    PersonalData(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the kind in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
