package io.github.quanze.power;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.List;
import java.util.Objects;

/**
 * A finding about one power of a catalogue (权责清单检查发现), such as a legal basis that is no longer in force.
 * <p>
 * A finding is data: the issue, the power, the provisions concerned and the details of its issue. Its message is
 * rendered from them in Chinese and English ({@link #message()}); the check that finds it builds no sentence. The
 * details ({@link #parameters()}) each issue carries:
 * <ul>
 *   <li>{@link CatalogueIssue#BASIS_NOT_IN_FORCE}: {@code powerName} (text) and {@code date} (the day checked);
 *       the provisions are those not in force on that day;</li>
 *   <li>{@link CatalogueIssue#BASIS_BELOW_REQUIRED_LEVEL}: {@code powerName}, {@code kind} (the
 *       {@link PowerKind}), {@code requiredLevels} (the instrument levels, any one of which may create such a power)
 *       and {@code coercionByRegulation} (true for the warning on a coercive power that cites regulations but no
 *       law, whose lawfulness turns on what the power is); the provisions are all the power cites.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param issue  what the finding is about, not null
 * @param power  the power concerned, not null
 * @param provisions  the provisions of the power concerned, not null
 * @param severity  how serious it is, the one its issue and details call for (see {@link CatalogueIssue}), not null
 * @param parameters  the details of its issue, as listed above, not null
 * @param basis  the provisions the finding rests on, not null
 */
public record CatalogueFinding(CatalogueIssue issue, PowerCode power, List<Provision> provisions, Severity severity,
        Parameters parameters, LegalBasis basis) implements Finding {

    /**
     * Creates a finding.
     *
     * @param issue  what the finding is about, not null
     * @param power  the power concerned, not null
     * @param provisions  the provisions of the power concerned, not null
     * @param severity  how serious it is, the one its issue and details call for (see {@link CatalogueIssue}), not null
     * @param parameters  the details of its issue, as listed above, not null
     * @param basis  the provisions the finding rests on, not null
     * @throws IllegalArgumentException if a detail its issue's message needs is missing or of the wrong type, a
     *         finding of a basis not in force holds no provision or one in force on its day, or the severity is not
     *         the one its issue and details call for: an error for a basis not in force or below the level a
     *         penalty or coercive power needs, a warning for a licensing power and for a coercive power resting on
     *         regulations only
     */
    public CatalogueFinding {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(power, "power");
        provisions = Lists.copyOf("provisions", provisions);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(basis, "basis");
        CatalogueMessages.check(issue, power, provisions, parameters);
        Severity expected = CatalogueRules.severity(issue, parameters);
        checkArgument(severity == expected, "Catalogue finding %s of power %s: severity must be %s for its issue and "
                + "details, but was %s", Texts.quoted(issue.code()), power, expected, severity);
    }

    @Override
    public String code() {
        return issue.code();
    }

    /**
     * Returns the message, rendered from the issue, the power, the provisions and the details.
     *
     * @return the message in Chinese and English, not null
     */
    @Override
    public BilingualText message() {
        return CatalogueMessages.message(this);
    }
}
