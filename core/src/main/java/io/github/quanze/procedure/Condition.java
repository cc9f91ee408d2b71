package io.github.quanze.procedure;

import io.github.quanze.basis.BilingualText;

/**
 * When a step is required (适用条件), judged on the case's facts and the events recorded so far.
 */
public enum Condition {
    /** Always. */
    ALWAYS("必经", "always"),
    /**
     * When the law gives the party a hearing and the party asked for one: a penalty of a kind 行政处罚法 Art 63 lists
     * (较大数额罚款、吊销许可证件、责令停产停业 …), or a licence that directly concerns major interests between the
     * applicant and others (行政许可法 Art 47).
     */
    HEARING_REQUESTED("当事人依法要求听证", "the party asked for a hearing the law grants"),
    /**
     * For a major case: 法制审核 before the decision (行政处罚法 Art 58 第一款) and 集体讨论 for complex or serious
     * violations (Art 57 第二款). Which cases are major is the agency's finding, entered with the case; treating
     * both provisions as one condition is an interpretation (an agency that separates them defines its own steps).
     */
    MAJOR_CASE("重大案件", "a major case");

    private final BilingualText label;

    Condition(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the condition in Chinese and English.
     *
     * @return the label, not null
     */
    public BilingualText label() {
        return label;
    }
}
