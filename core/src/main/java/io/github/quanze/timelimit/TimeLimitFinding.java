package io.github.quanze.timelimit;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import java.util.Objects;

/**
 * A finding about how a period was counted (期限检查发现), such as an extension nobody approved or an interruption
 * recorded after the period had run out.
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

    /**
     * What a time-limit finding is about (期限问题).
     */
    public enum Issue {
        /** 延长未经批准: an extension no one approved, where the statute names who must (行政许可法 Art 42 and the like). */
        EXTENSION_WITHOUT_APPROVAL("延长未经批准", "extension not approved"),
        /** 延长超过法定上限: extensions that add up to more than the statute allows. */
        EXTENSION_OVER_CAP("延长超过法定上限", "extension beyond the cap"),
        /** 期限届满后批准延长: an extension approved after the period, as counted until then, had run out. */
        EXTENSION_AFTER_EXPIRY("期限届满后批准延长", "extension after expiry"),
        /** 规定未设延长: an extension of a limit whose provision sets none. */
        EXTENSION_NOT_PROVIDED("规定未设延长", "extension not provided"),
        /**
         * 期限届满后中断: an interruption recorded after the period had run out, which cannot restart it (民法典
         * Art 195 interrupts a period that is running; applying this to administrative periods is an interpretation).
         */
        INTERRUPTION_AFTER_EXPIRY("期限届满后中断", "interrupted after expiry");

        private final BilingualText label;

        Issue(String zh, String en) {
            this.label = BilingualText.of(zh, en);
        }

        /**
         * Returns the stable machine code of findings of this issue, such as {@code TIMELIMIT.EXTENSION_OVER_CAP}.
         *
         * @return the code, not null
         */
        public String code() {
            return "TIMELIMIT." + name();
        }

        /**
         * Returns the name of the issue in Chinese and English.
         *
         * @return the label, not null
         */
        public BilingualText label() {
            return label;
        }
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
        return issue.code();
    }
}
