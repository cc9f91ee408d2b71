package io.github.quanze.jackson;

import io.github.quanze.jackson.allocation.AllocationDocuments;
import io.github.quanze.jackson.allocation.AllocationReportDocuments;
import io.github.quanze.jackson.assessment.AssessmentDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.discretion.DiscretionDocuments;
import io.github.quanze.jackson.disparity.DisparityDocuments;
import io.github.quanze.jackson.fault.FaultDocuments;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.CatalogueFindingDocuments;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.referral.ReferralDocuments;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import io.github.quanze.jackson.procedure.ProcedureDocuments;
import io.github.quanze.jackson.review.ReviewDocuments;
import io.github.quanze.jackson.rule.DecisionDocuments;
import io.github.quanze.jackson.rule.TableDocuments;
import io.github.quanze.jackson.timelimit.CalendarYearDocuments;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of document quanze reads or writes (文档类型一览), in the order of the pipeline: inputs first, then
 * outputs.
 */
public final class Documents {

    private static final List<DocumentKind<?>> ALL = List.of(
            BasisDocuments.BASIS_CATALOGUE,
            PowerDocuments.POWER_CATALOGUE,
            OrganizationDocuments.ORGANIZATION,
            AllocationDocuments.ALLOCATION_TABLE,
            DiscretionDocuments.STATUTORY_FRAME,
            DiscretionDocuments.DISCRETION_STANDARD,
            DiscretionDocuments.OFFENCE_DOCUMENT,
            CalendarYearDocuments.CALENDAR_YEAR,
            ProcedureDocuments.PROCEDURES,
            CaseRecordDocuments.CASE_RECORD,
            ReferralDocuments.JOINT_TEAM,
            ReferralDocuments.TEAM_LOG,
            ReviewDocuments.REVIEW_STANDARD,
            ReviewDocuments.REVIEW_STANDARDS,
            ReviewDocuments.CASE_FILE,
            AssessmentDocuments.ASSESSMENT_SCHEME,
            AssessmentDocuments.AGENCY_PERIOD,
            TableDocuments.DECISION_TABLE,
            TableDocuments.RULE_BOOK,
            FaultDocuments.FAULT,
            CatalogueFindingDocuments.CATALOGUE_FINDINGS,
            AllocationReportDocuments.ALLOCATION_REPORT,
            DiscretionDocuments.PENALTY_RULING,
            DiscretionDocuments.STANDARD_VERIFICATION,
            CaseStateDocuments.CASE_STATE,
            ReviewDocuments.REVIEW_REPORT,
            DecisionDocuments.DECISION,
            DecisionDocuments.TABLE_VERIFICATION,
            FaultDocuments.FAULT_FINDINGS,
            AssessmentDocuments.AGENCY_ASSESSMENT,
            AssessmentDocuments.AGENCY_RANKING,
            DisparityDocuments.DISPARITY_REPORT);

    private Documents() {
    }

    /**
     * Returns every document kind.
     *
     * @return the kinds, not null
     */
    public static List<DocumentKind<?>> all() {
        return ALL;
    }

    /**
     * Returns the document kind of that name.
     *
     * @param name  the kind, such as {@code basis-catalogue}, not null
     * @return the kind, empty if there is none, not null
     */
    public static Optional<DocumentKind<?>> named(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
