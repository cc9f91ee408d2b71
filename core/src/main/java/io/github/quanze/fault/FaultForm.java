package io.github.quanze.fault;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The form of fault (过错形式), least blameworthy first. The statutes say 故意或者过失; the split of negligence into
 * gross and ordinary follows 山东省行政执法监督条例 Art 39 (故意或者重大过失 for recourse) and is an interpretation
 * for the rest.
 */
public enum FaultForm implements Labelled {
    /** 一般过失. */
    ORDINARY_NEGLIGENCE("一般过失", "ordinary negligence"),
    /** 重大过失. */
    GROSS_NEGLIGENCE("重大过失", "gross negligence"),
    /** 故意. */
    INTENT("故意", "intent");

    private final BilingualText label;

    FaultForm(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the form in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
