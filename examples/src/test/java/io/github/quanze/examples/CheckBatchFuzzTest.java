package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check} against any JSON lines of case records, read against the tobacco bureau's documents: an invalid
 * line exits with status 2 and one line on standard error before anything is printed; valid lines print one
 * case-state document per case, in order, and exit with status 0. The number of cases is counted apart, as the
 * JSON values in the input.
 */
@Tag("fuzz")
class CheckBatchFuzzTest {

    private static final String DIR = "documents/tobacco/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CASES = temporaryFile();

    @FuzzTest(maxDuration = "2m")
    void refusesBeforePrintingOrPrintsOneStatePerCase(byte[] data) throws IOException {
        Files.write(CASES, data);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "check", CASES.toString(), "--json",
                "--basis", DIR + "basis.yaml", "--organization", DIR + "organization.yaml", "--procedures",
                DIR + "procedures.yaml", "--date", "2026-11-24");
        String run = "check gave " + status + "; err:\n" + err + "\nout:\n" + out;
        assertThat(status).as(run).isIn(0, 2);
        if (status == 2) {
            assertThat(out.toString()).as(run).isEmpty();
            assertThat(err.toString().lines().count()).as(run).isEqualTo(1);
            assertThat(err.toString()).as(run).startsWith(CASES.toString());
            return;
        }
        assertThat(err.toString()).as(run).isEmpty();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).as(run).hasSize(values(data));
        for (String line : lines) {
            JsonNode state = JSON.readTree(line);
            assertThat(state.get("kind").asString()).as(run).isEqualTo("case-state");
        }
    }

    /** The number of JSON values in the input, all of which must have been case records for check to succeed. */
    private static int values(byte[] data) {
        int n = 0;
        try (JsonParser parser = JSON.createParser(data)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
                n++;
            }
        } catch (JacksonException e) {
            throw new AssertionError("check accepted input that is not JSON: " + e.getMessage(), e);
        }
        return n;
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("quanze-check-fuzz", ".jsonl");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
