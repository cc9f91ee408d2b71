package io.github.quanze.examples;

import io.github.quanze.jackson.codec.InvalidDocumentException;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The examples' command line: {@code java -jar examples/target/quanze-examples.jar <command>}.
 * <p>
 * {@code tour} runs the main example end to end; {@code audit} runs the tobacco bureau's catalogue and allocation
 * audit, or an agency's documents; {@code discretion} verifies the bureau's discretion standards and rules
 * penalties under them; {@code check}, {@code review}, {@code decide} and {@code verify} work on documents (case
 * records, review standards, decision tables, faults); {@code case} replays one penalty case into its deadlines,
 * violations, faults and sanctions; {@code batch} checks a batch of generated cases; {@code county} runs the annual
 * assessment of seed 004's county; {@code accountability} decides the sanctions for faults found in
 * the seeds' cases; {@code referral} refers suspected crimes to the police, penalises one instead and transfers a
 * case out of a joint operation; {@code deadline} and {@code calendar} answer questions on China's working-day calendar;
 * {@code publish} renders an agency's publication site from its documents folder. Output
 * is UTF-8 Chinese, or English with {@code --en}; names and data recorded only in Chinese stay as recorded.
 */
@Command(name = "quanze-examples", mixinStandardHelpOptions = true, version = "quanze examples 0.1.0",
        description = "Runnable scenarios of quanze, the administrative law-enforcement responsibility library, and a "
                + "command line over its documents (audit, check, review, decide, verify).",
        subcommands = {Main.Tour.class, AuditCommand.class, CheckCommand.class, ReviewCommand.class,
                DecideCommand.class, VerifyCommand.class, DiscretionCommand.class, Main.Case.class, Main.Batch.class,
                Main.County.class, Main.Accountability.class, CalendarCommand.class, Main.Referral.class,
                PublishCommand.class})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args  the command and its options
     */
    public static void main(String[] args) {
        // Java 17 writes System.out in the platform charset, which is ASCII on a bare CI machine
        PrintWriter out = new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(DeadlineCommand.stdin(), out, err, args));
    }

    /**
     * Runs the command line, writing to the given streams.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args  the command and its options
     * @return the exit status
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new BufferedReader(new StringReader("")), out, err, args);
    }

    /**
     * Runs the command line with a standard input, writing to the given streams.
     * <p>
     * A malformed argument, or a date outside the calendar's coverage, gives exit status 2 and a one-line message
     * on {@code err} (control characters in it shown as {@code \\uXXXX}); nothing is written to {@code out} for it.
     *
     * @param in  standard input
     * @param out  standard output
     * @param err  standard error
     * @param args  the command and its options
     * @return the exit status
     */
    public static int run(BufferedReader in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.addSubcommand(new DeadlineCommand(in));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println(oneLine(e.getMessage()));
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException || e instanceof DateTimeException
                    || e instanceof InvalidDocumentException || e instanceof UncheckedIOException
                    || e instanceof IllegalArgumentException) {
                // IllegalArgumentException: the library refused a value the documents or options gave
                err.println(oneLine(e.getMessage()));
                return 2;
            }
            throw e;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** A message on one line: an argument may hold a line break or another control character. */
    private static String oneLine(String message) {
        StringBuilder line = new StringBuilder();
        String.valueOf(message).codePoints().forEach(c -> line.append(Character.isISOControl(c)
                ? String.format("\\u%04X", c) : Character.toString(c)));
        return line.toString();
    }

    /** A problem with the arguments or input, reported in one line with exit status 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options shared by the scenario commands. */
    static class Language {
        @Option(names = "--en", description = "Print in English instead of Chinese.")
        boolean english;

        Locale locale() {
            return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
    }

    /** Options of the commands that write the flowchart. */
    static class Diagrams {
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/quanze-tour",
                description = "Directory the flowchart files are written to (default: ${DEFAULT-VALUE}).")
        Path directory;

        /** Creates the directory, so that a bad one is reported before anything is printed. */
        Path created() {
            return createDirectories(directory, "the flowchart");
        }
    }

    /** Creates an output directory, so that a bad one is reported in one line before anything is printed. */
    static Path createDirectories(Path directory, String what) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UsageException("Cannot write " + what + " to " + directory + ": " + e);
        }
    }

    /** The main example, end to end. */
    @Command(name = "tour", mixinStandardHelpOptions = true,
            description = "Run the main example end to end on the tobacco monopoly bureau of seed 000: catalogue and "
                    + "allocation audit, a penalty case replayed into deadlines, violations, faults and sanctions, "
                    + "the flowchart, and the seeds' accountability cases.")
    static final class Tour implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Language language = new Language();

        @CommandLine.Mixin
        Diagrams diagrams = new Diagrams();

        @Override
        public Integer call() {
            Path directory = diagrams.created();
            PrintWriter out = spec.commandLine().getOut();
            new AuditExample(out, language.locale()).run();
            out.println();
            new CaseExample(out, language.locale(), directory).run();
            out.println();
            new AccountabilityExample(out, language.locale()).run();
            return 0;
        }
    }

    /** One penalty case through procedure, deadlines, violations, faults and sanctions. */
    @Command(name = "case", mixinStandardHelpOptions = true,
            description = "Replay a penalty case of the tobacco bureau that crosses National Day: deadlines, "
                    + "violations, faults and sanctions, and the procedure's flowchart.")
    static final class Case implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Language language = new Language();

        @CommandLine.Mixin
        Diagrams diagrams = new Diagrams();

        @Override
        public Integer call() {
            new CaseExample(spec.commandLine().getOut(), language.locale(), diagrams.created()).run();
            return 0;
        }
    }

    /** A batch of generated cases. */
    @Command(name = "batch", mixinStandardHelpOptions = true,
            description = "Check a batch of generated cases of the tobacco bureau and print a summary table.")
    static final class Batch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Language language = new Language();

        @Option(names = "--cases", paramLabel = "N", defaultValue = "1000",
                description = "How many cases to generate (default: ${DEFAULT-VALUE}).")
        int cases;

        @Option(names = "--seed", paramLabel = "SEED", defaultValue = "2026",
                description = "The random seed; the same seed gives the same batch (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            if (cases < 1) {
                throw new UsageException("--cases must be at least 1, but was " + cases);
            }
            new BatchExample(spec.commandLine().getOut(), language.locale(), cases, seed).run();
            return 0;
        }
    }

    /** The county's annual assessment. */
    @Command(name = "county", mixinStandardHelpOptions = true,
            description = "Assess a generated year of the county of seed 004 (45 agencies, 294 items): case-file "
                    + "review, agency scores, ranking and measures, officers' ratings and cards; print the report and "
                    + "write it as Markdown, and with --html as a web page.")
    static final class County implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Language language = new Language();

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/quanze-county",
                description = "Directory the reports are written to (default: ${DEFAULT-VALUE}).")
        Path directory;

        @Option(names = "--seed", paramLabel = "SEED", defaultValue = "2025",
                description = "The random seed; the same seed gives the same county (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--html", description = "Also write the report as a self-contained web page with charts, "
                + "county-2025.html, beside the Markdown.")
        boolean html;

        @Override
        public Integer call() {
            new CountyExample(spec.commandLine().getOut(), language.locale(),
                    createDirectories(directory, "the report"), seed, html).run();
            return 0;
        }
    }

    /** Faults and sanctions. */
    @Command(name = "accountability", mixinStandardHelpOptions = true,
            description = "Decide the sanctions for faults found in the seeds' cases, each with its explanation, and "
                    + "one case decided across a change of rules.")
    static final class Accountability implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Language language = new Language();

        @Override
        public Integer call() {
            new AccountabilityExample(spec.commandLine().getOut(), language.locale()).run();
            return 0;
        }
    }

    /** Referrals of suspected crimes and joint enforcement. */
    @Command(name = "referral", mixinStandardHelpOptions = true,
            description = "Refer a counterfeit-cigarette case to the police on time, replay a case penalised instead "
                    + "of referred into its faults and sanctions, and transfer a case of a joint operation to the "
                    + "market-regulation bureau, with the joint team's quarterly check.")
    static final class Referral implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Language language = new Language();

        @Override
        public Integer call() {
            new ReferralExample(spec.commandLine().getOut(), language.locale()).run();
            return 0;
        }
    }
}
