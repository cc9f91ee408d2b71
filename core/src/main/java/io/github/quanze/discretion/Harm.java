package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The harmful consequences of an act (危害后果) in the degrees 行政处罚法 Art 33 para 1 distinguishes, lightest first.
 */
public enum Harm implements Labelled {
    /** 没有造成危害后果. */
    NONE("没有造成危害后果", "no harmful consequences"),
    /** 危害后果轻微. */
    SLIGHT("危害后果轻微", "slight harmful consequences"),
    /** Harmful consequences beyond slight. */
    HARMFUL("有危害后果", "harmful consequences");

    private final BilingualText label;

    Harm(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
