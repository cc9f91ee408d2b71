package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which version of a rule book a decision applied, and why (适用版本).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param applied  the source (文号) of the version applied, not null
 * @param actVersion  the source of the version in force on the act date, not null
 * @param decisionVersion  the source of the version in force on the decision date, not null
 * @param actDate  the day of the act, not null
 * @param decisionDate  the day of the decision, not null
 * @param reason  why the applied version was chosen, not null
 * @param basis  the provisions of 从旧兼从轻 the choice rests on, not null
 */
public record VersionChoice(String applied, String actVersion, String decisionVersion, LocalDate actDate,
        LocalDate decisionDate, VersionReason reason, LegalBasis basis) {

    /** Creates a version choice. */
    public VersionChoice {
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(actVersion, "actVersion");
        Objects.requireNonNull(decisionVersion, "decisionVersion");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Explains the choice: 行为发生于 2020-05-10，适用《…》：处理时的规定处理较轻，适用处理时的规定（从轻）（依据：…）.
     *
     * @return the explanation in Chinese and English, not null
     */
    public BilingualText explanation() {
        return BilingualText.of(
                "行为发生于" + actDate + "，处理于" + decisionDate + "，适用" + applied + "：" + reason.label().zh()
                        + "（依据：" + basis + "）",
                "act on " + actDate + ", decided on " + decisionDate + ", applying " + applied + ": "
                        + reason.label().en() + " (basis: " + basis.toEnglish() + ")");
    }
}
