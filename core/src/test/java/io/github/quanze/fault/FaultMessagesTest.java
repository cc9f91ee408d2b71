package io.github.quanze.fault;

import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.QIAN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.penaltyCase;
import static io.github.quanze.procedure.Cases.replace;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.testing.Faults.officerFault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReviewTest;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** The wording of faults in both languages, and the grounds they rest on as data. */
class FaultMessagesTest {

    @Example
    void summary_inBothLanguages() {
        Fault fault = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR)
                .build();
        assertThat(fault.summary()).isEqualTo(BilingualText.of("钱稽查：违反法定程序，重大过失，严重过错，直接责任",
                "钱稽查: " + FaultType.PROCEDURE_VIOLATION.label().en() + ", " + FaultForm.GROSS_NEGLIGENCE.label().en()
                        + ", " + Gravity.SERIOUS.label().en() + ", " + Responsibility.DIRECT.label().en()));
    }

    @Example
    void aDescriptionWrittenInOneLanguageReadsTheSameInBoth() {
        Fault fault = officerFault(FaultType.OVERDUE, FaultForm.INTENT, Consequence.NONE).build();
        assertThat(fault.description()).isEqualTo(BilingualText.of("测试过错", "测试过错"));
        assertThat(fault.grounds()).isEmpty();
        Fault both = officerFault(FaultType.OVERDUE, FaultForm.INTENT, Consequence.NONE)
                .description(BilingualText.of("逾期送达", "served late")).build();
        assertThat(both.description().en()).isEqualTo("served late");
    }

    @Example
    void aFaultFromViolationsCarriesThemAndDescribesThemInBothLanguages() {
        List<ProcedureViolation> violations = penaltyCase(replace(replace(PENALTY_CASE, StepKind.INVESTIGATION,
                step(StepKind.INVESTIGATION, "2026-09-02", WANG)), StepKind.DECISION, step(StepKind.DECISION,
                "2026-10-19", WANG))).replay(LocalDate.of(2026, 11, 30)).violations();
        List<Fault> faults = ViolationFaults.of(violations, FaultForm.ORDINARY_NEGLIGENCE, Consequence.NONE);
        Fault decision = faults.stream().filter(f -> f.actDate().equals(LocalDate.of(2026, 10, 19))).findFirst()
                .orElseThrow();
        assertThat(decision.grounds()).extracting(Finding::code).containsExactly("PROCEDURE.NOT_BY_HEAD");
        ProcedureViolation v = (ProcedureViolation) decision.grounds().get(0);
        assertThat(decision.description()).isEqualTo(BilingualText.of(
                "决定（2026-10-19）应当由行政机关负责人进行，参与人员均不担任负责人岗位（" + v.basis() + "）",
                "decision on 2026-10-19 is for a head of the agency, and none of those who took part holds a head's "
                        + "post (" + v.basis().toEnglish() + ")"));
    }

    @Example
    void aFaultFromAFailedFileRestsOnTheDefect() {
        ReviewReport report = CaseFileReviewTest.review(CaseFile.of(penaltyCase(replace(PENALTY_CASE,
                StepKind.INVESTIGATION, step(StepKind.INVESTIGATION, "2026-09-02", WANG, QIAN)))));
        Fault fault = ReviewFaults.of(report).get(0);
        assertThat(fault.grounds()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("REVIEW.VIOLATION");
            assertThat(g.parameters().text("criterionCode")).isEqualTo("SUBJECT.UNCERTIFIED");
            assertThat(g.severity()).isEqualTo(Severity.ERROR);
            assertThat(g.parameters().text("caseId")).isEqualTo("烟罚〔2026〕1号");
            assertThat(g.parameters().bool("veto")).isTrue();
            assertThat(g.parameters().date("date")).isEqualTo(LocalDate.of(2026, 9, 2));
            assertThat(g.message().zh()).isEqualTo("案卷烟罚〔2026〕1号评查：执法人员不具备执法资格，"
                    + report.defects().get(0).reason().zh());
            assertThat(g.message().en()).isEqualTo("case file 烟罚〔2026〕1号 reviewed: "
                    + report.defects().get(0).criterion().name().en() + ", " + report.defects().get(0).reason().en());
        });
        assertThat(fault.description().zh()).isEqualTo(fault.grounds().get(0).message().zh() + "（"
                + report.defects().get(0).basis() + "）");
        assertThat(fault.description().en()).endsWith(" (" + report.defects().get(0).basis().toEnglish() + ")");
    }

    @Example
    void aFaultNeedsGroundsOrADescription() {
        Fault.Builder builder = Fault.builder();
        builder.subject(io.github.quanze.testing.Faults.OFFICER).type(FaultType.OVERDUE)
                .form(FaultForm.ORDINARY_NEGLIGENCE).consequence(Consequence.NONE)
                .role(io.github.quanze.procedure.Role.HANDLER).responsibility(Responsibility.DIRECT)
                .actDate(LocalDate.of(2026, 1, 5));
        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessage("Fault of O-04: a description is required for a fault that rests on no finding");
        assertThatIllegalArgumentException().isThrownBy(() -> officerFault(FaultType.OVERDUE, FaultForm.INTENT,
                Consequence.NONE).description(BilingualText.of("逾期", "late\u0007")).build())
                .withMessageStartingWith("Fault of O-04: description in English must not contain control character");
    }
}
