package io.github.quanze.testkit.organization;

import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.CredentialStatusChange;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.OfficerId;
import java.time.LocalDate;
import java.util.List;

/**
 * Enforcement certificates (执法证) in a chosen status on the audit day of generated worlds.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Credentials {

    /** The day generated organizations are audited on. */
    public static final LocalDate AUDIT_DATE = LocalDate.of(2024, 6, 1);

    private Credentials() {}

    /**
     * Returns a certificate of the holder for the areas, in the given status on {@link #AUDIT_DATE}: valid from 2022
     * to 2026, not yet valid (from 2025), expired (at the end of 2023), or suspended, revoked or cancelled on
     * 2024-01-01.
     *
     * @param holder  the holder, not null
     * @param status  the status on the audit day, not null
     * @param areas  the enforcement areas, not empty, not null
     * @return the certificate, not null
     */
    public static EnforcementCredential inStatus(OfficerId holder, CredentialStatus status, List<String> areas) {
        EnforcementCredential.Builder credential = EnforcementCredential.builder()
                .number("ZF-" + holder.value()).holder(holder).issuingAuthority("某市人民政府").areas(areas)
                .validFrom(status == CredentialStatus.NOT_YET_VALID ? LocalDate.of(2025, 1, 1)
                        : LocalDate.of(2022, 1, 1))
                .validUntil(status == CredentialStatus.EXPIRED ? LocalDate.of(2023, 12, 31)
                        : LocalDate.of(2026, 12, 31));
        switch (status) {
            case SUSPENDED -> credential.addStatusChange(new CredentialStatusChange(LocalDate.of(2024, 1, 1),
                    status, "暂扣"));
            case REVOKED -> credential.addStatusChange(new CredentialStatusChange(LocalDate.of(2024, 1, 1),
                    status, "取消执法资格"));
            case CANCELLED -> credential.addStatusChange(new CredentialStatusChange(LocalDate.of(2024, 1, 1),
                    status, "调离执法岗位，注销"));
            default -> { }
        }
        return credential.build();
    }
}
