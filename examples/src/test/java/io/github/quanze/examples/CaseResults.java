package io.github.quanze.examples;

import io.github.quanze.fault.Fault;
import io.github.quanze.fault.ViolationFaults;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.rule.Decision;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal results (法律结果) of {@code case} ({@link CaseExample}): the penalty case replayed during the case and
 * after closing, the review of its file, the faults the review establishes and the sanction decided for each; and,
 * besides what the example prints, the faults derived straight from the violations of the closed case.
 */
final class CaseResults {

    private CaseResults() {}

    /**
     * The case's legal results, replayed on a day during the case and on the review day: the example replays it
     * during the case on {@link CaseExample#DURING}.
     */
    static Digest digest(LocalDate during) {
        CaseRecord record = CaseExample.record();
        Digest d = new Digest().section("case.during");
        LegalLines.state(d, replay(record, during));
        CaseState closed = replay(record, CaseExample.REVIEWED);
        d.section("case.reviewed");
        LegalLines.state(d, closed);
        ReviewReport report = CaseExample.review();
        d.section("case.review");
        LegalLines.review(d, report);
        d.section("case.faults");
        for (Fault fault : CaseExample.faults(report)) {
            d.line(LegalLines.faultLine(fault));
            LegalLines.sanctionDecision(d, decide(fault, CaseExample.REVIEWED));
        }
        d.section("case.violation-faults");
        violationFaults(closed).forEach(fault -> d.line(LegalLines.faultLine(fault)));
        // the tour's referral stage: the counterfeit case referred on time (ReferralExample)
        d.section("case.referral");
        LegalLines.state(d, ReferralCases.referred().replay(ReferralCases.CHECKED));
        return d;
    }

    private static CaseState replay(CaseRecord record, LocalDate asOf) {
        return record.replay(asOf);
    }

    private static Decision<Sanction> decide(Fault fault, LocalDate on) {
        return SanctionPolicy.national().decide(fault, on);
    }

    /** The faults derived from the violations alone, as ordinary negligence without harm. */
    private static List<Fault> violationFaults(CaseState state) {
        return ViolationFaults.of(state);
    }
}
