package io.github.quanze.examples;

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
 */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"Compute a due date on China's national working-day calendar. The start day is not counted;",
                "a natural-day period ending on a rest day moves to the next working day (民法典 Art 201, 203).",
                "The last line of output is the due date (yyyy-MM-dd)."})
final class DeadlineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--start", paramLabel = "yyyy-MM-dd", description = "The day the period starts after.")
    String start;

    @ArgGroup(exclusive = true)
    Amount amount;

    @Option(names = "--explain", description = "Print how the date was counted: days skipped and why.")
    boolean explain;

    @Option(names = "--en", description = "Explain in English.")
    boolean english;

    @Option(names = "--batch", description = "Read lines 'start,amount,unit' (unit WORKING_DAYS or DAYS) from standard "
            + "input; write 'start,amount,unit,due' for each, in order. All lines or none are written.")
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
            List<String> lines = new ArrayList<>();
            int n = 0;
            for (String line : lines()) {
                n++;
                if (!line.isBlank()) {
                    lines.add(batchLine(line.strip(), n, calendar));
                }
            }
            lines.forEach(out::println);
            return 0;
        }
        if (start == null || amount == null) {
            throw new Main.UsageException("deadline needs --start and one of --working-days or --days, or --batch");
        }
        TimeLimit limit = amount.workingDays != null ? limit(amount.workingDays, PeriodUnit.WORKING_DAYS, "--working-days")
                : limit(amount.days, PeriodUnit.DAYS, "--days");
        Deadline deadline = limit.from(date(start, "--start"), calendar);
        if (explain) {
            String text = english ? deadline.explain().en() : deadline.explain().zh();
            text.lines().forEach(out::println);
        }
        out.println(deadline.due());
        return 0;
    }

    private String batchLine(String line, int n, WorkingDayCalendar calendar) {
        String[] field = line.split(",", -1);
        if (field.length != 3) {
            throw new Main.UsageException("line " + n + " '" + line + "' must be 'start,amount,unit'");
        }
        PeriodUnit unit;
        try {
            unit = PeriodUnit.valueOf(field[2].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("line " + n + ": unknown unit '" + field[2].strip()
                    + "'; expected WORKING_DAYS or DAYS");
        }
        if (unit != PeriodUnit.WORKING_DAYS && unit != PeriodUnit.DAYS) {
            throw new Main.UsageException("line " + n + ": unit " + unit + " is not WORKING_DAYS or DAYS");
        }
        int amount;
        try {
            amount = Integer.parseInt(field[1].strip());
        } catch (NumberFormatException e) {
            throw new Main.UsageException("line " + n + ": amount '" + field[1].strip() + "' is not a number");
        }
        LocalDate from = date(field[0].strip(), "line " + n + " start");
        LocalDate due = limit(amount, unit, "line " + n + " amount").from(from, calendar).due();
        return from + "," + amount + "," + unit + "," + due;
    }

    private static TimeLimit limit(int amount, PeriodUnit unit, String what) {
        if (amount < 1) {
            throw new Main.UsageException(what + " must be at least 1, but was " + amount);
        }
        return TimeLimit.of(amount, unit);
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Main.UsageException(what + " '" + text + "' is not a date in the form yyyy-MM-dd");
        }
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
