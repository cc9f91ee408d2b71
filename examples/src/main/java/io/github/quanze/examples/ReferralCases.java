package io.github.quanze.examples;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
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
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ItemsHandover;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.PoliceAnswer;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.ReferralApproval;
import io.github.quanze.procedure.ReferralKind;
import io.github.quanze.procedure.ReferralMaterial;
import io.github.quanze.procedure.ReferralTransfer;
import io.github.quanze.procedure.SeizedItems;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.TransferOrigin;
import io.github.quanze.procedure.TransferReason;
import io.github.quanze.referral.JointOperation;
import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.MeetingRule;
import io.github.quanze.referral.TeamActivity;
import io.github.quanze.referral.TeamLog;
import io.github.quanze.referral.TeamOfficer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tobacco bureau's referral cases (案件移送) and its joint team with the market-regulation bureau (联动执法), as
 * values: the records {@link ReferralExample} replays and the documents under {@code examples/documents/tobacco/}
 * hold.
 * <p>
 * The thresholds the officers cite are those of 最高人民法院、最高人民检察院《关于办理非法生产、销售烟草专卖品等刑事案件具体
 * 应用法律若干问题的解释》(法释〔2010〕7号): Art 1 第一款, selling counterfeit or substandard cigarettes for 五万元以上
 * is the crime of 刑法 Art 140 (生产、销售伪劣产品罪, whose first tier is 销售金额五万元以上不满二十万元); Art 1 第三款,
 * selling cigarettes known to bear a counterfeit registered trademark, 销售金额较大, is the crime of 刑法 Art 214; Art 3
 * 第一款第（一）项, 非法经营烟草专卖品 with 非法经营数额在五万元以上 (or 违法所得数额在二万元以上) is 情节严重 under
 * 刑法 Art 225. The amounts of the stories are illustrative; whether a finding is right is a question of fact the
 * replay takes as recorded.
 */
final class ReferralCases {

    /** The day the cases are replayed and the team checked. */
    static final LocalDate CHECKED = LocalDate.of(2026, 10, 30);
    /** The quarter the team is checked over. */
    static final LocalDate QUARTER_FROM = LocalDate.of(2026, 7, 1);
    static final LocalDate QUARTER_TO = LocalDate.of(2026, 9, 30);

    /** 示例市市场监督管理局. */
    static final AgencyId MARKET_BUREAU = AgencyId.of("SSJ");
    /** The police the bureau refers to. */
    static final String POLICE = "示例市公安局";
    /** The market-regulation bureau's area of enforcement. */
    static final String MARKET_AREA = "市场监督管理";

    static final OfficerId WANG = OfficerId.of("O-01");
    static final OfficerId CHEN = OfficerId.of("O-02");
    static final OfficerId ZHENG = OfficerId.of("O-08");
    static final OfficerId FENG = OfficerId.of("O-09");
    static final OfficerId MA = OfficerId.of("M-01");
    static final OfficerId HE = OfficerId.of("M-02");

    /** Case (a): counterfeit cigarettes referred on time. */
    static final String REFERRED = "示烟罚〔2026〕52号";
    /** Case (b): a suspected crime penalised instead (以罚代刑). */
    static final String PENALISED = "示烟罚〔2026〕61号";
    /** Case (c): out of the joint operation, transferred to the market-regulation bureau. */
    static final String TRANSFERRED = "示烟罚〔2026〕70号";
    /** The market-regulation bureau's record of the transferred case. */
    static final String RECEIVED = "示市监罚〔2026〕15号";
    /** Out of the joint operation, the bureau's own case, investigated by one officer. */
    static final String OPERATION_CASE = "示烟罚〔2026〕71号";

    static final String TEAM = "示例市烟草市场联动执法小组";
    static final String OPERATION = "2026年9月卷烟市场联合整治行动";

    /** The citations of case (a)'s finding. */
    static final List<String> COUNTERFEIT_THRESHOLDS = List.of(
            "法释〔2010〕7号第一条第一款（销售伪劣卷烟，销售金额在五万元以上）", "刑法第一百四十条",
            "法释〔2010〕7号第一条第三款（销售明知是假冒他人注册商标的卷烟，销售金额较大）", "刑法第二百一十四条");
    /** The citations of case (b)'s finding. */
    static final List<String> ILLEGAL_BUSINESS_THRESHOLDS = List.of(
            "法释〔2010〕7号第三条第一款第（一）项（非法经营数额在五万元以上）", "刑法第二百二十五条");

    /** The agency's own rule that sets up the joint team: a normative document, never a statute. */
    static final LegalInstrument TEAM_RULE = LegalInstrument.builder().title("示例市烟草市场联动执法工作制度")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("示烟联发〔2026〕1号")
            .effectiveDate(LocalDate.of(2026, 1, 1)).build();

    private ReferralCases() {}

    /**
     * The tobacco bureau's organization with the market-regulation bureau of the same city added (one unit, a head
     * and two certified officers), so that a case can pass between them; the bureau's own posts and officers are
     * unchanged.
     */
    static Organization organization() {
        PostId head = PostId.of("SJ-JZ");
        PostId inspector = PostId.of("SJ-ZF");
        UnitId unit = UnitId.of("SJ-ZFD");
        Organization.Builder org = TobaccoBureau.organization().toBuilder()
                .addAgency(new Agency(MARKET_BUREAU, "示例市市场监督管理局"))
                .addUnit(new Unit(unit, MARKET_BUREAU, "综合行政执法支队"))
                .addPost(Post.builder().id(head).unit(unit).name("支队长岗").addDuties("审批一般行政处罚决定")
                        .build())
                .addPost(Post.builder().id(inspector).unit(unit).name("市场监管执法岗")
                        .addDuties("查处商标侵权等违法案件").build());
        marketOfficer(org, MA, "马骏", head, "SJ-410001");
        marketOfficer(org, HE, "何芳", inspector, "SJ-410002");
        return org.build();
    }

    private static void marketOfficer(Organization.Builder org, OfficerId id, String name, PostId post,
            String number) {
        org.addOfficer(Officer.builder().id(id).name(name).agency(MARKET_BUREAU).addPosts(post).build());
        org.addCredential(EnforcementCredential.builder().number(number).holder(id).issuingAuthority("示例市人民政府")
                .addAreas(MARKET_AREA).validFrom(LocalDate.of(2024, 1, 1)).validUntil(LocalDate.of(2028, 12, 31))
                .build());
    }

    private static CaseRecord.Builder tobaccoCase(String id, LocalDate opened) {
        return CaseRecord.builder().id(id).procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(organization()).area(TobaccoCatalogue.AREA).opened(opened);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    /**
     * Case (a): a retailer's store room held 200 cartons of counterfeit 中华 cigarettes, and the books showed sales of
     * 68,000 yuan. Found a suspected crime on Thursday 2026-08-06; the report of the two officers the same day; the
     * principal head approves on Friday 08-07 at 10:00, within three days; the transfer at 16:00, within 24 hours,
     * with the letter, the report, the identification report and the list of items, the cigarettes going with it;
     * the police sign the receipt the same day and send the filing notice on Monday 08-10; the cigarettes are handed
     * over on 08-12, within three days of the notice.
     */
    static CaseRecord referred() {
        ReferralTransfer transfer = ReferralTransfer.toPolice(POLICE, ReferralMaterial.REFERRAL_LETTER,
                        ReferralMaterial.INVESTIGATION_REPORT, ReferralMaterial.ITEMS_LIST,
                        ReferralMaterial.TEST_REPORTS)
                .withItems(List.of("假冒“中华”牌卷烟200条"), SeizedItems.TRANSFERRED).at(LocalTime.of(16, 0));
        return tobaccoCase(REFERRED, day("2026-08-03")).build().appendAll(List.of(
                CaseEvent.performed(StepKind.FILING, day("2026-08-03"), FENG).with("立案审批表"),
                CaseEvent.performed(StepKind.INVESTIGATION, day("2026-08-05"), FENG, ZHENG)
                        .with("现场检查笔录", "询问笔录", "涉案卷烟鉴别检验报告"),
                new CaseEvent.CrimeSuspected(day("2026-08-06"), ReferralKind.PUBLIC_SECURITY,
                        "销售假冒“中华”牌卷烟，经鉴别检验为假冒伪劣卷烟，销售金额68000元，达到销售金额五万元以上的追诉标准",
                        COUNTERFEIT_THRESHOLDS, List.of(FENG, ZHENG)),
                CaseEvent.performed(StepKind.REFERRAL_REPORT, day("2026-08-06"), FENG, ZHENG)
                        .with("涉嫌犯罪案件移送审批报告"),
                CaseEvent.recorded(StepKind.REFERRAL_APPROVAL, day("2026-08-07"),
                        ReferralApproval.approve().at(LocalTime.of(10, 0)), WANG),
                CaseEvent.recorded(StepKind.REFERRAL, day("2026-08-07"), transfer, FENG, ZHENG)
                        .with("涉嫌犯罪案件移送书"),
                new CaseEvent.Answered(day("2026-08-07"), PoliceAnswer.RECEIPT_SIGNED, POLICE),
                new CaseEvent.Answered(day("2026-08-10"), PoliceAnswer.FILED, POLICE),
                CaseEvent.recorded(StepKind.ITEMS_HANDOVER, day("2026-08-12"),
                        ItemsHandover.of("假冒“中华”牌卷烟200条"), FENG, ZHENG).with("涉案物品移交清单"),
                CaseEvent.performed(StepKind.CLOSING, day("2026-08-14"), FENG).with("结案报告")));
    }

    /**
     * Case (b): a shop without a wholesale licence sold 62,000 yuan of cigarettes in bulk. The officers found on
     * 2026-09-04 that the amount reached 情节严重 of 刑法 Art 225, but the bureau went on with its penalty: a fine and
     * confiscation decided by the deputy head on 09-11, and the case closed on 09-18 without a referral.
     */
    static CaseRecord penalised() {
        return tobaccoCase(PENALISED, day("2026-09-01")).build().appendAll(List.of(
                CaseEvent.performed(StepKind.FILING, day("2026-09-01"), FENG),
                CaseEvent.performed(StepKind.INVESTIGATION, day("2026-09-03"), FENG, ZHENG),
                new CaseEvent.CrimeSuspected(day("2026-09-04"), ReferralKind.PUBLIC_SECURITY,
                        "无烟草专卖批发企业许可证批发卷烟，非法经营数额62000元，达到非法经营数额五万元以上的“情节严重”",
                        ILLEGAL_BUSINESS_THRESHOLDS, List.of(FENG, ZHENG)),
                CaseEvent.performed(StepKind.NOTICE, day("2026-09-08"), FENG, ZHENG),
                CaseEvent.performed(StepKind.STATEMENT_AND_DEFENCE, day("2026-09-09"), FENG),
                CaseEvent.recorded(StepKind.DECISION, day("2026-09-11"), PenaltyDecision.fine(PartyType.CITIZEN,
                        new BigDecimal("15500"), PenaltyKind.CONFISCATION_OF_GAINS), CHEN),
                CaseEvent.performed(StepKind.SERVICE, day("2026-09-11"), FENG, ZHENG),
                CaseEvent.performed(StepKind.EXECUTION, day("2026-09-14"), FENG),
                CaseEvent.performed(StepKind.CLOSING, day("2026-09-18"), FENG)));
    }

    /** The bureau's head of the joint team: the deputy head in charge of monopoly administration. */
    static TeamOfficer leader() {
        return TeamOfficer.of(TobaccoBureau.CITY, CHEN, "陈立新");
    }

    /**
     * The joint team (联动执法小组): led by the tobacco bureau's deputy head, the market-regulation bureau's head of
     * its enforcement squad as liaison, a joint meeting at least once a month, follow-up of a referral within 7 days
     * and the result of an operation reported within 3 days, under the bureau's own rule.
     */
    static JointTeam team() {
        return JointTeam.builder().id(TEAM).established(LocalDate.of(2026, 1, 1)).lead(leader())
                .member(TeamOfficer.of(MARKET_BUREAU, MA, "马骏")).scope("卷烟市场", "烟草制品商标标识")
                .meetings(MeetingRule.monthly(1)).followUpWithin(7).feedbackWithin(3)
                .rule(LegalBasis.of(Provision.of(TEAM_RULE, 5))).build();
    }

    /** The joint operation of 2026-09-15 and the two cases the tobacco bureau opened out of it. */
    static JointOperation operation() {
        return JointOperation.of(OPERATION, TEAM, day("2026-09-15"), Set.of(TobaccoBureau.CITY, MARKET_BUREAU),
                List.of(TRANSFERRED, OPERATION_CASE));
    }

    /**
     * Out of the operation: a print shop making cigarette trademark labels, which is market regulation's to decide,
     * not the tobacco bureau's; the bureau files and investigates, then transfers the case on 2026-09-22.
     */
    static CaseRecord transferred() {
        return tobaccoCase(TRANSFERRED, day("2026-09-15")).operation(OPERATION).build().appendAll(List.of(
                CaseEvent.performed(StepKind.FILING, day("2026-09-15"), FENG),
                CaseEvent.performed(StepKind.INVESTIGATION, day("2026-09-16"), FENG, ZHENG),
                CaseEvent.Transferred.of(day("2026-09-22"), MARKET_BUREAU, TransferReason.NOT_COMPETENT, FENG,
                        ZHENG)));
    }

    /** The market-regulation bureau's record of the transferred case: filed on 2026-09-25, investigated 09-28. */
    static CaseRecord received() {
        return CaseRecord.builder().id(RECEIVED).procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(organization()).area(MARKET_AREA).opened(day("2026-09-25"))
                .transferredFrom(new TransferOrigin(TobaccoBureau.CITY, TRANSFERRED, day("2026-09-22"))).build()
                .appendAll(List.of(CaseEvent.performed(StepKind.FILING, day("2026-09-25"), HE),
                        CaseEvent.performed(StepKind.INVESTIGATION, day("2026-09-28"), HE, MA)));
    }

    /**
     * Out of the operation, the bureau's own case: unlicensed retail, investigated on 2026-09-17 by 冯刚 alone, though
     * 行政处罚法 Art 42 asks for two officers; otherwise decided and closed in order.
     */
    static CaseRecord operationCase() {
        return tobaccoCase(OPERATION_CASE, day("2026-09-15")).operation(OPERATION).build().appendAll(List.of(
                CaseEvent.performed(StepKind.FILING, day("2026-09-15"), FENG),
                CaseEvent.performed(StepKind.INVESTIGATION, day("2026-09-17"), FENG),
                CaseEvent.performed(StepKind.NOTICE, day("2026-09-24"), FENG, ZHENG),
                CaseEvent.performed(StepKind.STATEMENT_AND_DEFENCE, day("2026-09-25"), FENG),
                CaseEvent.recorded(StepKind.DECISION, day("2026-09-29"), PenaltyDecision.fine(PartyType.CITIZEN,
                        new BigDecimal("2400"), PenaltyKind.CONFISCATION_OF_GAINS), CHEN),
                CaseEvent.performed(StepKind.SERVICE, day("2026-09-29"), FENG, ZHENG),
                CaseEvent.performed(StepKind.EXECUTION, day("2026-10-09"), FENG),
                CaseEvent.performed(StepKind.CLOSING, day("2026-10-12"), FENG)));
    }

    /**
     * The team's log of the third quarter: joint meetings in July and September but none in August, the operation's
     * result reported the next day, and the transfer followed up by the market-regulation bureau within the week.
     */
    static TeamLog log() {
        Set<AgencyId> both = Set.of(TobaccoBureau.CITY, MARKET_BUREAU);
        return new TeamLog(TEAM, List.of(operation()), List.of(
                new TeamActivity.Meeting(day("2026-07-08"), both),
                new TeamActivity.Meeting(day("2026-09-03"), both),
                new TeamActivity.Feedback(OPERATION, day("2026-09-16"), TobaccoBureau.CITY),
                new TeamActivity.Referral(day("2026-09-22"), TobaccoBureau.CITY, MARKET_BUREAU, TRANSFERRED,
                        Optional.of(day("2026-09-25")))));
    }
}
