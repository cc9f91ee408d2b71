package io.github.quanze.benchmarks;

import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.allocation.AllocationDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentReader;
import io.github.quanze.jackson.codec.DocumentWriter;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.procedure.Procedures;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ProcedureTemplates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The documents {@link DocumentReadBenchmark} and {@link CheckBenchmark} read, written once with quanze's own
 * writers: an agency's power catalogue, organization and allocation table ({@link SyntheticAgency}), and case
 * records as JSON lines ({@link CaseHistories#mixed}: a third major, a third heard, a quarter with a slip, 8 to 20
 * events), every case distinct.
 */
final class DocumentData {

    static final QuanzeDocuments JSON = QuanzeDocuments.json();

    private DocumentData() {
    }

    /** An agency's three documents as JSON bytes. */
    record Agency(byte[] catalogue, byte[] organization, byte[] table) {

        /**
         * Writes the documents of a generated agency, the table whole: with the generator's deliberate flaws,
         * including the allocations that name a power or post the agency does not hold (1% and 2% of the lines),
         * which the reader takes as written (an allocation to an unknown power or post is the audit's finding, not
         * a malformed document).
         */
        static Agency of(SyntheticAgency agency) {
            return new Agency(bytes(JSON.writer(PowerDocuments.POWER_CATALOGUE), agency.catalogue()),
                    bytes(JSON.writer(OrganizationDocuments.ORGANIZATION), agency.organization()),
                    bytes(JSON.writer(AllocationDocuments.ALLOCATION_TABLE), agency.table()));
        }

        /** The size of the three documents, in bytes. */
        int size() {
            return catalogue.length + organization.length + table.length;
        }
    }

    /** The values quanze reads from an agency's documents. */
    record AgencyValues(PowerCatalogue catalogue, Organization organization, AllocationTable table) {
    }

    /**
     * Reads an agency's three documents with quanze. The table needs no context: its powers and posts are checked
     * against the catalogue and organization by the audit, not when read.
     */
    static AgencyValues read(Agency agency) {
        Organization organization = JSON.reader(OrganizationDocuments.ORGANIZATION)
                .read("organization.json", new ByteArrayInputStream(agency.organization()));
        PowerCatalogue catalogue = JSON.reader(PowerDocuments.POWER_CATALOGUE)
                .read("catalogue.json", new ByteArrayInputStream(agency.catalogue()));
        AllocationTable table = JSON.reader(AllocationDocuments.ALLOCATION_TABLE)
                .read("allocation.json", new ByteArrayInputStream(agency.table()));
        return new AgencyValues(catalogue, organization, table);
    }

    /** Case records as JSON lines, with the organization their officers belong to. */
    record Cases(int count, Organization organization, byte[] lines, String firstId, String lastId) {

        /** The lines as characters, which {@link DocumentReader#readAll} reads. */
        Reader reader() {
            return new InputStreamReader(new ByteArrayInputStream(lines), StandardCharsets.UTF_8);
        }

        /** The context the case-record reader needs: the organization and the procedures. */
        DocumentContext context() {
            return DocumentContext.empty().with(Organization.class, organization)
                    .with(Procedures.class, new Procedures(ProcedureTemplates.all()));
        }

        /** The reader of the case records. */
        DocumentReader<CaseRecord> caseReader() {
            return JSON.reader(CaseRecordDocuments.CASE_RECORD).with(context());
        }
    }

    /**
     * Generates {@code count} distinct cases (each recorded, which validates it) and writes them as JSON lines.
     *
     * @param count  how many
     * @param seed  the seed of the random stream
     */
    static Cases cases(int count, long seed) {
        CaseHistories histories = new CaseHistories();
        SplittableRandom random = new SplittableRandom(seed);
        DocumentWriter<CaseRecord> writer = JSON.writer(CaseRecordDocuments.CASE_RECORD);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(count * 1024);
        Set<String> ids = new HashSet<>();
        String first = null;
        String last = null;
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                CaseRecord c = histories.record(histories.mixed(random));
                if (!ids.add(c.id())) {
                    throw new IllegalStateException("Case id " + c.id() + " generated twice");
                }
                first = first == null ? c.id() : first;
                last = c.id();
                writer.writeLine(c, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cases(count, histories.organization(), bytes.toByteArray(), first, last);
    }

    private static <T> byte[] bytes(DocumentWriter<T> writer, T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.compact().write(value, out);
        return out.toByteArray();
    }
}
