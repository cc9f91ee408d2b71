package io.github.quanze.publish.notice;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.util.Objects;

/**
 * A time finding on a published decision (公示时限检查发现): published after its time, withdrawn late or not at all
 * after being overturned, or withdrawn without reasons. A legal outcome, so a value, never an exception; its message
 * is rendered from its parameters ({@code number}, {@code due}, and {@code published}, {@code overturned} or
 * {@code withdrawn} where they apply).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what was found, not null
 * @param parameters  the typed values the message is rendered from, not null
 * @param basis  the provisions the time comes from, not null
 */
public record NoticeFinding(Kind kind, Parameters parameters, LegalBasis basis) implements Finding {

    /**
     * Creates the finding.
     *
     * @param kind  what was found, not null
     * @param parameters  the values, holding every placeholder of the kind's template, not null
     * @param basis  the provisions, not null
     * @throws IllegalArgumentException if a parameter of the message is missing
     */
    public NoticeFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(basis, "basis");
        kind.template.render(parameters);
    }

    /** What a notice check finds, with its stable code. */
    public enum Kind {
        /** Published after the publication time (国办发〔2018〕118号; 行政处罚法 Art 48 第一款). */
        PUBLICATION_OVERDUE("NOTICE.PUBLICATION_OVERDUE", Template.of(
                "{number}于{published}公开，晚于公开期限届满日{due}",
                "{number} was published on {published}, after its due day {due}")),
        /** Withdrawn after the time, or not withdrawn, once overturned (行政处罚法 Art 48 第二款, Art 85). */
        LATE_WITHDRAWAL("NOTICE.LATE_WITHDRAWAL", Template.of(
                "{number}于{overturned}被依法{outcome}，应于{due}前撤回决定信息，{withdrawn}",
                "{number} was {outcome} on {overturned}; its information was due to be withdrawn by {due}, "
                        + "{withdrawn}")),
        /** Withdrawn without the reasons made public (行政处罚法 Art 48 第二款). */
        WITHDRAWN_WITHOUT_REASONS("NOTICE.WITHDRAWN_WITHOUT_REASONS", Template.of(
                "{number}于{date}撤回决定信息，未公开说明理由",
                "{number} was withdrawn on {date} without its reasons made public"));

        private final String code;
        private final Template template;

        Kind(String code, Template template) {
            this.code = code;
            this.template = template;
        }

        /**
         * Returns the stable code.
         *
         * @return the code, such as {@code NOTICE.LATE_WITHDRAWAL}, not null
         */
        public String code() {
            return code;
        }
    }

    @Override
    public String code() {
        return kind.code;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public BilingualText message() {
        return kind.template.render(parameters);
    }

    /**
     * Returns the provisions the time comes from, the finding's citation.
     *
     * @return the basis, not null
     */
    @Override
    public LegalBasis basis() {
        return basis;
    }
}
