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
 * {@code calendar}: a year of China's national working-day calendar with the notices it comes from, in Chinese or,
 * with {@code --en}, in English.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Print a year's days off and make-up working days with the State Council notices they come "
                + "from. The last line is '工作日：N' ('working days: N' with --en).")
final class CalendarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "yyyy", description = "The year.")
    int year;

    @Option(names = "--en", description = "Print in English instead of Chinese.")
    boolean english;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        WorkingDayCalendar calendar = WorkingDayCalendar.national();
        CalendarYear data = calendar.year(year);
        for (Notice notice : data.sources()) {
            out.println(english ? "source: " + cited(notice) : "依据：" + notice);
        }
        // what the data was checked against is recorded in English only
        data.checked().ifPresent(checked -> out.println(english ? "checked: " + checked
                : "核对：已核对，说明以英文记录，见英文输出"));
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
        out.println((english ? "working days: " : "工作日：") + calendar.workingDaysIn(year));
        return 0;
    }

    /** A notice cited in English; its title and 文号 have no official English form and stay as issued. */
    private static String cited(Notice notice) {
        return notice.title() + " (" + notice.documentNumber().orElse("number unverified") + ", "
                + notice.issued().map(d -> "issued " + d).orElse("issue date unverified") + ")";
    }

    private void print(PrintWriter out, LocalDate from, DayOverride last) {
        if (last == null) {
            return;
        }
        String holiday = english ? last.holidayName().en() : last.holiday();
        if (last.working()) {
            out.println(english ? "work " + last.date() + " (" + last.weekday().en() + ") " + holiday
                    : "上班 " + last.date() + "（" + last.weekday().zh() + "） " + holiday);
        } else {
            String span = from.equals(last.date()) ? from.toString() : from + (english ? ".." : "至") + last.date();
            out.println((english ? "off  " : "放假 ") + span + " " + holiday);
        }
    }
}
