package io.github.quanze.assessment;

import static io.github.quanze.assessment.Officers.ACT_2026;
import static io.github.quanze.assessment.Officers.EXCELLENT_FILE;
import static io.github.quanze.assessment.Officers.FAILED_FILE;
import static io.github.quanze.assessment.Officers.PASS_FILE;
import static io.github.quanze.assessment.Officers.YEAR_2026;
import static io.github.quanze.assessment.Officers.YEAR_2027;
import static io.github.quanze.assessment.Officers.fault;
import static io.github.quanze.assessment.Officers.numbered;
import static io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.WANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.Role;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReviewTest;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewerFinding;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.sanction.SanctionKind;
import java.util.List;
import net.jqwik.api.Example;

class OfficerAppraisalTest {

    private static final OfficerAppraisals APPRAISALS = OfficerAppraisals.defaults();

    @Example
    void defaultTables_verifyClean() {
        assertThat(OfficerAppraisals.defaultRatingTable().verify().isClean()).isTrue();
        assertThat(OfficerAppraisals.defaultCardTable().verify().isClean()).isTrue();
        assertThat(OfficerAppraisals.defaultRatingTable().name()).isEqualTo("执法人员年度考核等次表");
        assertThat(OfficerAppraisals.defaultCardTable().name()).isEqualTo("执法人员红黄绿卡表");
    }

    @Example
    void appraise_noFaultAndEveryFileExcellentIsExcellent() {
        OfficerAppraisal a = appraise(WANG, List.of(EXCELLENT_FILE), List.of());
        assertThat(a.rating()).isEqualTo(OfficerRating.EXCELLENT);
        assertThat(fired(a)).containsExactly("RATING.EXCELLENT");
        assertThat(a.card()).isEqualTo(OfficerCard.GREEN);
        assertThat(a.consequences()).isEmpty();
        assertThat(a.isBarredFromExcellentCivilServiceRating()).isFalse();
        assertThat(a.facts().reviewedFiles()).isEqualTo(1);
        assertThat(a.explain().zh()).startsWith("执法人员H-01「王承办」2026年度执法考核：优秀；绿卡")
                .contains("评查案卷1件，其中不合格0件", "适用规则 RATING.EXCELLENT");
    }

    @Example
    void appraise_withoutAReviewedFileOrWithAFileBelowExcellentIsCompetent() {
        OfficerAppraisal none = appraise(LI, List.of(EXCELLENT_FILE), List.of());
        assertThat(none.facts().reviewedFiles()).as("LI did not handle the file").isZero();
        assertThat(none.rating()).isEqualTo(OfficerRating.COMPETENT);
        assertThat(fired(none)).containsExactly("RATING.COMPETENT");
        OfficerAppraisal pass = appraise(WANG, List.of(EXCELLENT_FILE, numbered(PASS_FILE, 2)), List.of());
        assertThat(pass.rating()).isEqualTo(OfficerRating.COMPETENT);
        assertThat(pass.explain().zh()).contains("案卷烟罚〔2026〕2号：87分，合格");
    }

    @Example
    void appraise_aMinorFaultIsCompetentAndThreeAreBasic() {
        OfficerAppraisal one = appraise(WANG, List.of(EXCELLENT_FILE), List.of(fault(WANG, Gravity.MINOR, ACT_2026)));
        assertThat(one.rating()).isEqualTo(OfficerRating.COMPETENT);
        assertThat(one.card()).isEqualTo(OfficerCard.GREEN);
        OfficerAppraisal three = appraise(WANG, List.of(), minor(3));
        assertThat(three.rating()).isEqualTo(OfficerRating.BASIC);
        assertThat(fired(three)).containsExactly("RATING.BASIC.REPEATED_MINOR");
        assertThat(three.card()).isEqualTo(OfficerCard.YELLOW);
        assertThat(fired(three.cardDecision())).containsExactly("CARD.YELLOW.RATING");
    }

    @Example
    void appraise_aSeriousFaultIsBasicWithAYellowCardAndBarsAnExcellentCivilServiceRating() {
        OfficerAppraisal a = appraise(WANG, List.of(EXCELLENT_FILE), List.of(fault(WANG, Gravity.SERIOUS, ACT_2026)));
        assertThat(a.rating()).isEqualTo(OfficerRating.BASIC);
        assertThat(fired(a)).containsExactly("RATING.BASIC.SERIOUS_FAULT");
        assertThat(a.card()).isEqualTo(OfficerCard.YELLOW);
        assertThat(fired(a.cardDecision())).containsExactly("CARD.YELLOW.SERIOUS_FAULT", "CARD.YELLOW.RATING");
        assertThat(a.isBarredFromExcellentCivilServiceRating()).isTrue();
        assertThat(a.secondIncompetentYear()).isEmpty();
        assertThat(a.consequences()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(RatingConsequence.NO_EXCELLENT_RATING);
            assertThat(c.alternatives()).isEmpty();
            assertThat(c.basis().toString()).isEqualTo(
                    "《国务院办公厅关于推行行政执法责任制的若干意见》（国办发〔2005〕37号）、《中华人民共和国公务员法》第三十八条");
        });
        assertThat(a.explain().zh()).contains("2026年度执法考核：基本合格；黄卡（暂停执法、暂扣执法证件、离岗培训）",
                "严重过错", "后果：年度评议考核被定为基本合格或者不合格，不得在公务员考核中评定为优秀");
        assertThat(a.explain().en()).contains("2026 appraisal: basically competent; yellow card");
    }

    @Example
    void appraise_aFailedFileIsBasicAndThreeAreIncompetent() {
        OfficerAppraisal one = appraise(WANG, List.of(FAILED_FILE), List.of());
        assertThat(one.rating()).isEqualTo(OfficerRating.BASIC);
        assertThat(fired(one)).containsExactly("RATING.BASIC.FAILED_FILE");
        OfficerAppraisal three = appraise(WANG, List.of(FAILED_FILE, numbered(FAILED_FILE, 2),
                numbered(FAILED_FILE, 3)), List.of());
        assertThat(three.rating()).isEqualTo(OfficerRating.INCOMPETENT);
        assertThat(fired(three)).containsExactly("RATING.INCOMPETENT.REPEATED_FAILED_FILE");
        assertThat(three.card()).as("not a second year").isEqualTo(OfficerCard.YELLOW);
    }

    @Example
    void appraise_aGraveFaultIsIncompetentWithARedCard() {
        OfficerAppraisal a = appraise(WANG, List.of(), List.of(fault(WANG, Gravity.GRAVE, ACT_2026)));
        assertThat(a.rating()).isEqualTo(OfficerRating.INCOMPETENT);
        assertThat(fired(a)).containsExactly("RATING.INCOMPETENT.GRAVE_FAULT");
        assertThat(a.card()).isEqualTo(OfficerCard.RED);
        assertThat(fired(a.cardDecision())).containsExactly("CARD.YELLOW.RATING", "CARD.RED.GRAVE_FAULT");
        assertThat(a.cardDecision().outcomeText().zh()).isEqualTo("红卡");
    }

    @Example
    void appraise_threeSeriousFaultsAreIncompetentAndReplaceTheBasicRow() {
        OfficerAppraisal a = appraise(WANG, List.of(), serious(3, ACT_2026));
        assertThat(a.rating()).isEqualTo(OfficerRating.INCOMPETENT);
        assertThat(fired(a)).containsExactly("RATING.INCOMPETENT.REPEATED_SERIOUS");
        assertThat(a.ratingDecision().overridden()).extracting(o -> o.rule().id().toString())
                .containsExactly("RATING.COMPETENT", "RATING.BASIC.SERIOUS_FAULT");
        assertThat(a.card()).isEqualTo(OfficerCard.YELLOW);
    }

    @Example
    void appraise_aSecondIncompetentYearCallsForRevocationOrRemovalAndARedCard() {
        List<Fault> faults = List.of(serious(3, ACT_2026), serious(3, ACT_2026.plusYears(1))).stream()
                .flatMap(List::stream).toList();
        List<OfficerAppraisal> y2026 = APPRAISALS.appraiseAll(BUREAU_ORGANIZATION, YEAR_2026, List.of(), faults,
                List.of());
        OfficerAppraisal first = of(y2026, WANG);
        assertThat(first.rating()).isEqualTo(OfficerRating.INCOMPETENT);
        assertThat(first.secondIncompetentYear()).isEmpty();
        assertThat(first.card()).isEqualTo(OfficerCard.YELLOW);

        OfficerAppraisal second = APPRAISALS.appraise(BUREAU_ORGANIZATION, WANG, YEAR_2027, List.of(), faults, y2026);
        assertThat(second.facts().previousRating()).contains(OfficerRating.INCOMPETENT);
        assertThat(second.rating()).isEqualTo(OfficerRating.INCOMPETENT);
        assertThat(second.card()).isEqualTo(OfficerCard.RED);
        assertThat(fired(second.cardDecision())).contains("CARD.RED.SECOND_INCOMPETENT_YEAR");
        assertThat(second.secondIncompetentYear()).hasValueSatisfying(c -> {
            assertThat(c.alternatives()).containsExactly(SanctionKind.QUALIFICATION_REVOKED,
                    SanctionKind.REMOVAL_FROM_POST);
            assertThat(c.text().zh()).startsWith("连续2年确定为不合格，取消执法资格或者调离执法岗位").contains("属解释");
            assertThat(c.basis().toString()).contains("国办发〔2005〕37号");
        });
        assertThat(second.consequences()).extracting(RatingConsequence::code).containsExactly(
                RatingConsequence.NO_EXCELLENT_RATING, RatingConsequence.SECOND_INCOMPETENT_YEAR);
        assertThat(second.explain().zh()).contains("上一年度：不合格", "取消执法资格或者调离执法岗位");

        OfficerAppraisal better = APPRAISALS.appraise(BUREAU_ORGANIZATION, WANG, YEAR_2027, List.of(),
                serious(1, ACT_2026.plusYears(1)), y2026);
        assertThat(better.rating()).isEqualTo(OfficerRating.BASIC);
        assertThat(better.secondIncompetentYear()).isEmpty();
        assertThat(better.card()).isEqualTo(OfficerCard.YELLOW);
    }

    @Example
    void appraise_leavesOutFaultsOfOtherYearsAndOfficersAndThoseTheOfficerDoesNotAnswerFor() {
        Fault agency = Fault.builder().subject(FaultSubject.agency(AgencyId.of("BUREAU"), "某市烟草专卖局"))
                .type(FaultType.PROCEDURE_VIOLATION).form(io.github.quanze.fault.FaultForm.INTENT)
                .consequence(io.github.quanze.fault.Consequence.GRAVE).role(Role.AGENCY)
                .responsibility(Responsibility.DIRECT).actDate(ACT_2026).description("机关过错").build();
        List<Fault> faults = List.of(
                fault(WANG, Gravity.GRAVE, ACT_2026.minusYears(1)),
                fault(LI, Gravity.GRAVE, ACT_2026),
                Officers.builder(WANG, Gravity.GRAVE, ACT_2026).responsibility(Responsibility.NONE).build(),
                Officers.builder(WANG, Gravity.GRAVE, ACT_2026)
                        .dutyPerformance(new DutyPerformance(true, true, false, false)).build(),
                Officers.builder(WANG, Gravity.GRAVE, ACT_2026)
                        .addCircumstances(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING).build(),
                agency);
        OfficerAppraisal a = appraise(WANG, List.of(EXCELLENT_FILE, moved(numbered(FAILED_FILE, 9))), faults);
        assertThat(a.facts().faults()).isEmpty();
        assertThat(a.facts().reviewedFiles()).as("the file reviewed in 2027 is not of 2026").isEqualTo(1);
        assertThat(a.rating()).isEqualTo(OfficerRating.EXCELLENT);
    }

    @Example
    void appraise_countsAnOfficerNamedInADefectThoughNotAHandler() {
        ReviewReport file = CaseFileReviewTest.review(CaseFile.of(Cases.penaltyCase(Cases.PENALTY_CASE)).with(
                new ReviewerFinding("EVIDENCE.INSUFFICIENT", 1, "李承办的询问笔录不能证明违法事实", "刘评查",
                        Officers.REVIEWED_2026, List.of(new io.github.quanze.procedure.Involvement(LI, "李承办",
                                Role.HANDLER)))));
        OfficerAppraisal li = appraise(LI, List.of(file), List.of());
        assertThat(li.facts().failedFiles()).isEqualTo(1);
        assertThat(li.rating()).isEqualTo(OfficerRating.BASIC);
        assertThat(appraise(WANG, List.of(file), List.of()).rating()).as("WANG handled it").isEqualTo(
                OfficerRating.BASIC);
    }

    @Example
    void appraiseAll_ratesEveryOfficerOnceInIdentifierOrder() {
        List<OfficerAppraisal> all = APPRAISALS.appraiseAll(BUREAU_ORGANIZATION, YEAR_2026, List.of(EXCELLENT_FILE),
                List.of(fault(LI, Gravity.SERIOUS, ACT_2026)), List.of());
        assertThat(all).extracting(OfficerAppraisal::officer).containsExactlyElementsOf(
                BUREAU_ORGANIZATION.officers().stream().map(o -> o.id()).toList());
        assertThat(of(all, WANG).rating()).isEqualTo(OfficerRating.EXCELLENT);
        assertThat(of(all, LI).rating()).isEqualTo(OfficerRating.BASIC);
        assertThat(all).filteredOn(a -> !a.officer().equals(WANG) && !a.officer().equals(LI))
                .allSatisfy(a -> assertThat(a.rating()).isEqualTo(OfficerRating.COMPETENT));
        for (OfficerAppraisal a : all) {
            assertThat(APPRAISALS.appraise(BUREAU_ORGANIZATION, a.officer(), YEAR_2026, List.of(EXCELLENT_FILE),
                    List.of(fault(LI, Gravity.SERIOUS, ACT_2026)), List.of())).isEqualTo(a);
        }
    }

    @Example
    void appraise_rejectsAnOfficerTheOrganizationDoesNotKnow() {
        assertThatIllegalArgumentException().isThrownBy(() -> APPRAISALS.appraise(BUREAU_ORGANIZATION,
                OfficerId.of("X-99"), YEAR_2026, List.of(), List.of(), List.of()))
                .withMessage("Cannot appraise officer 'X-99': the organization does not know them");
        Fault stranger = fault(WANG, Gravity.MINOR, ACT_2026).toBuilder()
                .subject(FaultSubject.officer(OfficerId.of("X-99"), "外单位")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> APPRAISALS.appraiseAll(BUREAU_ORGANIZATION, YEAR_2026,
                List.of(), List.of(stranger), List.of()))
                .withMessage("Fault of 2026-05-10 names officer 'X-99', whom the organization does not know");
    }

    @Example
    void appraise_rejectsPreviousAppraisalsOfAnotherYearOrTwoForOneOfficer() {
        List<OfficerAppraisal> y2026 = APPRAISALS.appraiseAll(BUREAU_ORGANIZATION, YEAR_2026, List.of(), List.of(),
                List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> APPRAISALS.appraise(BUREAU_ORGANIZATION, WANG,
                YEAR_2026, List.of(), List.of(), y2026))
                .withMessage("Appraisal of officer A-08 for 2026 is not of the year before 2026");
        assertThatIllegalArgumentException().isThrownBy(() -> APPRAISALS.appraise(BUREAU_ORGANIZATION, WANG,
                YEAR_2027, List.of(), List.of(), List.of(of(y2026, WANG), of(y2026, WANG))))
                .withMessage("Officer H-01 has two appraisals for 2026");
    }

    @Example
    void appraise_withATableThatLeavesAGapFailsNamingTheTableAndOfficer() {
        DecisionTable<OfficerYear, OfficerRating> shipped = OfficerAppraisals.defaultRatingTable();
        DecisionTable<OfficerYear, OfficerRating> gap = shipped.withSpec(shipped.spec().toBuilder()
                .remove(RuleId.of("RATING.COMPETENT")).build());
        OfficerAppraisals own = OfficerAppraisals.of(gap, OfficerAppraisals.defaultCardTable());
        assertThat(gap.verify().gaps()).isNotEmpty();
        assertThatIllegalStateException().isThrownBy(() -> own.appraise(BUREAU_ORGANIZATION, LI, YEAR_2026,
                List.of(), List.of(), List.of()))
                .withMessage("Table '执法人员年度考核等次表' decides nothing for officer H-02 in 2026: a table of officer "
                        + "appraisals must cover every input (verify() lists its gaps)");
    }

    /** The failed file, reviewed on 2027-01-05. */
    private static ReviewReport moved(ReviewReport report) {
        return new ReviewReport(report.caseId(), report.agency(), report.standard(), java.time.LocalDate.of(2027, 1, 5),
                report.handlers(), report.scores(), report.defects(), report.total(), report.grade());
    }

    static OfficerAppraisal appraise(OfficerId officer, List<ReviewReport> reports, List<Fault> faults) {
        return APPRAISALS.appraise(BUREAU_ORGANIZATION, officer, YEAR_2026, reports, faults, List.of());
    }

    static List<Fault> minor(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> fault(WANG, Gravity.MINOR, ACT_2026.plusDays(i)))
                .toList();
    }

    static List<Fault> serious(int n, java.time.LocalDate from) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> fault(WANG, Gravity.SERIOUS, from.plusDays(i)))
                .toList();
    }

    static OfficerAppraisal of(List<OfficerAppraisal> all, OfficerId officer) {
        return all.stream().filter(a -> a.officer().equals(officer)).findFirst().orElseThrow();
    }

    private static List<String> fired(OfficerAppraisal a) {
        return fired(a.ratingDecision());
    }

    private static List<String> fired(io.github.quanze.rule.Decision<?> decision) {
        return decision.fired().stream().map(RuleRef::id).map(RuleId::toString).toList();
    }
}
