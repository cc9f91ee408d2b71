package io.github.quanze.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A card given to an officer (发卡记录): which card, when, why and who decided, and when and by whom it was lifted
 * after retraining (培训合格后收回), if it was.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param card  the card, YELLOW or RED, not null
 * @param given  the first day the card stands, not null
 * @param reason  why it was given, such as the appraisal or fault it answers, in Chinese and English (the user's own
 *        words are the same in both), each not blank, no control character but line breaks
 * @param givenBy  who decided to give it, one line without surrounding spaces, not blank
 * @param lifted  the first day the card no longer stands, after {@code given}; empty while it stands, not null
 * @param liftedBy  who decided to lift it, one line without surrounding spaces; present exactly when {@code lifted}
 *        is, not null
 */
public record CardEntry(OfficerCard card, LocalDate given, BilingualText reason, String givenBy, Optional<LocalDate> lifted,
        Optional<String> liftedBy) {

    /**
     * Creates an entry.
     *
     * @param card  the card, YELLOW or RED, not null
     * @param given  the first day the card stands, not null
     * @param reason  why it was given, such as the appraisal or fault it answers, in Chinese and English (the user's
     *         own words are the same in both), each not blank, no control character but line breaks
     * @param givenBy  who decided to give it, one line without surrounding spaces, not blank
     * @param lifted  the first day the card no longer stands, after {@code given}; empty while it stands, not null
     * @param liftedBy  who decided to lift it, one line without surrounding spaces; present exactly when {@code lifted}
     *         is, not null
     * @throws IllegalArgumentException if the card is GREEN, a text is blank or has a control character (the reason
     *         may hold line breaks), a name has surrounding spaces, the lifting date and decider are not
     *         both present or both empty, the card is lifted on or before the day it was given, or a RED card is lifted
     */
    public CardEntry {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(lifted, "lifted");
        Objects.requireNonNull(liftedBy, "liftedBy");
        checkArgument(card != OfficerCard.GREEN, "Card entry of %s: GREEN is the default and is never given", given);
        String entry = "Card entry " + card + " of " + given;
        Objects.requireNonNull(reason, "reason");
        Texts.checkText(entry + ": reason", reason.zh());
        Texts.checkText(entry + ": English reason", reason.en());
        Texts.checkLine(entry + ": givenBy", givenBy);
        checkArgument(lifted.isPresent() == liftedBy.isPresent(),
                "Card entry %s of %s: lifted (%s) and liftedBy (%s) must be both present or both empty", card, given,
                lifted, liftedBy.map(Texts::quote));
        liftedBy.ifPresent(name -> Texts.checkLine(entry + ": liftedBy", name));
        checkArgument(lifted.map(given::isBefore).orElse(true),
                "Card entry %s of %s: lifted on %s, which is not after the day it was given", card, given,
                lifted.orElse(null));
        checkArgument(card != OfficerCard.RED || lifted.isEmpty(),
                "Card entry RED of %s: a red card revokes the qualification for good and cannot be lifted", given);
    }

    /**
     * Creates an entry whose reason is the user's own words, the same in both languages.
     *
     * @param card  the card, YELLOW or RED, not null
     * @param given  the first day the card stands, not null
     * @param reason  why, not blank, no control character but line breaks
     * @param givenBy  who decided, not blank
     * @param lifted  the first day the card no longer stands, empty while it stands, not null
     * @param liftedBy  who lifted it, present exactly when {@code lifted} is, not null
     * @throws IllegalArgumentException as for the canonical constructor
     */
    public CardEntry(OfficerCard card, LocalDate given, String reason, String givenBy, Optional<LocalDate> lifted,
            Optional<String> liftedBy) {
        this(card, given, userText(card, given, reason), givenBy, lifted, liftedBy);
    }

    /**
     * Obtains an entry for a card that stands.
     *
     * @param card  the card, YELLOW or RED, not null
     * @param given  the first day it stands, not null
     * @param reason  why, not blank
     * @param givenBy  who decided, not blank
     * @return the entry, not null
     */
    public static CardEntry of(OfficerCard card, LocalDate given, String reason, String givenBy) {
        return new CardEntry(card, given, reason, givenBy, Optional.empty(), Optional.empty());
    }

    /**
     * Obtains an entry for a card that stands, with a reason in both languages.
     *
     * @param card  the card, YELLOW or RED, not null
     * @param given  the first day it stands, not null
     * @param reason  why, in Chinese and English, not null
     * @param givenBy  who decided, not blank
     * @return the entry, not null
     */
    public static CardEntry of(OfficerCard card, LocalDate given, BilingualText reason, String givenBy) {
        return new CardEntry(card, given, reason, givenBy, Optional.empty(), Optional.empty());
    }

    private static BilingualText userText(OfficerCard card, LocalDate given, String reason) {
        Texts.checkText("Card entry " + card + " of " + given + ": reason", reason);
        return BilingualText.of(reason, reason);
    }

    /**
     * Checks whether the card stands on a day: given on or before it and not lifted on or before it.
     *
     * @param date  the day, not null
     * @return true if the card stands
     */
    public boolean standsOn(LocalDate date) {
        return !given.isAfter(date) && lifted.map(date::isBefore).orElse(true);
    }

    /**
     * Describes the entry: 2026-01-15 黄卡（暂停执法、暂扣执法证件、离岗培训）：理由；决定人：张科长；2026-03-01 解除（决定人：…）.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        return AssessmentMessages.describe(this);
    }
}
