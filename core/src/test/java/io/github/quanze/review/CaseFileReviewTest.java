package io.github.quanze.review;

import io.github.quanze.fault.ReviewFaults;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.QIAN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.penaltyCase;
import static io.github.quanze.procedure.Cases.replace;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.HEARING_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultType;
import io.github.quanze.procedure.Role;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

public class CaseFileReviewTest {

    public static final LocalDate REVIEWED = LocalDate.of(2026, 11, 30);

    @Example
    void aFileDoneRightScoresFullMarks() {
        ReviewReport report = review(CaseFile.of(penaltyCase(PENALTY_CASE)));
        assertThat(report.total()).isEqualTo(100);
        assertThat(report.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(report.defects()).isEmpty();
        assertThat(report.handlers()).extracting(Involvement::officer).containsExactly(WANG);
        assertThat(ReviewFaults.of(report)).isEmpty();
    }

    @Example
    void anExpiredCertificateIsAVetoThatFailsTheFileWithZero() {
        ReviewReport report = review(CaseFile.of(penaltyCase(replace(PENALTY_CASE, INVESTIGATION,
                step(INVESTIGATION, "2026-09-02", WANG, QIAN)))));
        assertThat(report.total()).isZero();
        assertThat(report.grade()).isEqualTo(Grade.FAIL);
        assertThat(report.vetoes()).singleElement().satisfies(v -> {
            assertThat(v.criterion().code()).isEqualTo("SUBJECT.UNCERTIFIED");
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(QIAN);
            assertThat(v.reviewer()).isEmpty();
            assertThat(v.source()).isEqualTo(DefectSource.VIOLATION);
            assertThat(v.code()).isEqualTo("REVIEW.VIOLATION");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.violation().orElseThrow().kind()).isEqualTo(ViolationKind.UNCERTIFIED_OFFICER);
            assertThat(v.parameters().text("violation")).isEqualTo("PROCEDURE.UNCERTIFIED_OFFICER");
            assertThat(v.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第四十二条、第五十四条第一款、第五十五条");
        });
        // the items keep their own scores; the veto zeroes the total
        assertThat(report.scores()).allSatisfy(s -> assertThat(s.points()).isEqualTo(s.item().points()));
        List<Fault> faults = ReviewFaults.of(report);
        assertThat(faults).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FaultType.NO_CREDENTIAL);
            assertThat(f.subject().name()).isEqualTo("钱承办");
            assertThat(f.actDate()).isEqualTo(LocalDate.of(2026, 9, 2));
        });
    }

    @Example
    void aLateHearingNoticeAcrossNationalDayDeductsFivePointsFromProcedure() {
        ReviewReport report = review(CaseFile.of(penaltyCase(replace(PENALTY_CASE, HEARING_NOTICE,
                step(HEARING_NOTICE, "2026-09-30", WANG)))));
        assertThat(report.total()).isEqualTo(95);
        assertThat(report.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(score(report, "PROCEDURE")).isEqualTo(15);
        assertThat(report.defects()).singleElement().satisfies(d -> {
            assertThat(d.criterion().code()).isEqualTo("PROCEDURE.OVERDUE");
            assertThat(d.violation().orElseThrow().kind()).isEqualTo(ViolationKind.MISSED_DEADLINE);
            assertThat(d.violation().orElseThrow().step()).isEqualTo(HEARING_NOTICE);
            assertThat(d.points()).isEqualTo(5);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.people()).extracting(Involvement::officer, Involvement::role).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(WANG, Role.HANDLER));
        });
        assertThat(ReviewFaults.of(report)).as("a passing file's deductions are not faults").isEmpty();
    }

    @Example
    void oneInvestigatorAndAMissingLegalityReviewAreVetoes() {
        ReviewReport alone = review(CaseFile.of(penaltyCase(replace(PENALTY_CASE, INVESTIGATION,
                step(INVESTIGATION, "2026-09-02", WANG)))));
        assertThat(alone.vetoes()).extracting(d -> d.criterion().code()).containsExactly("PROCEDURE.FEWER_THAN_TWO");

        List<CaseEvent> noReview = PENALTY_CASE.stream()
                .filter(e -> !(e instanceof CaseEvent.StepPerformed p && p.step() == LEGALITY_REVIEW)).toList();
        ReviewReport missing = review(CaseFile.of(penaltyCase(noReview)));
        assertThat(missing.vetoes()).extracting(d -> d.criterion().code()).contains("PROCEDURE.UNLAWFUL");
        assertThat(missing.grade()).isEqualTo(Grade.FAIL);
    }

    @Example
    void everyVetoOfTheDefaultStandardFailsTheFileAndIsAFaultOfItsType() {
        for (ReviewCriterion veto : ReviewStandards.DEFAULT.criteria()) {
            if (!veto.isVeto()) {
                continue;
            }
            ReviewReport report = review(CaseFile.of(penaltyCase(PENALTY_CASE))
                    .with(ReviewerFinding.of(veto.code(), "评查发现", "刘评查", REVIEWED)));
            assertThat(report.total()).as(veto.code()).isZero();
            assertThat(report.grade()).as(veto.code()).isEqualTo(Grade.FAIL);
            assertThat(report.vetoes()).extracting(d -> d.criterion().code()).containsExactly(veto.code());
            assertThat(ReviewFaults.of(report)).as(veto.code()).singleElement().satisfies(f -> {
                assertThat(f.type()).isEqualTo(ReviewFaults.typeOf(veto.defectKind().orElseThrow()));
                assertThat(f.subject().name()).isEqualTo("王承办");
            });
        }
    }

    @Example
    void deductionsStopAtZeroPerItem() {
        CaseFile file = CaseFile.of(penaltyCase(PENALTY_CASE))
                .with(new ReviewerFinding("DOCUMENTS.IRREGULAR", 3, "询问笔录3处未签名", "刘评查", REVIEWED, List.of()))
                .with(new ReviewerFinding("FILING.PAGES", 10, "全卷未编页码", "刘评查", REVIEWED, List.of()));
        ReviewReport report = review(file);
        assertThat(score(report, "DOCUMENTS")).isEqualTo(7);
        assertThat(score(report, "FILING")).isZero();
        assertThat(report.scores().stream().filter(s -> s.item().code().equals("FILING")).findFirst().orElseThrow()
                .deducted()).isEqualTo(20);
        assertThat(report.total()).isEqualTo(87);
        assertThat(report.grade()).isEqualTo(Grade.PASS);
        assertThat(report.defects()).extracting(d -> d.reviewer().orElseThrow()).containsOnly("刘评查");
        assertThat(report.defects().get(0).people()).extracting(Involvement::officer).containsExactly(WANG);
        assertThat(report.defects().get(0)).satisfies(d -> {
            assertThat(d.source()).isEqualTo(DefectSource.REVIEWER_FINDING);
            assertThat(d.code()).isEqualTo("REVIEW.REVIEWER_FINDING");
            assertThat(d.note()).contains("询问笔录3处未签名");
            assertThat(d.occurrences()).isEqualTo(3);
            assertThat(d.points()).isEqualTo(3);
            assertThat(d.violation()).isEmpty();
            assertThat(d.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第五十九条");
        });
    }

    @Example
    void aFileFailedOnContentMakesFaultsOfItsContentDefectsOnly() {
        Involvement li = new Involvement(LI, "李承办", Role.HANDLER);
        CaseFile file = CaseFile.of(penaltyCase(PENALTY_CASE))
                .with(new ReviewerFinding("EVIDENCE.DEFECT", 5, "现场检查笔录无当事人签名", "刘评查", REVIEWED, List.of(li)))
                .with(new ReviewerFinding("LAW.IMPRECISE", 3, "未引用具体条款项", "刘评查", REVIEWED, List.of()))
                .with(ReviewerFinding.of("DOCUMENTS.REASONING", "决定书未说明不采纳申辩意见的理由", "刘评查", REVIEWED));
        ReviewReport report = review(file);
        assertThat(report.total()).isEqualTo(57);
        assertThat(report.grade()).isEqualTo(Grade.FAIL);
        assertThat(report.vetoes()).isEmpty();
        List<Fault> faults = ReviewFaults.of(report);
        assertThat(faults).extracting(Fault::type, f -> f.subject().name()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FaultType.FACTS_UNCLEAR, "李承办"),
                org.assertj.core.groups.Tuple.tuple(FaultType.WRONG_LAW, "王承办"));
    }

    @Example
    void reviewerFindingsMustNameACriterionOfTheStandardAndPrecedeTheReview() {
        CaseFile unknown = CaseFile.of(penaltyCase(PENALTY_CASE))
                .with(ReviewerFinding.of("EVIDENCE.FORGED", "证据系伪造", "刘评查", REVIEWED));
        assertThatIllegalArgumentException().isThrownBy(() -> review(unknown)).withMessage("Case '烟罚〔2026〕1号': "
                + "reviewer finding names criterion 'EVIDENCE.FORGED', which review standard '行政执法案卷评查标准（quanze默认）' "
                + "lacks");
        CaseFile later = CaseFile.of(penaltyCase(PENALTY_CASE))
                .with(ReviewerFinding.of("FILING.LATE", "未及时归档", "刘评查", REVIEWED.plusDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> review(later))
                .withMessageContaining("is dated 2026-12-01, after the review date 2026-11-30");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewerFinding("FILING.LATE", 0, "", "刘评查",
                REVIEWED, List.of())).withMessage("Reviewer finding 'FILING.LATE': occurrences must be 1 to 10000, but "
                + "were 0");
    }

    @Example
    void theFileIsUnchangedByAddingFindings() {
        CaseFile file = CaseFile.of(penaltyCase(PENALTY_CASE));
        CaseFile withFinding = file.with(ReviewerFinding.of("FILING.LATE", "未及时归档", "刘评查", REVIEWED));
        assertThat(file.findings()).isEmpty();
        assertThat(withFinding.findings()).hasSize(1);
        assertThat(review(file).total()).isEqualTo(100);
        assertThat(review(withFinding).total()).isEqualTo(98);
    }

    @Example
    void aReportMustBeConsistentWithItsStandard() {
        ReviewReport good = review(CaseFile.of(penaltyCase(PENALTY_CASE)));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewReport(good.caseId(), good.agency(),
                        good.standard(), good.date(), good.handlers(), good.scores(), good.defects(), 101,
                        Grade.EXCELLENT))
                .withMessage("Review report of case '烟罚〔2026〕1号': total must be 0 to 100, but was 101");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewReport(good.caseId(), good.agency(),
                        good.standard(), good.date(), good.handlers(), good.scores(), good.defects(), 95, Grade.PASS))
                .withMessageContaining("grades 95 points EXCELLENT, but the grade was PASS");
        ReviewReport vetoed = review(CaseFile.of(penaltyCase(replace(PENALTY_CASE, INVESTIGATION,
                step(INVESTIGATION, "2026-09-02", WANG)))));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewReport(vetoed.caseId(), vetoed.agency(),
                        vetoed.standard(), vetoed.date(), vetoed.handlers(), vetoed.scores(), vetoed.defects(), 80,
                        Grade.FAIL))
                .withMessageContaining("a file with a veto item scores 0, but the total was 80");
    }

    @Example
    void anOpenCaseIsRefusedRatherThanScoredAsIfNothingWereMissing() {
        CaseRecord opened = penaltyCase("烟罚〔2026〕9号", LocalDate.of(2026, 9, 1)).build();
        assertThat(opened.isClosed()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> review(CaseFile.of(opened)))
                .withMessage("Case '烟罚〔2026〕9号' is not closed: case-file review (案卷评查) scores the file of a closed "
                        + "case only; replay the record for the state of an open case");
        List<CaseEvent> unfinished = PENALTY_CASE.stream()
                .filter(e -> !(e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.CLOSING)).toList();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CaseFileReview.review(CaseFile.of(penaltyCase(unfinished)),
                        ReviewStandards.of(ReviewStandards.DEFAULT), REVIEWED))
                .withMessageContaining("is not closed");
    }

    @Example
    void aCaseClosedWithoutItsStepsFailsOnTheMissingSteps() {
        CaseRecord closedAtOnce = penaltyCase("烟罚〔2026〕9号", LocalDate.of(2026, 9, 1)).build()
                .append(step(StepKind.CLOSING, "2026-09-01", WANG));
        ReviewReport report = review(CaseFile.of(closedAtOnce));
        assertThat(report.total()).isZero();
        assertThat(report.grade()).isEqualTo(Grade.FAIL);
        assertThat(report.vetoes()).extracting(d -> d.criterion().code()).contains("PROCEDURE.UNLAWFUL");
    }

    @Example
    void theReportNamesTheAgencyOfTheCaseHandlers() {
        assertThat(review(CaseFile.of(penaltyCase(PENALTY_CASE))).agency()).isEqualTo(Cases.BUREAU);
        CaseRecord closedByTheHead = penaltyCase("烟罚〔2026〕9号", LocalDate.of(2026, 9, 1)).build()
                .append(step(StepKind.CLOSING, "2026-09-01", CHEN));
        ReviewReport report = review(CaseFile.of(closedByTheHead));
        assertThat(report.handlers()).extracting(Involvement::officer).containsExactly(CHEN);
        assertThat(report.agency()).isEqualTo(Cases.BUREAU);
    }

    @Example
    void reviewerFindingsRejectControlCharactersInCodesNamesAndNotes() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReviewerFinding.of("FILING.PAGES", "卷内\u0000第3页",
                        "刘评查", REVIEWED))
                .withMessageStartingWith(
                        "Reviewer finding 'FILING.PAGES': note must not contain control character U+0000");
        assertThatIllegalArgumentException().isThrownBy(() -> ReviewerFinding.of("FILING.PAGES", "卷内第3页未编页码",
                        "刘评查\n", REVIEWED))
                .withMessageStartingWith(
                        "Reviewer finding 'FILING.PAGES': reviewer must not contain control character");
        assertThatIllegalArgumentException().isThrownBy(() -> ReviewerFinding.of(" FILING.PAGES", "卷内第3页未编页码",
                        "刘评查", REVIEWED))
                .withMessage("Reviewer finding: criterion must not begin or end with a space, but was ' FILING.PAGES'");
        assertThatIllegalArgumentException().isThrownBy(() -> ReviewerFinding.of("FILING.PAGES", " ", "刘评查", REVIEWED))
                .withMessage("Reviewer finding 'FILING.PAGES': note must not be blank, but was ' '");
        assertThat(ReviewerFinding.of("FILING.PAGES", "第3页未编页码；\n第5页页码重复", "刘评查", REVIEWED).note())
                .contains("\n");
    }

    public static ReviewReport review(CaseFile file) {
        return CaseFileReview.review(file, ReviewStandards.DEFAULT, REVIEWED);
    }

    static int score(ReviewReport report, String item) {
        Map<String, Integer> scores = report.scores().stream()
                .collect(Collectors.toMap(s -> s.item().code(), Score::points));
        return scores.get(item);
    }
}
