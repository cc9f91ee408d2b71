package io.github.quanze.fault;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The responsibility a person bears for a fault (责任类型), lightest first, as the measures and seed 000 name them:
 * 直接责任, 主要领导责任, 重要领导责任. 重庆市行政执法责任制条例 Art 7 uses 直接责任, 主管责任 and 领导责任 for the same
 * three levels.
 */
public enum Responsibility implements Labelled {
    /** 不承担责任: for example a member who dissented from a wrong collective decision. */
    NONE("不承担责任", "no responsibility"),
    /** 重要领导责任: a leader who should have stopped the fault and did not, in a secondary place. */
    IMPORTANT_LEADERSHIP("重要领导责任", "important leadership responsibility"),
    /** 主要领导责任: the leader chiefly answerable for the fault. */
    PRINCIPAL_LEADERSHIP("主要领导责任", "principal leadership responsibility"),
    /** 直接责任: the person whose own act is the fault. */
    DIRECT("直接责任", "direct responsibility");

    private final BilingualText label;

    Responsibility(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the responsibility in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
