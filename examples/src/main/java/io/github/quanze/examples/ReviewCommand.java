package io.github.quanze.examples;

import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.review.ReviewDocuments;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.ReviewStandards;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code review}: reviews case files against a review standard (案卷评查). */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review case files against a review standard: score per item, total, grade and defects. "
                + "Legal findings exit with status 0; an invalid document exits with 2 and one line on standard "
                + "error naming file, line and field.")
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    Main.Language language = new Main.Language();

    @CommandLine.Mixin
    CaseDocuments cases = new CaseDocuments();

    @Option(names = "--standard", paramLabel = "FILE",
            description = "The review standard (review-standard or review-standards document); the default standard "
                    + "of seed 000 otherwise.")
    Path standard;

    @Option(names = "--findings", paramLabel = "FILE",
            description = "What the reviewer found besides the replay (case-file document), for a single case.")
    Path findings;

    @Override
    public Integer call() {
        DocumentContext context = cases.context();
        ReviewStandards standards = standard == null ? ReviewStandards.of(ReviewStandards.DEFAULT)
                : DocumentFiles.kindOf(standard).equals(ReviewDocuments.REVIEW_STANDARD.name())
                        ? ReviewStandards.of(DocumentFiles.read(ReviewDocuments.REVIEW_STANDARD, standard, context))
                        : DocumentFiles.read(ReviewDocuments.REVIEW_STANDARDS, standard, context);
        ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), language.locale(), cases.json, context);
        cases.forEachCase(context, record -> CaseFileReview.review(file(record, context), standards, cases.date),
                report -> printer.print(ReviewDocuments.REVIEW_REPORT, report, report.explain()));
        return 0;
    }

    private CaseFile file(CaseRecord record, DocumentContext context) {
        return findings == null ? CaseFile.of(record)
                : DocumentFiles.read(ReviewDocuments.CASE_FILE, findings, context.with(CaseRecord.class, record));
    }
}
