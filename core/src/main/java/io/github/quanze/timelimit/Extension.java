package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Texts;
import java.util.Objects;

/**
 * How a statutory period may be extended (延长规则): by how much at most and with whose approval, such as
 * 行政许可法 Art 42 (+10 days with 本行政机关负责人's approval) or 行政强制法 Art 25 (+30 days, 行政机关负责人).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param max  the most the period may be extended by, in its own unit, at least 1
 * @param approver  who must approve, such as 本行政机关负责人, a line of text, not blank
 * @param basis  the provisions that allow the extension, not null
 */
public record Extension(int max, String approver, LegalBasis basis) {

    /**
     * Creates an extension rule.
     *
     * @param max  the most the period may be extended by, in its own unit, at least 1
     * @param approver  who must approve, such as 本行政机关负责人, a line of text, not blank
     * @param basis  the provisions that allow the extension, not null
     * @throws IllegalArgumentException if the maximum is less than 1, or the approver is blank, has a control
     *         character or surrounding spaces
     */
    public Extension {
        checkArgument(max >= 1, "Extension maximum must be at least 1, but was %s", max);
        Texts.checkLine("Extension approver", approver);
        Objects.requireNonNull(basis, "basis");
    }
}
