package io.github.quanze.assessment;

import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReviewTest;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewerFinding;

import static io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.penaltyCase;

import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.procedure.Role;
import io.github.quanze.organization.OfficerId;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** Fixtures for officer appraisals: faults of a chosen gravity and case files of a chosen grade, all in 2026. */
public final class Officers {

    public static final Year YEAR_2026 = Year.of(2026);
    public static final Year YEAR_2027 = Year.of(2027);
    public static final LocalDate ACT_2026 = LocalDate.of(2026, 5, 10);
    public static final LocalDate REVIEWED_2026 = CaseFileReviewTest.REVIEWED;

    /** WANG's clean file: 100 points, 优秀. */
    public static final ReviewReport EXCELLENT_FILE = CaseFileReviewTest.review(CaseFile.of(penaltyCase(PENALTY_CASE)));
    /** WANG's file with filing defects: 87 points, 合格. */
    public static final ReviewReport PASS_FILE = CaseFileReviewTest.review(CaseFile.of(penaltyCase(PENALTY_CASE))
            .with(new ReviewerFinding("FILING.PAGES", 10, "全卷未编页码", "刘评查", REVIEWED_2026, List.of()))
            .with(new ReviewerFinding("DOCUMENTS.IRREGULAR", 3, "询问笔录3处未签名", "刘评查", REVIEWED_2026, List.of())));
    /** WANG's file with a veto: 不合格. */
    public static final ReviewReport FAILED_FILE = CaseFileReviewTest.review(CaseFile.of(penaltyCase(PENALTY_CASE))
            .with(ReviewerFinding.of("EVIDENCE.INSUFFICIENT", "主要证据不足", "刘评查", REVIEWED_2026)));

    private Officers() {}

    /** A fault of the officer of the given gravity, procedure breached, with direct responsibility. */
    public static Fault fault(OfficerId officer, Gravity gravity, LocalDate act) {
        return builder(officer, gravity, act).build();
    }

    /** The fault of {@link #fault}, as a builder on which each attribute can be set once more. */
    public static Fault.Builder builder(OfficerId officer, Gravity gravity, LocalDate act) {
        FaultForm form = gravity == Gravity.MINOR ? FaultForm.ORDINARY_NEGLIGENCE : FaultForm.GROSS_NEGLIGENCE;
        Consequence consequence = gravity == Gravity.GRAVE ? Consequence.GRAVE : Consequence.NONE;
        return Fault.builder().subject(FaultSubject.officer(officer, BUREAU_ORGANIZATION.officer(officer).name()))
                .type(FaultType.PROCEDURE_VIOLATION).form(form).consequence(consequence).role(Role.HANDLER)
                .responsibility(Responsibility.DIRECT).actDate(act).description("违反法定程序（" + gravity + "）").build()
                .toBuilder();
    }

    /** A report like {@code report} with another case number, so that several files can be told apart. */
    public static ReviewReport numbered(ReviewReport report, int number) {
        return new ReviewReport("烟罚〔2026〕" + number + "号", report.agency(), report.standard(), report.date(),
                report.handlers(), report.scores(), report.defects(), report.total(), report.grade());
    }
}
