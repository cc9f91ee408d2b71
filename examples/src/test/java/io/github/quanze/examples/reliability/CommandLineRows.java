package io.github.quanze.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.examples.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Bad arguments, missing files and bad batch lines given to the command line. A refusal is exit status 2, one line
 * on standard error and nothing on standard output; the trial turns it into a {@link Refusal} carrying that line,
 * so that its words are checked as an exception's message are. Every run works in a fresh directory holding one
 * file, {@code kept.txt}: afterwards the directory must hold exactly that file with its content, so that the refused
 * command wrote and overwrote nothing.
 */
final class CommandLineRows {

    private static final String DOCUMENTS = "documents/tobacco/";
    private static final String KEPT = "kept.txt";
    private static final String GOOD_LINE = "2026-09-30,5,WORKING_DAYS\n";

    private CommandLineRows() {}

    /** A command the command line refused: its one line on standard error is the message. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String line) {
            super(line);
        }
    }

    static List<BadInput> all() {
        Rows rows = new Rows("cli");
        cli(rows, "unknown command", "", List.of("judge"), "Unmatched argument", "'judge'");
        cli(rows, "unknown option", "", List.of("calendar", "--year", "2026", "--colour"), "Unknown option",
                "'--colour'");
        cli(rows, "deadline without a start", "", List.of("deadline", "--days", "5"), "--start");
        cli(rows, "deadline with month 13", "", List.of("deadline", "--start", "2026-13-01", "--days", "5"),
                "2026-13-01");
        cli(rows, "deadline of zero days", "", List.of("deadline", "--start", "2026-01-05", "--days", "0"),
                "must be at least 1", "0");
        cli(rows, "deadline of x days", "", List.of("deadline", "--start", "2026-01-05", "--days", "x"), "--days",
                "'x'");
        cli(rows, "deadline of both natural and working days", "", List.of("deadline", "--start", "2026-01-05",
                "--days", "3", "--working-days", "3"), "--days", "--working-days");
        cli(rows, "deadline in a year the calendar lacks", "", List.of("deadline", "--start", "2027-01-04",
                "--working-days", "5"), "No working-day data for 2027", "CN-national");
        cli(rows, "deadline of more days than an int holds", "", List.of("deadline", "--start", "2026-01-01",
                "--working-days", "2147483648"), "--working-days", "'2147483648'", "not an int");
        cli(rows, "deadline start with a line break", "", List.of("deadline", "--start", "2026\n01-01", "--days",
                "3"), "--start", "'2026\\u000A01-01'", "yyyy-MM-dd");
        cli(rows, "calendar of a year not held", "", List.of("calendar", "--year", "2031"), "2031", "CN-national");
        cli(rows, "calendar of a year that is not a number", "", List.of("calendar", "--year", "MMXXVI"), "--year",
                "'MMXXVI'");
        cli(rows, "calendar without a year", "", List.of("calendar"), "Missing required option", "--year");
        cli(rows, "batch line of a date outside the calendar", GOOD_LINE + "2027-01-04,5,DAYS\n",
                List.of("deadline", "--batch"), "line 2", "No working-day data for 2027");
        cli(rows, "batch line in weeks", GOOD_LINE + "2026-09-30,5,WEEKS\n", List.of("deadline", "--batch"),
                "line 2", "WEEKS");
        cli(rows, "batch line of two fields", GOOD_LINE + "2026-01-05,3\n", List.of("deadline", "--batch"),
                "line 2", "expected 'start,amount,unit'", "2 fields");
        cli(rows, "batch line of zero days", GOOD_LINE + "2026-01-05,0,DAYS\n", List.of("deadline", "--batch"),
                "line 2", "amount must be at least 1, but was 0");
        cli(rows, "batch line of an amount beyond an int", GOOD_LINE + "2026-01-05,2147483648,DAYS\n",
                List.of("deadline", "--batch"), "line 2", "amount '2147483648'", "whole number");
        cli(rows, "batch line with a bad date", GOOD_LINE + "2026-02-30,3,DAYS\n", List.of("deadline", "--batch"),
                "line 2", "start '2026-02-30'", "yyyy-MM-dd");
        cli(rows, "batch line of 100,000 characters", GOOD_LINE + "x".repeat(100_000) + "\n",
                List.of("deadline", "--batch"), "line 2", "(100000 characters)");
        cli(rows, "batch with the options of one deadline", GOOD_LINE, List.of("deadline", "--batch", "--days", "5"),
                "--batch reads every deadline from standard input and takes no --days");
        cli(rows, "verify of a file that does not exist", "", List.of("verify", "{dir}/none.yaml"), "Cannot read",
                "none.yaml", "no such file");
        cli(rows, "verify of a directory", "", List.of("verify", "{dir}"), "Cannot read", "it is a directory");
        cli(rows, "verify of a document that is not one", "", List.of("verify", "{dir}/" + KEPT),
                "Cannot tell the format",
                KEPT, ".yaml");
        cli(rows, "check of a missing case file", "", List.of("check", "{dir}/none.yaml", "--organization",
                DOCUMENTS + "organization.yaml", "--procedures", DOCUMENTS + "procedures.yaml", "--basis",
                DOCUMENTS + "basis.yaml", "--date", "2026-11-24"), "Cannot read", "none.yaml");
        cli(rows, "check without the date", "", List.of("check", DOCUMENTS + "case.yaml", "--organization",
                DOCUMENTS + "organization.yaml"), "Missing required option", "--date");
        cli(rows, "check of a case read as the wrong kind", "", List.of("check", DOCUMENTS + "fault.yaml",
                "--organization", DOCUMENTS + "organization.yaml", "--procedures", DOCUMENTS + "procedures.yaml",
                "--basis", DOCUMENTS + "basis.yaml", "--date", "2026-11-24"), "fault.yaml:1:7 /kind",
                "wrong document kind");
        cli(rows, "review dated before the reviewer's findings", "", List.of("review", DOCUMENTS + "case.yaml",
                "--basis", DOCUMENTS + "basis.yaml", "--organization", DOCUMENTS + "organization.yaml",
                "--procedures", DOCUMENTS + "procedures.yaml", "--date", "2026-11-20", "--findings",
                DOCUMENTS + "case-file.yaml"), "2026-11-24");
        cli(rows, "decide without facts", "", List.of("decide", "--table", DOCUMENTS + "sanction-rules.yaml"),
                "Missing required option", "--facts");
        cli(rows, "decide with facts that are a table", "", List.of("decide", "--table",
                DOCUMENTS + "sanction-rules.yaml", "--facts", DOCUMENTS + "sanction-rules.yaml"),
                "sanction-rules.yaml:1:7 /kind", "wrong document kind");
        cli(rows, "discretion with a standard and no frame", "", List.of("discretion", "--standard",
                DOCUMENTS + "standard-province.yaml"), "--frame");
        cli(rows, "audit with a missing catalogue", "", List.of("audit", "--basis", DOCUMENTS + "basis.yaml",
                "--catalogue", "{dir}/none.yaml", "--organization", DOCUMENTS + "organization.yaml",
                "--allocation", DOCUMENTS + "allocation.yaml", "--date", "2026-06-30"), "Cannot read", "none.yaml");
        cli(rows, "tour writing its flowchart into a file", "", List.of("tour", "--out", "{dir}/" + KEPT),
                "Cannot write the flowchart", KEPT);
        return rows.rows();
    }

    /** A command line run in a fresh directory, which must be refused and leave the directory as it was. */
    private static void cli(Rows rows, String description, String stdin, List<String> args, String... words) {
        rows.add(description, () -> {
            Path directory = DocumentRows.temporaryDirectory();
            write(directory.resolve(KEPT), "kept: a file the command must neither write nor overwrite\n");
            Map<String, String> before = contents(directory);
            String[] arguments = args.stream().map(a -> a.replace("{dir}", directory.toString()))
                    .toArray(String[]::new);
            return Rows.trial(() -> run(stdin, arguments), () -> assertThat(contents(directory))
                    .as("the directory after the refused command").isEqualTo(before));
        }, Refusal.class, words);
    }

    static void run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new BufferedReader(new StringReader(stdin)), new PrintWriter(out), new PrintWriter(err),
                args);
        List<String> lines = err.toString().lines().toList();
        if (status == 2 && out.toString().isEmpty() && lines.size() == 1) {
            throw new Refusal(lines.get(0));
        }
        throw new AssertionError(String.format("%s: expected status 2, one line on stderr and nothing on stdout, "
                + "but got status %s, stdout %s, stderr %s", Arrays.toString(args), status,
                out.toString().lines().limit(3).toList(), lines.stream().limit(3).toList()));
    }

    static Map<String, String> contents(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            Map<String, String> contents = new TreeMap<>();
            for (Path file : files.toList()) {
                contents.put(directory.relativize(file).toString(), Files.isRegularFile(file)
                        ? Files.readString(file, StandardCharsets.ISO_8859_1) : "(directory)");   // any bytes
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
