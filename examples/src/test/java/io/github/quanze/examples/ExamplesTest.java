package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.AllocationIssue;
import io.github.quanze.power.CatalogueIssue;
import java.io.PrintWriter;
import java.io.StringWriter;
import net.jqwik.api.Example;

/** Runs every example through its command line, as {@code java -jar quanze-examples.jar} would. */
class ExamplesTest {

    @Example
    void tour_printsFindingsOfEveryKindInChinese() {
        Run run = run("tour");
        assertThat(run.status).isZero();
        for (AllocationIssue issue : AllocationIssue.values()) {
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
        for (AllocationIssue issue : AllocationIssue.values()) {
            assertThat(run.out).as(issue.name()).contains("] " + issue.label().en());
        }
        assertThat(run.out).contains("5. Allocation audit: 13 findings (errors: 9, warnings: 4)");
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
