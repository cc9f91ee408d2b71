package io.github.quanze.sanction;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.rule.Column;
import java.util.List;

/**
 * The facts the national sanction tables read from a fault (责任追究表的输入): one column each, named, typed and
 * ordered from lighter to graver where the proportionality check (过罚相当) needs it.
 */
final class SanctionColumns {

    static final Column<Fault> GRAVITY = Column.<Fault, Gravity>ofEnum("gravity", Gravity.class, Fault::gravity)
            .graverWhenGreater();
    static final Column<Fault> RESPONSIBILITY = Column.<Fault, Responsibility>ofEnum("responsibility",
            Responsibility.class, Fault::responsibility).graverWhenGreater();
    static final Column<Fault> FORM = Column.<Fault, FaultForm>ofEnum("form", FaultForm.class, Fault::form)
            .graverWhenGreater();
    static final Column<Fault> AGGRAVATING = Column.<Fault>ofBoolean("aggravating",
            f -> f.has(Circumstance.Effect.AGGRAVATE)).graverWhenGreater();
    static final Column<Fault> FAULTS_THIS_YEAR = Column.<Fault>ofInt("faultsThisYear", 1,
            Fault.MAX_FAULTS_PER_YEAR, Fault::faultsThisYear).graverWhenGreater();
    static final Column<Fault> MITIGATING = Column.<Fault>ofBoolean("mitigating", Fault::mitigated)
            .graverWhenSmaller();
    static final Column<Fault> REDUCING = Column.<Fault>ofBoolean("reducing", Fault::reduced).graverWhenSmaller();
    static final Column<Fault> SUSPECTED_CRIME = Column.<Fault>ofBoolean("suspectedCrime", Fault::suspectedCrime)
            .graverWhenGreater();
    static final Column<Fault> MINOR_AND_CORRECTED = Column.<Fault>ofBoolean("minorAndCorrected",
            f -> f.has(Circumstance.MINOR_AND_CORRECTED)).graverWhenSmaller();
    /** An order executed after objecting that was not manifestly unlawful: the exemption of 公务员法 Art 60. */
    static final Column<Fault> EXECUTED_ORDER = Column.<Fault>ofBoolean("executedOrderAfterObjecting",
            SanctionColumns::executedLawfulOrder).graverWhenSmaller();
    static final Column<Fault> DUTY_DULY_PERFORMED = Column.<Fault>ofBoolean("dutyDulyPerformed",
            Fault::dulyPerformed).graverWhenSmaller();
    /** The highest tier of Art 39's ladder the facts reach (see {@link #ladderTier}). */
    static final Column<Fault> LADDER = Column.<Fault>ofInt("ladderTier", 0, 3, SanctionColumns::ladderTier)
            .graverWhenGreater();
    static final Column<Fault> REFERRAL = Column.<Fault, Referral>ofEnum("referralFailure", Referral.class,
            Referral::of);

    /**
     * Which tier of 行政执法机关移送涉嫌犯罪案件的规定 Art 16 a fault falls under, if it is a failure to refer: one column
     * for the fault's type and the agency's refusal to correct, so the table stays small enough to verify.
     */
    enum Referral {
        /** Not a failure to refer. */
        NONE,
        /** 逾期不移送 (第一款). */
        LATE,
        /** 不移送或者以罚代刑, not yet refused to correct (第二款). */
        NOT_REFERRED,
        /** 不移送或者以罚代刑, and refused to correct (第二款). */
        REFUSED_TO_CORRECT;

        static Referral of(Fault f) {
            if (f.type() == FaultType.LATE_REFERRAL) {
                return LATE;
            }
            if (f.type() == FaultType.FAILURE_TO_REFER) {
                return f.has(Circumstance.REFUSED_TO_CORRECT) ? REFUSED_TO_CORRECT : NOT_REFERRED;
            }
            return NONE;
        }
    }

    /** The columns of the officer table, in order. */
    static final List<Column<Fault>> OFFICER_COLUMNS = List.of(GRAVITY, RESPONSIBILITY, FORM, AGGRAVATING,
            FAULTS_THIS_YEAR, MITIGATING, REDUCING, SUSPECTED_CRIME, MINOR_AND_CORRECTED, EXECUTED_ORDER,
            DUTY_DULY_PERFORMED, LADDER, REFERRAL);

    /**
     * Reads all {@link #OFFICER_COLUMNS} of a fault in one call, in their order, exactly as the columns' readers do
     * (the fast path of {@link io.github.quanze.rule.FactsReader}; {@code decideByScan} checks it against them).
     */
    static void readOfficer(Fault f, int[] values) {
        values[0] = f.gravity().ordinal();
        values[1] = f.responsibility().ordinal();
        values[2] = f.form().ordinal();
        values[3] = f.has(Circumstance.Effect.AGGRAVATE) ? 1 : 0;
        values[4] = f.faultsThisYear();
        values[5] = f.mitigated() ? 1 : 0;
        values[6] = f.reduced() ? 1 : 0;
        values[7] = f.suspectedCrime() ? 1 : 0;
        values[8] = f.has(Circumstance.MINOR_AND_CORRECTED) ? 1 : 0;
        values[9] = executedLawfulOrder(f) ? 1 : 0;
        values[10] = f.dulyPerformed() ? 1 : 0;
        values[11] = ladderTier(f);
        values[12] = Referral.of(f).ordinal();
    }

    static boolean executedLawfulOrder(Fault f) {
        return f.has(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING) && !f.orderManifestlyUnlawful();
    }

    /**
     * The highest tier of 政务处分法 Art 39's ladder a fault's facts reach, read on its consequence (an
     * interpretation): 0 where the fault caused no harm and its kind needs harm (no governmental sanction), 1 for no
     * or minor harm (警告、记过、记大过), 2 for serious harm (情节较重: 降级、撤职), 3 for grave harm (情节严重: 开除).
     */
    static int ladderTier(Fault f) {
        Consequence consequence = f.consequence();
        if (consequence == Consequence.NONE) {
            return f.type().needsHarmForSanction() ? 0 : 1;
        }
        return consequence == Consequence.MINOR ? 1 : consequence == Consequence.SERIOUS ? 2 : 3;
    }

    /** The tier of Art 39's ladder a governmental sanction belongs to. */
    static int tierOf(SanctionKind kind) {
        switch (kind) {
            case DEMOTION:
            case DISMISSAL_FROM_POST:
                return 2;
            case EXPULSION:
                return 3;
            default:
                return 1;
        }
    }

    static final Column<Fault> AGENCY_EXEMPTING = Column.<Fault>ofBoolean("exempting",
            f -> f.has(Circumstance.Effect.EXEMPT)).graverWhenSmaller();
    static final List<Column<Fault>> AGENCY_COLUMNS = List.of(GRAVITY, AGGRAVATING, AGENCY_EXEMPTING,
            REFERRAL);

    private SanctionColumns() {}
}
