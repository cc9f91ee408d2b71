package io.github.quanze.fault;

import io.github.quanze.procedure.Role;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.text.BilingualText;
import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An enforcement fault (执法过错): a finding that an officer or an agency "因故意或者过失，不履行或者不正确履行法定职责"
 * (辽宁省行政执法过错责任追究办法 Art 2), with everything a sanction decision needs.
 * <p>
 * {@link #gravity()} grades the fault from its type's default gravity, its form and its consequence:
 * intent makes it one tier graver; ordinary negligence without more than minor harm one tier lighter; serious
 * harm makes it at least SERIOUS and grave harm GRAVE. This grading is an interpretation of the tiers the measures
 * define by 过错形式、危害大小、情节轻重 (国办发〔2005〕37号).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Fault {

    /** The most faults in one year a fault may count. */
    public static final int MAX_FAULTS_PER_YEAR = 50;

    /** Only the generated implementation extends this class, so no fault escapes its checks. */
    Fault() {}

    /**
     * Returns who the fault concerns.
     *
     * @return the subject, not null
     */
    public abstract FaultSubject subject();

    /**
     * Returns the type of fault.
     *
     * @return the type, not null
     */
    public abstract FaultType type();

    /**
     * Returns the form of fault.
     *
     * @return the form, not null
     */
    public abstract FaultForm form();

    /**
     * Returns the consequence.
     *
     * @return the consequence, not null
     */
    public abstract Consequence consequence();

    /**
     * Returns the part the subject played.
     *
     * @return the role, not null
     */
    public abstract Role role();

    /**
     * Returns the responsibility the subject bears, as apportioned ({@link Apportionment}).
     *
     * @return the responsibility, not null
     */
    public abstract Responsibility responsibility();

    /**
     * Returns the circumstances found.
     *
     * @return the circumstances, not null
     */
    public abstract Set<Circumstance> circumstances();

    /**
     * Returns the facts for 尽职免责, where they were examined.
     *
     * @return the facts, not null
     */
    public abstract Optional<DutyPerformance> dutyPerformance();

    /**
     * Returns how many faults the subject committed in the 12 months up to and including this fault (一年内), this
     * one included: the faults whose act dates fall in the 12 months that end on this fault's act date. Three or
     * more aggravate (一年内三次以上, an interpretation shared by the municipal measures).
     *
     * @return the count, from 1 to {@value #MAX_FAULTS_PER_YEAR}
     */
    @Value.Default
    public int faultsThisYear() {
        return 1;
    }

    /**
     * Returns whether the act is suspected to be a crime, which must be referred (涉嫌犯罪的，依法移送): to the
     * supervisory commission for a suspected duty crime (公务员法 Art 57), to the judicial authorities under the
     * older rules (行政机关公务员处分条例 Art 5).
     *
     * @return true if suspected
     */
    @Value.Default
    public boolean suspectedCrime() {
        return false;
    }

    /**
     * Returns whether the superior's decision or order the officer executed after objecting was manifestly unlawful
     * (明显违法): then the officer answers for executing it all the same (公务员法 Art 60, "但是，公务员执行明显违法的
     * 决定或者命令的，应当依法承担相应的责任"). Only meaningful with
     * {@link Circumstance#EXECUTED_ORDER_AFTER_OBJECTING}.
     *
     * @return true if the order was manifestly unlawful
     */
    @Value.Default
    public boolean orderManifestlyUnlawful() {
        return false;
    }

    /**
     * Returns the day of the act.
     *
     * @return the date, not null
     */
    public abstract LocalDate actDate();

    /**
     * Returns the findings the fault rests on (过错依据), as data: the procedural violations it was derived from
     * ({@link ViolationFaults}), or the defects of a reviewed case file ({@link ReviewFaults}), each with its code,
     * parameters and provisions. Empty for a fault the finder of fact states in its own words.
     *
     * @return the grounds, in order, not null
     */
    public abstract List<Finding> grounds();

    /**
     * Returns what happened, in Chinese and English: as the finder of fact wrote it, or else rendered from the
     * {@link #grounds()}, each ground's message with its provisions. A description written in one language
     * ({@link Builder#description(String)}) reads the same in both.
     *
     * @return the description, not null
     */
    @Value.Default
    public BilingualText description() {
        return FaultMessages.describe(subject().id(), grounds());
    }

    /**
     * Returns the gravity: the type's default, one tier graver for intent, one lighter for ordinary negligence
     * with no more than minor harm, at least SERIOUS for serious harm and GRAVE for grave harm.
     *
     * @return the gravity, not null
     */
    @Value.Derived
    @Value.Auxiliary
    public Gravity gravity() {
        int tier = type().defaultGravity().ordinal();
        if (form() == FaultForm.INTENT) {
            tier++;
        } else if (form() == FaultForm.ORDINARY_NEGLIGENCE && consequence().compareTo(Consequence.MINOR) <= 0) {
            tier--;
        }
        if (consequence() == Consequence.SERIOUS) {
            tier = Math.max(tier, Gravity.SERIOUS.ordinal());
        } else if (consequence() == Consequence.GRAVE) {
            tier = Gravity.GRAVE.ordinal();
        }
        return Gravity.values()[Math.max(0, Math.min(tier, Gravity.GRAVE.ordinal()))];
    }

    /**
     * Checks whether an aggravating circumstance applies, or three or more faults in a year.
     *
     * @return true if the fault is to be dealt with more heavily (从重)
     */
    public boolean aggravated() {
        return faultsThisYear() >= 3 || has(Circumstance.Effect.AGGRAVATE);
    }

    /**
     * Checks whether a mitigating circumstance applies (从轻): one of 公职人员政务处分法 Art 11 or 行政机关公务员处分条例
     * Art 13, including {@link Circumstance#CONFESSED_AND_RECOVERED}, which joins two of them and also reduces.
     *
     * @return true if the sanction goes to the lighter end of its range, unless the fault is also aggravated
     */
    public boolean mitigated() {
        return has(Circumstance.Effect.MITIGATE) || has(Circumstance.Effect.REDUCE);
    }

    /**
     * Checks whether a reducing circumstance applies (减轻).
     *
     * @return true if the sanction goes one grade below its range
     */
    public boolean reduced() {
        return has(Circumstance.Effect.REDUCE);
    }

    /**
     * Checks whether an exempting circumstance applies, or the facts meet 尽职免责.
     * <p>
     * Each waives something different: 尽职免责 and {@link Circumstance#EXECUTED_ORDER_AFTER_OBJECTING} every
     * sanction, {@link Circumstance#MINOR_AND_CORRECTED} the governmental sanction only; none waives the referral of
     * a suspected crime.
     *
     * @return true if a sanction is waived in whole or in part
     */
    public boolean exempt() {
        return has(Circumstance.Effect.EXEMPT) || dulyPerformed();
    }

    /**
     * Checks whether the facts meet 尽职免责.
     *
     * @return true if they were examined and qualify
     */
    @Value.Derived
    @Value.Auxiliary
    public boolean dulyPerformed() {
        return dutyPerformance().map(DutyPerformance::qualifies).orElse(false);
    }

    /**
     * Describes the fault in one line: 张三（执法人员）违反法定程序，一般过失，严重过错，直接责任.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText summary() {
        return FaultMessages.summary(this);
    }

    /**
     * Checks whether a circumstance with an effect was found.
     *
     * @param effect  the effect, not null
     * @return true if one of the circumstances has it
     */
    public boolean has(Circumstance.Effect effect) {
        return (effects() & 1 << effect.ordinal()) != 0;
    }

    /**
     * Checks whether a circumstance was found.
     *
     * @param circumstance  the circumstance, not null
     * @return true if it is one of the circumstances
     */
    public boolean has(Circumstance circumstance) {
        return (found() & 1L << circumstance.ordinal()) != 0;
    }

    /** The circumstances found, one bit each, worked out once. */
    @Value.Derived
    @Value.Auxiliary
    long found() {
        long found = 0;
        for (Circumstance c : circumstances()) {
            found |= 1L << c.ordinal();
        }
        return found;
    }

    /** The effects of the circumstances, one bit each, worked out once. */
    @Value.Derived
    @Value.Auxiliary
    int effects() {
        int effects = 0;
        for (Circumstance c : circumstances()) {
            effects |= 1 << c.effect().ordinal();
        }
        return effects;
    }

    @Value.Check
    protected void check() {
        checkArgument(type().concerns(subject().kind()), "Fault of %s: type %s cannot concern an %s",
                subject().id(), type(), subject().kind());
        checkArgument((role() == Role.AGENCY) == (subject().kind() == FaultSubject.Kind.AGENCY),
                "Fault of %s: role %s does not fit a subject of kind %s", subject().id(), role(), subject().kind());
        checkArgument(faultsThisYear() >= 1 && faultsThisYear() <= MAX_FAULTS_PER_YEAR,
                "Fault of %s: faults this year must be between 1 and %s, but was %s", subject().id(),
                MAX_FAULTS_PER_YEAR, faultsThisYear());
        Texts.checkText("Fault of " + subject().id() + ": description", description().zh());
        Texts.checkText("Fault of " + subject().id() + ": description in English", description().en());
        checkArgument(!orderManifestlyUnlawful() || circumstances().contains(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING),
                "Fault of %s: orderManifestlyUnlawful concerns an order executed after objecting, but the "
                        + "circumstances %s do not include EXECUTED_ORDER_AFTER_OBJECTING", subject().id(),
                circumstances());
    }

    /**
     * Builds a {@link Fault}: set subject, type, form, consequence, role, responsibility, act date, and the grounds
     * or a description (or both); circumstances, 尽职免责 facts, faults this year, a suspected crime and a manifestly
     * unlawful order are optional. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableFault.Builder {

        /**
         * Sets what happened as the finder of fact wrote it in one language, usually Chinese: it reads the same in
         * both languages. Use {@code description(BilingualText)} to give both.
         *
         * @param text  the description, free text without control characters other than line breaks and tabs
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is blank or has another control character; nothing is set
         */
        public Builder description(String text) {
            Texts.checkText("Fault: description", text);
            return description(BilingualText.of(text, text));
        }
    }
}
