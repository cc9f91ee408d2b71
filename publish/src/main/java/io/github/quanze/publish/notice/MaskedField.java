package io.github.quanze.publish.notice;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * A field of a decision notice that the publication masked (被处理的字段): removed, or reduced to what may be public.
 */
public enum MaskedField implements Labelled {
    /** 当事人姓名. */
    NAME("当事人姓名", "party's name"),
    /** 居民身份证号码. */
    ID_NUMBER("居民身份证号码", "ID number"),
    /** 住址. */
    ADDRESS("住址", "home address"),
    /** 电话号码. */
    PHONE("电话号码", "phone number"),
    /** 电子邮箱. */
    EMAIL("电子邮箱", "email address"),
    /** 银行账号. */
    BANK_ACCOUNT("银行账号", "bank account"),
    /** 出生日期. */
    BIRTH_DATE("出生日期", "birth date"),
    /** 法定代表人、负责人或者经营者姓名. */
    REPRESENTATIVE("法定代表人（负责人、经营者）姓名", "name of the legal representative or operator"),
    /** 第三人姓名 (in the facts). */
    THIRD_PERSON("第三人姓名", "name of a third person");

    private final BilingualText label;

    MaskedField(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the field in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
