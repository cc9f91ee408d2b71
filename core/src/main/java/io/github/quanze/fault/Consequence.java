package io.github.quanze.fault;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The consequence of a fault (危害后果), least harmful first. The grades follow the wording of the measures
 * (后果轻微 … 造成重大损失或者恶劣影响); where they draw the lines is an interpretation.
 */
public enum Consequence implements Labelled {
    /** 未造成危害后果. */
    NONE("未造成危害后果", "no harm"),
    /** 后果轻微. */
    MINOR("后果轻微", "minor harm"),
    /** 造成较大损失或者不良影响. */
    SERIOUS("造成较大损失或者不良影响", "serious loss or bad influence"),
    /** 造成重大损失或者恶劣影响. */
    GRAVE("造成重大损失或者恶劣影响", "grave loss or very bad influence");

    private final BilingualText label;

    Consequence(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the grade in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
