package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * Why a case passes from one agency to another (移送理由), by the article of 行政处罚法 on jurisdiction (管辖) it
 * applies.
 * <p>
 * 行政处罚法 says which agency is competent (Arts 22-25) but has no article on how an agency that is not competent hands
 * a case over: {@link #NOT_COMPETENT} (移送管辖) rests on Arts 22 and 23, which make another agency competent, and the
 * handing over itself is our reading of them, as departmental procedure rules provide (for example the rules of
 * 市场监督管理 on 地域管辖, 最先立案 and 指定管辖).
 */
public enum TransferReason implements Labelled {
    /** 违法行为发生地: the act took place in another agency's area (行政处罚法 Art 22). */
    PLACE_OF_VIOLATION("违法行为发生地的行政机关管辖", "the agency where the act took place is competent",
            LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 22))),
    /** 级别管辖: the case belongs to an agency of a county-level government or above (行政处罚法 Art 23). */
    LEVEL("县级以上地方人民政府具有行政处罚权的行政机关管辖", "an agency of a county-level government or above "
            + "with the power to penalise is competent", LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 23))),
    /**
     * 交由乡镇街道行使: the power was handed to, or is not held by, a township or sub-district office (行政处罚法 Art 24
     * 第一款).
     */
    DEVOLVED("行政处罚权交由乡镇人民政府、街道办事处行使", "the power is exercised by a township or sub-district office",
            LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 24, 1))),
    /** 最先立案: several agencies are competent and another filed first (行政处罚法 Art 25 第一款). */
    FIRST_FILED("两个以上行政机关都有管辖权的，由最先立案的行政机关管辖", "of several competent agencies, the one "
            + "that filed first", LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 25, 1))),
    /** 指定管辖: the common superior designated the agency (行政处罚法 Art 25 第二款). */
    DESIGNATED("共同的上一级行政机关指定管辖", "designated by the common superior agency",
            LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 25, 2))),
    /**
     * 移送管辖: the matter is not this agency's to decide (不属于本机关管辖), and the agency Arts 22 and 23 make competent
     * takes it; the handing over is our reading (the statute is silent on it).
     */
    NOT_COMPETENT("不属于本机关管辖，移送有管辖权的行政机关", "not this agency's to decide: sent to the competent agency",
            LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 22), Provision.of(ADMINISTRATIVE_PENALTY_LAW, 23)));

    private final BilingualText label;
    private final LegalBasis basis;

    TransferReason(String zh, String en, LegalBasis basis) {
        this.label = BilingualText.of(zh, en);
        this.basis = basis;
    }

    /**
     * Returns the reason in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the articles of 行政处罚法 the reason applies.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }
}
