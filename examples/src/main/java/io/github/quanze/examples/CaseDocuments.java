package io.github.quanze.examples;

import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.procedure.ProcedureDocuments;
import io.github.quanze.jackson.procedure.Procedures;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of the commands over case records (案件记录文档): the case file (one case, or JSON lines of many),
 * the documents its references resolve against, the date, and the output format.
 */
final class CaseDocuments {

    @Parameters(index = "0", paramLabel = "CASES",
            description = "The case record: a case-record document (.json, .yaml), or JSON lines of many (.jsonl: "
                    + "every line is checked before anything is printed).")
    Path cases;

    @Option(names = "--organization", paramLabel = "FILE", required = true,
            description = "The organization the officers belong to (organization document).")
    Path organization;

    @Option(names = "--procedures", paramLabel = "FILE",
            description = "The agency's own procedures (procedures document); the library's templates otherwise.")
    Path procedures;

    @Option(names = "--basis", paramLabel = "FILE",
            description = "The basis catalogue the citations resolve against; the national instruments otherwise.")
    Path basis;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "The day the cases are replayed to and checked or reviewed on.")
    LocalDate date;

    @Option(names = "--json", description = "Print JSON, one document per line (case-state for check, review-report "
            + "for review), instead of the report.")
    boolean json;

    /** Reads the documents the cases refer to, in order, each against the ones before. */
    DocumentContext context() {
        DocumentContext context = DocumentFiles.basisContext(basis);
        context = context.with(Organization.class,
                DocumentFiles.read(OrganizationDocuments.ORGANIZATION, organization, context));
        if (procedures != null) {
            context = context.with(Procedures.class,
                    DocumentFiles.read(ProcedureDocuments.PROCEDURES, procedures, context));
        }
        return context;
    }

    /**
     * Works out the result of each case and hands it to {@code print}, one at a time: a {@code .jsonl} file is read
     * and worked out whole first, then streamed, so a file of any size is checked in constant memory and neither an
     * invalid line nor a case whose result fails prints anything.
     */
    <R> void forEachCase(DocumentContext context, Function<CaseRecord, R> result, Consumer<R> print) {
        DocumentFiles.forEach(CaseRecordDocuments.CASE_RECORD, cases, context, result, print);
    }
}
