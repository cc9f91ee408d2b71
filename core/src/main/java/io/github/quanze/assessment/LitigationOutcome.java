package io.github.quanze.assessment;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LITIGATION_LAW;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;

/**
 * How an administrative lawsuit against the agency's act ended at first instance or on appeal, as finally decided
 * (行政诉讼结果), under 行政诉讼法 (2017).
 * <p>
 * The agency loses (败诉) when the court annuls (Art 70), confirms illegal (Art 74), confirms void (Art 75) or varies
 * (Art 77) the act. Interpretation: a judgment ordering the agency to perform its statutory duty (Art 72) or to pay
 * what it owes (Art 73) is a loss too, since the court found the agency failed a duty. 驳回诉讼请求 (Art 69) is a
 * judgment the agency won. 撤诉 (Art 62) ends the suit without a judgment and enters neither side of the loss
 * rate. Judgments on administrative agreements (Art 78) are not modelled.
 */
public enum LitigationOutcome implements Labelled {
    /** 判决撤销或者部分撤销 (Art 70). */
    ANNULLED("判决撤销", "annulled", 70, true, true),
    /** 判决履行法定职责 (Art 72); a loss by interpretation. */
    PERFORMANCE_ORDERED("判决履行", "performance ordered", 72, true, true),
    /** 判决履行给付义务 (Art 73); a loss by interpretation. */
    PAYMENT_ORDERED("判决给付", "payment ordered", 73, true, true),
    /** 判决确认违法 (Art 74). */
    CONFIRMED_ILLEGAL("判决确认违法", "confirmed illegal", 74, true, true),
    /** 判决确认无效 (Art 75). */
    CONFIRMED_VOID("判决确认无效", "confirmed void", 75, true, true),
    /** 判决变更 (Art 77). */
    VARIED("判决变更", "varied", 77, true, true),
    /** 判决驳回诉讼请求 (Art 69): the agency won. */
    CLAIM_DISMISSED("判决驳回诉讼请求", "claim dismissed", 69, true, false),
    /** 撤诉 (Art 62): no judgment. */
    WITHDRAWN("撤诉", "withdrawn", 62, false, false);

    private final BilingualText label;
    private final LegalBasis basis;
    private final boolean judgment;
    private final boolean loss;

    LitigationOutcome(String zh, String en, int article, boolean judgment, boolean loss) {
        this.label = BilingualText.of(zh, en);
        this.basis = LegalBasis.of(Provision.of(ADMINISTRATIVE_LITIGATION_LAW, article));
        this.judgment = judgment;
        this.loss = loss;
    }

    /** @return the outcome's name in Chinese and English, not null */
    @Override
    public BilingualText label() {
        return label;
    }

    /** @return the article of 行政诉讼法 that provides for the outcome, not null */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Checks whether the outcome is a judgment (判决): the denominator of the loss rate.
     *
     * @return false only for 撤诉
     */
    public boolean isJudgment() {
        return judgment;
    }

    /**
     * Checks whether the agency lost (败诉).
     *
     * @return true for Arts 70, 72, 73, 74, 75 and 77
     */
    public boolean isLoss() {
        return loss;
    }
}
