package io.github.quanze.assessment;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.sanction.SanctionKind;
import java.util.List;

/**
 * A red, yellow or green card of an enforcement officer (红黄绿卡), lightest first.
 * <p>
 * Seed 004 (a county report) says "对执法人员实行'红、黄、绿'卡管理" without the rules; 镇安县 (陕西, 华商报
 * 2011-03-31) describes a yellow card as "暂停执法、接受培训" and a red card as "取消了执法资格". No published
 * thresholds were found, so what earns each card is an interpretation ({@link OfficerAppraisals#defaultCardTable()}),
 * and so is the effect on the certificate: a yellow card suspends it (暂扣, {@link CredentialStatus#SUSPENDED}) while
 * the officer takes off-post training (离岗培训, 国办发〔2005〕37号), until the card is lifted; a red card revokes the
 * qualification ({@link CredentialStatus#REVOKED}, 取消执法资格, 国办发〔2005〕37号) for good.
 */
public enum OfficerCard implements Labelled {
    /** 绿卡: the default; the officer enforces. */
    GREEN("绿卡", "green card", CredentialStatus.VALID, List.of(),
            BilingualText.of("正常执法", "enforces as usual")),
    /** 黄卡: 暂停执法、离岗培训 until lifted after retraining. */
    YELLOW("黄卡", "yellow card", CredentialStatus.SUSPENDED,
            List.of(SanctionKind.CREDENTIAL_SUSPENDED, SanctionKind.OFF_POST_TRAINING),
            BilingualText.of("暂停执法、暂扣执法证件、离岗培训",
                    "enforcement suspended, certificate suspended, off-post training")),
    /** 红卡: 取消执法资格. */
    RED("红卡", "red card", CredentialStatus.REVOKED, List.of(SanctionKind.QUALIFICATION_REVOKED),
            BilingualText.of("取消执法资格", "enforcement qualification revoked"));

    private final BilingualText label;
    private final CredentialStatus credentialStatus;
    private final List<SanctionKind> measures;
    private final BilingualText effect;

    OfficerCard(String zh, String en, CredentialStatus credentialStatus, List<SanctionKind> measures,
            BilingualText effect) {
        this.label = BilingualText.of(zh, en);
        this.credentialStatus = credentialStatus;
        this.measures = measures;
        this.effect = effect;
    }

    /**
     * Returns the card's name in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the status the card gives the holder's enforcement certificates while it stands (interpretation).
     *
     * @return VALID, SUSPENDED or REVOKED, not null
     */
    public CredentialStatus credentialStatus() {
        return credentialStatus;
    }

    /**
     * Returns the measures the card stands for (interpretation): none, 暂扣执法证件 and 离岗培训, or 取消执法资格.
     *
     * @return the measures, not null
     */
    public List<SanctionKind> measures() {
        return measures;
    }

    /**
     * Returns the card's effect in words: 暂停执法、暂扣执法证件、离岗培训.
     *
     * @return the effect in Chinese and English, not null
     */
    public BilingualText effect() {
        return effect;
    }

    /**
     * Checks whether this card is worse than another.
     *
     * @param other  the other card, not null
     * @return true if this card is worse
     */
    public boolean isWorseThan(OfficerCard other) {
        return ordinal() > other.ordinal();
    }
}
