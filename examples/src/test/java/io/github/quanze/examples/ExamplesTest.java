package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.AllocationIssue;
import io.github.quanze.power.CatalogueIssue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Example;

/** Runs every example through its command line, as {@code java -jar quanze-examples.jar} would. */
class ExamplesTest {

    /** Every issue the built-in checks find in the data; CHECK_FAILED reports a check that threw, and none does. */
    private static final Set<AllocationIssue> FOUND_IN_DATA = EnumSet.complementOf(
            EnumSet.of(AllocationIssue.CHECK_FAILED));

    @Example
    void tour_printsFindingsOfEveryKindInChinese() {
        Run run = run("tour");
        assertThat(run.status).isZero();
        for (AllocationIssue issue : FOUND_IN_DATA) {
            assertThat(run.out).as(issue.name()).contains("] " + issue.label().zh());
        }
        for (CatalogueIssue issue : CatalogueIssue.values()) {
            assertThat(run.out).as(issue.name()).contains("] " + issue.label().zh());
        }
        assertThat(run.out).contains("ZF-370004 执法证已过有效期", "《中华人民共和国烟草专卖法实施条例》第五十五条（已于2023-07-20失效）");
        assertThat(run.err).isEmpty();
    }

    @Example
    void audit_printsEnglishOnRequest() {
        Run run = run("audit", "--en");
        assertThat(run.status).isZero();
        for (AllocationIssue issue : FOUND_IN_DATA) {
            assertThat(run.out).as(issue.name()).contains("] " + issue.label().en());
        }
        assertThat(run.out).contains("5. Allocation audit: 13 findings (errors: 9, warnings: 4)");
    }

    @Example
    void accountability_decidesEveryCaseWithItsExplanation() {
        Run run = run("accountability");
        assertThat(run.status).isZero();
        assertThat(run.out)
                .contains("执法证 ZF-370004：执法证已过有效期")
                .contains("处理结果：警告（处分期6个月）、离岗培训、通报批评")
                .contains("郑涛（审核人）承担主要领导责任")
                .contains("冯刚不承担责任")
                .contains("适用规则 OFFICER.DUTY_DULY_PERFORMED")
                .contains("因例外规则 OFFICER.DUTY_DULY_PERFORMED 适用而不予适用")
                .contains("处理时的规定处理较轻，适用处理时的规定（从轻）")
                .contains("适用行为时的规定（从旧）")
                .contains("撤职（处分期24个月）")
                .contains("Outcome: no sanction");
        assertThat(run.out).doesNotContain("开除");
    }

    @Example
    void tour_runsTheAuditAndTheAccountabilityCases() {
        Run run = run("tour", "--en");
        assertThat(run.out).contains("5. Allocation audit").contains("案例六 / Case 6");
    }

    @Example
    void unknownCommand_exitsWithAUsageError() {
        Run run = run("bogus");
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("Unmatched argument at index 0: 'bogus'");
        assertThat(run.out).isEmpty();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String out, String err) {}
}
