package io.github.quanze.examples;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.rule.Finding;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The codes, severities and citations (依据) of the findings the examples make: the audit's, the penalty case's
 * violations and notes during the case and after closing, the review's defects, and those of the first 300 cases of
 * the batch. The other digests hold what each finding is about; this one holds what it says of itself, so a lost
 * provision or a changed severity fails the comparison.
 */
final class CitationResults {

    /** How many of the batch's cases are read. */
    static final int BATCH_CASES = 300;

    private CitationResults() {}

    static Digest digest() {
        Digest d = new Digest().section("citations.audit");
        TobaccoCatalogue.catalogue().findings().forEach(f -> d.line(line(f)));
        AllocationAudit.run(TobaccoCatalogue.catalogue(), TobaccoBureau.organization(),
                TobaccoBureau.allocationTable(), TobaccoBureau.AUDIT_DATE).findings().forEach(f -> d.line(line(f)));
        CaseRecord record = CaseExample.record();
        d.section("citations.case.during");
        state(d, record.replay(CaseExample.DURING));
        d.section("citations.case.reviewed");
        state(d, record.replay(CaseExample.REVIEWED));
        d.section("citations.case.review");
        ReviewReport report = CaseExample.review();
        report.defects().forEach(defect -> d.line("defect " + defect.criterion().code() + " basis="
                + defect.basis() + " criterionBasis=" + defect.criterion().basis()));
        d.section("citations.batch");
        BatchExample batch = new BatchExample(new PrintWriter(Writer.nullWriter()), Locale.ENGLISH,
                BatchResults.CASES, BatchResults.SEED);
        SplittableRandom random = new SplittableRandom(BatchResults.SEED);
        for (int n = 1; n <= BATCH_CASES; n++) {
            state(d, batch.generate(n, random).replay(BatchExample.CHECKED));
        }
        return d;
    }

    private static void state(Digest d, CaseState state) {
        state.violations().forEach(v -> d.line(v.kind() + " " + v.step() + " " + v.date() + " " + line(v)));
        state.notes().forEach(n -> d.line(n.kind() + " " + line(n)));
    }

    private static String line(Finding finding) {
        return "code=" + finding.code() + " severity=" + finding.severity() + " basis=" + finding.basis();
    }
}
