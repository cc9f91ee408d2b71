package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The level of the agency that issues a discretion standard (裁量基准制定层级), from the highest to the lowest. A
 * standard may implement one of a higher level and must then stay within it.
 */
public enum StandardLevel implements Labelled {
    /** 国家级: a ministry or national administration. */
    NATIONAL("国家级", "national"),
    /** 省级. */
    PROVINCIAL("省级", "provincial"),
    /** 市级. */
    MUNICIPAL("市级", "municipal"),
    /** 县级. */
    COUNTY("县级", "county");

    private final BilingualText label;

    StandardLevel(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
