package io.github.quanze.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Lists;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.CredentialStatusChange;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An officer's card history (红黄绿卡记录): the yellow and red cards given, in the order given, and the yellow cards
 * lifted after retraining. Without a standing card the officer holds the green card.
 * <p>
 * {@link #applyTo(Organization)} turns the history into the officer's certificate states, so that certification,
 * the allocation audit and case replay see the cards: a yellow card suspends every certificate of the officer from
 * the day it is given ({@link CredentialStatus#SUSPENDED}, 暂停执法 while the officer takes 离岗培训) until the day it
 * is lifted, when the certificates are VALID again; a red card revokes them from the day it is given
 * ({@link CredentialStatus#REVOKED}, 取消执法资格), for good. These effects follow 镇安县's practice (黄牌 "暂停执法、
 * 接受培训", 红牌 "取消了执法资格") and are an interpretation; see {@link OfficerCard}.
 * <p>
 * This class is immutable and thread-safe; {@link #give} and {@link #lift} return new histories.
 *
 * @param officer  the officer, not null
 * @param entries  the cards given, in the order given, not null
 */
public record CardHistory(OfficerId officer, List<CardEntry> entries) {

    /**
     * Creates a history from recorded entries, as {@link #of(OfficerId, List)}.
     *
     * @param officer  the officer, not null
     * @param entries  the cards given, in the order given, not null
     * @throws IllegalArgumentException if an entry was given before the one listed before it
     */
    public CardHistory {
        Objects.requireNonNull(officer, "officer");
        entries = Lists.copyOf("entries", entries);
        LocalDate previous = null;
        for (CardEntry entry : entries) {
            checkArgument(previous == null || !entry.given().isBefore(previous), "Officer %s: the %s card given on %s "
                    + "follows one given on %s; list cards in the order given", officer, entry.card(), entry.given(),
                    previous);
            previous = entry.given();
        }
    }

    /**
     * Obtains the empty history of an officer, who holds the green card.
     *
     * @param officer  the officer, not null
     * @return the history, not null
     */
    public static CardHistory of(OfficerId officer) {
        return new CardHistory(officer, List.of());
    }

    /**
     * Obtains a history from recorded entries, such as those stored by an enforcement supervision system.
     *
     * @param officer  the officer, not null
     * @param entries  the entries, in the order given, not null
     * @return the history, not null
     * @throws IllegalArgumentException if an entry was given before the one listed before it
     */
    public static CardHistory of(OfficerId officer, List<CardEntry> entries) {
        return new CardHistory(officer, entries);
    }

    /**
     * Returns the card that stands on a day: the worst card given on or before it and not lifted by then, GREEN if
     * none.
     *
     * @param date  the day, not null
     * @return the card, not null
     */
    public OfficerCard cardOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        OfficerCard card = OfficerCard.GREEN;
        for (CardEntry entry : entries) {
            if (entry.standsOn(date) && entry.card().isWorseThan(card)) {
                card = entry.card();
            }
        }
        return card;
    }

    /**
     * Returns a history with one more card given.
     *
     * @param card  the card, YELLOW or RED, not null
     * @param date  the first day it stands, not before any date of the history, not null
     * @param reason  why, not blank
     * @param givenBy  who decided, not blank
     * @return the new history, not null
     * @throws IllegalArgumentException if the card is GREEN, a text is blank, or the date precedes a date of the
     *         history
     */
    public CardHistory give(OfficerCard card, LocalDate date, String reason, String givenBy) {
        checkGiven(card, date);
        return with(CardEntry.of(card, date, reason, givenBy));
    }

    private CardHistory give(OfficerCard card, LocalDate date, BilingualText reason, String givenBy) {
        checkGiven(card, date);
        return with(CardEntry.of(card, date, reason, givenBy));
    }

    private void checkGiven(OfficerCard card, LocalDate date) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(date, "date");
        checkArgument(card != OfficerCard.GREEN, "Officer %s: GREEN is the default card and is never given", officer);
        checkInOrder(card, date);
    }

    /**
     * Returns a history with the card an appraisal calls for, given on a day after the appraised year; the same
     * history if the appraisal calls for the green card.
     *
     * @param appraisal  the officer's appraisal, not null
     * @param date  the first day the card stands, after the appraised year, not null
     * @param givenBy  who decided, not blank
     * @return the new history, not null
     * @throws IllegalArgumentException if the appraisal is of another officer, the date is not after the appraised
     *         year, or as {@link #give(OfficerCard, LocalDate, String, String)}
     */
    public CardHistory give(OfficerAppraisal appraisal, LocalDate date, String givenBy) {
        Objects.requireNonNull(appraisal, "appraisal");
        Objects.requireNonNull(date, "date");
        checkArgument(appraisal.officer().equals(officer), "Card history of officer %s cannot take the appraisal of "
                + "officer %s", officer, appraisal.officer());
        checkArgument(date.getYear() > appraisal.year().getValue(), "Officer %s: a card for the %s appraisal must be "
                + "given after that year, but was dated %s", officer, appraisal.year(), date);
        if (appraisal.card() == OfficerCard.GREEN) {
            return this;
        }
        return give(appraisal.card(), date, AssessmentMessages.cardReason(appraisal), givenBy);
    }

    /**
     * Returns a history with a card lifted after retraining (培训合格后解除): the standing card of that colour given
     * last.
     *
     * @param card  the card, YELLOW, not null
     * @param date  the first day it no longer stands, after the day it was given and not before any date of the
     *        history, not null
     * @param liftedBy  who decided, not blank
     * @return the new history, not null
     * @throws IllegalArgumentException if no such card stands (never given, or already lifted), the card is RED or
     *         GREEN, or the date is out of order; the message names the officer and the card
     */
    public CardHistory lift(OfficerCard card, LocalDate date, String liftedBy) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(liftedBy, "liftedBy");
        checkArgument(card != OfficerCard.GREEN, "Officer %s: the GREEN card is the default and cannot be lifted",
                officer);
        checkArgument(card != OfficerCard.RED, "Officer %s: a RED card revokes the qualification for good and "
                + "cannot be lifted; the officer qualifies again with a new certificate", officer);
        int index = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).card() == card && entries.get(i).lifted().isEmpty()) {
                index = i;
            }
        }
        checkArgument(index >= 0, "Officer %s holds no %s card to lift: none was given, or each was lifted",
                officer, card);
        checkInOrder(card, date);
        CardEntry entry = entries.get(index);
        checkArgument(entry.given().isBefore(date), "Officer %s: the %s card given on %s cannot be lifted on %s",
                officer, card, entry.given(), date);
        List<CardEntry> changed = new ArrayList<>(entries);
        changed.set(index, new CardEntry(card, entry.given(), entry.reason(), entry.givenBy(), Optional.of(date),
                Optional.of(liftedBy)));
        return new CardHistory(officer, changed);
    }

    private CardHistory with(CardEntry entry) {
        List<CardEntry> all = new ArrayList<>(entries);
        all.add(entry);
        return new CardHistory(officer, all);
    }

    /** Cards change certificates in date order, so the history is kept in date order too. */
    private void checkInOrder(OfficerCard card, LocalDate date) {
        lastDate().ifPresent(last -> checkArgument(!date.isBefore(last), "Officer %s: the %s card dated %s "
                + "precedes the history's last date %s; record cards in date order", officer, card, date, last));
    }

    private Optional<LocalDate> lastDate() {
        return dates().stream().reduce((a, b) -> b);
    }

    /** Every day a card was given or lifted, in order. */
    private TreeSet<LocalDate> dates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (CardEntry entry : entries) {
            dates.add(entry.given());
            entry.lifted().ifPresent(dates::add);
        }
        return dates;
    }

    /**
     * Applies the history to the officer's certificates: from each day a card is given or lifted, every certificate
     * of the officer takes the status the standing cards give it (REVOKED under a red card, SUSPENDED under a yellow
     * one, VALID under none). A certificate already in that status, revoked or cancelled, or expired by then keeps
     * its record; one not yet valid changes on its first day. Applying the same history again changes nothing.
     *
     * @param organization  the organization, not null
     * @return a new organization with the changed certificates, not null
     * @throws IllegalArgumentException if the organization does not know the officer, or a certificate has a status
     *         change recorded after a day the history would change it
     */
    public Organization applyTo(Organization organization) {
        return applyAll(organization, List.of(this));
    }

    /**
     * Applies the card histories of many officers to their certificates, as {@link #applyTo(Organization)} does for
     * one.
     *
     * @param organization  the organization, not null
     * @param histories  the histories, at most one per officer, not null
     * @return a new organization with the changed certificates, not null
     * @throws IllegalArgumentException as {@link #applyTo(Organization)}, or if two histories are of one officer
     */
    public static Organization applyAll(Organization organization, Collection<CardHistory> histories) {
        Objects.requireNonNull(organization, "organization");
        Map<OfficerId, CardHistory> byOfficer = new HashMap<>();
        for (CardHistory history : Lists.copyOf("histories", histories)) {
            checkArgument(organization.findOfficer(history.officer).isPresent(),
                    "Card history of officer '%s', whom the organization does not know", history.officer);
            checkArgument(byOfficer.put(history.officer, history) == null,
                    "Two card histories of officer '%s'", history.officer);
        }
        Organization.Builder b = organization.toBuilder();
        for (EnforcementCredential credential : organization.credentials()) {
            CardHistory history = byOfficer.get(credential.holder());
            if (history != null) {
                b.replaceCredential(history.apply(credential));
            }
        }
        return b.build();
    }

    private EnforcementCredential apply(EnforcementCredential credential) {
        EnforcementCredential result = credential;
        TreeSet<LocalDate> days = new TreeSet<>();
        // a certificate not yet valid takes the cards standing on its first day
        dates().forEach(d -> days.add(d.isBefore(credential.validFrom()) ? credential.validFrom() : d));
        // a lift restores only what a card suspended, never a suspension the certificate had for another reason
        boolean suspendedByCard = false;
        for (LocalDate day : days) {
            if (day.isAfter(result.validUntil())) {
                continue;
            }
            CredentialStatus recorded = recordedStatus(result, day);
            Change change = changeOn(day);
            if (recorded == CredentialStatus.SUSPENDED && change.status == CredentialStatus.SUSPENDED) {
                // applied before: this card's own suspension is on record for the day
                suspendedByCard = result.statusChanges().contains(
                        new CredentialStatusChange(day, change.status, change.reason));
            }
            if (recorded.isFinal() || recorded == change.status
                    || change.status == CredentialStatus.VALID && !suspendedByCard) {
                continue;
            }
            suspendedByCard = change.status == CredentialStatus.SUSPENDED;
            List<CredentialStatusChange> changes = result.statusChanges();
            LocalDate last = changes.isEmpty() ? null : changes.get(changes.size() - 1).date();
            checkArgument(last == null || last.isBefore(day), "Certificate %s of officer %s has a status change "
                    + "on %s, on or after the card change to %s on %s", result.number(), officer, last, change.status,
                    day);
            result = result.withStatusChange(new CredentialStatusChange(day, change.status, change.reason));
        }
        return result;
    }

    private static CredentialStatus recordedStatus(EnforcementCredential credential, LocalDate date) {
        CredentialStatus status = CredentialStatus.VALID;
        for (CredentialStatusChange change : credential.statusChanges()) {
            if (change.date().isAfter(date)) {
                break;
            }
            status = change.status();
        }
        return status;
    }

    /** The status the standing cards give on a day, and the entry that explains it. */
    private Change changeOn(LocalDate date) {
        OfficerCard card = cardOn(date);
        CardEntry cause = null;
        for (CardEntry entry : entries) {
            boolean explains = card == OfficerCard.GREEN
                    ? entry.lifted().map(d -> !d.isAfter(date)).orElse(false)
                            && (cause == null || entry.lifted().get().isAfter(cause.lifted().get()))
                    : entry.card() == card && entry.standsOn(date);
            cause = explains ? entry : cause;
        }
        if (card == OfficerCard.GREEN) {
            return new Change(CredentialStatus.VALID, AssessmentMessages.restores(cause));
        }
        return new Change(card.credentialStatus(), AssessmentMessages.suspends(cause));
    }

    private static final class Change {
        final CredentialStatus status;
        final BilingualText reason;

        Change(CredentialStatus status, BilingualText reason) {
            this.status = status;
            this.reason = reason;
        }
    }

    /**
     * Explains the history, one line per card.
     *
     * @return the explanation in Chinese and English, not null
     */
    public BilingualText explain() {
        return AssessmentMessages.explain(this);
    }

    @Override
    public String toString() {
        return "CardHistory[" + officer + ", " + entries.size() + " cards]";
    }
}
