package io.github.quanze.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableSet;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 * <pre>{@code
 * EnforcementCredential credential = EnforcementCredential.builder().number("ZF-370009")
 *     .holder(OfficerId.of("O-1")).issuingAuthority("某市司法局").addAreas("烟草专卖")
 *     .validFrom(LocalDate.of(2024, 1, 1)).validUntil(LocalDate.of(2028, 12, 31)).build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe. It is final and built only by its {@link Builder}, so every instance has
 * passed the checks of its builder.
 */
public final class EnforcementCredential {

    private final String number;
    private final OfficerId holder;
    private final String issuingAuthority;
    private final Set<String> areas;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final List<CredentialStatusChange> statusChanges;

    private static void checkNumber(String number) {
        if (number.isBlank() || number.chars().anyMatch(Character::isWhitespace)) { // the message only on failure
            throw new IllegalArgumentException(Strings.lenientFormat(
                    "Credential number must not be blank or contain spaces, but was %s", Texts.quoted(number)));
        }
        Texts.checkLine("Credential number", number);
    }

    private EnforcementCredential(Builder b) {
        checkNumber(b.number);
        String credential = "Credential " + Texts.quoted(b.number);
        Texts.checkLine(credential + ": issuing authority", b.issuingAuthority);
        checkArgument(!b.areas.isEmpty(), "%s must cover at least one enforcement area", credential);
        Set<String> areas = new LinkedHashSet<>();
        for (String area : b.areas) {
            areas.add(Texts.normalizeTerm(credential + ": enforcement area", area));
        }
        checkArgument(!b.validUntil.isBefore(b.validFrom),
                "%s: validity must not end (%s) before it starts (%s)", credential, b.validUntil, b.validFrom);
        CredentialStatus current = CredentialStatus.VALID;
        LocalDate previous = null;
        for (CredentialStatusChange change : b.statusChanges) {
            checkArgument(!change.date().isBefore(b.validFrom),
                    "%s: status change on %s is before validity starts (%s)", credential, change.date(), b.validFrom);
            checkArgument(previous == null || change.date().isAfter(previous),
                    "%s: status changes must be in date order, but %s follows %s", credential, change.date(), previous);
            checkArgument(!current.isFinal(), "%s: no status change may follow %s, but %s was recorded on %s",
                    credential, current, change.status(), change.date());
            checkArgument(change.status() != current, "%s: status change on %s repeats status %s",
                    credential, change.date(), current);
            current = change.status();
            previous = change.date();
        }
        this.number = b.number;
        this.holder = b.holder;
        this.issuingAuthority = b.issuingAuthority;
        this.areas = ImmutableSet.copyOf(areas);
        this.validFrom = b.validFrom;
        this.validUntil = b.validUntil;
        this.statusChanges = List.copyOf(b.statusChanges);
    }

    /**
     * Starts building a certificate: set its number, holder, issuing authority and validity, and add at least one
     * area.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this certificate's attributes, to build a changed copy, such as the certificate
     * renewed with a later end of validity. Each single-valued attribute can be set once on it; areas and status
     * changes added go after those already there.
     *
     * @return a builder filled from this certificate, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.number = number;
        b.holder = holder;
        b.issuingAuthority = issuingAuthority;
        b.areas.addAll(areas);
        b.validFrom = validFrom;
        b.validUntil = validUntil;
        b.statusChanges.addAll(statusChanges);
        return b;
    }

    /**
     * Returns the certificate number (证件编号).
     *
     * @return the number, not blank
     */
    public String number() {
        return number;
    }

    /**
     * Returns the officer who holds the certificate.
     *
     * @return the holder's identifier, not null
     */
    public OfficerId holder() {
        return holder;
    }

    /**
     * Returns the authority that issued the certificate (发证机关).
     *
     * @return the authority's name, not blank
     */
    public String issuingAuthority() {
        return issuingAuthority;
    }

    /**
     * Returns the enforcement areas the certificate covers (执法领域), such as 烟草专卖.
     *
     * @return the areas, normalised, at least one, not null
     */
    public Set<String> areas() {
        return areas;
    }

    /**
     * Returns the first day of validity.
     *
     * @return the day, not null
     */
    public LocalDate validFrom() {
        return validFrom;
    }

    /**
     * Returns the last day of validity, included.
     *
     * @return the day, not null
     */
    public LocalDate validUntil() {
        return validUntil;
    }

    /**
     * Returns the recorded status changes, oldest first. Before the first change the certificate is VALID.
     *
     * @return the changes, not null
     */
    public List<CredentialStatusChange> statusChanges() {
        return statusChanges;
    }

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
        return toBuilder().addStatusChange(change).build();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EnforcementCredential c && number.equals(c.number) && holder.equals(c.holder)
                && issuingAuthority.equals(c.issuingAuthority) && areas.equals(c.areas)
                && validFrom.equals(c.validFrom) && validUntil.equals(c.validUntil)
                && statusChanges.equals(c.statusChanges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, holder, issuingAuthority, areas, validFrom, validUntil, statusChanges);
    }

    @Override
    public String toString() {
        return "EnforcementCredential{" + number() + " of " + holder() + ", " + areas() + ", " + validFrom() + ".."
                + validUntil() + "}";
    }

    /**
     * Builds an {@link EnforcementCredential} (行政执法证). Number, holder, issuing authority, first and last day of
     * validity are required, and at least one area; {@link #build()} names every required attribute still missing.
     * Each single-valued attribute is set once; areas and status changes are added after those already there. A
     * builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("EnforcementCredential");
        private String number;
        private OfficerId holder;
        private String issuingAuthority;
        private final Set<String> areas = new LinkedHashSet<>();
        private LocalDate validFrom;
        private LocalDate validUntil;
        private final List<CredentialStatusChange> statusChanges = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the certificate number (证件编号); required.
         *
         * @param number  the number, one line without spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the number is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if the number is already set
         */
        public Builder number(String number) {
            this.number = required.once("number", number, EnforcementCredential::checkNumber);
            return this;
        }

        /**
         * Sets the officer who holds the certificate (持证人); required.
         *
         * @param holder  the holder's identifier, not null
         * @return this builder, not null
         * @throws NullPointerException if the holder is null
         * @throws IllegalStateException if the holder is already set
         */
        public Builder holder(OfficerId holder) {
            this.holder = required.once("holder", holder);
            return this;
        }

        /**
         * Sets the authority that issued the certificate (发证机关); required.
         *
         * @param issuingAuthority  the authority's name, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the name is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if the issuing authority is already set
         */
        public Builder issuingAuthority(String issuingAuthority) {
            this.issuingAuthority = required.once("issuingAuthority", issuingAuthority, v -> Texts.checkLine(
                    "Credential " + Texts.quoted(number) + ": issuing authority", v));
            return this;
        }

        /**
         * Adds an enforcement area the certificate covers (执法领域), such as 烟草专卖; at least one is required.
         * Spaces at either end, full-width ones too, are removed when the certificate is built.
         *
         * @param area  the area, not blank, not null
         * @return this builder, not null
         * @throws NullPointerException if the area is null
         */
        public Builder addArea(String area) {
            areas.add(Objects.requireNonNull(area, "areas element"));
            return this;
        }

        /**
         * Adds enforcement areas the certificate covers (执法领域), as {@link #addArea} each; all or none.
         *
         * @param areas  the areas, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or an area is null
         */
        public Builder addAreas(String... areas) {
            Lists.addEach("areas", this.areas, areas);
            return this;
        }

        /**
         * Replaces the enforcement areas the certificate covers (执法领域), such as those filled in by
         * {@link EnforcementCredential#toBuilder()}; all or none.
         *
         * @param areas  the areas, not null
         * @return this builder, not null
         * @throws NullPointerException if the areas or one of them is null
         * @throws IllegalStateException if the areas were already replaced on this builder
         */
        public Builder areas(Iterable<String> areas) {
            List<String> copy = new ArrayList<>();
            Lists.addEach("areas", copy, areas);
            required.once("areas", copy);
            this.areas.clear();
            this.areas.addAll(copy);
            return this;
        }

        /**
         * Sets the first day of validity (有效期起); required.
         *
         * @param validFrom  the day, not null
         * @return this builder, not null
         * @throws NullPointerException if the day is null
         * @throws IllegalStateException if the day is already set
         */
        public Builder validFrom(LocalDate validFrom) {
            this.validFrom = required.once("validFrom", validFrom);
            return this;
        }

        /**
         * Sets the last day of validity (有效期至), included, not before the first; required.
         *
         * @param validUntil  the day, not null
         * @return this builder, not null
         * @throws NullPointerException if the day is null
         * @throws IllegalStateException if the day is already set
         */
        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = required.once("validUntil", validUntil);
            return this;
        }

        /**
         * Adds a status change (暂扣, 恢复, 吊销, 注销), after those already added: on a later day, within validity,
         * not repeating the current status and not after a final one; optional.
         *
         * @param change  the change, not null
         * @return this builder, not null
         * @throws NullPointerException if the change is null
         */
        public Builder addStatusChange(CredentialStatusChange change) {
            statusChanges.add(Objects.requireNonNull(change, "statusChanges element"));
            return this;
        }

        /**
         * Adds status changes, as {@link #addStatusChange} each; all or none.
         *
         * @param changes  the changes, oldest first, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or a change is null
         */
        public Builder addStatusChanges(CredentialStatusChange... changes) {
            Lists.addEach("statusChanges", statusChanges, changes);
            return this;
        }

        /**
         * Builds the certificate, normalising its areas.
         *
         * @return the certificate, not null
         * @throws IllegalStateException if a required attribute is missing; the message names all that are
         * @throws IllegalArgumentException if the number is blank or has spaces, a text is not one line, no area is
         *         given, validity ends before it starts, or the status changes are out of order, before validity,
         *         repeat a status or follow a final one
         */
        public EnforcementCredential build() {
            required.present("number", number, "holder", holder, "issuingAuthority", issuingAuthority, "validFrom",
                    validFrom, "validUntil", validUntil);
            return new EnforcementCredential(this);
        }
    }
}
