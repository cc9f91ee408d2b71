package io.github.quanze.examples;

import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.Notice;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code calendar}: a year of China's national working-day calendar with the notices it comes from.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"Print a year's days off and make-up working days with the State Council notices they come from.",
                "The last line is 'working days: N'."})
final class CalendarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "yyyy", description = "The year.")
    int year;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        WorkingDayCalendar calendar = WorkingDayCalendar.national();
        CalendarYear data = calendar.year(year);
        for (Notice notice : data.sources()) {
            out.println("依据 / source: " + notice);
        }
        data.checked().ifPresent(checked -> out.println("核对 / checked: " + checked));
        LocalDate from = null;
        DayOverride run = null;
        for (Map.Entry<LocalDate, DayOverride> entry : data.days().entrySet()) {
            DayOverride day = entry.getValue();
            boolean continues = run != null && !day.working() && !run.working() && day.holiday().equals(run.holiday())
                    && day.date().equals(run.date().plusDays(1));
            if (!continues) {
                print(out, from, run);
                from = day.date();
            }
            run = day;
        }
        print(out, from, run);
        out.println("working days: " + calendar.workingDaysIn(year));
        return 0;
    }

    private static void print(PrintWriter out, LocalDate from, DayOverride last) {
        if (last == null) {
            return;
        }
        if (last.working()) {
            out.println("上班 work " + last.date() + " (" + last.date().getDayOfWeek() + ") " + last.holiday());
        } else {
            String span = from.equals(last.date()) ? from.toString() : from + ".." + last.date();
            out.println("放假 off  " + span + " " + last.holiday());
        }
    }
}
