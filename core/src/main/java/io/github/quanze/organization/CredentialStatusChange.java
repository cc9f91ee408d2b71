package io.github.quanze.organization;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded change of an enforcement certificate's status (执法证状态变更), such as 暂扣 from a given day.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the first day the new status applies, not null
 * @param status  the new status: VALID, SUSPENDED, REVOKED or CANCELLED, not null
 * @param reason  why, such as the decision that ordered it, in Chinese and English (the user's own words are the same
 *        in both), each not blank, no control character but line breaks
 */
public record CredentialStatusChange(LocalDate date, CredentialStatus status, BilingualText reason) {

    /**
     * Creates a status change.
     *
     * @param date  the first day the new status applies, not null
     * @param status  the new status: VALID, SUSPENDED, REVOKED or CANCELLED, not null
     * @param reason  why, such as the decision that ordered it, in Chinese and English (the user's own words are the
     *         same in both), each not blank, no control character but line breaks
     * @throws IllegalArgumentException if the status cannot be recorded, or the reason is blank or has a control
     *         character other than a line break
     */
    public CredentialStatusChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        checkArgument(status.isRecordable(),
                "Credential status change on %s: status %s follows from the validity period and cannot be recorded",
                date, status);
        Objects.requireNonNull(reason, "reason");
        Texts.checkText("Credential status change to " + status + " on " + date + ": reason", reason.zh());
        Texts.checkText("Credential status change to " + status + " on " + date + ": English reason", reason.en());
    }

    /**
     * Creates a status change whose reason is the user's own words, the same in both languages.
     *
     * @param date  the first day the new status applies, not null
     * @param status  the new status, not null
     * @param reason  why, not blank, no control character but line breaks
     * @throws IllegalArgumentException as for the canonical constructor
     */
    public CredentialStatusChange(LocalDate date, CredentialStatus status, String reason) {
        this(date, status, userText(date, status, reason));
    }

    private static BilingualText userText(LocalDate date, CredentialStatus status, String reason) {
        Texts.checkText("Credential status change to " + status + " on " + date + ": reason", reason);
        return BilingualText.of(reason, reason);
    }
}
