package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * 批准或者不批准移送的决定 (行政执法机关移送涉嫌犯罪案件的规定 Art 5 第二款): whether the head approved the referral, the
 * reasons recorded when not (不予批准的理由记录在案), whether the approver presides over the agency's work as a deputy
 * (主持工作的负责人), and the time of day of the decision, if recorded, from which the twenty-four hours to transfer
 * run.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param approved  true if the referral is approved
 * @param reasons  the reasons recorded for a refusal, empty if none were recorded (always empty for an approval),
 *         not null
 * @param presiding  true if the approver is a deputy head presiding over the agency's work (主持工作), whom Art 5
 *         allows in place of the principal head
 * @param time  the time of day of the decision, empty if not recorded, not null
 */
public record ReferralApproval(boolean approved, Optional<String> reasons, boolean presiding,
        Optional<LocalTime> time) implements StepContent {

    /** The longest reasons accepted. */
    public static final int MAX_REASONS_LENGTH = 2000;

    /**
     * Creates the decision.
     *
     * @param approved  true if the referral is approved
     * @param reasons  the reasons recorded for a refusal, empty if none were recorded (always empty for an approval),
     *         not null
     * @param presiding  true if the approver is a deputy head presiding over the agency's work (主持工作), whom Art 5
     *         allows in place of the principal head
     * @param time  the time of day of the decision, empty if not recorded, not null
     * @throws IllegalArgumentException if an approval carries reasons for a refusal, the reasons are blank, too
     *         long or have a control character other than a line break, or the time is not in whole minutes
     */
    public ReferralApproval {
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(time, "time");
        time.ifPresent(t -> checkArgument(t.getSecond() == 0 && t.getNano() == 0, "Referral approval: time must be "
                + "in whole minutes (HH:MM), as documents write it, but was %s", t));
        checkArgument(!approved || reasons.isEmpty(), "Referral approval: an approval records no reasons for a refusal,"
                + " but had %s", reasons.map(Texts::quote).orElse(""));
        reasons.ifPresent(r -> {
            Texts.checkText("Referral refusal: reasons", r);
            checkArgument(r.length() <= MAX_REASONS_LENGTH, "Referral refusal: reasons must be at most %s characters,"
                    + " but was %s", MAX_REASONS_LENGTH, Texts.quote(r));
        });
    }

    /**
     * Obtains an approval by the principal head, at no recorded time.
     *
     * @return the decision, not null
     */
    public static ReferralApproval approve() {
        return new ReferralApproval(true, Optional.empty(), false, Optional.empty());
    }

    /**
     * Obtains a refusal with its reasons recorded.
     *
     * @param reasons  the reasons, not null
     * @return the decision, not null
     * @throws IllegalArgumentException if the reasons are blank or too long
     */
    public static ReferralApproval refuse(String reasons) {
        return new ReferralApproval(false, Optional.of(reasons), false, Optional.empty());
    }

    /**
     * Obtains a refusal that records no reasons, which Art 5 第二款 forbids.
     *
     * @return the decision, not null
     */
    public static ReferralApproval refuseWithoutReasons() {
        return new ReferralApproval(false, Optional.empty(), false, Optional.empty());
    }

    /**
     * Returns a copy made by a deputy head presiding over the agency's work (主持工作的负责人).
     *
     * @return the decision, not null
     */
    public ReferralApproval byPresidingDeputy() {
        return new ReferralApproval(approved, reasons, true, time);
    }

    /**
     * Returns a copy made at a time of day.
     *
     * @param at  the time, not null
     * @return the decision, not null
     */
    public ReferralApproval at(LocalTime at) {
        return new ReferralApproval(approved, reasons, presiding, Optional.of(Objects.requireNonNull(at, "at")));
    }
}
