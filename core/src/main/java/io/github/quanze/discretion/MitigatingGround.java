package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * A ground on which 行政处罚法 Art 32 says the penalty 应当从轻或者减轻 (应当从轻减轻情节), items (一) to (五).
 */
public enum MitigatingGround implements Labelled {
    /** (一) 主动消除或者减轻违法行为危害后果的. */
    REMEDIED_HARM(1, "主动消除或者减轻违法行为危害后果", "the party removed or reduced the harm of its own accord"),
    /** (二) 受他人胁迫或者诱骗实施违法行为的. */
    COERCED(2, "受他人胁迫或者诱骗实施违法行为", "the party was coerced or deceived into the act"),
    /** (三) 主动供述行政机关尚未掌握的违法行为的. */
    CONFESSED(3, "主动供述行政机关尚未掌握的违法行为", "the party confessed acts the agency did not yet know of"),
    /** (四) 配合行政机关查处违法行为有立功表现的. */
    MERITORIOUS(4, "配合行政机关查处违法行为有立功表现", "the party helped the agency and performed meritorious service"),
    /** (五) 法律、法规、规章规定其他应当从轻或者减轻行政处罚的. */
    OTHER_PROVISION(5, "法律、法规、规章规定的其他应当从轻或者减轻情形",
            "another ground a law, regulation or rule gives");

    private final int item;
    private final BilingualText label;

    MitigatingGround(int item, String zh, String en) {
        this.item = item;
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the item of Art 32 that states this ground, 1 to 5.
     *
     * @return the item number
     */
    public int item() {
        return item;
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
