package io.github.quanze.rule;

import io.github.quanze.text.Parameters;
import io.github.quanze.text.BilingualText;

/**
 * A finding (检查发现): the outcome of checking a legal requirement, as a value.
 * <p>
 * Findings are how quanze reports legal and procedural outcomes: an unallocated power, an officer without a valid
 * certificate, a missed deadline. They are never exceptions. Each finding has a stable machine code for embedding
 * systems, a severity, its typed parameters (dates, ids, amounts, steps), the legal basis it rests on, and a
 * message in Chinese and English that is rendered from that data by the finding's package, never built by the check
 * that found it. Implementations are immutable values with {@code equals}, so whole results can be compared.
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
     * Returns the typed parameters the message is rendered from: what a system stores and counts.
     *
     * @return the parameters, empty by default, not null
     */
    default Parameters parameters() {
        return Parameters.empty();
    }

    /**
     * Returns the message for officers and reviewers, rendered from the code and the parameters.
     *
     * @return the bilingual message, not null
     */
    BilingualText message();

    /**
     * Returns what the finding rests on: the provisions of law it applies, or {@link Citation#none()} for a finding
     * about the rules themselves. Domain findings return their legal basis, a {@link Citation}.
     *
     * @return the citation, not null
     */
    Citation basis();
}
