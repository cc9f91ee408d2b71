package io.github.quanze.examples;

import static io.github.quanze.procedure.StepKind.CLOSING;
import static io.github.quanze.procedure.StepKind.COLLECTIVE_DECISION;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.EVIDENCE_PRESERVATION;
import static io.github.quanze.procedure.StepKind.EXECUTION;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.HEAD_APPROVAL;
import static io.github.quanze.procedure.StepKind.HEARING;
import static io.github.quanze.procedure.StepKind.HEARING_NOTICE;
import static io.github.quanze.procedure.StepKind.HEARING_RIGHT_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.ReviewFaults;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureDiagram;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.review.ReviewerFinding;
import io.github.quanze.rule.Decision;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A penalty case of the tobacco monopoly bureau, run through the second half of the pipeline: the bureau's own flow
 * (执法流程图), the case history (案卷), its deadlines across 国庆 2026, the procedural violations replaying it
 * finds, the review of the case file against the default standard (案卷评查), the faults of the officers involved
 * (执法过错) and the sanctions the national policy decides (责任追究), each with its explanation; and the flow
 * written as Mermaid and Graphviz files.
 * <p>
 * The case: a retailer sold cigarettes without a licence; the bureau preserved them and proposed a fine and the
 * revocation of the retail licence, so the party could ask for a hearing (行政处罚法 Art 63). Two things went wrong:
 * 赵丽, whose certificate expired on 2026-03-31, took part in the preservation, and the hearing notice went out on
 * 2026-09-30, though seven working days before the hearing of 2026-10-12 fell on 2026-09-24 (Art 64(二), Art 85).
 * The decision is published on the bureau's website within the seven working days of 国办发〔2018〕118号 (事后公开),
 * and the tour ends with the referral of another case to the police ({@link ReferralExample}).
 */
final class CaseExample extends Report {

    /** The day the case is reviewed and its faults decided. */
    static final LocalDate REVIEWED = LocalDate.of(2026, 11, 24);

    /** A day during the case, before the hearing notice was due. */
    static final LocalDate DURING = LocalDate.of(2026, 9, 23);

    /** The day the decision was published, and where. */
    static final LocalDate PUBLISHED = LocalDate.of(2026, 10, 23);
    static final String CHANNEL = "示例市烟草专卖局门户网站“双公示”专栏";

    private static final OfficerId FENG = OfficerId.of("O-09");
    private static final OfficerId ZHENG = OfficerId.of("O-08");
    private static final OfficerId ZHAO = OfficerId.of("O-04");
    private static final OfficerId CHEN = OfficerId.of("O-02");
    private static final OfficerId WANG = OfficerId.of("O-01");
    private static final OfficerId WEI = OfficerId.of("O-11");

    private final Path diagrams;

    CaseExample(PrintWriter out, Locale locale, Path diagrams) {
        super(out, locale);
        this.diagrams = diagrams;
    }

    /** The case as recorded, late hearing notice and expired certificate included. */
    static CaseRecord record() {
        return CaseRecord.builder().id("示烟罚〔2026〕37号").procedure(TobaccoProcedures.PRESERVATION_CASE)
                .organization(TobaccoBureau.organization()).area(TobaccoCatalogue.AREA)
                .opened(LocalDate.of(2026, 9, 1)).hearingEligible(true)
                .grounds(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION, CaseGround.MAJOR_RIGHTS_AFTER_HEARING)
                .publication(PublicationRule.penalty())
                .build()
                .appendAll(List.of(
                        step(FILING, "2026-09-01", FENG).with("立案审批表"),
                        step(HEAD_APPROVAL, "2026-09-02", CHEN).with("先行登记保存审批表"),
                        step(EVIDENCE_PRESERVATION, "2026-09-02", FENG, ZHAO).with("证据先行登记保存通知书", "现场检查笔录"),
                        step(INVESTIGATION, "2026-09-08", FENG, ZHENG).with("询问笔录", "涉案卷烟鉴别检验报告"),
                        step(NOTICE, "2026-09-17", FENG, ZHENG).with("行政处罚事先告知书"),
                        step(HEARING_RIGHT_NOTICE, "2026-09-17", FENG, ZHENG).with("行政处罚听证告知书"),
                        new CaseEvent.HearingRequested(LocalDate.of(2026, 9, 21)),
                        step(STATEMENT_AND_DEFENCE, "2026-09-22", FENG).with("陈述申辩笔录"),
                        step(HEARING_NOTICE, "2026-09-30", FENG).with("听证通知书"),
                        step(HEARING, "2026-10-12", WEI).with("听证笔录"),
                        step(LEGALITY_REVIEW, "2026-10-14", WEI).with("法制审核意见书"),
                        step(COLLECTIVE_DECISION, "2026-10-16", WANG).with("集体讨论记录"),
                        CaseEvent.recorded(DECISION, LocalDate.of(2026, 10, 19), PenaltyDecision.fine(PartyType.CITIZEN,
                                new BigDecimal("12880"), PenaltyKind.CONFISCATION_OF_GAINS)
                                .withOffence(DiscretionExample.TOUR_OFFENCE), CHEN).with("行政处罚决定书"),
                        step(SERVICE, "2026-10-21", FENG, ZHENG).with("送达回证"),
                        new CaseEvent.Published(PUBLISHED, Optional.of(CHANNEL)),
                        step(EXECUTION, "2026-11-05", FENG).with("罚没款缴款凭证"),
                        step(CLOSING, "2026-11-10", FENG).with("结案报告")));
    }

    /** Prints every stage and writes the flowchart. */
    void run() {
        Procedure procedure = TobaccoProcedures.PRESERVATION_CASE;
        CaseRecord record = record();
        line(t("示例市烟草专卖局 案件办理与责任追究", "Tobacco monopoly bureau of Example City: a case and its "
                + "accountability"));
        printProcedure(procedure);
        printHistory(record);
        line("");
        line(t("三、办案期间的期限（", "3. Deadlines during the case (as of ") + DURING + t("）", ")"));
        printState(record.replay(DURING));
        line("");
        line(t("四、结案后的案件状态（", "4. The case after closing (as of ") + REVIEWED + t("）", ")"));
        printState(record.replay(REVIEWED, TobaccoStandards.city()));
        line("");
        printPublication(record);
        line("");
        new DiscretionExample(out(), locale()).runTourStep();
        printAccountability(printReview());
        line("");
        line(t("九、案件移送（另案；完整示例见 referral 命令）", "9. Referral of a suspected crime (another case; the "
                + "whole example is the referral command)"));
        new ReferralExample(out(), locale()).printReferred("  ");
        writeDiagrams(procedure);
    }

    private void printProcedure(Procedure procedure) {
        line("");
        line(t("一、执法流程：", "1. Procedure: ") + in(procedure.name()) + t("，", ", ") + procedure.steps().size()
                + t(" 个环节", " steps"));
        for (Step step : procedure.steps()) {
            String officers = step.officers() > 1 ? t("，" + step.officers() + "名持证执法人员",
                    ", " + step.officers() + " certified officers") : "";
            String limit = step.deadline().map(d -> t("，时限：", ", time limit: ") + in(d.describe())).orElse("");
            line("  " + in(step.kind().label()) + t("（", " (") + in(step.role().label()) + officers + limit
                    + t("） 依据", ") basis ") + step.basis());
        }
    }

    private void printHistory(CaseRecord record) {
        line("");
        line(t("二、案件记录：", "2. Case record: ") + record.id() + t("，立案于", ", opened ") + record.opened()
                + t("，情节复杂、涉及当事人重大权益，当事人可以要求听证", ", a complex case concerning the party's major "
                        + "rights, in which the party may ask for a hearing"));
        for (CaseEvent event : record.events()) {
            line("  " + event.date() + "  " + describe(event, record));
        }
    }

    private String describe(CaseEvent event, CaseRecord record) {
        if (event instanceof CaseEvent.StepPerformed p) {
            String names = p.officers().stream().map(o -> record.organization().officer(o).name())
                    .collect(Collectors.joining(t("、", ", ")));
            return in(p.step().label()) + t("：", ": ") + names + (p.documents().isEmpty() ? ""
                    : t("（", " (") + String.join(t("、", ", "), p.documents()) + t("）", ")"));
        }
        if (event instanceof CaseEvent.HearingRequested) {
            return t("当事人要求听证", "the party asks for a hearing");
        }
        if (event instanceof CaseEvent.Published p) {
            return t("公开行政处罚决定信息", "decision information published") + p.channel()
                    .map(c -> t("（" + c + "）", " (" + c + ")")).orElse("");
        }
        return event.toString();
    }

    private void printState(CaseState state) {
        for (String l : in(state.explain()).split("\n")) {
            line("  " + l);
        }
    }

    /** The case file as the legal affairs office reviews it, with what its reviewer found besides the replay. */
    static CaseFile file() {
        return CaseFile.of(record())
                .with(ReviewerFinding.of("DOCUMENTS.IRREGULAR", "听证通知书未载明听证地点", "卫东", REVIEWED))
                .with(new ReviewerFinding("FILING.PAGES", 2, "卷内第12页、第13页未编页码", "卫东", REVIEWED, List.of()));
    }

    /** The review of the case file against the default standard on the review day. */
    static ReviewReport review() {
        return CaseFileReview.review(file(), ReviewStandards.DEFAULT, REVIEWED);
    }

    /** The faults the review establishes, each with the form of fault the bureau's inquiry found. */
    static List<Fault> faults(ReviewReport report) {
        List<Fault> faults = new ArrayList<>();
        for (Fault found : ReviewFaults.of(report)) {
            faults.add(found.toBuilder().form(form(found.type())).build());
        }
        return List.copyOf(faults);
    }

    /** The publication of the decision (事后公开) under the case's rule: the day due, the day published, the replay. */
    private void printPublication(CaseRecord record) {
        PublicationRule rule = record.publication().orElseThrow();
        LocalDate decided = record.events().stream().filter(e -> e instanceof CaseEvent.StepPerformed p
                && p.step() == rule.decision()).findFirst().orElseThrow().date();
        LocalDate due = rule.within().from(decided, record.calendar()).due();
        line(t("五、执法决定公开（事后公开）", "5. Publication of the decision (事后公开)"));
        line(t("  规则：自决定之日起", "  Rule: within ") + in(rule.within().describe()) + t("内公开，依据", " of the decision, basis ")
                + rule.basis());
        line(t("  决定日期 ", "  Decided ") + decided + t("，公开期限 ", ", due ") + due + t("，实际公开 ", ", published ")
                + PUBLISHED + t("（", " (") + CHANNEL + t("）", ")"));
        CaseState state = record.replay(REVIEWED);
        line(t("  回放结果：", "  Replay: ") + (state.violations(ViolationKind.PUBLICATION_OVERDUE).isEmpty()
                ? t("按期公开，无违法", "published on time, no violation")
                : t("逾期公开", "published late")));
    }

    private ReviewReport printReview() {
        line("");
        line(t("七、案卷评查", "7. Case-file review"));
        ReviewReport report = review();
        for (String l : in(report.explain()).split("\n")) {
            line("  " + l);
        }
        return report;
    }

    private void printAccountability(ReviewReport report) {
        line("");
        line(t("八、执法过错与责任追究（", "8. Faults and sanctions (decided ") + REVIEWED + t("）", ")"));
        SanctionPolicy policy = SanctionPolicy.national();
        for (Fault fault : faults(report)) {
            line("  " + t("过错认定：", "Fault: ") + in(fault.summary()));
            line("    " + in(fault.description()));
            Decision<Sanction> decision = policy.decide(fault, REVIEWED);
            for (String l : in(decision.explain()).split("\n")) {
                line("    " + l);
            }
        }
    }

    /**
     * The form of fault the bureau's inquiry established: an officer who knows her certificate has expired and still
     * enforces is grossly negligent; anything else here is ordinary negligence. These findings of fact are the
     * example's, not the library's defaults.
     */
    private static FaultForm form(FaultType type) {
        return type == FaultType.NO_CREDENTIAL ? FaultForm.GROSS_NEGLIGENCE : FaultForm.ORDINARY_NEGLIGENCE;
    }

    private void writeDiagrams(Procedure procedure) {
        line("");
        line(t("十、流程图", "10. Flowchart"));
        try {
            Path mermaid = diagrams.resolve("preservation-case.mmd");
            Path dot = diagrams.resolve("preservation-case.dot");
            Files.writeString(mermaid, ProcedureDiagram.mermaid(procedure, locale()), StandardCharsets.UTF_8);
            Files.writeString(dot, ProcedureDiagram.dot(procedure, locale()), StandardCharsets.UTF_8);
            line("  " + t("Mermaid：", "Mermaid: ") + mermaid);
            line("  " + t("Graphviz DOT：", "Graphviz DOT: ") + dot);
        } catch (IOException e) {
            throw new Main.UsageException("Cannot write the flowchart to " + diagrams + ": " + e);
        }
    }

    private static CaseEvent.StepPerformed step(StepKind step, String date, OfficerId... officers) {
        return CaseEvent.performed(step, LocalDate.parse(date), officers);
    }
}
