package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;

/**
 * How serious a finding is (严重程度), most serious first.
 */
public enum Severity {
    /** 违法: a breach of a legal requirement that must be corrected. */
    ERROR("违法", "error"),
    /** 风险: a departure from good practice or a risk of a breach. */
    WARNING("风险", "warning"),
    /** 提示: information for the reader, no action required. */
    INFO("提示", "info");

    private final BilingualText label;

    Severity(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of this severity in Chinese and English.
     *
     * @return the label, not null
     */
    public BilingualText label() {
        return label;
    }
}
