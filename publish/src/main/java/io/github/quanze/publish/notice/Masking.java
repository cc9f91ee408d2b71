package io.github.quanze.publish.notice;

import io.github.quanze.basis.LegalBasis;
import java.util.Objects;

/**
 * One field masked in a published notice (个人信息处理记录): which field, by which rule of the {@link MaskingPolicy},
 * on which grounds. It records that a value was withheld, never the value.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param field  the field masked, not null
 * @param rule  the rule applied, not null
 * @param grounds  the provisions the rule rests on, the rule's own ({@link MaskingRule#grounds()}), not null
 */
public record Masking(MaskedField field, MaskingRule rule, LegalBasis grounds) {

    /**
     * Creates the record.
     *
     * @param field  the field masked, not null
     * @param rule  the rule applied, not null
     * @param grounds  the provisions the rule rests on, not null
     */
    public Masking {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(grounds, "grounds");
    }

    /**
     * Obtains the record of a field masked by a rule, on the rule's grounds.
     *
     * @param field  the field, not null
     * @param rule  the rule, not null
     * @return the record, not null
     */
    public static Masking of(MaskedField field, MaskingRule rule) {
        return new Masking(field, rule, rule.grounds());
    }
}
