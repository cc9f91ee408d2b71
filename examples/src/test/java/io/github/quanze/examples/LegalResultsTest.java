package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.quanze.examples.LegalResults.Scenario;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.Notice;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legal results (法律结果) of every example and of the tour are those stored under
 * {@code src/test/resources/legal-results/}, computed before the refactoring of core: a refactoring must leave
 * them unchanged. See {@link LegalResults} for what a digest holds and how to regenerate the stored ones.
 * <p>
 * Each digest style also has a negative check: the digest of a legally different input (another day, seed or
 * calendar, a graver fault) differs from the stored one, so the comparison can fail.
 */
class LegalResultsTest {

    @Test
    void citations() {
        assertUnchanged(Scenario.CITATIONS);
    }

    @Test
    void audit() {
        assertUnchanged(Scenario.AUDIT);
    }

    @Test
    void penaltyCase() {
        assertUnchanged(Scenario.CASE);
    }

    @Test
    void accountability() {
        assertUnchanged(Scenario.ACCOUNTABILITY);
    }

    @Test
    void tour() {
        assertUnchanged(Scenario.TOUR);
    }

    /** What makes {@code tour.txt} the tour's: the tour prints the audit, the case and the accountability cases. */
    @Test
    void tour_runsTheAuditTheCaseAndTheAccountabilityCases(@TempDir Path directory) {
        String out = directory.toString();
        String separator = System.lineSeparator();
        assertThat(Examples.run("tour", "--en", "--out", out).out()).isEqualTo(Examples.run("audit", "--en").out()
                + separator + Examples.run("case", "--en", "--out", out).out() + separator
                + Examples.run("accountability", "--en").out());
    }

    @Test
    void batch() {
        assertUnchanged(Scenario.BATCH);
    }

    @Test
    void county() {
        assertUnchanged(Scenario.COUNTY);
    }

    @Test
    void deadlineAndCalendar() {
        assertUnchanged(Scenario.CALENDAR);
    }

    @Test
    void audit_onAnotherDay_differs() {
        // a year earlier 赵丽's certificate had not expired: the permit post had a certified officer
        String other = AuditResults.digest(LocalDate.of(2025, 6, 30)).text()
                .replace("date=2025-06-30", "date=" + TobaccoBureau.AUDIT_DATE);
        assertDiffers(Scenario.AUDIT, other, "finding code=ALLOCATION.FOREIGN_POST");
    }

    @Test
    void case_replayedAfterTheHearing_differs() {
        // on 2026-10-13 the hearing notice and the hearing are done
        String other = CaseResults.digest(LocalDate.of(2026, 10, 13)).text()
                .replace("asOf=2026-10-13", "asOf=" + CaseExample.DURING);
        assertDiffers(Scenario.CASE, other, "done [FILING,HEAD_APPROVAL,EVIDENCE_PRESERVATION,INVESTIGATION,NOTICE,"
                + "HEARING_RIGHT_NOTICE,STATEMENT_AND_DEFENCE,HEARING_NOTICE,HEARING]");
    }

    @Test
    void accountability_withAGraverFault_differs() {
        List<AccountabilityExample.Outcome> outcomes = new ArrayList<>(AccountabilityResults.outcomes());
        AccountabilityExample.Outcome first = outcomes.get(0);
        AccountabilityExample.Decided decided = first.decisions().get(0);
        Fault graver = decided.fault().toBuilder().consequence(Consequence.SERIOUS).build();
        outcomes.set(0, new AccountabilityExample.Outcome(first.certifications(), first.shares(), List.of(
                new AccountabilityExample.Decided(graver, decided.on(),
                        SanctionPolicy.national().decide(graver, decided.on())))));
        assertDiffers(Scenario.ACCOUNTABILITY, AccountabilityResults.digest(outcomes).text(),
                "fault subject=OFFICER:O-04 type=NO_CREDENTIAL form=GROSS_NEGLIGENCE consequence=SERIOUS");
    }

    @Test
    void batch_ofAnotherSeed_differs() {
        String other = BatchResults.digest(BatchResults.CASES, 2027).text()
                .replace("seed=2027", "seed=" + BatchResults.SEED);
        assertDiffers(Scenario.BATCH, other, "closed=");
    }

    @Test
    void county_ofAnotherSeed_differs() {
        // another seed is another county, down to the number of its officers
        String other = CountyResults.digest(2026).text().replace("seed=2026", "seed=" + CountyResults.SEED);
        assertDiffers(Scenario.COUNTY, other, "seed=" + CountyResults.SEED);
    }

    @Test
    void calendar_withALocalDayOff_differs() {
        // a province gives 2026-09-30 off: one day after 2026-09-29 falls on the next working day
        WorkingDayCalendar local = WorkingDayCalendar.national().toBuilder("local")
                .override(new DayOverride(LocalDate.of(2026, 9, 30), false, "地方假日",
                        Notice.of("示例省人民政府关于放假的通知", "示政明电〔2026〕1号", LocalDate.of(2026, 9, 1))))
                .build();
        assertDiffers(Scenario.CALENDAR, CalendarResults.digest(local).text(),
                "deadline start=2026-09-29 amount=1 unit=DAYS due=2026-10-08");
    }

    @Test
    void difference_namesTheFirstDifferingLineWithItsNumber() {
        assertThat(LegalResults.difference(Scenario.BATCH, "a\nb\nc\n", "a\nb\nc\n")).isEmpty();
        assertThat(LegalResults.difference(Scenario.BATCH, "a\nb\nc\n", "a\nx\nc\n")).get().asString()
                .contains("batch.txt at line 2", "expected: b", "actual:   x");
        assertThat(LegalResults.difference(Scenario.BATCH, "a\nb\n", "a\nb\nc\n")).get().asString()
                .contains("at line 3", "expected: <end of file>", "actual:   c");
    }

    /** Fails with the first differing line unless the scenario's digest is the stored one (or was just written). */
    private static void assertUnchanged(Scenario scenario) {
        LegalResults.check(scenario).ifPresent(difference -> fail(difference));
    }

    /**
     * Another digest differs from the stored one of the scenario, its input echoed as the stored one's, and the
     * first line that differs is a computed line that starts as given.
     */
    private static void assertDiffers(Scenario scenario, String other, String firstDifferingLine) {
        assumeFalse(LegalResults.writing(), "the stored digests are being written");
        assertThat(LegalResults.difference(scenario, LegalResults.stored(scenario), other)).get().asString()
                .contains(scenario.file() + " at line ", "\n  actual:   " + firstDifferingLine);
    }
}
