package io.github.quanze.benchmarks;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;

/**
 * The thirteen input columns of the national officer table read off a {@link Fault} once, as a JavaBean: the fact a
 * rule-engine user inserts instead of the domain object, so that the engine reads plain properties
 * ({@code gravity == Gravity.GRAVE} in DRL) rather than calling {@link Fault#gravity()} and {@link Fault#mitigated()}
 * once per rule. The two columns the table derives from several of the fault's facts, the tier of 政务处分法 Art 39's
 * ladder and the tier of a failure to refer, are worked out as the table does ({@link LadderTiers},
 * {@link ReferralFailure}). {@link DroolsSanctions} and {@link EasyRulesSanctions} build one per decision, inside the
 * timed code, just as {@link io.github.quanze.rule.DecisionTable#decide} reads each column once.
 */
public final class FaultFacts {

    private final Gravity gravity;
    private final Responsibility responsibility;
    private final FaultForm form;
    private final boolean aggravating;
    private final int faultsThisYear;
    private final boolean mitigating;
    private final boolean reducing;
    private final boolean suspectedCrime;
    private final boolean minorAndCorrected;
    private final boolean executedOrderAfterObjecting;
    private final boolean dutyDulyPerformed;
    private final int ladderTier;
    private final ReferralFailure referralFailure;

    /**
     * Reads the columns of a fault, in the table's column order.
     *
     * @param fault  the fault, not null
     */
    public FaultFacts(Fault fault) {
        this.gravity = fault.gravity();
        this.responsibility = fault.responsibility();
        this.form = fault.form();
        this.aggravating = fault.has(Circumstance.Effect.AGGRAVATE);
        this.faultsThisYear = fault.faultsThisYear();
        this.mitigating = fault.mitigated();
        this.reducing = fault.reduced();
        this.suspectedCrime = fault.suspectedCrime();
        this.minorAndCorrected = fault.has(Circumstance.MINOR_AND_CORRECTED);
        this.executedOrderAfterObjecting = fault.has(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING)
                && !fault.orderManifestlyUnlawful();
        this.dutyDulyPerformed = fault.dulyPerformed();
        this.ladderTier = LadderTiers.of(fault);
        this.referralFailure = ReferralFailure.of(fault);
    }

    /**
     * Returns the gravity.
     *
     * @return {@link Fault#gravity()}, not null
     */
    public Gravity getGravity() {
        return gravity;
    }

    /**
     * Returns the responsibility.
     *
     * @return {@link Fault#responsibility()}, not null
     */
    public Responsibility getResponsibility() {
        return responsibility;
    }

    /**
     * Returns the form of fault.
     *
     * @return {@link Fault#form()}, not null
     */
    public FaultForm getForm() {
        return form;
    }

    /**
     * Returns whether an aggravating circumstance was found.
     *
     * @return {@code fault.has(Circumstance.Effect.AGGRAVATE)}
     */
    public boolean isAggravating() {
        return aggravating;
    }

    /**
     * Returns the number of faults in the year.
     *
     * @return {@link Fault#faultsThisYear()}
     */
    public int getFaultsThisYear() {
        return faultsThisYear;
    }

    /**
     * Returns whether a mitigating circumstance was found (从轻, or 减轻 which includes it).
     *
     * @return {@link Fault#mitigated()}
     */
    public boolean isMitigating() {
        return mitigating;
    }

    /**
     * Returns whether a reducing circumstance was found.
     *
     * @return {@link Fault#reduced()}
     */
    public boolean isReducing() {
        return reducing;
    }

    /**
     * Returns whether the act is suspected to be a crime.
     *
     * @return {@link Fault#suspectedCrime()}
     */
    public boolean isSuspectedCrime() {
        return suspectedCrime;
    }

    /**
     * Returns whether the fault was minor and corrected after criticism (情节轻微，经批评教育后改正).
     *
     * @return whether the fault has {@link Circumstance#MINOR_AND_CORRECTED}
     */
    public boolean isMinorAndCorrected() {
        return minorAndCorrected;
    }

    /**
     * Returns whether the officer objected to a superior's order and then executed it, the order not being
     * manifestly unlawful (公务员法 Art 60).
     *
     * @return whether the fault has {@link Circumstance#EXECUTED_ORDER_AFTER_OBJECTING} and not
     *         {@link Fault#orderManifestlyUnlawful()}
     */
    public boolean isExecutedOrderAfterObjecting() {
        return executedOrderAfterObjecting;
    }

    /**
     * Returns whether the facts meet 尽职免责.
     *
     * @return {@link Fault#dulyPerformed()}
     */
    public boolean isDutyDulyPerformed() {
        return dutyDulyPerformed;
    }

    /**
     * Returns the highest tier of 政务处分法 Art 39's ladder the facts reach.
     *
     * @return 0 (no governmental sanction) to 3 (开除), as {@link LadderTiers#of(Fault)} reads it
     */
    public int getLadderTier() {
        return ladderTier;
    }

    /**
     * Returns the tier of 行政执法机关移送涉嫌犯罪案件的规定 Art 16 the fault falls under, if it is a failure to refer.
     *
     * @return the tier, {@link ReferralFailure#NONE} for any other fault, not null
     */
    public ReferralFailure getReferralFailure() {
        return referralFailure;
    }
}
