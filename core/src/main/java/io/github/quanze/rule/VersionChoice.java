package io.github.quanze.rule;

import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which version of a rule book a decision applied, and why (适用版本). A {@link DecisionWording} words it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param applied  the source (文号) of the version applied, not null
 * @param actVersion  the source of the version in force on the act date, not null
 * @param decisionVersion  the source of the version in force on the decision date, not null
 * @param actDate  the day of the act, not null
 * @param decisionDate  the day of the decision, not null
 * @param reason  why the applied version was chosen, not null
 * @param basis  what the choice rests on, such as the provision of 从旧兼从轻, not null
 */
public record VersionChoice(String applied, String actVersion, String decisionVersion, LocalDate actDate,
        LocalDate decisionDate, VersionReason reason, Citation basis) {

    /**
     * Creates a version choice.
     *
     * @param applied  the source (文号) of the version applied, not null
     * @param actVersion  the source of the version in force on the act date, not null
     * @param decisionVersion  the source of the version in force on the decision date, not null
     * @param actDate  the day of the act, not null
     * @param decisionDate  the day of the decision, not null
     * @param reason  why the applied version was chosen, not null
     * @param basis  what the choice rests on, such as the provision of 从旧兼从轻, not null
     */
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
     * Returns the typed parameters a wording renders it from: {@code applied}, {@code actVersion},
     * {@code decisionVersion}, {@code actDate}, {@code decisionDate}, {@code reason} and {@code basis}.
     *
     * @return the parameters, not null
     */
    public Parameters parameters() {
        return Parameters.builder().put("applied", applied).put("actVersion", actVersion)
                .put("decisionVersion", decisionVersion).put("actDate", actDate).put("decisionDate", decisionDate)
                .putConstant("reason", reason).put("basis", basis).build();
    }
}
