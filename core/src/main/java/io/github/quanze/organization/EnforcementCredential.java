package io.github.quanze.organization;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An enforcement certificate (行政执法证): the document that qualifies its holder to enforce in the areas it lists.
 * <p>
 * A certificate has a number, a holder, the authority that issued it (usually the people's government or its
 * justice department), the enforcement areas it covers (执法领域/执法类别), a validity period whose both ends are
 * included, and a history of status changes (暂扣, 恢复, 吊销, 注销). {@link #statusOn(LocalDate)} reads the status on
 * any day, so a case can be checked against the certificate as it stood when the act was done.
 * <p>
 * No national statute governs certificates; provinces do (河南省行政执法条例 Art 20–21, 山东省行政执法监督条例
 * Art 10). The model follows what they share.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnforcementCredential {

    /**
     * Returns the certificate number (证件编号).
     *
     * @return the number, not blank
     */
    public abstract String number();

    /**
     * Returns the officer who holds the certificate.
     *
     * @return the holder's identifier, not null
     */
    public abstract OfficerId holder();

    /**
     * Returns the authority that issued the certificate (发证机关).
     *
     * @return the authority's name, not blank
     */
    public abstract String issuingAuthority();

    /**
     * Returns the enforcement areas the certificate covers (执法领域), such as 烟草专卖.
     *
     * @return the areas, at least one, not null
     */
    public abstract Set<String> areas();

    /**
     * Returns the first day of validity.
     *
     * @return the day, not null
     */
    public abstract LocalDate validFrom();

    /**
     * Returns the last day of validity, included.
     *
     * @return the day, not null
     */
    public abstract LocalDate validUntil();

    /**
     * Returns the recorded status changes, oldest first. Before the first change the certificate is VALID.
     *
     * @return the changes, not null
     */
    public abstract List<CredentialStatusChange> statusChanges();

    /**
     * Checks whether the certificate lists {@code area}.
     *
     * @param area  the enforcement area, not null
     * @return true if it does
     */
    public boolean covers(String area) {
        return areas().contains(area);
    }

    /**
     * Returns the status on {@code date}. A final status (revoked, cancelled) stays after the validity period ends;
     * otherwise a day outside the period is NOT_YET_VALID or EXPIRED, and a day inside it has the status of the
     * latest change on or before it.
     *
     * @param date  the day, not null
     * @return the status on that day, not null
     */
    public CredentialStatus statusOn(LocalDate date) {
        CredentialStatus recorded = CredentialStatus.VALID;
        for (CredentialStatusChange change : statusChanges()) {
            if (change.date().isAfter(date)) {
                break;
            }
            recorded = change.status();
        }
        if (recorded.isFinal()) {
            return recorded;
        }
        if (date.isBefore(validFrom())) {
            return CredentialStatus.NOT_YET_VALID;
        }
        if (date.isAfter(validUntil())) {
            return CredentialStatus.EXPIRED;
        }
        return recorded;
    }

    /**
     * Returns a copy of this certificate with one more status change, such as a suspension.
     *
     * @param change  the change, on a day after every recorded change, not null
     * @return the changed certificate, not null
     * @throws IllegalArgumentException if the change is out of order, repeats the current status, or follows a
     *         final status
     */
    public EnforcementCredential withStatusChange(CredentialStatusChange change) {
        return new Builder().from(this).addStatusChange(change).build();
    }

    @Value.Check
    protected void check() {
        checkArgument(!number().isBlank() && number().chars().noneMatch(Character::isWhitespace),
                "Credential number must not be blank or contain spaces, but was '%s'", number());
        checkArgument(!issuingAuthority().isBlank(), "Credential %s: issuing authority must not be blank", number());
        checkArgument(!areas().isEmpty(), "Credential %s must cover at least one enforcement area", number());
        checkArgument(areas().stream().noneMatch(String::isBlank),
                "Credential %s: enforcement areas must not be blank, but were %s", number(), areas());
        checkArgument(!validUntil().isBefore(validFrom()),
                "Credential %s: validity must not end (%s) before it starts (%s)", number(), validUntil(), validFrom());
        CredentialStatus current = CredentialStatus.VALID;
        LocalDate previous = null;
        for (CredentialStatusChange change : statusChanges()) {
            checkArgument(!change.date().isBefore(validFrom()),
                    "Credential %s: status change on %s is before validity starts (%s)",
                    number(), change.date(), validFrom());
            checkArgument(previous == null || change.date().isAfter(previous),
                    "Credential %s: status changes must be in date order, but %s follows %s",
                    number(), change.date(), previous);
            checkArgument(!current.isFinal(), "Credential %s: no status change may follow %s, but %s was recorded on %s",
                    number(), current, change.status(), change.date());
            checkArgument(change.status() != current, "Credential %s: status change on %s repeats status %s",
                    number(), change.date(), current);
            current = change.status();
            previous = change.date();
        }
    }

    @Override
    public String toString() {
        return "EnforcementCredential{" + number() + " of " + holder() + ", " + areas() + ", " + validFrom() + ".."
                + validUntil() + "}";
    }

    /** Builds an {@link EnforcementCredential}. */
    public static final class Builder extends ImmutableEnforcementCredential.Builder {}
}
