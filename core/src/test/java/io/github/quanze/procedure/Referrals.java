package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.WANG;

import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Leadership;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.UnitId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Referral histories of the tobacco bureau: a penalty case that finds a suspected crime and refers it. */
public final class Referrals {

    /** 某市公安局. */
    public static final String POLICE = "某市公安局";
    /** A deputy head (副局长) of the bureau. */
    public static final OfficerId DEPUTY = OfficerId.of("D-11");
    /** The bureau with a deputy head. */
    public static final Organization ORGANIZATION = withDeputy();

    private Referrals() {}

    /** An ordinary penalty case of the bureau with a deputy, opened on 2026-09-01. */
    public static CaseRecord.Builder penaltyCase() {
        return penaltyCase(LocalDate.of(2026, 9, 1));
    }

    /** An ordinary penalty case of the bureau with a deputy, opened on a day. */
    public static CaseRecord.Builder penaltyCase(LocalDate opened) {
        return CaseRecord.builder().id("烟罚〔2026〕9号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(ORGANIZATION).area(Cases.AREA).opened(opened);
    }

    /** A case opened to refer (移送涉嫌犯罪案件), opened on 2026-09-01. */
    public static CaseRecord.Builder referralCase() {
        return referralCase(LocalDate.of(2026, 9, 1));
    }

    /** A case opened to refer (移送涉嫌犯罪案件), opened on a day. */
    public static CaseRecord.Builder referralCase(LocalDate opened) {
        return CaseRecord.builder().id("烟移〔2026〕1号").procedure(ProcedureTemplates.CRIMINAL_REFERRAL)
                .organization(ORGANIZATION).area(Cases.AREA).opened(opened);
    }

    /** 立案 on 09-01 and 调查取证 on 09-02. */
    public static List<CaseEvent> investigated() {
        return List.of(Cases.step(StepKind.FILING, "2026-09-01", WANG),
                Cases.step(StepKind.INVESTIGATION, "2026-09-02", WANG, LI));
    }

    /** The finding on a day that the case must go to the public security organ. */
    public static CaseEvent.CrimeSuspected suspected(String date) {
        return new CaseEvent.CrimeSuspected(LocalDate.parse(date), ReferralKind.PUBLIC_SECURITY,
                "非法经营卷烟金额达到追诉标准", List.of("刑法第二百二十五条"), List.of(WANG, LI));
    }

    /** The written report on a day by the two handlers. */
    public static CaseEvent report(String date) {
        return Cases.step(StepKind.REFERRAL_REPORT, date, WANG, LI);
    }

    /** A decision on a referral by an officer. */
    public static CaseEvent approval(String date, ReferralApproval decision, OfficerId by) {
        return CaseEvent.recorded(StepKind.REFERRAL_APPROVAL, LocalDate.parse(date), decision, by);
    }

    /** The principal head's approval on a day. */
    public static CaseEvent approved(String date) {
        return approval(date, ReferralApproval.approve(), CHEN);
    }

    /** A transfer with the letter and the report. */
    public static ReferralTransfer transfer() {
        return ReferralTransfer.toPolice(POLICE, ReferralMaterial.REFERRAL_LETTER,
                ReferralMaterial.INVESTIGATION_REPORT);
    }

    /** The transfer on a day by the two handlers. */
    public static CaseEvent transferred(String date, ReferralTransfer transfer) {
        return CaseEvent.recorded(StepKind.REFERRAL, LocalDate.parse(date), transfer, WANG, LI);
    }

    /** The transfer on a day, with the letter and report. */
    public static CaseEvent transferred(String date) {
        return transferred(date, transfer());
    }

    /** An answer of the police received on a day. */
    public static CaseEvent answered(String date, PoliceAnswer answer) {
        return new CaseEvent.Answered(LocalDate.parse(date), answer, POLICE);
    }

    /** The items handed over on a day. */
    public static CaseEvent handedOver(String date) {
        return CaseEvent.recorded(StepKind.ITEMS_HANDOVER, LocalDate.parse(date), ItemsHandover.of("卷烟200条"), WANG,
                LI);
    }

    /**
     * A lawful referral: found 09-03, reported 09-03, approved 09-04 10:00, transferred 09-05 09:00, receipt signed
     * 09-05, filed 09-07, items handed over 09-09, closed 09-15.
     */
    public static List<CaseEvent> lawful() {
        List<CaseEvent> events = new ArrayList<>(investigated());
        events.addAll(List.of(suspected("2026-09-03"), report("2026-09-03"),
                approval("2026-09-04", ReferralApproval.approve().at(LocalTime.of(10, 0)), CHEN),
                transferred("2026-09-05", transfer().at(LocalTime.of(9, 0))),
                answered("2026-09-05", PoliceAnswer.RECEIPT_SIGNED), answered("2026-09-07", PoliceAnswer.FILED),
                handedOver("2026-09-09"), Cases.step(StepKind.CLOSING, "2026-09-15", WANG)));
        return events;
    }

    /** The penalty steps after the investigation, deciding a fine on a day (notice two days before). */
    public static List<CaseEvent> penalty(LocalDate decided) {
        return List.of(CaseEvent.performed(StepKind.NOTICE, decided.minusDays(2), WANG, LI),
                CaseEvent.performed(StepKind.STATEMENT_AND_DEFENCE, decided.minusDays(1), WANG),
                CaseEvent.recorded(StepKind.DECISION, decided, PenaltyDecision.fine(PartyType.CITIZEN,
                        new java.math.BigDecimal("5000"), io.github.quanze.discretion.PenaltyKind.WARNING), CHEN),
                CaseEvent.performed(StepKind.SERVICE, decided, WANG, LI),
                CaseEvent.performed(StepKind.EXECUTION, decided.plusDays(1), WANG));
    }

    private static Organization withDeputy() {
        PostId deputy = PostId.of("DEPUTY");
        Organization bureau = Cases.BUREAU_ORGANIZATION;
        UnitId unit = bureau.posts().get(0).unit();
        return bureau.toBuilder()
                .addPost(Post.builder().id(deputy).unit(unit).name("副局长岗").addDuties("协助局长工作")
                        .leadership(Leadership.DEPUTY).build())
                .addOfficer(Officer.builder().id(DEPUTY).name("刘副局长").agency(Cases.BUREAU).addPosts(deputy)
                        .build())
                .addCredential(EnforcementCredential.builder().number("ZF-D-11").holder(DEPUTY)
                        .issuingAuthority("某市人民政府").addAreas(Cases.AREA).validFrom(LocalDate.of(2020, 1, 1))
                        .validUntil(LocalDate.of(2030, 12, 31)).build())
                .build();
    }
}
