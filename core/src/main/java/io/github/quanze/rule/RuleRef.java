package io.github.quanze.rule;

import io.github.quanze.basis.BilingualText;
import io.github.quanze.basis.LegalBasis;
import java.util.Objects;

/**
 * What identifies and justifies a rule (规则要素): its stable id, its title and the provisions it rests on.
 * <p>
 * Every rule and every row of a decision table carries one; a {@link Decision} lists those of the rules that fired
 * and of the rules they overrode.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the stable identifier, not null
 * @param title  what the rule says, in Chinese and English, not null
 * @param basis  the provisions the rule rests on, not null
 */
public record RuleRef(RuleId id, BilingualText title, LegalBasis basis) {

    /** Creates a rule reference. */
    public RuleRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Obtains a rule reference.
     *
     * @param id  the stable identifier, such as {@code SANCTION.DIRECT.GRAVE}, not null
     * @param title  what the rule says, not null
     * @param basis  the provisions the rule rests on, not null
     * @return the reference, not null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static RuleRef of(String id, BilingualText title, LegalBasis basis) {
        return new RuleRef(RuleId.of(id), title, basis);
    }
}
