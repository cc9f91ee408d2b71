package io.github.quanze.benchmarks;

import io.github.quanze.jackson.codec.DocumentReader;
import io.github.quanze.jackson.codec.DocumentWriter;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures a check end to end (案件批量核查): case records read as JSON lines from a file, each replayed to a day
 * ({@link CaseRecord#replay}) and its {@link CaseState} written as a JSON line ({@code CaseStateDocuments.CASE_STATE},
 * {@code writeLine}) to a writer that discards it — what a command-line check over a year's cases does, less the
 * disk writes. The file holds 100,000 distinct cases ({@link DocumentData#cases}), written once to a temporary file
 * in the setup. {@link #read} only reads, {@link #readReplay} reads and replays, {@link #check} also writes: the
 * differences split the check into its parts. The time is for the whole file; divide by {@link #cases} for a case.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar CheckBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {

    /** The number of cases in the file. */
    @Param({"100000"})
    public int cases;

    private Path file;
    private DocumentReader<CaseRecord> reader;
    private final DocumentWriter<CaseState> writer = DocumentData.JSON.writer(CaseStateDocuments.CASE_STATE);

    /** Writes the cases to a temporary file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        DocumentData.Cases documents = DocumentData.cases(cases, 20261201L + cases);
        reader = documents.caseReader();
        file = Files.createTempFile("quanze-cases", ".jsonl");
        Files.write(file, documents.lines());
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Reads the cases. */
    @Benchmark
    public void read(Blackhole bh) {
        try (Stream<CaseRecord> records = open()) {
            records.forEach(bh::consume);
        }
    }

    /** Reads and replays the cases. */
    @Benchmark
    public void readReplay(Blackhole bh) {
        try (Stream<CaseRecord> records = open()) {
            records.forEach(r -> bh.consume(r.replay(CaseHistories.AS_OF)));
        }
    }

    /** Reads, replays and writes each case's state as a JSON line. */
    @Benchmark
    public void check() {
        Writer out = Writer.nullWriter();
        try (Stream<CaseRecord> records = open()) {
            records.forEach(r -> writer.writeLine(r.replay(CaseHistories.AS_OF), out));
        }
    }

    private Stream<CaseRecord> open() {
        try {
            Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return reader.readAll(file.getFileName().toString(), in); // closing the stream closes in
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
