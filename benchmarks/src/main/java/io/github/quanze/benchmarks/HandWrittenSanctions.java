package io.github.quanze.benchmarks;

import static io.github.quanze.sanction.SanctionKind.CRITICISM;
import static io.github.quanze.sanction.SanctionKind.DEMERIT;
import static io.github.quanze.sanction.SanctionKind.DEMOTION;
import static io.github.quanze.sanction.SanctionKind.DISMISSAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.EXPULSION;
import static io.github.quanze.sanction.SanctionKind.MAJOR_DEMERIT;
import static io.github.quanze.sanction.SanctionKind.OFF_POST_TRAINING;
import static io.github.quanze.sanction.SanctionKind.PUBLIC_REPRIMAND;
import static io.github.quanze.sanction.SanctionKind.QUALIFICATION_REVOKED;
import static io.github.quanze.sanction.SanctionKind.REFERRAL_SUPERVISORY;
import static io.github.quanze.sanction.SanctionKind.REMINDER;
import static io.github.quanze.sanction.SanctionKind.REMOVAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.WARNING;
import static io.github.quanze.sanction.SanctionKind.WRITTEN_SELF_CRITICISM;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.sanction.Sanction;
import java.util.List;

/**
 * The national officer table of the 2020 edition (公职人员政务处分法) as a vendor writes it today: if/else over the
 * fault with the sanctions as constants, the peer without a rule engine that {@link AccountabilityBenchmark}
 * measures {@code SanctionPolicy.nationalOfficerTable(Edition.ED_2020)} against.
 * <p>
 * The exceptions of the table become the order of the tests: an order executed after objecting and 尽职免责
 * first, then 情节轻微，经批评教育后改正 (the measure of a minor fault), then a reducing circumstance before an
 * aggravating one, and an aggravating one before a mitigating one; the COLLECT aggregation becomes one
 * {@link Sanction#combine} when a responsible person is also referred for a suspected crime, which no exemption
 * waives. It returns no trace of the rules applied.
 */
public final class HandWrittenSanctions {

    private static final Sanction NONE = Sanction.none();
    private static final Sanction REFERRAL = Sanction.of(REFERRAL_SUPERVISORY);
    private static final Sanction TRAINING_REPRIMAND = Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND);

    private HandWrittenSanctions() {}

    /**
     * Decides the sanction for an officer's fault.
     *
     * @param fault  the fault, not null
     * @return the sanction, possibly none, not null
     */
    public static Sanction decide(Fault fault) {
        Responsibility responsibility = fault.responsibility();
        if (responsibility == Responsibility.NONE) {
            return NONE;
        }
        Sanction sanction;
        if (fault.has(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING) || fault.dulyPerformed()) {
            sanction = NONE;                                    // 公务员法 Art 60, 尽职免责
        } else if (fault.has(Circumstance.MINOR_AND_CORRECTED)) {
            sanction = minor(responsibility);                   // 免予处分
        } else {
            boolean reduced = fault.reduced();
            boolean aggravated = fault.has(Circumstance.Effect.AGGRAVATE) || fault.faultsThisYear() >= 3;
            Mitigation m = reduced ? Mitigation.REDUCED : aggravated ? Mitigation.AGGRAVATED
                    : fault.mitigated() ? Mitigation.MITIGATED : Mitigation.NONE;
            sanction = switch (fault.gravity()) {
                case MINOR -> minor(responsibility);
                case SERIOUS -> serious(responsibility, fault.form(), m);
                case GRAVE -> grave(responsibility, fault.form(), m);
            };
        }
        if (fault.suspectedCrime()) {
            return Sanction.combine(List.of(sanction, REFERRAL));  // 涉嫌职务犯罪的，移送监察机关
        }
        return sanction;
    }

    private static Sanction minor(Responsibility responsibility) {
        if (responsibility == Responsibility.DIRECT) {
            return Minor.DIRECT;
        } else if (responsibility == Responsibility.PRINCIPAL_LEADERSHIP) {
            return Minor.PRINCIPAL;
        }
        return Minor.IMPORTANT;
    }

    private static Sanction serious(Responsibility responsibility, FaultForm form, Mitigation m) {
        if (responsibility == Responsibility.DIRECT) {
            if (m == Mitigation.REDUCED) {
                return TRAINING_REPRIMAND;
            }
            if (form == FaultForm.INTENT) {
                return m == Mitigation.AGGRAVATED ? Serious.INTENT_AGGRAVATED
                        : m == Mitigation.MITIGATED ? Serious.NEGLIGENCE : Serious.INTENT;
            }
            return m == Mitigation.AGGRAVATED ? Serious.NEGLIGENCE_AGGRAVATED : Serious.NEGLIGENCE;
        } else if (responsibility == Responsibility.PRINCIPAL_LEADERSHIP) {
            return m == Mitigation.REDUCED ? Serious.PRINCIPAL_REDUCED : Serious.PRINCIPAL;
        }
        return Serious.IMPORTANT;
    }

    private static Sanction grave(Responsibility responsibility, FaultForm form, Mitigation m) {
        if (responsibility == Responsibility.DIRECT) {
            if (form == FaultForm.INTENT) {
                return m == Mitigation.REDUCED ? Grave.INTENT_REDUCED : m == Mitigation.AGGRAVATED
                        ? Grave.INTENT_AGGRAVATED : m == Mitigation.MITIGATED ? Grave.INTENT_MITIGATED : Grave.INTENT;
            } else if (m == Mitigation.REDUCED) {
                return Grave.NEGLIGENCE_REDUCED;
            } else if (form == FaultForm.GROSS_NEGLIGENCE) {
                return m == Mitigation.AGGRAVATED ? Grave.GROSS_AGGRAVATED
                        : m == Mitigation.MITIGATED ? Grave.ORDINARY : Grave.GROSS;
            }
            return m == Mitigation.AGGRAVATED ? Grave.ORDINARY_AGGRAVATED : Grave.ORDINARY;
        } else if (responsibility == Responsibility.PRINCIPAL_LEADERSHIP) {
            return m == Mitigation.REDUCED ? Grave.PRINCIPAL_REDUCED : Grave.PRINCIPAL;
        }
        return m == Mitigation.REDUCED ? Grave.IMPORTANT_REDUCED : Grave.IMPORTANT;
    }

    /** Which circumstance moves the sanction, in the order the table's exceptions give them. */
    private enum Mitigation {
        /** 减轻, which prevails over the others. */
        REDUCED,
        /** 从重, which prevails over 从轻. */
        AGGRAVATED,
        /** 从轻. */
        MITIGATED,
        /** None. */
        NONE
    }

    /** 一般过错. */
    private static final class Minor {
        static final Sanction DIRECT = Sanction.of(WRITTEN_SELF_CRITICISM);
        static final Sanction PRINCIPAL = Sanction.of(CRITICISM);
        static final Sanction IMPORTANT = Sanction.of(REMINDER);
    }

    /** 严重过错. */
    private static final class Serious {
        static final Sanction NEGLIGENCE = Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING);
        static final Sanction NEGLIGENCE_AGGRAVATED = Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT);
        static final Sanction INTENT = Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT);
        static final Sanction INTENT_AGGRAVATED = Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, MAJOR_DEMERIT);
        static final Sanction PRINCIPAL = Sanction.of(PUBLIC_REPRIMAND, WARNING);
        static final Sanction PRINCIPAL_REDUCED = Sanction.of(PUBLIC_REPRIMAND);
        static final Sanction IMPORTANT = Sanction.of(WRITTEN_SELF_CRITICISM);
    }

    /** 特别严重过错. */
    private static final class Grave {
        static final Sanction ORDINARY = Sanction.of(REMOVAL_FROM_POST, MAJOR_DEMERIT);
        static final Sanction ORDINARY_AGGRAVATED = Sanction.of(REMOVAL_FROM_POST, DEMOTION);
        static final Sanction GROSS = Sanction.of(REMOVAL_FROM_POST, DEMOTION);
        static final Sanction GROSS_AGGRAVATED = Sanction.of(REMOVAL_FROM_POST, DISMISSAL_FROM_POST);
        static final Sanction NEGLIGENCE_REDUCED = Sanction.of(REMOVAL_FROM_POST, DEMERIT);
        static final Sanction INTENT = Sanction.of(QUALIFICATION_REVOKED, DISMISSAL_FROM_POST);
        static final Sanction INTENT_AGGRAVATED = Sanction.of(QUALIFICATION_REVOKED, EXPULSION);
        static final Sanction INTENT_MITIGATED = Sanction.of(QUALIFICATION_REVOKED, MAJOR_DEMERIT);
        static final Sanction INTENT_REDUCED = Sanction.of(QUALIFICATION_REVOKED, DEMERIT);
        static final Sanction PRINCIPAL = Sanction.of(MAJOR_DEMERIT);
        static final Sanction PRINCIPAL_REDUCED = Sanction.of(DEMERIT);
        static final Sanction IMPORTANT = Sanction.of(WARNING);
        static final Sanction IMPORTANT_REDUCED = Sanction.of(WRITTEN_SELF_CRITICISM);
    }
}
