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
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import java.util.Arrays;
import java.util.List;

/**
 * The national officer table of the 2020 edition (公职人员政务处分法) as a vendor writes it today: if/else over the
 * fault with the sanctions as constants, the peer without a rule engine that {@link AccountabilityBenchmark}
 * measures {@code SanctionPolicy.nationalOfficerTable(Edition.ED_2020)} against.
 * <p>
 * The exceptions of the table become the order of the tests: an order executed after objecting (unless it was
 * manifestly unlawful) and 尽职免责 first, then a failure to refer before any refusal to correct (行政执法机关移送涉嫌
 * 犯罪案件的规定 Art 16 第二款: no 处分 yet), then 情节轻微，经批评教育后改正 (the measure of a minor fault), then the
 * two tiers of Art 16 for the other failures to refer, and for every other fault the ladder: a reducing
 * circumstance before an aggravating one, and an aggravating one before a mitigating one. Each sanction of the ladder
 * is a constant for each tier of 政务处分法 Art 39 the facts can reach ({@link LadderTiers}), so that the tier is an
 * array index. The COLLECT aggregation becomes one {@link Sanction#combine} when a responsible person is also
 * referred for a suspected crime, which no exemption waives. It returns no trace of the rules applied.
 */
public final class HandWrittenSanctions {

    private static final Sanction NONE = Sanction.none();
    private static final Sanction REFERRAL = Sanction.of(REFERRAL_SUPERVISORY);
    private static final Sanction LATE_REFERRAL = Sanction.of(DEMERIT);
    private static final Sanction LATE_REFERRAL_AGGRAVATED = Sanction.of(MAJOR_DEMERIT);
    private static final Sanction REFUSED_TO_CORRECT = Sanction.of(DEMERIT);
    private static final Sanction CASE_ITEMS = Sanction.of(DEMOTION);
    private static final Sanction CASE_ITEMS_AGGRAVATED = Sanction.of(DISMISSAL_FROM_POST);

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
        FaultType type = fault.type();
        Sanction sanction;
        if (fault.has(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING) && !fault.orderManifestlyUnlawful()
                || fault.dulyPerformed()) {
            sanction = NONE;                                    // 公务员法 Art 60, 尽职免责
        } else if (type == FaultType.FAILURE_TO_REFER && !fault.has(Circumstance.REFUSED_TO_CORRECT)) {
            sanction = NONE;                                    // 移送规定 Art 16(2): ordered to correct first
        } else if (fault.has(Circumstance.MINOR_AND_CORRECTED)) {
            sanction = minor(responsibility);                   // 免予处分
        } else if (type == FaultType.LATE_REFERRAL) {
            sanction = fault.has(Circumstance.Effect.AGGRAVATE) ? LATE_REFERRAL_AGGRAVATED : LATE_REFERRAL;
        } else if (type == FaultType.FAILURE_TO_REFER) {
            sanction = REFUSED_TO_CORRECT;                      // 移送规定 Art 16(2): refused to correct
        } else if (type == FaultType.CASE_ITEMS_MISHANDLED) {   // 移送规定 Art 15: 降级以上
            sanction = fault.has(Circumstance.Effect.AGGRAVATE) ? CASE_ITEMS_AGGRAVATED : CASE_ITEMS;
        } else {
            boolean reduced = fault.reduced();
            boolean aggravated = fault.has(Circumstance.Effect.AGGRAVATE) || fault.faultsThisYear() >= 3;
            Mitigation m = reduced ? Mitigation.REDUCED : aggravated ? Mitigation.AGGRAVATED
                    : fault.mitigated() ? Mitigation.MITIGATED : Mitigation.NONE;
            sanction = switch (fault.gravity()) {
                case MINOR -> minor(responsibility);
                case SERIOUS -> serious(responsibility, fault.form(), m).at(LadderTiers.of(fault));
                case GRAVE -> grave(responsibility, fault.form(), m).at(LadderTiers.of(fault));
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

    private static Tiers serious(Responsibility responsibility, FaultForm form, Mitigation m) {
        if (responsibility == Responsibility.DIRECT) {
            if (m == Mitigation.REDUCED) {
                return Serious.TRAINING_REPRIMAND;
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

    private static Tiers grave(Responsibility responsibility, FaultForm form, Mitigation m) {
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
        static final Tiers NEGLIGENCE = Tiers.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING);
        static final Tiers NEGLIGENCE_AGGRAVATED = Tiers.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT);
        static final Tiers INTENT = Tiers.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT);
        static final Tiers INTENT_AGGRAVATED = Tiers.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, MAJOR_DEMERIT);
        static final Tiers TRAINING_REPRIMAND = Tiers.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND);
        static final Tiers PRINCIPAL = Tiers.principal(PUBLIC_REPRIMAND, WARNING);
        static final Tiers PRINCIPAL_REDUCED = Tiers.principal(PUBLIC_REPRIMAND);
        static final Tiers IMPORTANT = Tiers.of(WRITTEN_SELF_CRITICISM);
    }

    /** 特别严重过错. */
    private static final class Grave {
        static final Tiers ORDINARY = Tiers.of(REMOVAL_FROM_POST, MAJOR_DEMERIT);
        static final Tiers ORDINARY_AGGRAVATED = Tiers.of(REMOVAL_FROM_POST, DEMOTION);
        static final Tiers GROSS = Tiers.of(REMOVAL_FROM_POST, DEMOTION);
        static final Tiers GROSS_AGGRAVATED = Tiers.of(REMOVAL_FROM_POST, DISMISSAL_FROM_POST);
        static final Tiers NEGLIGENCE_REDUCED = Tiers.of(REMOVAL_FROM_POST, DEMERIT);
        static final Tiers INTENT = Tiers.of(QUALIFICATION_REVOKED, DISMISSAL_FROM_POST);
        static final Tiers INTENT_AGGRAVATED = Tiers.of(QUALIFICATION_REVOKED, EXPULSION);
        static final Tiers INTENT_MITIGATED = Tiers.of(QUALIFICATION_REVOKED, MAJOR_DEMERIT);
        static final Tiers INTENT_REDUCED = Tiers.of(QUALIFICATION_REVOKED, DEMERIT);
        static final Tiers PRINCIPAL = Tiers.principal(MAJOR_DEMERIT);
        static final Tiers PRINCIPAL_REDUCED = Tiers.principal(DEMERIT);
        static final Tiers IMPORTANT = Tiers.of(WARNING);
        static final Tiers IMPORTANT_REDUCED = Tiers.of(WRITTEN_SELF_CRITICISM);
    }

    /**
     * A sanction of the ladder and what it becomes at each tier of 政务处分法 Art 39 the facts reach: itself at its
     * own tier and above, capped below ({@link LadderTiers#capped}).
     */
    private static final class Tiers {
        private final Sanction[] atTier = new Sanction[LadderTiers.TOP + 1];

        private Tiers(SanctionKind fallback, SanctionKind... measures) {
            int own = LadderTiers.of(measures);
            for (int tier = 0; tier <= LadderTiers.TOP; tier++) {
                SanctionKind[] kinds = tier < own ? LadderTiers.capped(tier, fallback, measures) : measures;
                atTier[tier] = Sanction.of(kinds[0], Arrays.copyOfRange(kinds, 1, kinds.length));
            }
        }

        /** A sanction of a person directly responsible or with important leadership responsibility. */
        static Tiers of(SanctionKind... measures) {
            return new Tiers(WRITTEN_SELF_CRITICISM, measures);
        }

        /** A sanction of a person with principal leadership responsibility: 通报批评 where no 政务处分 is allowed. */
        static Tiers principal(SanctionKind... measures) {
            return new Tiers(PUBLIC_REPRIMAND, measures);
        }

        Sanction at(int tier) {
            return atTier[tier];
        }
    }
}
