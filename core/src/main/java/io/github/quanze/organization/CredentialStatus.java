package io.github.quanze.organization;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The status of an enforcement certificate on a given day (执法证状态).
 * <p>
 * {@link #VALID}, {@link #SUSPENDED}, {@link #REVOKED} and {@link #CANCELLED} are recorded as status changes;
 * {@link #NOT_YET_VALID} and {@link #EXPIRED} follow from the certificate's validity period. Only a VALID
 * certificate lets its holder enforce (行政处罚法 Art 42, 行政强制法 Art 17). Revocation and cancellation are final:
 * a holder who qualifies again gets a new certificate.
 */
public enum CredentialStatus implements Labelled {
    /** 有效. */
    VALID("有效", "valid", true),
    /** 暂扣: suspended, for example during off-post training; can be restored. */
    SUSPENDED("暂扣", "suspended", true),
    /** 吊销/取消执法资格: revoked as a sanction; final. */
    REVOKED("取消执法资格", "revoked", true),
    /** 注销: cancelled because the holder left enforcement work; final. */
    CANCELLED("注销", "cancelled", true),
    /** 尚未生效: before the first day of validity. */
    NOT_YET_VALID("尚未生效", "not yet valid", false),
    /** 已过期: after the last day of validity. */
    EXPIRED("已过有效期", "expired", false);

    private final BilingualText label;
    private final boolean recordable;

    CredentialStatus(String zh, String en, boolean recordable) {
        this.label = BilingualText.of(zh, en);
        this.recordable = recordable;
    }

    /**
     * Returns the name of this status in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Checks whether this status can be recorded as a change, rather than following from the validity period.
     *
     * @return true for VALID, SUSPENDED, REVOKED and CANCELLED
     */
    public boolean isRecordable() {
        return recordable;
    }

    /**
     * Checks whether this status ends the certificate for good.
     *
     * @return true for REVOKED and CANCELLED
     */
    public boolean isFinal() {
        return this == REVOKED || this == CANCELLED;
    }
}
