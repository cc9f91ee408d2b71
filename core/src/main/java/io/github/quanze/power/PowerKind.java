package io.github.quanze.power;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The category of a power (职权类型): the ten categories of the 权力清单 system (中办发〔2015〕21号).
 * <p>
 * 国办发〔2005〕37号 lists eight (without 行政检查 and 其他); later national and provincial catalogues use all ten.
 * A local sub-category, such as 行政审批, goes in {@link Power#subKind()}.
 */
public enum PowerKind implements Labelled {
    /** 行政许可: licensing. */
    ADMINISTRATIVE_LICENSING("行政许可", "administrative licensing"),
    /** 行政处罚: penalty. */
    ADMINISTRATIVE_PENALTY("行政处罚", "administrative penalty"),
    /** 行政强制: coercive measures and enforcement. */
    ADMINISTRATIVE_COERCION("行政强制", "administrative coercion"),
    /** 行政征收: levy. */
    ADMINISTRATIVE_LEVY("行政征收", "administrative levy"),
    /** 行政给付: benefit. */
    ADMINISTRATIVE_BENEFIT("行政给付", "administrative benefit"),
    /** 行政检查: inspection. */
    ADMINISTRATIVE_INSPECTION("行政检查", "administrative inspection"),
    /** 行政确认: confirmation. */
    ADMINISTRATIVE_CONFIRMATION("行政确认", "administrative confirmation"),
    /** 行政奖励: reward. */
    ADMINISTRATIVE_REWARD("行政奖励", "administrative reward"),
    /** 行政裁决: adjudication. */
    ADMINISTRATIVE_ADJUDICATION("行政裁决", "administrative adjudication"),
    /** 其他行政权力: any other power. */
    OTHER("其他行政权力", "other administrative power");

    private final BilingualText label;

    PowerKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of this category in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
