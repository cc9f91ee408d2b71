package io.github.quanze.publish.report;

import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.AgencyTally;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.assessment.OfficerAppraisals;
import io.github.quanze.assessment.OfficerYear;
import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityAnalysis;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.disparity.Expectation;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.organization.Agency;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.Role;
import io.github.quanze.procedure.StepKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small values for the report's tests: a ranking, officers' appraisals, an analysis of like cases and a case. */
final class ReportFixtures {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);
    static final String ITEM = "YC-057";
    static final String AREA = "烟草专卖";
    static final AgencyId BUREAU = AgencyId.of("A01");
    static final OfficerId WANG = OfficerId.of("A01-H1");
    static final OfficerId LI = OfficerId.of("A01-H2");
    static final OfficerId CHEN = OfficerId.of("A01-L1");
    static final Organization ORGANIZATION = organization();

    private ReportFixtures() {}

    /**
     * An agency's period: {@code quality} of 0 to 10 sets how many of its ten files pass, how many of its cases ran
     * late and how satisfied the surveyed were.
     */
    static AgencyPeriod period(String id, String name, int quality) {
        return AgencyTally.of(AgencyId.of(id), name, FROM, TO).caseFiles(10, quality, 60 + quality * 4, 100)
                .cases(50, 10 - quality).legalityReviews(10, Math.min(10, 5 + quality)).survey(100, 60 + quality * 4)
                .publications(20, 10 + quality).toPeriod();
    }

    /** Agencies of six qualities, in no order: ranking sorts them. */
    static AgencyRanking ranking(int... qualities) {
        List<io.github.quanze.assessment.AgencyAssessment> assessed = new ArrayList<>();
        for (int i = 0; i < qualities.length; i++) {
            assessed.add(AssessmentScheme.DEFAULT.assess(period(String.format("B%02d", i + 1), "某县第" + (i + 1) + "局",
                    qualities[i])));
        }
        return AgencyRanking.of(assessed);
    }

    static final AgencyRanking RANKING = ranking(6, 10, 3, 8, 9, 1);

    /** Three officers: one without fault, two who took money from a party. */
    static List<OfficerAppraisal> appraisals() {
        List<OfficerAppraisal> result = new ArrayList<>();
        OfficerAppraisals appraisals = OfficerAppraisals.defaults();
        for (OfficerId id : List.of(WANG, LI, CHEN)) {
            Officer officer = ORGANIZATION.officer(id);
            List<Fault> faults = id.equals(WANG) ? List.of() : List.of(corruption(officer));
            result.add(appraisals.appraise(OfficerYear.of(officer, Year.of(2026), List.of(), faults,
                    Optional.empty())));
        }
        return result;
    }

    private static Fault corruption(Officer officer) {
        return Fault.builder().subject(FaultSubject.officer(officer.id(), officer.name()))
                .type(FaultType.CORRUPTION).form(FaultForm.INTENT).consequence(Consequence.SERIOUS)
                .role(Role.HANDLER).responsibility(Responsibility.DIRECT).actDate(LocalDate.of(2026, 6, 18))
                .description("收受当事人财物后减轻处罚").build();
    }

    /** Eight cases of one item, rate-based, two with the standard's range broken; and one case of another item. */
    static List<DecidedPenalty> decided() {
        List<DecidedPenalty> cases = new ArrayList<>();
        Circumstances profile = Circumstances.builder().set("amountBand", "<5000").set("repeated", false).build();
        String[] fines = {"600", "700", "800", "900", "750", "650", "200", "1900"};
        for (int i = 0; i < fines.length; i++) {
            BigDecimal base = new BigDecimal("2000.00");
            TierLevel level = i == 7 ? TierLevel.HEAVIER : TierLevel.ORDINARY;
            cases.add(DecidedPenalty.builder().caseId(String.format("烟罚〔2026〕%02d号", i + 1)).agency("某县烟草专卖局")
                    .officers(List.of(i % 2 == 0 ? "王伟" : "李娜")).item(ITEM).profile(profile).level(level)
                    .fine(new BigDecimal(fines[i])).base(base)
                    .expected(Expectation.of(TierLevel.ORDINARY, new FineBounds(new BigDecimal("600.00"),
                            new BigDecimal("800.00"), FineBounds.Source.MULTIPLE))).build());
        }
        cases.add(DecidedPenalty.builder().caseId("烟罚〔2026〕99号").agency("某县烟草专卖局").officers(List.of("王伟"))
                .item("YC-058").profile(profile).level(TierLevel.ORDINARY).fine(new BigDecimal("5000")).build());
        return cases;
    }

    static DisparityReport disparities() {
        return DisparityAnalysis.create().addAll(decided()).report();
    }

    /** A penalty case across 国庆 2026 whose hearing notice went out late. */
    static CaseRecord penaltyCase() {
        return CaseRecord.builder().id("烟罚〔2026〕37号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(ORGANIZATION).area(AREA).opened(LocalDate.of(2026, 9, 1)).hearingEligible(true)
                .grounds(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION, CaseGround.MAJOR_RIGHTS_AFTER_HEARING).build()
                .appendAll(List.of(
                        step(StepKind.FILING, "2026-09-01", WANG),
                        step(StepKind.INVESTIGATION, "2026-09-02", WANG, LI).with("现场检查笔录"),
                        step(StepKind.NOTICE, "2026-09-17", WANG, LI).with("行政处罚事先告知书"),
                        step(StepKind.HEARING_RIGHT_NOTICE, "2026-09-17", WANG, LI).with("行政处罚听证告知书"),
                        new CaseEvent.HearingRequested(LocalDate.of(2026, 9, 21)),
                        step(StepKind.STATEMENT_AND_DEFENCE, "2026-09-22", WANG).with("陈述申辩笔录"),
                        step(StepKind.HEARING_NOTICE, "2026-09-30", WANG).with("听证通知书"),
                        step(StepKind.HEARING, "2026-10-12", CHEN).with("听证笔录"),
                        step(StepKind.LEGALITY_REVIEW, "2026-10-14", CHEN).with("法制审核意见书"),
                        step(StepKind.COLLECTIVE_DECISION, "2026-10-16", CHEN).with("集体讨论记录"),
                        step(StepKind.DECISION, "2026-10-19", CHEN).with("行政处罚决定书")));
    }

    private static CaseEvent.StepPerformed step(StepKind step, String date, OfficerId... officers) {
        return CaseEvent.performed(step, LocalDate.parse(date), officers);
    }

    private static Organization organization() {
        UnitId unit = UnitId.of("A01-U");
        PostId post = PostId.of("A01-CB");
        Organization.Builder org = Organization.builder().addAgency(new Agency(BUREAU, "某县烟草专卖局"))
                .addUnit(new Unit(unit, BUREAU, "某县烟草专卖局执法科"))
                .addPost(Post.builder().id(post).unit(unit).name("执法岗").addDuties("查处违法案件").build());
        String[] names = {"王伟", "李娜", "陈静"};
        List<OfficerId> ids = List.of(WANG, LI, CHEN);
        for (int i = 0; i < ids.size(); i++) {
            org.addOfficer(Officer.builder().id(ids.get(i)).name(names[i]).agency(BUREAU).addPosts(post).build());
            org.addCredential(EnforcementCredential.builder().number("ZF-" + ids.get(i).value()).holder(ids.get(i))
                    .issuingAuthority("县人民政府").addAreas(AREA).validFrom(LocalDate.of(2022, 1, 1))
                    .validUntil(LocalDate.of(2028, 12, 31)).build());
        }
        return org.build();
    }
}
