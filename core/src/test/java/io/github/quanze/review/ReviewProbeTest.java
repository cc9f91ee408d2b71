package io.github.quanze.review;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyMeasurePolicy;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.AgencyTally;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.CardEntry;
import io.github.quanze.assessment.CardHistory;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.assessment.IndicatorValue;
import io.github.quanze.assessment.LitigationOutcome;
import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.assessment.OfficerAppraisals;
import io.github.quanze.assessment.OfficerCard;
import io.github.quanze.assessment.OfficerYear;
import io.github.quanze.assessment.RatingConsequence;
import io.github.quanze.assessment.ReconsiderationOutcome;

import static io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.penaltyCase;
import static io.github.quanze.assessment.AssessmentFixtures.CLEAN_100;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static io.github.quanze.testing.Probes.dates;
import static io.github.quanze.testing.Probes.ints;
import static io.github.quanze.testing.Probes.longs;
import static io.github.quanze.testing.Probes.probe;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.testing.TextProbes;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Example;

/**
 * Bad input to every factory and builder of the package gives a value, a short IllegalArgumentException, or a
 * NullPointerException naming the argument; never an error from inside. The text arguments are probed by
 * {@link TextProbes}.
 */
class ReviewProbeTest extends TextProbes {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final BilingualText TEXT = BilingualText.of("项", "item");
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 47));
    private static final ReviewItem ITEM = new ReviewItem("FILING", TEXT, ReviewPart.FORM, 10);
    private static final ReviewCriterion CRITERION = ReviewCriterion.deduction("FILING.PAGES", "FILING", TEXT, 2,
            null, BASIS);
    private static final CaseFile FILE = CaseFile.of(penaltyCase(PENALTY_CASE));

    @Example
    void numbers_areTakenOrRejectedShortly() {
        ints("ReviewItem(points)", n -> new ReviewItem("I", TEXT, ReviewPart.FORM, n));
        ints("ReviewCriterion.deduction", n -> ReviewCriterion.deduction("C", "I", TEXT, n, null, BASIS));
        ints("ReviewerFinding(occurrences)", n -> new ReviewerFinding("C", n, "发现", "刘评查", DAY, List.of()));
        ints("ReviewDefect(occurrences)", n -> new ReviewDefect(CRITERION, n, DAY, List.of(), BASIS,
                Optional.empty(), Optional.of("刘评查"), Optional.of("发现")).points());
        ints("Score.of", n -> Score.of(ITEM, n));
        ints("Score(points)", n -> new Score(ITEM, n, 0));
        ints("ReviewStandard.total", n -> ReviewStandards.DEFAULT.toBuilder().total(n).build());
        ints("ReviewStandard.thresholds", n -> ReviewStandards.DEFAULT.toBuilder().thresholds(n, n).build());
        ints("ReviewStandard.grade", n -> ReviewStandards.DEFAULT.grade(n, false));
        ints("AssessmentScheme.minimumCoverage", n -> AssessmentScheme.DEFAULT.toBuilder("T").minimumCoverage(n)
                .build());
        ints("AssessmentScheme.Section(weight)", n -> AssessmentScheme.DEFAULT.toBuilder("T")
                .section(new AssessmentScheme.Section("GENERAL", TEXT, n)).build());
        for (double d : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -1, 0, 100, 101,
                Double.POSITIVE_INFINITY}) {
            probe("AssessmentScheme.thresholds(" + d + ")", () -> AssessmentScheme.DEFAULT.toBuilder("T")
                    .thresholds(d, d).build());
            probe("AssessmentScheme.bonusCap(" + d + ")", () -> AssessmentScheme.DEFAULT.toBuilder("T").bonusCap(d)
                    .build());
            probe("AssessmentScheme.BonusItem(" + d + ")", () -> AssessmentScheme.DEFAULT.toBuilder("T")
                    .bonus(new AssessmentScheme.BonusItem("B", TEXT, d, d)).build());
            probe("AssessmentScheme.Item(" + d + ")", () -> AssessmentScheme.DEFAULT.toBuilder("T")
                    .item(new AssessmentScheme.Item("OVERDUE", "GENERAL", Indicator.OVERDUE_RATE, 10, d, 10)).build());
            probe("AgencyMeasurePolicy.of(" + d + ")", () -> AgencyMeasurePolicy.of(
                    AgencyMeasurePolicy.national().table(), d, d, d, d));
        }
        longs("AgencyTally.cases", n -> period(TOBACCO).cases(n, n).toPeriod());
        longs("AgencyTally.caseFiles", n -> period(TOBACCO).caseFiles(n, n, n, n).toPeriod());
        longs("AgencyTally.legalityReviews", n -> period(TOBACCO).legalityReviews(n, n).toPeriod());
        longs("AgencyTally.complaints", n -> period(TOBACCO).complaints(n).toPeriod());
        longs("AgencyTally.survey", n -> period(TOBACCO).survey(n, n).toPeriod());
        longs("AgencyTally.bonus", n -> period(TOBACCO).bonus("COMMENDED", n).toPeriod());
        longs("AgencyTally.reconsiderations", n -> period(TOBACCO)
                .reconsiderations(ReconsiderationOutcome.UPHELD, n).toPeriod());
        longs("AgencyTally.lawsuits", n -> period(TOBACCO).lawsuits(LitigationOutcome.CLAIM_DISMISSED, n).toPeriod());
        longs("IndicatorValue.ratio", n -> IndicatorValue.ratio(Indicator.OVERDUE_RATE, n, n));
        longs("IndicatorValue.count", n -> IndicatorValue.count(Indicator.COMPLAINT_COUNT, n));
        longs("AgencyMeasurePolicy.withMinimums", n -> AgencyMeasurePolicy.national().withMinimums(n, n));
    }

    @Example
    void datesAndYears_areTakenOrRejectedShortly() {
        dates("CaseFileReview.review", d -> CaseFileReview.review(FILE, ReviewStandards.DEFAULT, d));
        dates("ReviewStandards.inForceOn", d -> ReviewStandards.of(ReviewStandards.DEFAULT).inForceOn(d));
        dates("AgencyTally.of(from)", d -> AgencyTally.of(TOBACCO, "局", d, LocalDate.MAX).toPeriod());
        dates("AgencyTally.of(to)", d -> AgencyTally.of(TOBACCO, "局", LocalDate.MIN, d).toPeriod());
        dates("CardEntry(given)", d -> CardEntry.of(OfficerCard.YELLOW, d, "理由", "张科长"));
        dates("CardHistory.give", d -> CardHistory.of(WANG).give(OfficerCard.YELLOW, d, "理由", "张科长")
                .applyTo(BUREAU_ORGANIZATION));
        dates("CardHistory.cardOn", d -> CardHistory.of(WANG).give(OfficerCard.YELLOW, DAY, "理由", "张科长").cardOn(d));
        OfficerAppraisal y2026 = OfficerAppraisals.defaults().appraise(BUREAU_ORGANIZATION, WANG, Year.of(2026),
                List.of(), List.of(), List.of());
        for (int year : new int[] {Year.MIN_VALUE, Year.MAX_VALUE}) {
            probe("OfficerAppraisals.appraiseAll(" + year + ")", () -> OfficerAppraisals.defaults()
                    .appraiseAll(BUREAU_ORGANIZATION, Year.of(year), List.of(CLEAN_100), List.of(), List.of(y2026)));
        }
    }

    @Example
    void nulls_areRejectedByName() {
        probe("CaseFile.of", () -> CaseFile.of(null));
        probe("CaseFile.with", () -> FILE.with((ReviewerFinding[]) null));
        probe("CaseFile.with(null finding)", () -> FILE.with((ReviewerFinding) null));
        probe("CaseFileReview.review(file)", () -> CaseFileReview.review(null, ReviewStandards.DEFAULT, DAY));
        probe("CaseFileReview.review(standards)", () -> CaseFileReview.review(FILE, (ReviewStandards) null, DAY));
        probe("ReviewerFinding(people)", () -> new ReviewerFinding("C", 1, "发现", "刘评查", DAY, null));
        probe("ReviewerFinding(null person)", () -> new ReviewerFinding("C", 1, "发现", "刘评查", DAY,
                Arrays.asList((io.github.quanze.procedure.Involvement) null)));
        probe("ReviewDefect(people)", () -> new ReviewDefect(CRITERION, 1, DAY, null, BASIS, Optional.empty(),
                Optional.of("刘评查"), Optional.of("发现")));
        probe("ReviewDefect(violation)", () -> new ReviewDefect(CRITERION, 1, DAY, List.of(), BASIS, null,
                Optional.of("刘评查"), Optional.of("发现")));
        probe("ReviewDefect(neither)", () -> new ReviewDefect(CRITERION, 1, DAY, List.of(), BASIS, Optional.empty(),
                Optional.empty(), Optional.empty()));
        probe("ReviewDefect.ofViolation", () -> ReviewDefect.ofViolation(CRITERION, null));
        probe("ReviewDefect.ofReviewerFinding", () -> ReviewDefect.ofReviewerFinding(CRITERION, null, List.of()));
        probe("ReviewReport(handlers)", () -> new ReviewReport(CLEAN_100.caseId(), CLEAN_100.agency(),
                CLEAN_100.standard(), DAY, null, CLEAN_100.scores(), CLEAN_100.defects(), 100, Grade.EXCELLENT));
        probe("ReviewReport(agency)", () -> new ReviewReport(CLEAN_100.caseId(), null, CLEAN_100.standard(), DAY,
                CLEAN_100.handlers(), CLEAN_100.scores(), CLEAN_100.defects(), 100, Grade.EXCELLENT));
        probe("ReviewStandard.item", () -> ReviewStandards.DEFAULT.toBuilder().item(null));
        probe("ReviewStandard.criterion", () -> ReviewStandards.DEFAULT.toBuilder().criterion(null));
        probe("ReviewStandard.item(code)", () -> ReviewStandards.DEFAULT.item(null));
        probe("ReviewStandard.criterionFor", () -> ReviewStandards.DEFAULT.criterionFor(null));
        probe("ReviewStandard.isInForceOn", () -> ReviewStandards.DEFAULT.isInForceOn(null));
        probe("ReviewStandards.of(more)", () -> ReviewStandards.of(ReviewStandards.DEFAULT, (ReviewStandard[]) null));
        probe("RatingConsequence(alternatives)", () -> new RatingConsequence(
                RatingConsequence.Kind.SECOND_INCOMPETENT_YEAR, null, BASIS));
        probe("RatingConsequence(kind)", () -> new RatingConsequence(null, List.of(), BASIS));
        probe("AgencyTally.addReport", () -> period(TOBACCO).addReport(null));
        probe("AgencyTally.addReports", () -> period(TOBACCO).addReports(null));
        probe("AgencyTally.combine", () -> period(TOBACCO).combine(null));
        probe("AgencyTally.from", () -> AgencyTally.from(null));
        probe("AgencyTally.addCase", () -> period(TOBACCO).addCase(null));
        probe("AssessmentScheme.section", () -> AssessmentScheme.DEFAULT.toBuilder("T").section(null));
        probe("AssessmentScheme.item", () -> AssessmentScheme.DEFAULT.toBuilder("T").item(null));
        probe("AssessmentScheme.bonus", () -> AssessmentScheme.DEFAULT.toBuilder("T").bonus(null));
        probe("AssessmentScheme.removeItem", () -> AssessmentScheme.DEFAULT.toBuilder("T").removeItem(null));
        probe("AssessmentScheme.assess", () -> AssessmentScheme.DEFAULT.assess(null));
        probe("AgencyRanking.of", () -> AgencyRanking.of(null));
        probe("AgencyRanking.of(null assessment)", () -> AgencyRanking.of(Arrays.asList((AgencyAssessment) null)));
        probe("AgencyRanking.place", () -> AgencyRanking.of(List.of()).place(null));
        probe("AgencyMeasurePolicy.facts", () -> AgencyMeasurePolicy.national().facts(null));
        probe("CardHistory.of(entries)", () -> CardHistory.of(WANG, null));
        probe("CardHistory.of(null entry)", () -> CardHistory.of(WANG, Arrays.asList((CardEntry) null)));
        probe("CardHistory.lift", () -> CardHistory.of(WANG).give(OfficerCard.YELLOW, DAY, "理由", "张科长")
                .lift(OfficerCard.YELLOW, DAY.plusDays(1), null));
        probe("CardHistory.applyAll", () -> CardHistory.applyAll(BUREAU_ORGANIZATION, null));
        probe("CardHistory.applyAll(null history)",
                () -> CardHistory.applyAll(BUREAU_ORGANIZATION, Arrays.asList((CardHistory) null)));
        probe("OfficerAppraisals.appraiseAll(reports)", () -> OfficerAppraisals.defaults()
                .appraiseAll(BUREAU_ORGANIZATION, Year.of(2026), Arrays.asList((ReviewReport) null), List.of(),
                        List.of()));
        probe("OfficerAppraisals.appraise(year)", () -> OfficerAppraisals.defaults()
                .appraise(BUREAU_ORGANIZATION, WANG, null, List.of(), List.of(), List.of()));
        probe("OfficerYear.of(reports)", () -> OfficerYear.of(BUREAU_ORGANIZATION.officer(WANG), Year.of(2026), null,
                List.of(), Optional.empty()));
        probe("IndicatorValue.noData", () -> IndicatorValue.noData(null));
    }

    @Override
    protected Map<String, Consumer<String>> textCalls() {
        Map<String, Consumer<String>> calls = new LinkedHashMap<>();
        calls.put("ReviewStandard.builder(name)", t -> ReviewStandard.builder(t, "某省司法厅", DAY));
        calls.put("ReviewStandard.builder(issuer)", t -> ReviewStandard.builder("标准", t, DAY));
        calls.put("ReviewStandard.note", t -> ReviewStandards.DEFAULT.toBuilder().note(t).build());
        calls.put("ReviewStandard.item(code)", ReviewStandards.DEFAULT::item);
        calls.put("ReviewStandard.criterion(code)", ReviewStandards.DEFAULT::criterion);
        calls.put("ReviewStandard.violation(criterion)", t -> ReviewStandards.DEFAULT.toBuilder()
                .violation(io.github.quanze.procedure.ViolationKind.MISSING_STEP, t).build());
        calls.put("ReviewItem(code)", t -> new ReviewItem(t, TEXT, ReviewPart.FORM, 10));
        calls.put("ReviewCriterion(code)", t -> ReviewCriterion.deduction(t, "FILING", TEXT, 1, null, BASIS));
        calls.put("ReviewCriterion(item)", t -> ReviewStandards.DEFAULT.toBuilder()
                .criterion(ReviewCriterion.deduction("C", t, TEXT, 1, null, BASIS)).build());
        calls.put("ReviewerFinding(criterion)", t -> CaseFileReview.review(FILE.with(ReviewerFinding.of(t, "发现",
                "刘评查", DAY)), ReviewStandards.DEFAULT, DAY));
        calls.put("ReviewerFinding(note)", t -> ReviewerFinding.of("FILING.PAGES", t, "刘评查", DAY));
        calls.put("ReviewerFinding(reviewer)", t -> ReviewerFinding.of("FILING.PAGES", "发现", t, DAY));
        calls.put("ReviewDefect(reviewer)", t -> new ReviewDefect(CRITERION, 1, DAY, List.of(), BASIS,
                Optional.empty(), Optional.ofNullable(t), Optional.of("发现")));
        calls.put("ReviewDefect(note)", t -> new ReviewDefect(CRITERION, 1, DAY, List.of(), BASIS,
                Optional.empty(), Optional.of("刘评查"), Optional.ofNullable(t)));
        calls.put("ReviewReport(caseId)", t -> new ReviewReport(t, CLEAN_100.agency(), CLEAN_100.standard(), DAY,
                CLEAN_100.handlers(), CLEAN_100.scores(), CLEAN_100.defects(), 100, Grade.EXCELLENT));
        calls.put("AgencyTally.of(name)", t -> AgencyTally.of(TOBACCO, t, DAY, DAY));
        calls.put("AgencyTally.bonus", t -> AssessmentScheme.DEFAULT.assess(period(TOBACCO).bonus(t, 1).toPeriod()));
        calls.put("AssessmentScheme.builder", AssessmentScheme::builder);
        calls.put("AssessmentScheme.note", t -> AssessmentScheme.DEFAULT.toBuilder("T").note(t).build());
        calls.put("AssessmentScheme.removeItem", t -> AssessmentScheme.DEFAULT.toBuilder("T").removeItem(t));
        calls.put("AssessmentScheme.Section(code)", t -> AssessmentScheme.DEFAULT.toBuilder("T")
                .section(new AssessmentScheme.Section(t, TEXT, 0)).build());
        calls.put("AssessmentScheme.Item(code)", t -> AssessmentScheme.DEFAULT.toBuilder("T")
                .item(new AssessmentScheme.Item(t, "GENERAL", Indicator.OVERDUE_RATE, 0, 0, 10)).build());
        calls.put("AssessmentScheme.Item(section)", t -> AssessmentScheme.DEFAULT.toBuilder("T")
                .item(new AssessmentScheme.Item("X", t, Indicator.OVERDUE_RATE, 0, 0, 10)).build());
        calls.put("AssessmentScheme.BonusItem(code)", t -> new AssessmentScheme.BonusItem(t, TEXT, 1, 1));
        calls.put("CardEntry(reason)", t -> CardEntry.of(OfficerCard.YELLOW, DAY, t, "张科长"));
        calls.put("CardEntry(givenBy)", t -> CardEntry.of(OfficerCard.YELLOW, DAY, "理由", t));
        calls.put("CardEntry(liftedBy)", t -> new CardEntry(OfficerCard.YELLOW, DAY, "理由", "张科长",
                Optional.of(DAY.plusDays(1)), Optional.ofNullable(t)));
        calls.put("CardHistory.give", t -> CardHistory.of(OfficerId.of("H-01")).give(OfficerCard.YELLOW, DAY, t, t));
        return calls;
    }
}
