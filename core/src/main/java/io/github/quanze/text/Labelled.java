package io.github.quanze.text;

/**
 * A value with a name in Chinese and English (有中英文名称的值): the enums of the domain (步骤、违法种类、处分种类…)
 * and citations. A {@link Template} renders such a parameter by its label in the reader's language.
 */
public interface Labelled {

    /**
     * Returns the value's name in Chinese and English.
     *
     * @return the label, not null
     */
    BilingualText label();
}
