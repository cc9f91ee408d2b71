package io.github.quanze.rule;

import io.github.quanze.text.Template;
import java.util.Objects;

/**
 * The templates of a decision's wording (决定表述的模板): one for each line of an explanation, rendered from the
 * typed parameters of the decision's parts. A domain words its decisions by giving its templates to
 * {@link DecisionWording#of}, as the sanction package does for a 处理决定书.
 * <p>
 * Parameters: {@code outcome} for the outcome line; those of {@link RuleRef#parameters()} ({@code id},
 * {@code title}, {@code basis}, and {@code interpretation} for {@code firedInterpreted}) for a fired rule; those of
 * {@link OverriddenRule#parameters()} for an overridden one; those of {@link VersionChoice#parameters()} for the
 * version, one template for each {@link VersionReason}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param outcome  the outcome line, with {@code {outcome}}, not null
 * @param fired  the line of a fired rule without interpretation, not null
 * @param firedInterpreted  the line of a fired rule with its interpretation, not null
 * @param overridden  the line of a rule that gave way to an exception, not null
 * @param sameVersion  the version line under {@link VersionReason#SAME_VERSION}, not null
 * @param actTimeVersion  the version line under {@link VersionReason#ACT_TIME_VERSION}, not null
 * @param lighterLaterVersion  the version line under {@link VersionReason#LIGHTER_LATER_VERSION}, not null
 */
public record WordingTemplates(Template outcome, Template fired, Template firedInterpreted, Template overridden,
        Template sameVersion, Template actTimeVersion, Template lighterLaterVersion) {

    /**
     * Creates the templates.
     *
     * @param outcome  the outcome line, with {@code {outcome}}, not null
     * @param fired  the line of a fired rule without interpretation, not null
     * @param firedInterpreted  the line of a fired rule with its interpretation, not null
     * @param overridden  the line of a rule that gave way to an exception, not null
     * @param sameVersion  the version line under {@link VersionReason#SAME_VERSION}, not null
     * @param actTimeVersion  the version line under {@link VersionReason#ACT_TIME_VERSION}, not null
     * @param lighterLaterVersion  the version line under {@link VersionReason#LIGHTER_LATER_VERSION}, not null
     */
    public WordingTemplates {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(fired, "fired");
        Objects.requireNonNull(firedInterpreted, "firedInterpreted");
        Objects.requireNonNull(overridden, "overridden");
        Objects.requireNonNull(sameVersion, "sameVersion");
        Objects.requireNonNull(actTimeVersion, "actTimeVersion");
        Objects.requireNonNull(lighterLaterVersion, "lighterLaterVersion");
    }

    /** Returns the version template of a reason. */
    Template version(VersionReason reason) {
        return switch (reason) {
            case SAME_VERSION -> sameVersion;
            case ACT_TIME_VERSION -> actTimeVersion;
            case LIGHTER_LATER_VERSION -> lighterLaterVersion;
        };
    }
}
