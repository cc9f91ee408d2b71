package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;

/**
 * A finding (检查发现): the outcome of checking a legal requirement, as a value.
 * <p>
 * Findings are how quanze reports legal and procedural outcomes: an unallocated power, an officer without a valid
 * certificate, a missed deadline. They are never exceptions. Each finding has a stable machine code for embedding
 * systems, a severity, a message in Chinese and English, and the legal basis it rests on. Implementations are
 * immutable values with {@code equals}, so whole results can be compared.
 */
public interface Finding {

    /**
     * Returns the stable machine code, such as {@code ALLOCATION.UNALLOCATED}.
     *
     * @return the code, not null
     */
    String code();

    /**
     * Returns how serious the finding is.
     *
     * @return the severity, not null
     */
    Severity severity();

    /**
     * Returns the message for officers and reviewers.
     *
     * @return the bilingual message, not null
     */
    BilingualText message();

    /**
     * Returns the provisions the finding rests on.
     *
     * @return the legal basis, not null
     */
    LegalBasis basis();
}
