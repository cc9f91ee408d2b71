package io.github.quanze.timelimit;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.text.Parameters;
import java.util.Objects;

/**
 * A finding about how a period was counted (期限检查发现), such as an extension nobody approved or an interruption
 * recorded after the period had run out.
 * <p>
 * The finding is data: its issue and the values of that issue ({@link #details()}); its message is rendered from
 * them. The details of each issue:
 * <ul>
 * <li>{@link Issue#INTERRUPTION_AFTER_EXPIRY}: {@code expired} (date), {@code interruptedOn} (date), {@code reason}
 * (text);</li>
 * <li>{@link Issue#EXTENSION_WITHOUT_APPROVAL}: {@code amount} (whole number), {@code unit} ({@link PeriodUnit}),
 * and {@code approver}, who must approve (text), where the provision names one;</li>
 * <li>{@link Issue#EXTENSION_AFTER_EXPIRY}: {@code approvedOn} (date), {@code expired} (date);</li>
 * <li>{@link Issue#EXTENSION_NOT_PROVIDED}: none;</li>
 * <li>{@link Issue#EXTENSION_OVER_CAP}: {@code total} and {@code cap} (whole numbers), {@code unit}.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param issue  what the finding is about, not null
 * @param details  the values of the issue, as listed above, not null
 * @param basis  the provisions it rests on, not null
 */
public record TimeLimitFinding(Issue issue, Parameters details, LegalBasis basis) implements Finding {

    /**
     * What a time-limit finding is about (期限问题).
     */
    public enum Issue implements Labelled {
        /** 延长未经批准: an extension no one approved, where the statute names who must (行政许可法 Art 42 and the like). */
        EXTENSION_WITHOUT_APPROVAL("延长未经批准", "extension not approved", Severity.ERROR),
        /** 延长超过法定上限: extensions that add up to more than the statute allows. */
        EXTENSION_OVER_CAP("延长超过法定上限", "extension beyond the cap", Severity.ERROR),
        /** 期限届满后批准延长: an extension approved after the period, as counted until then, had run out. */
        EXTENSION_AFTER_EXPIRY("期限届满后批准延长", "extension after expiry", Severity.ERROR),
        /** 规定未设延长: an extension of a limit whose provision sets none; another provision may allow it. */
        EXTENSION_NOT_PROVIDED("规定未设延长", "extension not provided", Severity.WARNING),
        /**
         * 期限届满后中断: an interruption recorded after the period had run out, which cannot restart it (民法典
         * Art 195 interrupts a period that is running; applying this to administrative periods is an interpretation).
         */
        INTERRUPTION_AFTER_EXPIRY("期限届满后中断", "interrupted after expiry", Severity.ERROR);

        private final BilingualText label;
        private final Severity severity;

        Issue(String zh, String en, Severity severity) {
            this.label = BilingualText.of(zh, en);
            this.severity = severity;
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
         * Returns how serious a finding of this issue is.
         *
         * @return the severity, not null
         */
        public Severity severity() {
            return severity;
        }

        /**
         * Returns the name of the issue in Chinese and English.
         *
         * @return the label, not null
         */
        @Override
        public BilingualText label() {
            return label;
        }
    }

    /**
     * Creates a finding.
     *
     * @param issue  what the finding is about, not null
     * @param details  the values of the issue, as listed above, not null
     * @param basis  the provisions it rests on, not null
     * @throws IllegalArgumentException if the details lack a value the issue needs, hold one it does not know, or
     *         hold one of the wrong type
     */
    public TimeLimitFinding {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(details, "details");
        TimeLimitMessages.schema(issue).check(issue.code(), details);
        Objects.requireNonNull(basis, "basis");
    }

    @Override
    public String code() {
        return issue.code();
    }

    @Override
    public Severity severity() {
        return issue.severity();
    }

    /** Returns the {@link #details()}. */
    @Override
    public Parameters parameters() {
        return details;
    }

    @Override
    public BilingualText message() {
        return TimeLimitMessages.message(this);
    }
}
