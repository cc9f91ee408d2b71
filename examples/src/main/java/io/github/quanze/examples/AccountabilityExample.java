package io.github.quanze.examples;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.fault.Apportionment;
import io.github.quanze.fault.Apportionment.Participant;
import io.github.quanze.fault.Apportionment.Share;
import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.fault.Situation;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.Role;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.Row;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.text.BilingualText;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Accountability (责任追究) at the tobacco monopoly bureau: faults found in four cases of the seeds, apportioned
 * between the people involved, and decided by the national sanction policy, each decision printed with its
 * explanation in Chinese or English; then one case decided twice across a change of rules, to show 从旧兼从轻.
 * <p>
 * {@link #run()} also returns what each case decided as data ({@link Outcome}), for tests that pin the legal
 * results (法律结果) without reading the printed text.
 */
final class AccountabilityExample {

    /**
     * What one case decided (法律结果).
     *
     * @param certifications  the certifications the case looked up
     * @param shares  how responsibility was apportioned between the people involved, empty where it was not
     * @param decisions  each fault with the decision on it, in the order decided
     */
    record Outcome(List<Certification> certifications, List<Share> shares, List<Decided> decisions) {

        /** The outcome of a case that decided one fault and nothing else. */
        static Outcome of(Decided decided) {
            return new Outcome(List.of(), List.of(), List.of(decided));
        }
    }

    /**
     * A fault decided on a day.
     *
     * @param fault  the fault
     * @param on  the day of the decision
     * @param decision  the decision
     */
    record Decided(Fault fault, LocalDate on, Decision<Sanction> decision) {}

    private static final LocalDate DECIDED = LocalDate.of(2026, 7, 15);

    /** A province's own measure, invented for the example, that treats minor faults more lightly from 2026-06-01. */
    static final LegalInstrument PROVINCIAL_MEASURE = LegalInstrument.builder()
            .title("示例省行政执法过错责任追究办法")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT)
            .documentNumber("示政发〔2026〕9号")
            .adoptionDate(LocalDate.of(2026, 5, 8))
            .effectiveDate(LocalDate.of(2026, 6, 1))
            .build();

    private final PrintWriter out;
    private final boolean english;
    private final Organization organization = TobaccoBureau.organization();
    private final SanctionPolicy policy = SanctionPolicy.national();

    AccountabilityExample(PrintWriter out, Locale locale) {
        this.out = out;
        this.english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** Runs every case, printing it, and returns what the cases decided, in order. */
    List<Outcome> run() {
        print(BilingualText.of("示例市烟草专卖局 执法过错责任追究", "Tobacco monopoly bureau of Example City: "
                + "accountability for enforcement faults"), "");
        return List.of(expiredCertificate(), missingHearingNotice(), wrongLegalBasis(), dutyDulyPerformed(),
                acrossARuleChange(), actUnderTheOldRegulation());
    }

    /** Case 6: an act of 2019 decided in 2021: the old regulation's ceiling holds (从旧). */
    private Outcome actUnderTheOldRegulation() {
        heading("案例六", "Case 6", "2019年故意滥用职权并隐匿证据，2021年处理（从旧）",
                "an intentional abuse of power in 2019, with evidence hidden, decided in 2021 (the old rules hold)");
        Fault abuse = officerFault(OfficerId.of("O-09"), FaultType.ABUSE_OF_DISCRETION, FaultForm.INTENT,
                Consequence.SERIOUS, Role.HANDLER, Responsibility.DIRECT, LocalDate.of(2019, 11, 5),
                "擅自加重处罚幅度，案发后隐匿询问笔录")
                .addCircumstances(Circumstance.OBSTRUCTED_EVIDENCE).build();
        print(BilingualText.of("过错认定：" + abuse.summary().zh(), "Fault: " + abuse.summary().en()));
        return Outcome.of(decide(policy, abuse, LocalDate.of(2021, 3, 1)));
    }

    /** Case 1: an officer inspects with a certificate that expired (行政处罚法 Art 42, 76(1)(5)). */
    private Outcome expiredCertificate() {
        LocalDate inspected = LocalDate.of(2026, 5, 12);
        OfficerId zhao = OfficerId.of("O-04");
        Certification certification = organization.certification(zhao, TobaccoCatalogue.AREA, inspected);
        heading("案例一", "Case 1", "执法证过期仍参与检查", "inspecting with an expired certificate");
        print(certification.explanation());
        Fault fault = officerFault(zhao, FaultType.NO_CREDENTIAL, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR,
                Role.HANDLER, Responsibility.DIRECT, inspected,
                "执法证 " + certification.credentialNumber().orElse("") + " 已于2026-03-31过期，仍于2026-05-12参与零售户检查")
                .build();
        return new Outcome(List.of(certification), List.of(), List.of(decide(fault)));
    }

    /** Case 2: a penalty decided without notice of the right to a hearing (行政处罚法 Art 44, 63, 64). */
    private Outcome missingHearingNotice() {
        LocalDate decided = LocalDate.of(2026, 3, 20);
        heading("案例二", "Case 2", "未告知听证权利即作出吊销许可证的处罚决定，被行政复议撤销",
                "a licence revoked without notice of the right to a hearing, annulled on review");
        List<Share> shares = Apportionment.national().apportion(Situation.WRONG_DRAFT_APPROVED, List.of(
                Participant.of("O-09", Role.HANDLER), Participant.of("O-08", Role.REVIEWER),
                Participant.of("O-02", Role.APPROVER)));
        List<Decided> decisions = new ArrayList<>();
        for (Share share : shares) {
            OfficerId id = OfficerId.of(share.participant().person());
            print(BilingualText.of(
                    "责任划分：" + name(id) + "（" + share.participant().role().label().zh() + "）承担"
                            + share.responsibility().label().zh() + "，依据" + share.decision().fired().get(0).basis(),
                    "Apportionment: " + name(id) + " (" + share.participant().role().label().en() + ") bears "
                            + share.responsibility().label().en()));
            decisions.add(decide(officerFault(id, FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE,
                    Consequence.SERIOUS, share.participant().role(), share.responsibility(), decided,
                    "拟作出吊销烟草专卖零售许可证的处罚决定前未告知当事人听证权利").build()));
        }
        return new Outcome(List.of(), shares, decisions);
    }

    /** Case 3: the approver changed a correct legal basis to a repealed one (行政诉讼法 Art 70(2)). */
    private Outcome wrongLegalBasis() {
        heading("案例三", "Case 3", "批准人将正确的法律依据改为已失效的条款并签发决定",
                "the approver replaced a correct legal basis with a repealed provision and signed");
        List<Share> shares = Apportionment.national().apportion(Situation.APPROVER_OVERRODE, List.of(
                Participant.of("O-09", Role.HANDLER), Participant.of("O-02", Role.APPROVER)));
        for (Share share : shares) {
            OfficerId id = OfficerId.of(share.participant().person());
            print(BilingualText.of("责任划分：" + name(id) + (share.responsibility() == Responsibility.NONE ? ""
                    : "承担") + share.responsibility().label().zh(),
                    "Apportionment: " + name(id) + " bears " + share.responsibility().label().en()));
        }
        Decided decided = decide(officerFault(OfficerId.of("O-02"), FaultType.WRONG_LAW,
                FaultForm.ORDINARY_NEGLIGENCE, Consequence.MINOR, Role.APPROVER, shares.get(1).responsibility(),
                LocalDate.of(2026, 4, 8), "将处罚依据改为已于2023-07-20失效的《烟草专卖法实施条例》（2021年修订）第五十五条")
                .build());
        return new Outcome(List.of(), shares, List.of(decided));
    }

    /** Case 4: a licence granted on documents the applicant forged; the officer did her duty (尽职免责). */
    private Outcome dutyDulyPerformed() {
        heading("案例四", "Case 4", "申请人提供伪造材料骗取许可，承办人依法履职", "a licence obtained with forged documents; "
                + "the officer followed the procedure");
        return Outcome.of(decide(officerFault(OfficerId.of("O-06"), FaultType.FACTS_UNCLEAR,
                FaultForm.ORDINARY_NEGLIGENCE, Consequence.SERIOUS, Role.HANDLER, Responsibility.DIRECT,
                LocalDate.of(2026, 2, 3), "申请人伪造经营场所租赁合同取得零售许可证，承办人已按规定实地核查")
                .dutyPerformance(new DutyPerformance(true, false, true, false)).build()));
    }

    /** One case decided twice: the province's measure of 2026 treats a minor fault more lightly. */
    private Outcome acrossARuleChange() {
        heading("案例五", "Case 5", "同一案件在规则修订前后作出处理（从旧兼从轻）",
                "one case decided before and after a change of rules (lex mitior)");
        DecisionTable<Fault, Sanction> national = SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2020);
        Row<Sanction> minorDirect = national.spec().row(RuleId.of("OFFICER.MINOR.DIRECT")).orElseThrow();
        Sanction lighter = Sanction.of(SanctionKind.CRITICISM);
        RuleRef ref = new RuleRef(minorDirect.id(), BilingualText.of("一般过错中负直接责任的人员：" + lighter.describe().zh(),
                "a minor fault with direct responsibility: " + lighter.describe().en()),
                LegalBasis.of(Provision.wholeOf(PROVINCIAL_MEASURE)));
        DecisionTable<Fault, Sanction> revised = national.withSpec(national.spec().toBuilder()
                .replace(minorDirect.withRef(ref).withOutput(lighter))
                .build());
        SanctionPolicy province = SanctionPolicy.of(
                RuleBook.<Fault, Sanction>builder("示例省执法过错责任追究规则", Sanction.HEAVIER, SanctionPolicy.LEX_MITIOR)
                        .version(SanctionPolicy.EDITION_2020, LocalDate.of(2020, 7, 1), LocalDate.of(2026, 6, 1),
                                national)
                        .version(PROVINCIAL_MEASURE.citation(), LocalDate.of(2026, 6, 1), revised)
                        .build(),
                policy.agencies());
        Fault late = officerFault(OfficerId.of("O-07"), FaultType.OVERDUE, FaultForm.GROSS_NEGLIGENCE,
                Consequence.NONE, Role.HANDLER, Responsibility.DIRECT, LocalDate.of(2026, 4, 20),
                "许可证延续申请超过法定期限二日作出决定").build();
        print(BilingualText.of("第一次处理（2026-05-20，修订前）：", "Decided on 2026-05-20, before the revision:"));
        Decided before = decide(province, late, LocalDate.of(2026, 5, 20));
        print(BilingualText.of("第二次处理（2026-07-15，修订后）：", "Decided on 2026-07-15, after the revision:"));
        Decided after = decide(province, late, DECIDED);
        return new Outcome(List.of(), List.of(), List.of(before, after));
    }

    private Fault.Builder officerFault(OfficerId id, FaultType type, FaultForm form, Consequence consequence,
            Role role, Responsibility responsibility, LocalDate act, String description) {
        Fault.Builder builder = Fault.builder();
        builder.subject(FaultSubject.officer(id, name(id))).type(type).form(form).consequence(consequence).role(role)
                .responsibility(responsibility).actDate(act).description(description);
        return builder;
    }

    /** Prints the fault, then decides it under the national policy on the example's day of decision. */
    private Decided decide(Fault fault) {
        print(BilingualText.of("过错认定：" + fault.summary().zh() + "（" + fault.description().zh() + "）",
                "Fault: " + fault.summary().en()));
        return decide(policy, fault, DECIDED);
    }

    /** Decides a fault under a policy on a day and prints the decision with its explanation. */
    private Decided decide(SanctionPolicy by, Fault fault, LocalDate on) {
        Decision<Sanction> decision = by.decide(fault, on);
        print(decision.explain(), "    ");
        return new Decided(fault, on, decision);
    }

    private String name(OfficerId id) {
        return organization.officer(id).name();
    }

    private void heading(String numberZh, String numberEn, String zh, String en) {
        out.println();
        print(BilingualText.of(numberZh + "：" + zh, numberEn + ": " + en), "");
    }

    private void print(BilingualText text) {
        print(text, "  ");
    }

    /** Prints the text in the language asked for, each of its lines indented. */
    private void print(BilingualText text, String indent) {
        (english ? text.en() : text.zh()).lines().forEach(line -> out.println(indent + line));
    }
}
