package io.github.quanze.fault;

import io.github.quanze.review.DefectKind;
import io.github.quanze.review.ReviewDefect;
import io.github.quanze.review.ReviewReport;

import io.github.quanze.procedure.Involvement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns the result of a case-file review into enforcement faults (执法过错) of the people responsible, for the
 * sanction policy to decide on like any other fault.
 * <p>
 * A veto item is a fault of its people whatever the score; a failed file (不合格) makes every defect whose criterion
 * amounts to a fault type a fault of its people; a passing file's deductions are not faults. Defects of form alone
 * (documents, filing) have no fault type and are never faults. Which defects count is an interpretation of the
 * measures, which hold officers answerable for 案卷质量 through the assessment (国办发〔2005〕37号).
 * <p>
 * This class is stateless and thread-safe.
 */
public final class ReviewFaults {

    private ReviewFaults() {}

    /**
     * Returns the faults of a reviewed file as ordinary negligence without harm, the defaults an inquiry may replace.
     *
     * @param report  the review result, not null
     * @return one fault per person per defect, in defect order, not null
     */
    public static List<Fault> of(ReviewReport report) {
        return of(report, FaultForm.ORDINARY_NEGLIGENCE, Consequence.NONE);
    }

    /**
     * Returns the faults of a reviewed file with the form and consequence the finder of fact established.
     *
     * @param report  the review result, not null
     * @param form  the form of fault, not null
     * @param consequence  the consequence, not null
     * @return one fault per person per defect, in defect order, not null
     */
    public static List<Fault> of(ReviewReport report, FaultForm form, Consequence consequence) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(consequence, "consequence");
        List<Fault> faults = new ArrayList<>();
        for (ReviewDefect defect : report.defects()) {
            if (defect.criterion().defectKind().isEmpty() || !(defect.criterion().isVeto() || !report.passed())) {
                continue;
            }
            for (Involvement person : defect.people()) {
                faults.add(ViolationFaults.faultOf(person)
                        .type(typeOf(defect.criterion().defectKind().get()))
                        .form(form)
                        .consequence(consequence)
                        .actDate(defect.date())
                        .addGround(new ReviewGround(report.caseId(), defect))
                        .build());
            }
        }
        return faults;
    }

    /**
     * Returns the enforcement fault a kind of substantive defect amounts to: each kind names the fault of the same
     * name in {@link FaultType}.
     *
     * @param kind  the kind of defect, not null
     * @return the fault type, not null
     */
    public static FaultType typeOf(DefectKind kind) {
        return FaultType.valueOf(Objects.requireNonNull(kind, "kind").name());
    }
}
