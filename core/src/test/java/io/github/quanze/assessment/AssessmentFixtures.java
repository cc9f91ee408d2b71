package io.github.quanze.assessment;

import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandards;

import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.QIAN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.penaltyCase;
import static io.github.quanze.procedure.Cases.replace;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.HEARING_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;

import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.Cases;
import java.time.LocalDate;

/** Named reports, agencies and periods for the agency-assessment tests. */
public final class AssessmentFixtures {

    public static final LocalDate FROM_2026 = LocalDate.of(2026, 1, 1);
    public static final LocalDate TO_2026 = LocalDate.of(2026, 12, 31);
    public static final LocalDate REVIEWED = LocalDate.of(2026, 11, 30);

    public static final AgencyId TOBACCO = AgencyId.of("TOBACCO");
    public static final AgencyId MARKET = AgencyId.of("MARKET");
    public static final AgencyId TRANSPORT = AgencyId.of("TRANSPORT");
    public static final AgencyId ECOLOGY = AgencyId.of("ECOLOGY");
    public static final AgencyId HEALTH = AgencyId.of("HEALTH");

    /** The penalty case done right, as reviewed: a case file of {@link Cases#BUREAU}, 100 points, 优秀. */
    public static final ReviewReport BUREAU_CLEAN_100 = CaseFileReview.review(CaseFile.of(penaltyCase(PENALTY_CASE)),
            ReviewStandards.DEFAULT, REVIEWED);
    /** The same file counted for {@link #TOBACCO}. */
    public static final ReviewReport CLEAN_100 = of(TOBACCO, BUREAU_CLEAN_100);
    /** A hearing notice late across 国庆: 95 points, 优秀, counted for {@link #TOBACCO}. */
    public static final ReviewReport LATE_95 = of(TOBACCO, CaseFileReview.review(CaseFile.of(penaltyCase(replace(
            PENALTY_CASE, HEARING_NOTICE, step(HEARING_NOTICE, "2026-09-30", WANG)))), ReviewStandards.DEFAULT,
            REVIEWED));
    /** An officer with an expired certificate: a veto, 0 points, 不合格, counted for {@link #TOBACCO}. */
    public static final ReviewReport VETOED_0 = of(TOBACCO, CaseFileReview.review(CaseFile.of(penaltyCase(replace(
            PENALTY_CASE, INVESTIGATION, step(INVESTIGATION, "2026-09-02", WANG, QIAN)))), ReviewStandards.DEFAULT,
            REVIEWED));

    private AssessmentFixtures() {}

    /**
     * The report of the same file, as if the case were {@code agency}'s: the cases of {@link Cases} are all of one
     * bureau, and the assessment tests need files of several agencies.
     */
    public static ReviewReport of(AgencyId agency, ReviewReport report) {
        return new ReviewReport(report.caseId(), agency, report.standard(), report.date(), report.handlers(),
                report.scores(), report.defects(), report.total(), report.grade());
    }

    /** Starts a 2026 period for an agency named after its id. */
    public static AgencyTally period(AgencyId agency) {
        return AgencyTally.of(agency, agency.value() + "局", FROM_2026, TO_2026);
    }

    /**
     * An agency that did everything well: 10 clean files, 40 cases none overdue, every legality review done, 5
     * reconsiderations upheld, 2 lawsuits won, no complaint, 95 of 100 satisfied.
     */
    public static AgencyTally exemplary(AgencyId agency) {
        AgencyTally b = period(agency).cases(40, 0).legalityReviews(8, 8)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 5).lawsuits(LitigationOutcome.CLAIM_DISMISSED, 2)
                .survey(100, 95);
        for (int i = 0; i < 10; i++) {
            b.addReport(of(agency, CLEAN_100));
        }
        return b;
    }
}
