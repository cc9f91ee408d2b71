package io.github.quanze.benchmarks;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultType;

/**
 * Which tier of 行政执法机关移送涉嫌犯罪案件的规定 Art 16 (or Art 15) a fault falls under, if it is a failure to refer: the
 * {@code referralFailure} column of the national officer table, as the peers of {@link AccountabilityBenchmark} read
 * it (the table's own enum is not public).
 */
public enum ReferralFailure {
    /** Not a failure to refer: the fault is graded on the ladder. */
    NONE,
    /** 逾期不移送 (第一款): 记过, 记大过 with 从重. */
    LATE,
    /** 不移送或者以罚代刑, not yet refused to correct (第二款): no 处分 yet. */
    NOT_REFERRED,
    /** 不移送或者以罚代刑, and the agency refused to correct (第二款): 记过. */
    REFUSED_TO_CORRECT,
    /** 隐匿、私分、销毁涉案物品 (Art 15): 降级, 撤职 with 从重. */
    ITEMS;

    /**
     * Reads the column off a fault: its type, and for a failure to refer whether the agency refused to correct.
     *
     * @param fault  the fault, not null
     * @return the tier of Art 16, not null
     */
    public static ReferralFailure of(Fault fault) {
        if (fault.type() == FaultType.LATE_REFERRAL) {
            return LATE;
        }
        if (fault.type() == FaultType.FAILURE_TO_REFER) {
            return fault.has(Circumstance.REFUSED_TO_CORRECT) ? REFUSED_TO_CORRECT : NOT_REFERRED;
        }
        if (fault.type() == FaultType.CASE_ITEMS_MISHANDLED) {
            return ITEMS;
        }
        return NONE;
    }
}
