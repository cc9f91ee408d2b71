package io.github.quanze.sanction;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.FactSchema;
import java.util.List;

/**
 * The facts the national sanction tables read from a fault (责任追究表的输入): the schema that reads each of them
 * from a {@link Fault} by name, declared once, and the columns of the tables, typed and ordered from lighter to
 * graver where the proportionality check (过罚相当) needs it.
 */
final class SanctionColumns {

    /** Reads every column of the sanction tables from a fault. */
    static final FactSchema<Fault> FAULT = FactSchema.<Fault>builder("fault")
            .enumColumn("gravity", Gravity.class, Fault::gravity)
            .enumColumn("responsibility", Responsibility.class, Fault::responsibility)
            .enumColumn("form", FaultForm.class, Fault::form)
            .booleanColumn("aggravating", f -> f.has(Circumstance.Effect.AGGRAVATE))
            .intColumn("faultsThisYear", Fault::faultsThisYear)
            .booleanColumn("mitigating", Fault::mitigated)
            .booleanColumn("reducing", Fault::reduced)
            .booleanColumn("suspectedCrime", Fault::suspectedCrime)
            .booleanColumn("minorAndCorrected", f -> f.has(Circumstance.MINOR_AND_CORRECTED))
            .booleanColumn("executedOrderAfterObjecting", SanctionColumns::executedLawfulOrder)
            .booleanColumn("dutyDulyPerformed", Fault::dulyPerformed)
            .intColumn("ladderTier", SanctionColumns::ladderTier)
            .enumColumn("referralFailure", Referral.class, Referral::of)
            .booleanColumn("exempting", f -> f.has(Circumstance.Effect.EXEMPT))
            .build();

    static final Column GRAVITY = Column.ofEnum("gravity", Gravity.class).graverWhenGreater();
    static final Column RESPONSIBILITY = Column.ofEnum("responsibility", Responsibility.class).graverWhenGreater();
    static final Column FORM = Column.ofEnum("form", FaultForm.class).graverWhenGreater();
    static final Column AGGRAVATING = Column.ofBoolean("aggravating").graverWhenGreater();
    static final Column FAULTS_THIS_YEAR = Column.ofInt("faultsThisYear", 1, Fault.MAX_FAULTS_PER_YEAR)
            .graverWhenGreater();
    static final Column MITIGATING = Column.ofBoolean("mitigating").graverWhenSmaller();
    static final Column REDUCING = Column.ofBoolean("reducing").graverWhenSmaller();
    static final Column SUSPECTED_CRIME = Column.ofBoolean("suspectedCrime").graverWhenGreater();
    static final Column MINOR_AND_CORRECTED = Column.ofBoolean("minorAndCorrected").graverWhenSmaller();
    /** An order executed after objecting that was not manifestly unlawful: the exemption of 公务员法 Art 60. */
    static final Column EXECUTED_ORDER = Column.ofBoolean("executedOrderAfterObjecting").graverWhenSmaller();
    static final Column DUTY_DULY_PERFORMED = Column.ofBoolean("dutyDulyPerformed").graverWhenSmaller();
    /** The highest tier of Art 39's ladder the facts reach (see {@link #ladderTier}). */
    static final Column LADDER = Column.ofInt("ladderTier", 0, 3).graverWhenGreater();
    static final Column REFERRAL = Column.ofEnum("referralFailure", Referral.class);

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
        REFUSED_TO_CORRECT,
        /** 隐匿、私分、销毁涉案物品 (Art 15). */
        ITEMS;

        static Referral of(Fault f) {
            if (f.type() == FaultType.LATE_REFERRAL) {
                return LATE;
            }
            if (f.type() == FaultType.FAILURE_TO_REFER) {
                return f.has(Circumstance.REFUSED_TO_CORRECT) ? REFUSED_TO_CORRECT : NOT_REFERRED;
            }
            if (f.type() == FaultType.CASE_ITEMS_MISHANDLED) {
                return ITEMS;
            }
            return NONE;
        }
    }

    /** The columns of the officer table, in order. */
    static final List<Column> OFFICER_COLUMNS = List.of(GRAVITY, RESPONSIBILITY, FORM, AGGRAVATING,
            FAULTS_THIS_YEAR, MITIGATING, REDUCING, SUSPECTED_CRIME, MINOR_AND_CORRECTED, EXECUTED_ORDER,
            DUTY_DULY_PERFORMED, LADDER, REFERRAL);

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

    static final Column AGENCY_EXEMPTING = Column.ofBoolean("exempting").graverWhenSmaller();
    static final List<Column> AGENCY_COLUMNS = List.of(GRAVITY, AGGRAVATING, AGENCY_EXEMPTING, REFERRAL);

    private SanctionColumns() {}
}
