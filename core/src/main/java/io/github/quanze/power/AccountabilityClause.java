package io.github.quanze.power;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Texts;
import java.util.Objects;

/**
 * A situation in which someone is held to account for how a power is exercised (追责情形), with its basis.
 * <p>
 * For a penalty power, for example: "执法人员未取得执法证件的" resting on 行政处罚法第七十六条第一款第（五）项.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param situation  the situation as the catalogue words it, not blank, no control character but line breaks
 * @param basis  the provisions that attach liability to it, not null
 */
public record AccountabilityClause(String situation, LegalBasis basis) {

    /**
     * Creates an accountability clause.
     *
     * @param situation  the situation as the catalogue words it, not blank, no control character but line breaks
     * @param basis  the provisions that attach liability to it, not null
     * @throws IllegalArgumentException if the situation is blank or has a control character other than a line break
     */
    public AccountabilityClause {
        Texts.checkText("Accountability clause situation", situation);
        Objects.requireNonNull(basis, "basis");
    }
}
