package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.THREE_SYSTEMS_OPINIONS;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * What an agency publishes before it acts (事前公开事项): 行政处罚法 Art 39 names 实施机关、立案依据、实施程序和救济
 * 渠道; 国办发〔2018〕118号 names 执法主体、人员、职责、权限、依据、程序、救济渠道 for every kind of enforcement.
 */
public enum DisclosureItem implements Labelled {
    /** 执法主体 (Art 39: 实施机关). */
    SUBJECT("执法主体", "enforcement subject", true),
    /** 执法人员 (118号). */
    OFFICERS("执法人员", "enforcement officers", false),
    /** 职责 (118号). */
    DUTIES("职责", "duties", false),
    /** 权限 (118号). */
    AUTHORITY("权限", "powers", false),
    /** 执法依据 (Art 39: 立案依据). */
    BASIS("执法依据", "legal basis", true),
    /** 执法程序 (Art 39: 实施程序). */
    PROCEDURE("执法程序", "procedure", true),
    /** 救济渠道 (Art 39). */
    REMEDIES("救济渠道", "remedies", true);

    private final BilingualText label;
    private final LegalBasis basis;
    private final boolean statutoryForPenalties;

    DisclosureItem(String zh, String en, boolean penaltyLaw) {
        this.label = BilingualText.of(zh, en);
        this.statutoryForPenalties = penaltyLaw;
        Provision opinions = Provision.wholeOf(THREE_SYSTEMS_OPINIONS);
        this.basis = penaltyLaw ? LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 39), opinions)
                : LegalBasis.of(opinions);
    }

    /**
     * Returns the item in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the provisions that ask for the item: 行政处罚法 Art 39 and 118号, or 118号 alone.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Checks whether 行政处罚法 Art 39 names the item, so that a penalty agency that omits it breaches a statute.
     *
     * @return true for subject, basis, procedure and remedies
     */
    public boolean isStatutoryForPenalties() {
        return statutoryForPenalties;
    }
}
