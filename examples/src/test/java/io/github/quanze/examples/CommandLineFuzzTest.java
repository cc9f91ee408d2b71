package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;

/**
 * The command line against any arguments and any standard input, run in process: it exits with status 0, or with
 * status 2, one line on standard error and nothing on standard output; never with an exception's stack trace
 * (picocli's status 1). An input is the arguments separated by NUL bytes, then, after a byte 1, the standard input
 * (for {@code deadline --batch}). The scenario commands (tour, case, batch, county, accountability, referral) take
 * only a language and an output directory; they are left out, as are argument files ({@code @file}) and the
 * system's device and process trees, so that a run neither writes directories nor reads an endless file.
 */
@Tag("fuzz")
class CommandLineFuzzTest {

    private static final Set<String> LEFT_OUT = Set.of("tour", "case", "batch", "county", "accountability",
            "referral");

    @FuzzTest(maxDuration = "2m")
    void exitsWithTwoAndOneLineOrSucceeds(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        int cut = text.indexOf('\u0001');
        String stdin = cut < 0 ? "" : text.substring(cut + 1);
        String[] args = (cut < 0 ? text : text.substring(0, cut)).split("\u0000", -1);
        if (Arrays.stream(args).anyMatch(CommandLineFuzzTest::leftOut)) {
            return;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new BufferedReader(new StringReader(stdin)), new PrintWriter(out),
                new PrintWriter(err), args);
        String run = "run " + List.of(args) + " gave " + status + "; err:\n" + err;
        assertThat(err.toString()).as(run).doesNotContain("\tat ", "Caused by:");
        assertThat(status).as(run).isIn(0, 2);
        if (status == 2) {
            assertThat(err.toString()).as(run).endsWith(System.lineSeparator());
            assertThat(err.toString().lines().count()).as(run).isEqualTo(1);
            assertThat(out.toString()).as(run).isEmpty();
        } else {
            assertThat(err.toString()).as(run).isEmpty();
        }
    }

    private static boolean leftOut(String arg) {
        return LEFT_OUT.contains(arg) || arg.startsWith("@") || arg.contains("/dev") || arg.contains("/proc")
                || arg.contains("/sys");
    }
}
