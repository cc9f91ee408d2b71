package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;

/**
 * The ground on which officers collected a fine on the spot (当场收缴罚款的情形), 行政处罚法 Art 68 and 69; apart from
 * these, the agency that decides a fine may not collect it itself (Art 67 第二款).
 */
public enum CollectionGround implements Labelled {
    /** 依法给予一百元以下罚款的 (Art 68(1)): only in the summary procedure, and only for a fine of at most 100 yuan. */
    SMALL_FINE("依法给予一百元以下罚款", "a fine of 100 yuan or less", Provision.of(ADMINISTRATIVE_PENALTY_LAW, 68)
            .withItem(1)),
    /** 不当场收缴事后难以执行的 (Art 68(2)): only in the summary procedure. */
    HARD_TO_ENFORCE_LATER("不当场收缴事后难以执行", "the fine would be hard to enforce later",
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 68).withItem(2)),
    /**
     * 边远、水上、交通不便地区，当事人到指定银行或者通过电子支付系统缴纳确有困难，经当事人提出 (Art 69): in either
     * procedure, at the party's request.
     */
    REMOTE_AREA("边远、水上、交通不便地区，经当事人提出", "a remote, waterborne or hard-to-reach area, at the party's request",
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 69));

    private final BilingualText label;
    private final LegalBasis basis;

    CollectionGround(String zh, String en, Provision provision) {
        this.label = BilingualText.of(zh, en);
        this.basis = LegalBasis.of(provision);
    }

    /**
     * Returns the ground in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the provision that allows collection on this ground.
     *
     * @return the legal basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }
}
