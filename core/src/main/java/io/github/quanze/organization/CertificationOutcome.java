package io.github.quanze.organization;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * Whether an officer is certified for an enforcement area on a day, and if not, why (执法资格状况).
 */
public enum CertificationOutcome implements Labelled {
    /** 持有有效执法证: a valid certificate covers the area. */
    CERTIFIED("持有覆盖该执法领域的有效执法证", "holds a valid certificate covering the area"),
    /** 未取得执法证: the officer holds no certificate at all. */
    NO_CREDENTIAL("未取得执法证", "holds no enforcement certificate"),
    /** 执法证不含该领域: no certificate of the officer covers the area. */
    AREA_NOT_COVERED("执法证未涵盖该执法领域", "holds no certificate covering the area"),
    /** 执法证尚未生效. */
    NOT_YET_VALID("执法证尚未生效", "certificate not yet valid"),
    /** 执法证已过有效期. */
    EXPIRED("执法证已过有效期", "certificate expired"),
    /** 执法证被暂扣. */
    SUSPENDED("执法证被暂扣", "certificate suspended"),
    /** 执法资格被取消. */
    REVOKED("执法资格被取消", "qualification revoked"),
    /** 执法证已注销. */
    CANCELLED("执法证已注销", "certificate cancelled");

    private final BilingualText label;

    CertificationOutcome(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the outcome in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    static CertificationOutcome of(CredentialStatus status) {
        switch (status) {
            case VALID:
                return CERTIFIED;
            case SUSPENDED:
                return SUSPENDED;
            case REVOKED:
                return REVOKED;
            case CANCELLED:
                return CANCELLED;
            case NOT_YET_VALID:
                return NOT_YET_VALID;
            case EXPIRED:
                return EXPIRED;
            default:
                throw new AssertionError(status);
        }
    }
}
