package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.Objects;
import java.util.Optional;

/**
 * What identifies and justifies a rule (规则要素): its stable id, its title, the provisions it rests on, and, where
 * the rule goes beyond the text of those provisions, what it adds and on whose authority (解释).
 * <p>
 * Every rule and every row of a decision table carries one; a {@link Decision} lists those of the rules that fired
 * and of the rules they overrode, and its explanation repeats each fired rule's interpretation next to its basis, so
 * that a text pasted into a 处理决定书 never presents an interpretation as the statute's own words.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the stable identifier, not null
 * @param title  what the rule says, in Chinese and English, not null
 * @param basis  what the rule rests on, such as provisions of law, not null
 * @param interpretation  what the rule adds to its basis and its source (a local measure, the library's default),
 *         empty if the rule is the provisions' own, not null
 */
public record RuleRef(RuleId id, BilingualText title, Citation basis, Optional<BilingualText> interpretation) {

    /**
     * Creates a rule reference.
     *
     * @param id  the stable identifier, not null
     * @param title  what the rule says, in Chinese and English, not null
     * @param basis  what the rule rests on, such as provisions of law, not null
     * @param interpretation  what the rule adds to its basis and its source (a local measure, the library's default),
     *         empty if the rule is the provisions' own, not null
     */
    public RuleRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(interpretation, "interpretation");
    }

    /**
     * Creates a rule reference that is its provisions' own.
     *
     * @param id  the stable identifier, not null
     * @param title  what the rule says, not null
     * @param basis  what the rule rests on, such as provisions of law, not null
     */
    public RuleRef(RuleId id, BilingualText title, Citation basis) {
        this(id, title, basis, Optional.empty());
    }

    /**
     * Obtains a rule reference.
     *
     * @param id  the stable identifier, such as {@code SANCTION.DIRECT.GRAVE}, not null
     * @param title  what the rule says, not null
     * @param basis  what the rule rests on, such as provisions of law, not null
     * @return the reference, not null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static RuleRef of(String id, BilingualText title, Citation basis) {
        return new RuleRef(RuleId.of(id), title, basis);
    }

    /**
     * Returns the reference as the typed parameters a wording renders it from: {@code id}, {@code title},
     * {@code basis} and, if the rule has one, {@code interpretation}.
     *
     * @return the parameters, not null
     */
    public Parameters parameters() {
        Parameters.Builder p = Parameters.builder().put("id", id.value()).put("title", title).put("basis", basis);
        interpretation.ifPresent(note -> p.put("interpretation", note));
        return p.build();
    }

    /**
     * Returns a copy that says what the rule adds to its basis, and on whose authority.
     *
     * @param note  the interpretation, such as "解释：…为本库默认", not null
     * @return the reference, not null
     */
    public RuleRef withInterpretation(BilingualText note) {
        return new RuleRef(id, title, basis, Optional.of(Objects.requireNonNull(note, "note")));
    }
}
