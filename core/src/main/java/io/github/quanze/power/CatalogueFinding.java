package io.github.quanze.power;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Lists;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A finding about one power of a catalogue (权责清单检查发现), such as a legal basis that is no longer in force.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param issue  what the finding is about, not null
 * @param power  the power concerned, not null
 * @param provisions  the provisions of the power concerned, not null
 * @param severity  how serious it is, not null
 * @param message  the message in Chinese and English, not null
 * @param basis  the provisions the finding rests on, not null
 */
public record CatalogueFinding(CatalogueIssue issue, PowerCode power, List<Provision> provisions, Severity severity,
        BilingualText message, LegalBasis basis) implements Finding {

    /** Creates a finding. */
    public CatalogueFinding {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(power, "power");
        provisions = Lists.copyOf("provisions", provisions);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(basis, "basis");
    }

    @Override
    public String code() {
        return issue.code();
    }
}
