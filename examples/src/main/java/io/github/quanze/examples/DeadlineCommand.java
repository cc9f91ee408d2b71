package io.github.quanze.examples;

import io.github.quanze.timelimit.CalendarCoverageException;
import io.github.quanze.timelimit.Deadline;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deadline}: the due date of a period on China's national working-day calendar, one at a time or in a batch.
 * <p>
 * Bad input, a date or count outside the calendar's years included, exits with status 2 and one line on standard
 * error, and writes nothing to standard output.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = "Compute a due date on China's national working-day calendar. The start day is not counted; a "
                + "natural-day period ending on a rest day moves to the next working day (民法典 Art 201, 203). The "
                + "last line of output is the due date (yyyy-MM-dd).")
final class DeadlineCommand implements Callable<Integer> {

    /** The byte order mark some editors put at the start of a UTF-8 file. */
    private static final String BOM = "\uFEFF";

    @Spec
    CommandSpec spec;

    @Option(names = "--start", paramLabel = "yyyy-MM-dd", description = "The day the period starts after.")
    String start;

    @ArgGroup(exclusive = true)
    Amount amount;

    @Option(names = "--explain", description = "Print how the date was counted: days skipped and why.")
    boolean explain;

    @Option(names = "--en", description = "Explain in English instead of Chinese.")
    boolean english;

    @Option(names = "--batch", description = "Read lines 'start,amount,unit' (unit WORKING_DAYS or DAYS; UTF-8, a "
            + "byte order mark and CRLF line ends allowed) from standard input; write 'start,amount,unit,due' for "
            + "each, in order. All lines or none are written: a bad line is reported with its number. Takes none of "
            + "the other options.")
    boolean batch;

    /** Exactly one of the two amounts. */
    static final class Amount {
        @Option(names = "--working-days", paramLabel = "N", description = "A period of N working days.")
        Integer workingDays;

        @Option(names = "--days", paramLabel = "N", description = "A period of N natural days.")
        Integer days;
    }

    private final BufferedReader in;

    DeadlineCommand(BufferedReader in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        WorkingDayCalendar calendar = WorkingDayCalendar.national();
        if (batch) {
            refuseSingleDeadlineOptions();
            List<String> lines = new ArrayList<>();
            int n = 0;
            for (String line : lines()) {
                n++;
                if (n == 1 && line.startsWith(BOM)) {
                    line = line.substring(BOM.length());
                }
                if (!line.isBlank()) {
                    lines.add(batchLine(line.strip(), "line " + n + ": ", calendar));
                }
            }
            lines.forEach(out::println);
            return 0;
        }
        if (start == null || amount == null) {
            throw new Main.UsageException("deadline needs --start and one of --working-days or --days, or --batch");
        }
        boolean working = amount.workingDays != null;
        Deadline deadline = count(date(start, "", "--start"), working ? amount.workingDays : amount.days,
                working ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS, "", working ? "--working-days" : "--days",
                calendar);
        if (explain) {
            String text = english ? deadline.explain().en() : deadline.explain().zh();
            text.lines().forEach(out::println);
        }
        out.println(deadline.due());
        return 0;
    }

    /** --batch takes every deadline from standard input: an option for a single deadline would be ignored. */
    private void refuseSingleDeadlineOptions() {
        List<String> given = new ArrayList<>();
        if (start != null) {
            given.add("--start");
        }
        if (amount != null) {
            given.add(amount.workingDays != null ? "--working-days" : "--days");
        }
        if (explain) {
            given.add("--explain");
        }
        if (english) {
            given.add("--en");
        }
        if (!given.isEmpty()) {
            throw new Main.UsageException("--batch reads every deadline from standard input and takes no "
                    + String.join(", ", given));
        }
    }

    /** Answers one line of a batch; {@code where} ("line 3: ") starts every message. */
    private static String batchLine(String line, String where, WorkingDayCalendar calendar) {
        String[] field = line.split(",", -1);
        if (field.length != 3) {
            throw new Main.UsageException(where + "expected 'start,amount,unit', but found " + field.length
                    + " field" + (field.length == 1 ? "" : "s") + " in " + shown(line));
        }
        PeriodUnit unit;
        try {
            unit = PeriodUnit.valueOf(field[2].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(where + "unknown unit " + shown(field[2].strip())
                    + "; expected WORKING_DAYS or DAYS");
        }
        if (unit != PeriodUnit.WORKING_DAYS && unit != PeriodUnit.DAYS) {
            throw new Main.UsageException(where + "unit " + unit + " is not WORKING_DAYS or DAYS");
        }
        int amount;
        try {
            amount = Integer.parseInt(field[1].strip());
        } catch (NumberFormatException e) {
            throw new Main.UsageException(where + "amount " + shown(field[1].strip()) + " is not a whole number "
                    + "from 1 to " + Integer.MAX_VALUE);
        }
        LocalDate from = date(field[0].strip(), where, "start");
        LocalDate due = count(from, amount, unit, where, "amount", calendar).due();
        return from + "," + amount + "," + unit + "," + due;
    }

    /**
     * Counts a period, reporting a count the library refuses, or one that leaves the calendar, as a usage error
     * that starts with {@code where} (the line of a batch, or nothing).
     */
    private static Deadline count(LocalDate from, int amount, PeriodUnit unit, String where, String field,
            WorkingDayCalendar calendar) {
        if (amount < 1) {
            throw new Main.UsageException(where + field + " must be at least 1, but was " + amount);
        }
        try {
            return TimeLimit.of(amount, unit).from(from, calendar);
        } catch (IllegalArgumentException | CalendarCoverageException e) {
            throw new Main.UsageException(where + e.getMessage());
        }
    }

    private static LocalDate date(String text, String where, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Main.UsageException(where + field + " " + shown(text) + " is not a date in the form yyyy-MM-dd");
        }
    }

    /** A value as a message shows it: quoted, and cut after 40 characters, so that a message stays short. */
    private static String shown(String value) {
        int length = value.codePointCount(0, value.length());
        return length <= 40 ? "'" + value + "'"
                : "'" + value.substring(0, value.offsetByCodePoints(0, 40)) + "…' (" + length + " characters)";
    }

    private List<String> lines() {
        try {
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads standard input as UTF-8. */
    static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
}
