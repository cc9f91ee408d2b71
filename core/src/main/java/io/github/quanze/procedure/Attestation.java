package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * How an on-site record was signed (现场笔录的签名), 行政强制法 Art 18(8) and (9): by the party and the officers, or
 * with the party's refusal noted, or, when the party was absent, by a witness and the officers.
 */
public enum Attestation implements StepContent, Labelled {
    /** 当事人和行政执法人员签名或者盖章 (Art 18(8)). */
    PARTY_SIGNED("当事人和行政执法人员签名或者盖章", "signed by the party and the officers"),
    /** 当事人拒绝签名，在笔录中予以注明 (Art 18(8)). */
    PARTY_REFUSED("当事人拒绝签名，已在笔录中注明", "the party refused to sign, noted in the record"),
    /** 当事人不到场，见证人和行政执法人员签名或者盖章 (Art 18(9)). */
    WITNESS_SIGNED("当事人不到场，见证人和行政执法人员签名或者盖章", "the party was absent; signed by a witness and the officers");

    private final BilingualText label;

    Attestation(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns how the record was signed, in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Checks whether the party was present (not replaced by a witness).
     *
     * @return false only for {@link #WITNESS_SIGNED}
     */
    public boolean partyPresent() {
        return this != WITNESS_SIGNED;
    }
}
