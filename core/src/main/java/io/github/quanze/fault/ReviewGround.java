package io.github.quanze.fault;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.review.ReviewDefect;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.Objects;

/**
 * A defect of a reviewed case file that a fault rests on (评查发现的过错依据): the file's case number and the defect,
 * as a finding with the code {@code REVIEW.} and the criterion's code, an error for a veto item and a warning
 * otherwise.
 *
 * @param caseId  the case number of the file, not null
 * @param defect  the defect, not null
 */
record ReviewGround(String caseId, ReviewDefect defect) implements Finding {

    ReviewGround {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(defect, "defect");
    }

    @Override
    public String code() {
        return "REVIEW." + defect.criterion().code();
    }

    @Override
    public Severity severity() {
        return defect.criterion().isVeto() ? Severity.ERROR : Severity.WARNING;
    }

    /**
     * Returns {@code caseId}, {@code criterion} (its code), {@code veto}, {@code occurrences}, {@code points},
     * {@code date}, {@code reason} and, when someone answers for it, {@code people}.
     */
    @Override
    public Parameters parameters() {
        Parameters.Builder p = Parameters.builder().put("caseId", caseId).put("criterion", defect.criterion().code())
                .put("veto", defect.criterion().isVeto()).put("occurrences", defect.occurrences())
                .put("points", defect.points()).put("date", defect.date()).put("reason", defect.reason());
        if (!defect.people().isEmpty()) {
            p.put("people", defect.people());
        }
        return p.build();
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
