package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * Whether the statute mitigates the penalty of a party (法定从轻、减轻情节), as 行政处罚法 Arts 30–32 say: the fact
 * column {@value DiscretionStandard#MITIGATION} every standard's tiers are decided on, besides the standard's own
 * circumstances. Declared from the lightest need to the strongest; a smaller value is graver.
 */
public enum StatutoryMitigation implements Labelled {
    /** No statutory ground. */
    NONE("无法定从轻减轻情节", "no statutory ground"),
    /** 可以从轻或者减轻: Art 31, third sentence (diminished capacity). */
    MAY("可以从轻或者减轻", "may be lighter or mitigated"),
    /** 应当从轻或者减轻: Art 30 (aged 14 to 17) or Art 32. */
    MUST("应当从轻或者减轻", "must be lighter or mitigated");

    private final BilingualText label;

    StatutoryMitigation(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
