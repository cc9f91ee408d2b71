package io.github.quanze.disparity;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * Which way a decision departs from what the discretion standard gives (偏离方向): 畸轻, lighter than the facts
 * support, or 畸重, graver.
 */
public enum Deviation implements Labelled {
    /** 畸轻: a lighter level, or a fine below the range, than the facts support. */
    LIGHTER("畸轻", "too lenient"),
    /** 畸重: a graver level, or a fine above the range, than the facts support. */
    GRAVER("畸重", "too severe");

    private final BilingualText label;

    Deviation(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
