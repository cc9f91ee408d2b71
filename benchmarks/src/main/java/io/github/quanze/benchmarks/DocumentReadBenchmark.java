package io.github.quanze.benchmarks;

import io.github.quanze.benchmarks.DocumentMirrors.AllocationTableDoc;
import io.github.quanze.benchmarks.DocumentMirrors.CaseRecordDoc;
import io.github.quanze.benchmarks.DocumentMirrors.OrganizationDoc;
import io.github.quanze.benchmarks.DocumentMirrors.PowerCatalogueDoc;
import io.github.quanze.jackson.codec.DocumentReader;
import io.github.quanze.procedure.CaseRecord;
import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures reading quanze's documents with quanze-jackson against plain Jackson 3 databind reading the same bytes
 * into records that mirror them field by field ({@link DocumentMirrors}), without validation: the limit a user
 * could reach.
 * <p>
 * {@link #quanzeAgency}: an agency's power catalogue, organization and allocation table ({@link SyntheticAgency},
 * {@code small}: 1,000 powers × 100 posts × 500 officers; {@code large}: 10,000 × 1,000 × 5,000), written once with
 * quanze's writers, read into a {@code PowerCatalogue}, an {@code Organization} and an {@code AllocationTable}
 * through the domain's builders; the table whole, with the generator's flaws (its powers and posts are checked
 * against the catalogue and the organization by the audit, not when read). {@link #databindAgency} reads the same
 * bytes into the mirror records.
 * <p>
 * {@link #quanzeCases}: 1,000, 10,000 or 100,000 distinct case records as JSON lines ({@link DocumentData#cases}),
 * read with {@code DocumentReader.readAll} into {@code CaseRecord}s (procedure resolved, every officer resolved
 * against the organization, every event checked by the record). {@link #databindCases} reads the same bytes with
 * a {@code MappingIterator} into mirror records; {@link #databindCasesFromChars} does the same from the characters
 * quanze's {@code readAll} is given (a {@code Reader}), to tell the parser's input apart from the reading.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar DocumentReadBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocumentReadBenchmark {

    /** An agency's three documents. */
    @State(Scope.Benchmark)
    public static class AgencyState {

        /** The size of the agency: small or large. */
        @Param({"small", "large"})
        public String agency;

        DocumentData.Agency documents;
        ObjectReader catalogue;
        ObjectReader organization;
        ObjectReader table;

        /** Generates the agency and writes its documents. */
        @Setup(Level.Trial)
        public void setUp() {
            SyntheticAgency generated = switch (agency) {
                case "small" -> SyntheticAgency.generate(1_000, 100, 500, 20250701L);
                case "large" -> SyntheticAgency.generate(10_000, 1_000, 5_000, 20250701L);
                default -> throw new IllegalArgumentException(agency);
            };
            documents = DocumentData.Agency.of(generated);
            JsonMapper mapper = DocumentMirrors.mapper();
            catalogue = mapper.readerFor(PowerCatalogueDoc.class);
            organization = mapper.readerFor(OrganizationDoc.class);
            table = mapper.readerFor(AllocationTableDoc.class);
            DocumentData.AgencyValues read = DocumentData.read(documents);
            if (!read.catalogue().equals(generated.catalogue()) || !read.organization().equals(generated.organization())
                    || !read.table().equals(generated.table())) {
                throw new IllegalStateException("The documents do not read back as the agency written");
            }
        }
    }

    /** Case records as JSON lines. */
    @State(Scope.Benchmark)
    public static class CaseState {

        /** The number of cases. */
        @Param({"1000", "10000", "100000"})
        public int cases;

        DocumentData.Cases documents;
        DocumentReader<CaseRecord> reader;
        ObjectReader mirror;

        /** Generates the cases and writes them. */
        @Setup(Level.Trial)
        public void setUp() {
            documents = DocumentData.cases(cases, 20261124L + cases);
            reader = documents.caseReader();
            mirror = DocumentMirrors.mapper().readerFor(CaseRecordDoc.class);
        }
    }

    /** quanze: the three documents of an agency into values. */
    @Benchmark
    public DocumentData.AgencyValues quanzeAgency(AgencyState s) {
        return DocumentData.read(s.documents);
    }

    /** databind: the same bytes into the mirror records. */
    @Benchmark
    public void databindAgency(AgencyState s, Blackhole bh) {
        bh.consume(s.organization.<OrganizationDoc>readValue(s.documents.organization()));
        bh.consume(s.catalogue.<PowerCatalogueDoc>readValue(s.documents.catalogue()));
        bh.consume(s.table.<AllocationTableDoc>readValue(s.documents.table()));
    }

    /** quanze: the case records, one per line, into {@code CaseRecord}s. */
    @Benchmark
    public void quanzeCases(CaseState s, Blackhole bh) {
        try (Stream<CaseRecord> records = s.reader.readAll("cases.jsonl", s.documents.reader())) {
            records.forEach(bh::consume);
        }
    }

    /** databind: the same bytes into the mirror records, with a {@code MappingIterator}. */
    @Benchmark
    public void databindCases(CaseState s, Blackhole bh) {
        try (MappingIterator<CaseRecordDoc> records = s.mirror.readValues(s.documents.lines())) {
            while (records.hasNextValue()) {
                bh.consume(records.nextValue());
            }
        }
    }

    /** databind from the characters quanze is given. */
    @Benchmark
    public void databindCasesFromChars(CaseState s, Blackhole bh) throws IOException {
        try (Reader in = s.documents.reader();
                MappingIterator<CaseRecordDoc> records = s.mirror.readValues(in)) {
            while (records.hasNextValue()) {
                bh.consume(records.nextValue());
            }
        }
    }
}
