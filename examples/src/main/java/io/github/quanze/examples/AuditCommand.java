package io.github.quanze.examples;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.jackson.allocation.AllocationDocuments;
import io.github.quanze.jackson.allocation.AllocationReportDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.CatalogueFindingDocuments;
import io.github.quanze.jackson.power.CatalogueFindings;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.PowerCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit}: the catalogue and allocation audit (权责清单与职权分解检查), of the built-in tobacco bureau or of an
 * agency's documents.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a power catalogue and its allocation of powers to posts: the built-in tobacco bureau "
                + "of seed 000, or the documents given with --catalogue, --organization and --allocation on --date "
                + "(--basis: the basis catalogue their citations resolve against; the national instruments "
                + "otherwise). Findings exit with status 0; an invalid document exits with 2 and one line on standard "
                + "error naming file, line and field.")
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    Main.Language language = new Main.Language();

    @Option(names = "--basis", paramLabel = "FILE", description = "The basis catalogue (basis-catalogue document).")
    Path basis;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "The power catalogue (power-catalogue).")
    Path catalogue;

    @Option(names = "--organization", paramLabel = "FILE", description = "The organization (organization).")
    Path organization;

    @Option(names = "--allocation", paramLabel = "FILE", description = "The allocation table (allocation-table).")
    Path allocation;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The audit date, for documents.")
    LocalDate date;

    @Option(names = "--json", description = "Print the catalogue findings and the allocation report as two lines "
            + "of JSON (kinds catalogue-findings and allocation-report) instead of the report.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (catalogue == null && organization == null && allocation == null && basis == null && date == null) {
            if (json) {
                throw new Main.UsageException("--json needs documents: give --catalogue, --organization, "
                        + "--allocation and --date");
            }
            new AuditExample(out, language.locale()).run();
            return 0;
        }
        if (catalogue == null || organization == null || allocation == null || date == null) {
            throw new Main.UsageException("An audit of documents needs --catalogue, --organization, --allocation "
                    + "and --date");
        }
        DocumentContext context = DocumentFiles.basisContext(basis);
        BasisCatalogue law = context.get(BasisCatalogue.class).orElseThrow();
        PowerCatalogue powers = DocumentFiles.read(PowerDocuments.POWER_CATALOGUE, catalogue, context);
        context = context.with(PowerCatalogue.class, powers);
        Organization staff = DocumentFiles.read(OrganizationDocuments.ORGANIZATION, organization, context);
        context = context.with(Organization.class, staff);
        AllocationTable table = DocumentFiles.read(AllocationDocuments.ALLOCATION_TABLE, allocation, context);
        if (json) {
            DocumentFiles.printJson(CatalogueFindingDocuments.CATALOGUE_FINDINGS,
                    CatalogueFindings.of(powers, date), context, out);
            DocumentFiles.printJson(AllocationReportDocuments.ALLOCATION_REPORT,
                    AllocationAudit.run(powers, staff, table, date), context, out);
        } else {
            new AuditExample(out, language.locale(), AuditInput.of(law, powers, staff, table, date)).run();
        }
        return 0;
    }
}
