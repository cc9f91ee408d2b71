package io.github.quanze.examples;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.JointTeamFaults;
import io.github.quanze.fault.ViolationFaults;
import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseNote;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.ReferralApproval;
import io.github.quanze.procedure.ReferralTransfer;
import io.github.quanze.referral.CaseTransfer;
import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.TeamFinding;
import io.github.quanze.rule.Decision;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.text.BilingualText;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tobacco bureau's referral of suspected crimes (行政执法机关移送涉嫌犯罪案件的规定, 国务院令第310号) and its joint
 * enforcement with the market-regulation bureau (联动执法): a counterfeit-cigarette case referred on time, a second
 * case penalised instead of referred (以罚代刑) with its faults and the sanctions of 310号 Art 16, and a joint operation
 * whose case the bureau transfers to the market-regulation bureau, the team checked over a quarter and its leader's
 * responsibility for a case of the operation. The cases are {@link ReferralCases}'.
 */
final class ReferralExample extends Report {

    /**
     * The day the provincial bureau, which oversees the city bureau (实行垂直管理的上级行政执法机关), ordered it to
     * correct case (b), and the day the sanctions are decided: the bureau did not refer, the example's finding of fact.
     */
    static final LocalDate ORDERED_TO_CORRECT = LocalDate.of(2026, 10, 9);
    static final LocalDate DECIDED = LocalDate.of(2026, 11, 2);

    ReferralExample(PrintWriter out, Locale locale) {
        super(out, locale);
    }

    /** Prints the three stories. */
    void run() {
        line(t("示例市烟草专卖局 案件移送与联动执法", "Tobacco monopoly bureau of Example City: referrals and joint "
                + "enforcement"));
        line("");
        printReferred(t("一、", "1. "));
        line("");
        printPenalised();
        line("");
        printJointTeam();
    }

    /** Prints case (a): the finding, the referral's deadlines and its replay, without violation. */
    void printReferred(String number) {
        CaseRecord record = ReferralCases.referred();
        CaseState state = record.replay(ReferralCases.CHECKED);
        line(number + t("涉嫌犯罪案件按时移送：", "A suspected crime referred on time: ") + record.id());
        printFinding(record);
        for (CaseEvent event : record.events()) {
            if (!(event instanceof CaseEvent.CrimeSuspected)) {
                line("    " + event.date() + "  " + describe(event, record));
            }
        }
        line(t("  移送期限：", "  Referral deadlines:"));
        for (CaseDeadline deadline : state.deadlines()) {
            line("    " + in(deadline.describe()));
        }
        line(t("  回放结果（", "  Replay (as of ") + state.asOf() + t("）：", "): ") + violations(state));
    }

    private void printPenalised() {
        CaseRecord record = ReferralCases.penalised();
        CaseState state = record.replay(ReferralCases.CHECKED);
        line(t("二、以罚代刑：", "2. A penalty in place of referral: ") + record.id());
        printFinding(record);
        line(t("  2026-09-11 作出罚款、没收违法所得的处罚决定，2026-09-18 结案，未移送公安机关",
                "  2026-09-11 a fine and confiscation decided, 2026-09-18 closed, never referred to the police"));
        line(t("  回放结果（", "  Replay (as of ") + state.asOf() + t("）：", "): ") + violations(state));
        for (ProcedureViolation violation : state.violations()) {
            line("    " + violation.code() + t("：", ": ") + in(violation.message()));
        }
        line(t("  执法过错与责任追究（310号第十六条）", "  Faults and sanctions (310号 Art 16)"));
        SanctionPolicy policy = SanctionPolicy.national();
        for (Fault fault : ViolationFaults.of(state)) {
            line("    " + t("过错认定：", "Fault: ") + in(fault.summary()));
            line(t("      责令改正前：", "      Before any order to correct: ")
                    + in(firstLine(policy.decide(fault, DECIDED).explain())));
            Fault refused = fault.toBuilder().addCircumstances(Circumstance.REFUSED_TO_CORRECT).build();
            line(t("      " + ORDERED_TO_CORRECT + " 省局责令改正，拒不改正：",
                    "      Ordered by the provincial bureau on " + ORDERED_TO_CORRECT + " to correct, refused:"));
            for (String l : in(policy.decide(refused, DECIDED).explain()).split("\n")) {
                line("        " + l);
            }
        }
    }

    private void printJointTeam() {
        JointTeam team = ReferralCases.team();
        line(t("三、联动执法：", "3. Joint enforcement: ") + team.id());
        line(t("  组长：", "  Leader: ") + team.leader().name() + "（" + agency(team.lead()) + "）" + t("；联络员：", "; liaisons: ")
                + team.liaisons().stream().map(l -> l.name() + "（" + agency(l.agency()) + "）")
                        .collect(Collectors.joining(t("、", ", "))));
        line(t("  范围：", "  Scope: ") + String.join(t("、", ", "), team.scope()) + t("；联席会议每月至少 ",
                "; joint meetings at least ") + team.meetings().perMonth() + t(" 次；移送 ", " a month; referrals "
                + "followed up within ") + team.followUpDays() + t(" 日内跟进；行动结果 ", " days; results reported "
                + "within ") + team.feedbackDays() + t(" 日内反馈；依据", " days; basis ") + team.rule());
        line(t("  联合行动：", "  Operation: ") + ReferralCases.OPERATION + t("（", " (") + ReferralCases.operation().date()
                + t("），查处案件：", "), cases: ") + String.join(t("、", ", "), ReferralCases.operation().cases()));
        CaseTransfer transfer = transfer();
        line(t("  案件移送管辖：", "  Case transferred: ") + transfer.sending().id() + " → " + transfer.receiving().id()
                + t("，", ", ") + transfer.date() + t("，", ", ") + in(transfer.reason().label()) + t("，依据", ", basis ")
                + transfer.basis());
        line(t("    移送方案件回放：", "    The sending record replayed: ")
                + violations(transfer.sending().replay(ReferralCases.CHECKED)) + t("；在移送机关 ",
                        "; with the sender ") + transfer.daysWithSender() + t(" 日", " days"));
        CaseState continued = transfer.continued(ReferralCases.CHECKED);
        line(t("    接收机关继续办理（", "    Continued by the receiving agency (as of ") + continued.asOf()
                + t("）：", "): ") + violations(continued));
        for (CaseDeadline deadline : transfer.deadlines(ReferralCases.CHECKED)) {
            line("      " + in(deadline.describe()));
        }
        line(t("  季度检查（", "  Check of the quarter (") + ReferralCases.QUARTER_FROM + t("至", " to ")
                + ReferralCases.QUARTER_TO + t("）：", "): ") + teamFindings().size() + t(" 项发现", " findings"));
        for (TeamFinding finding : teamFindings()) {
            line("    " + finding.code() + t("：", ": ") + in(finding.message()));
        }
        CaseRecord record = ReferralCases.operationCase();
        CaseState state = record.replay(ReferralCases.CHECKED);
        line(t("  行动案件 ", "  Operation case ") + record.id() + t("：", ": ") + violations(state));
        List<Fault> faults = ViolationFaults.of(state);
        for (Fault fault : faults) {
            line("    " + t("过错认定：", "Fault: ") + in(fault.summary()));
        }
        for (Fault fault : leaderFaults()) {
            line(t("    组长责任：", "    The team leader's responsibility: ") + in(fault.summary()));
            line("      " + in(fault.description()));
            Decision<Sanction> decision = SanctionPolicy.national().decide(fault, DECIDED);
            for (String l : in(decision.explain()).split("\n")) {
                line("      " + l);
            }
        }
    }

    /** The transfer of the operation's case, its two records checked to agree. */
    static CaseTransfer transfer() {
        return CaseTransfer.of(ReferralCases.transferred(), ReferralCases.received(),
                Set.of(TobaccoBureau.CITY, ReferralCases.MARKET_BUREAU));
    }

    /** The team's findings over the third quarter. */
    static List<TeamFinding> teamFindings() {
        return ReferralCases.log().check(ReferralCases.team(), ReferralCases.QUARTER_FROM, ReferralCases.QUARTER_TO);
    }

    /** The team leader's faults for the faults of the operation's own case. */
    static List<Fault> leaderFaults() {
        CaseRecord record = ReferralCases.operationCase();
        return JointTeamFaults.of(ReferralCases.team(), ReferralCases.operation(), record,
                ViolationFaults.of(record.replay(ReferralCases.CHECKED)));
    }

    /** The faults of case (b), each as the bureau stood after refusing to correct. */
    static List<Fault> refusedFaults() {
        List<Fault> faults = new ArrayList<>();
        for (Fault fault : ViolationFaults.of(ReferralCases.penalised().replay(ReferralCases.CHECKED))) {
            faults.add(fault.toBuilder().addCircumstances(Circumstance.REFUSED_TO_CORRECT).build());
        }
        return List.copyOf(faults);
    }

    private void printFinding(CaseRecord record) {
        for (CaseEvent event : record.events()) {
            if (event instanceof CaseEvent.CrimeSuspected crime) {
                line(t("  涉嫌犯罪认定（", "  Suspected crime found (") + crime.date() + t("）：", "): ") + crime.finding());
                line(t("    追诉标准：", "    Thresholds cited: ") + String.join(t("；", "; "), crime.thresholds()));
            }
        }
    }

    private String violations(CaseState state) {
        if (state.violations().isEmpty()) {
            return t("无违法", "no violation") + notes(state);
        }
        return state.violations().stream().map(ProcedureViolation::code).collect(Collectors.joining(", "))
                + notes(state);
    }

    private String notes(CaseState state) {
        if (state.notes().isEmpty()) {
            return "";
        }
        return t("；提示：", "; notes: ") + state.notes().stream().map(CaseNote::code)
                .collect(Collectors.joining(", "));
    }

    private String describe(CaseEvent event, CaseRecord record) {
        if (event instanceof CaseEvent.StepPerformed p) {
            String names = p.officers().stream().map(o -> record.organization().officer(o).name())
                    .collect(Collectors.joining(t("、", ", ")));
            String time = "";
            if (p.content().orElse(null) instanceof ReferralApproval a) {
                time = (a.approved() ? t("，批准", ", approved") : t("，不批准", ", refused"))
                        + a.time().map(at -> " " + at).orElse("");
            } else if (p.content().orElse(null) instanceof ReferralTransfer r) {
                time = r.time().map(at -> " " + at).orElse("") + t("，移送材料：", ", materials: ")
                        + r.materials().stream().map(m -> in(m.label())).collect(Collectors.joining(t("、", ", ")))
                        + t("，涉案物品：", ", items: ") + String.join(t("、", ", "), r.items());
            }
            return in(p.step().label()) + t("：", ": ") + names + time + (p.documents().isEmpty() ? ""
                    : t("（", " (") + String.join(t("、", ", "), p.documents()) + t("）", ")"));
        }
        if (event instanceof CaseEvent.Answered a) {
            return a.authority() + t("：", ": ") + in(a.answer().label());
        }
        return event.toString();
    }

    private static String agency(io.github.quanze.power.AgencyId id) {
        return ReferralCases.organization().findAgency(id).map(a -> a.name()).orElse(id.toString());
    }

    private static BilingualText firstLine(BilingualText text) {
        return BilingualText.of(text.zh().split("\n")[0], text.en().split("\n")[0]);
    }
}
