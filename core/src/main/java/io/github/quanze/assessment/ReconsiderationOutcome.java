package io.github.quanze.assessment;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_RECONSIDERATION_LAW;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;

/**
 * How an administrative reconsideration of the agency's act ended (行政复议结果), under 行政复议法 as revised in 2023
 * (in force from 2024-01-01).
 * <p>
 * The first five are corrections (纠错): the reconsideration body found the act wrong (Arts 63–67). 维持 (Art 68)
 * and 驳回 (Art 69) are decisions that do not correct. 调解 (Art 73) and 终止 (Arts 41, 74) end the case without a
 * decision on the act; interpretation: they count neither as corrections nor as decided cases, so they do not
 * enter the correction rate at all. Decisions on administrative agreements (Art 71) are not modelled.
 * <p>
 * A reconsideration decided before 2024 under the former text (2017 edition, Art 28: 维持、责令履行、撤销、变更、
 * 确认违法) is entered as the constant of the same outcome; {@link #basis()} cites the 2023 article.
 */
public enum ReconsiderationOutcome implements Labelled {
    /** 变更: the act varied (Art 63). */
    VARIED("变更", "varied", 63, true, true),
    /** 撤销或者部分撤销: the act annulled in whole or in part (Art 64). */
    ANNULLED("撤销", "annulled", 64, true, true),
    /** 确认违法: the act confirmed illegal but not annulled (Art 65). */
    CONFIRMED_ILLEGAL("确认违法", "confirmed illegal", 65, true, true),
    /** 责令履行: the agency ordered to perform its statutory duty within a time limit (Art 66). */
    PERFORMANCE_ORDERED("责令履行", "performance ordered", 66, true, true),
    /** 确认无效: the act confirmed void (Art 67). */
    CONFIRMED_VOID("确认无效", "confirmed void", 67, true, true),
    /** 维持: the act upheld (Art 68). */
    UPHELD("维持", "upheld", 68, true, false),
    /** 驳回复议请求: the claim that the agency failed a duty rejected (Art 69). */
    CLAIM_REJECTED("驳回复议请求", "claim rejected", 69, true, false),
    /** 调解: ended by a mediation agreement (Art 73), not a decision. */
    MEDIATED("调解结案", "mediated", 73, false, false),
    /** 终止: ended without a decision, such as on withdrawal after a settlement (Arts 41, 74). */
    TERMINATED("终止", "terminated", 41, false, false);

    private final BilingualText label;
    private final LegalBasis basis;
    private final boolean decided;
    private final boolean corrects;

    ReconsiderationOutcome(String zh, String en, int article, boolean decided, boolean corrects) {
        this.label = BilingualText.of(zh, en);
        this.basis = LegalBasis.of(Provision.of(ADMINISTRATIVE_RECONSIDERATION_LAW, article));
        this.decided = decided;
        this.corrects = corrects;
    }

    /** @return the outcome's name in Chinese and English, not null */
    @Override
    public BilingualText label() {
        return label;
    }

    /** @return the article of 行政复议法 (2023) that provides for the outcome, not null */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Checks whether the outcome is a reconsideration decision (行政复议决定) on the act: the denominator of the
     * correction rate.
     *
     * @return true for Arts 63–69, false for mediation and termination
     */
    public boolean isDecision() {
        return decided;
    }

    /**
     * Checks whether the outcome corrects the act (纠错): 变更、撤销、确认违法、责令履行、确认无效 (Arts 63–67).
     *
     * @return true for a correction
     */
    public boolean corrects() {
        return corrects;
    }
}
