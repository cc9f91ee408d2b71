package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;

/**
 * Why a rule book applied the version it applied (适用版本的理由), under 从旧兼从轻.
 */
public enum VersionReason {
    /** The same version was in force when the act was done and when it is decided. */
    SAME_VERSION("行为时与处理时适用同一版本", "the same version was in force at the act and at the decision"),
    /** The version in force at the act applies, since the later one is not lighter (从旧). */
    ACT_TIME_VERSION("适用行为时的规定（从旧），处理时的规定不轻于行为时的规定",
            "the version in force at the act applies, as the later version is not lighter"),
    /** The later version applies because it gives a lighter outcome (从轻). */
    LIGHTER_LATER_VERSION("处理时的规定处理较轻，适用处理时的规定（从轻）",
            "the version in force at the decision applies, as it gives a lighter outcome");

    private final BilingualText label;

    VersionReason(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the reason in Chinese and English.
     *
     * @return the label, not null
     */
    public BilingualText label() {
        return label;
    }
}
