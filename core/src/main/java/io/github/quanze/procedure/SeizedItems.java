package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * 查封、扣押财物的去向: whether property sealed up or seized in the case went with it when it was referred (行政强制法
 * Art 21: 违法行为涉嫌犯罪应当移送司法机关的，行政机关应当将查封、扣押、冻结的财物一并移送).
 */
public enum SeizedItems implements Labelled {
    /** 本案无查封、扣押、冻结的财物. */
    NONE("无查封、扣押、冻结的财物", "nothing was sealed up, seized or frozen"),
    /** 查封、扣押、冻结的财物一并移送. */
    TRANSFERRED("查封、扣押、冻结的财物一并移送", "the property went with the case"),
    /** 查封、扣押、冻结的财物未一并移送. */
    RETAINED("查封、扣押、冻结的财物未一并移送", "the property was kept back");

    private final BilingualText label;

    SeizedItems(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the state in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
