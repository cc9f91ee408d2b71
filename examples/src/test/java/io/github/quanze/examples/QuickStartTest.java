package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationIssue;
import io.github.quanze.allocation.AllocationReport;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyTally;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.fault.ViolationFaults;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.power.CatalogueFindingDocuments;
import io.github.quanze.jackson.power.CatalogueFindings;
import io.github.quanze.jackson.power.PowerDocuments;
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
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.Role;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.Grade;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.review.ReviewerFinding;
import io.github.quanze.rule.Decision;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.procedure.ReferralKind;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.ProcedureViolation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** The README's quick start, kept here so that it cannot go stale. */
class QuickStartTest {

    @Example
    void readmeQuickStart_auditsAPenaltyWithNoApproverAndNoCertifiedOfficer() {
        // --- README quick start begins ---
        LegalInstrument tobaccoLaw = LegalInstrument.builder().title("中华人民共和国烟草专卖法")
                .level(InstrumentLevel.LAW).adoptionDate(LocalDate.of(2015, 4, 24))
                .effectiveDate(LocalDate.of(2015, 4, 24)).build();
        AgencyId city = AgencyId.of("CITY");
        PowerCatalogue catalogue = PowerCatalogue.builder("某市烟草专卖局权责清单", city, LocalDate.of(2026, 1, 1))
                .add(Power.builder().code(PowerCode.of("CF-005")).name("对无烟草专卖批发企业许可证经营烟草制品批发业务的处罚")
                        .kind(PowerKind.ADMINISTRATIVE_PENALTY).implementingAgency("某市烟草专卖局")
                        .enforcementArea("烟草专卖").addProvision(Provision.of(tobaccoLaw, 31)).build())
                .build();
        Organization organization = Organization.builder()
                .addAgency(new Agency(city, "某市烟草专卖局"))
                .addUnit(new Unit(UnitId.of("ZMK"), city, "专卖监督管理科"))
                .addPost(Post.builder().id(PostId.of("JC")).unit(UnitId.of("ZMK")).name("专卖稽查岗").build())
                .build();
        AllocationTable table = AllocationTable.builder(city)
                .add(Allocation.leadHandler(PowerCode.of("CF-005"), PostId.of("JC")))
                .build();
        AllocationReport report = AllocationAudit.run(catalogue, organization, table, LocalDate.of(2026, 6, 30));
        report.findings().forEach(f -> System.out.println(f.severity() + " " + f.message().zh() + " 依据：" + f.basis()));
        // ERROR 职权CF-005「…」属于行政处罚，但没有分解负责人批准岗位 依据：《中华人民共和国行政处罚法》第五十七条第一款
        // ERROR 岗位JC「专卖稽查岗」承办 1 项职权（执法领域：烟草专卖），在 2026-06-30 没有持有效执法证的执法人员：岗位无人在岗 …
        // --- README quick start ends ---

        assertThat(report.findings()).extracting(f -> f.issue())
                .containsExactly(AllocationIssue.NO_APPROVER, AllocationIssue.NO_CERTIFIED_OFFICER);
        assertThat(report.findings().get(0).basis()).hasToString("《中华人民共和国行政处罚法》第五十七条第一款");
    }

    @Example
    void readmeSanctionSnippet_explainsTheDecision() {
        // --- README sanction snippet begins ---
        Fault fault = Fault.builder()
                .subject(FaultSubject.officer(OfficerId.of("O-04"), "赵丽"))
                .type(FaultType.NO_CREDENTIAL).form(FaultForm.GROSS_NEGLIGENCE).consequence(Consequence.MINOR)
                .role(Role.HANDLER).responsibility(Responsibility.DIRECT)
                .actDate(LocalDate.of(2026, 5, 12)).description("执法证过期仍参与检查").build();
        Decision<Sanction> decision = SanctionPolicy.national().decide(fault, LocalDate.of(2026, 7, 15));
        System.out.println(decision.explain().zh());
        // --- README sanction snippet ends ---

        assertThat(decision.explain().zh()).startsWith("处理结果：警告（处分期6个月）、离岗培训、通报批评\n适用规则 OFFICER.SERIOUS.DIRECT")
                .contains("第三十九条")
                .contains("行为发生于2026-05-12，处理于2026-07-15，适用《中华人民共和国公职人员政务处分法》及国办发〔2005〕37号");
    }

    @Example
    void readmeCaseSnippet_findsTheUncertifiedOfficerAndDecidesHerSanction() {
        // --- README case snippet begins ---
        AgencyId bureau = AgencyId.of("CITY");
        Organization.Builder staff = Organization.builder().addAgency(new Agency(bureau, "某市烟草专卖局"))
                .addUnit(new Unit(UnitId.of("JCZD"), bureau, "专卖稽查支队"))
                .addPost(Post.builder().id(PostId.of("JC")).unit(UnitId.of("JCZD")).name("专卖稽查岗").build());
        for (String id : List.of("O-1", "O-2")) {
            staff.addOfficer(Officer.builder().id(OfficerId.of(id)).name(id.equals("O-1") ? "冯刚" : "孙悦")
                    .agency(bureau).addPosts(PostId.of("JC")).build());
        }
        staff.addCredential(EnforcementCredential.builder().number("ZF-370009").holder(OfficerId.of("O-1"))
                .issuingAuthority("某市人民政府").addAreas("烟草专卖")
                .validFrom(LocalDate.of(2023, 1, 1)).validUntil(LocalDate.of(2027, 12, 31)).build());
        CaseRecord record = CaseRecord.builder().id("烟罚〔2026〕1号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(staff.build()).area("烟草专卖").opened(LocalDate.of(2026, 9, 1)).build()
                .append(CaseEvent.performed(StepKind.FILING, LocalDate.of(2026, 9, 1), OfficerId.of("O-1")))
                .append(CaseEvent.performed(StepKind.INVESTIGATION, LocalDate.of(2026, 9, 2),
                        OfficerId.of("O-1"), OfficerId.of("O-2")));
        CaseState state = record.replay(LocalDate.of(2026, 9, 3));
        System.out.println(state.explain().zh());
        for (Fault fault : ViolationFaults.of(state)) {
            System.out.println(SanctionPolicy.national().decide(fault, LocalDate.of(2026, 11, 24)).outcomeText().zh());
        }
        // --- README case snippet ends ---
        // --- README review snippet begins ---
        CaseRecord closed = record.append(CaseEvent.performed(StepKind.CLOSING, LocalDate.of(2026, 9, 3),
                OfficerId.of("O-1")));
        ReviewReport report = CaseFileReview.review(CaseFile.of(closed)
                        .with(ReviewerFinding.of("FILING.PAGES", "卷内第3页未编页码", "刘评查", LocalDate.of(2026, 9, 3))),
                ReviewStandards.DEFAULT, LocalDate.of(2026, 9, 3));
        System.out.println(report.explain().zh());
        AgencyAssessment assessment = AssessmentScheme.DEFAULT.assess(AgencyTally.of(bureau, "某市烟草专卖局",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .addReport(report).cases(1, 0).complaints(0).survey(120, 110).toPeriod());
        System.out.println(assessment.explain().zh());
        // --- README review snippet ends ---
        // --- README referral snippet begins ---
        CaseRecord flagged = record
                .append(new CaseEvent.CrimeSuspected(LocalDate.of(2026, 9, 3), ReferralKind.PUBLIC_SECURITY,
                        "无证批发卷烟，非法经营数额62000元", List.of("法释〔2010〕7号第三条第一款第（一）项", "刑法第二百二十五条"),
                        List.of(OfficerId.of("O-1"))))
                .append(CaseEvent.performed(StepKind.NOTICE, LocalDate.of(2026, 9, 7), OfficerId.of("O-1")))
                .append(CaseEvent.recorded(StepKind.DECISION, LocalDate.of(2026, 9, 10),
                        PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("15500")), OfficerId.of("O-1")))
                .append(CaseEvent.performed(StepKind.CLOSING, LocalDate.of(2026, 9, 18), OfficerId.of("O-1")));
        CaseState replayed = flagged.replay(LocalDate.of(2026, 9, 30));
        for (ProcedureViolation v : replayed.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)) {
            System.out.println(v.message().zh() + "（依据：" + v.basis() + "）");
        }
        // --- README referral snippet ends ---

        assertThat(replayed.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).singleElement().satisfies(v -> {
            assertThat(v.message().zh()).contains("2026-09-03", "2026-09-10", "以行政处罚代替移送");
            assertThat(v.basis().toString()).contains("第十一条", "第十六条");
            assertThat(ViolationFaults.of(List.of(v), FaultForm.ORDINARY_NEGLIGENCE, Consequence.NONE))
                    .extracting(Fault::type).containsOnly(FaultType.FAILURE_TO_REFER);
        });
        assertThat(replayed.violations(ViolationKind.NOT_REFERRED)).isEmpty();

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.UNCERTIFIED_OFFICER);
            assertThat(v.people()).extracting(p -> p.officer().value()).containsExactly("O-2");
            assertThat(v.basis().toString()).contains("第四十二条");
        });
        assertThat(state.pending()).containsExactly(StepKind.NOTICE);
        assertThat(state.explain().zh()).contains("待办环节：告知", "期限 决定：2026-11-30届满", "执法人员不具备执法资格");
        assertThat(ViolationFaults.of(state)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FaultType.NO_CREDENTIAL);
            assertThat(SanctionPolicy.national().decide(f, LocalDate.of(2026, 11, 24)).outcomeText().zh())
                    .isEqualTo("责令书面检查");
        });
        assertThat(report.total()).isZero();
        assertThat(report.grade()).isEqualTo(Grade.FAIL);
        assertThat(report.explain().zh()).startsWith("案卷烟罚〔2026〕1号评查结果：0分，不合格").contains("存在否决项7项", "执法人员不具备执法资格",
                "页码缺失或者错误：卷内第3页未编页码，扣2分");
        assertThat(assessment.isScored()).isTrue();
        assertThat(assessment.indicator(Indicator.CASE_FILE_PASS_RATE).value()).hasValue(0.0);
        assertThat(assessment.explain().zh()).contains("某市烟草专卖局", "案卷合格率 0%");
    }

    @Example
    void readmeDocumentsSnippet_readsTheShippedDocumentsAndWritesTheFindings() {
        // --- README documents snippet begins (the examples' tests run in examples/) ---
        Path dir = Path.of("documents/tobacco");
        QuanzeDocuments yaml = QuanzeDocuments.yaml();
        BasisCatalogue basis = yaml.reader(BasisDocuments.BASIS_CATALOGUE).read(dir.resolve("basis.yaml"));
        PowerCatalogue powers = yaml.reader(PowerDocuments.POWER_CATALOGUE)
                .with(BasisCatalogue.class, basis).read(dir.resolve("powers.yaml"));
        String json = QuanzeDocuments.json().writer(CatalogueFindingDocuments.CATALOGUE_FINDINGS).compact()
                .writeString(CatalogueFindings.of(powers, LocalDate.of(2026, 6, 30)));
        // --- README documents snippet ends ---

        assertThat(powers).isEqualTo(TobaccoCatalogue.catalogue());
        assertThat(json).startsWith("{\"kind\":\"catalogue-findings\",\"version\":1,")
                .contains("\"findings\":[{\"code\":\"CATALOGUE.BASIS_NOT_IN_FORCE\"");
    }
}
