package io.github.quanze.power;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * What a {@link CatalogueFinding} is about (权责清单问题).
 */
public enum CatalogueIssue implements Labelled {
    /**
     * 依据失效: a provision the power cites is not in force on the day checked, because its instrument was repealed
     * or revised, or has not yet taken effect.
     */
    BASIS_NOT_IN_FORCE("依据不在施行期内", "basis not in force"),
    /**
     * 依据层级不足: no instrument the power cites is of a level that may create a power of its kind
     * (行政处罚法 Art 16, 行政许可法 Art 14, 15 and 17, 行政强制法 Art 10 and 13); or, as a warning, a coercive power
     * rests on regulations only, which may create some coercive measures but no coercive enforcement.
     */
    BASIS_BELOW_REQUIRED_LEVEL("依据层级不足", "basis below the required level");

    private final BilingualText label;
    private final String code = "CATALOGUE." + name();

    CatalogueIssue(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the stable machine code of findings of this issue, such as {@code CATALOGUE.BASIS_NOT_IN_FORCE}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name of the issue in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
