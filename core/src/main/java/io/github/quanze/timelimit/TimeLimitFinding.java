package io.github.quanze.timelimit;

import io.github.quanze.basis.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import java.util.Objects;

/**
 * A finding about how a period was counted (期限检查发现), such as an extension nobody approved.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param issue  what the finding is about, not null
 * @param severity  how serious it is, not null
 * @param message  the message in Chinese and English, not null
 * @param basis  the provisions it rests on, not null
 */
public record TimeLimitFinding(Issue issue, Severity severity, BilingualText message, LegalBasis basis)
        implements Finding {

    /** What a time-limit finding is about. */
    public enum Issue {
        /** 延长未经批准. */
        EXTENSION_WITHOUT_APPROVAL,
        /** 延长超过法定上限. */
        EXTENSION_OVER_CAP,
        /** 期限届满后才批准延长. */
        EXTENSION_AFTER_EXPIRY,
        /** 规定未设延长. */
        EXTENSION_NOT_PROVIDED
    }

    /** Creates a finding. */
    public TimeLimitFinding {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(basis, "basis");
    }

    @Override
    public String code() {
        return "TIMELIMIT." + issue.name();
    }
}
