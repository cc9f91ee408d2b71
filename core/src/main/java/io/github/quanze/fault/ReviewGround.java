package io.github.quanze.fault;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.review.ReviewDefect;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.Objects;

/**
 * A defect of a reviewed case file that a fault rests on (评查发现的过错依据): the defect with the case number of its
 * file. Its code, severity and parameters are the defect's, with {@code caseId} added; its message names the file.
 *
 * @param caseId  the case number of the file, not null
 * @param defect  the defect, not null
 */
record ReviewGround(String caseId, ReviewDefect defect) implements Finding {

    ReviewGround {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(defect, "defect");
    }

    /** Returns the defect's code: {@code REVIEW.VIOLATION} or {@code REVIEW.REVIEWER_FINDING}. */
    @Override
    public String code() {
        return defect.code();
    }

    @Override
    public Severity severity() {
        return defect.severity();
    }

    /** Returns {@code caseId} and the defect's parameters. */
    @Override
    public Parameters parameters() {
        return Parameters.builder().put("caseId", caseId).putAll(defect.parameters()).build();
    }

    @Override
    public BilingualText message() {
        return FaultMessages.message(this);
    }

    @Override
    public LegalBasis basis() {
        return defect.basis();
    }
}
