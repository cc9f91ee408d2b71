package io.github.quanze.organization;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
 * The number is one line without spaces and the issuing authority one line without surrounding spaces. The areas
 * are matched by equality, so they are normalised when the certificate is built: spaces at either end, full-width
 * ones too, are removed ({@code "烟草专卖 "} becomes {@code "烟草专卖"}), and {@link #covers} normalises the area
 * asked about the same way.
 * <p>
 * This class is immutable and thread-safe. It cannot be extended outside this package, so every instance has passed
 * the checks of its builder.
 */
@Value.Immutable
public abstract class EnforcementCredential {

    /** Only the generated implementation extends this class: build instances with {@link Builder}. */
    EnforcementCredential() {}

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
     * @return the areas, normalised, at least one, not null
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
     * Checks whether the certificate lists {@code area}, with spaces at either end of it removed.
     *
     * @param area  the enforcement area, not blank
     * @return true if it does
     * @throws IllegalArgumentException if the area is blank or has a control character
     */
    public boolean covers(String area) {
        Objects.requireNonNull(area, "area");
        return areas().contains(Texts.normalizeTerm("Enforcement area", area));
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
        Objects.requireNonNull(date, "date");
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
        Objects.requireNonNull(change, "change");
        return new Builder().from(this).addStatusChange(change).build();
    }

    /**
     * Checks the certificate and normalises its areas.
     *
     * @return this certificate, or a copy with the areas normalised, not null
     */
    @Value.Check
    protected EnforcementCredential check() {
        checkArgument(!number().isBlank() && number().chars().noneMatch(Character::isWhitespace),
                "Credential number must not be blank or contain spaces, but was %s", Texts.quoted(number()));
        Texts.checkLine("Credential number", number());
        String credential = "Credential " + Texts.quoted(number());
        Texts.checkLine(credential + ": issuing authority", issuingAuthority());
        checkArgument(!areas().isEmpty(), "%s must cover at least one enforcement area", credential);
        Set<String> areas = new LinkedHashSet<>();
        for (String area : areas()) {
            areas.add(Texts.normalizeTerm(credential + ": enforcement area", area));
        }
        checkArgument(!validUntil().isBefore(validFrom()),
                "%s: validity must not end (%s) before it starts (%s)", credential, validUntil(), validFrom());
        CredentialStatus current = CredentialStatus.VALID;
        LocalDate previous = null;
        for (CredentialStatusChange change : statusChanges()) {
            checkArgument(!change.date().isBefore(validFrom()),
                    "%s: status change on %s is before validity starts (%s)", credential, change.date(), validFrom());
            checkArgument(previous == null || change.date().isAfter(previous),
                    "%s: status changes must be in date order, but %s follows %s", credential, change.date(), previous);
            checkArgument(!current.isFinal(), "%s: no status change may follow %s, but %s was recorded on %s",
                    credential, current, change.status(), change.date());
            checkArgument(change.status() != current, "%s: status change on %s repeats status %s",
                    credential, change.date(), current);
            current = change.status();
            previous = change.date();
        }
        return areas.equals(areas()) ? this : new Builder().from(this).areas(areas).build();
    }

    @Override
    public String toString() {
        return "EnforcementCredential{" + number() + " of " + holder() + ", " + areas() + ", " + validFrom() + ".."
                + validUntil() + "}";
    }

    /** Builds an {@link EnforcementCredential}. */
    public static final class Builder extends ImmutableEnforcementCredential.Builder {}
}
