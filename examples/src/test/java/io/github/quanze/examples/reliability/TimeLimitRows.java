package io.github.quanze.examples.reliability;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.timelimit.CalendarCoverageException;
import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.Counting;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.Deadline;
import io.github.quanze.timelimit.Extension;
import io.github.quanze.timelimit.Notice;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.StatutoryLimits;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bad inputs to time limits (期限), the working-day calendar (工作日历) and deadlines. */
final class TimeLimitRows {

    private static final LocalDate START = LocalDate.of(2026, 9, 30);
    private static final Notice NOTICE = Notice.of("国务院办公厅关于2026年部分节假日安排的通知", "国办发明电〔2025〕7号",
            LocalDate.of(2025, 11, 4));
    private static final Notice OTHER = Notice.of("另一通知", "国办发明电〔2025〕8号", LocalDate.of(2025, 11, 5));
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 60));
    private static final String YEAR_2026 = "year 2026\nsource 通知 | 国办发明电〔2025〕7号 | 2025-11-04\n";

    private TimeLimitRows() {}

    static List<BadInput> timeLimit() {
        Rows rows = new Rows("timelimit");
        rows.call("zero working days", () -> TimeLimit.ofWorkingDays(0), IllegalArgumentException.class,
                "Time limit must be positive", "0");
        rows.call("negative natural days", () -> TimeLimit.ofDays(-3), IllegalArgumentException.class,
                "Time limit must be positive", "-3");
        rows.call("zero hours", () -> TimeLimit.ofHours(0), IllegalArgumentException.class, "must be positive",
                "HOURS");
        rows.call("zero months", () -> TimeLimit.of(0, PeriodUnit.MONTHS), IllegalArgumentException.class,
                "must be positive", "MONTHS");
        rows.call("day limit counted from a moment", () -> TimeLimit.ofDays(5).fromTime(START.atTime(9, 0)),
                IllegalStateException.class, "5 days", "not counted in hours");
        rows.call("hour limit counted past the last moment", () -> TimeLimit.ofHours(Integer.MAX_VALUE)
                .fromTime(LocalDateTime.MAX.minusDays(1)), IllegalArgumentException.class, "Counting",
                "2147483647", "outside");
        rows.call("negative working days added", () -> WorkingDayCalendar.national().plusWorkingDays(START, -1),
                IllegalArgumentException.class, "Number of working days", "must not be negative", "-1");
        rows.call("negative working days taken off", () -> WorkingDayCalendar.national()
                .minusWorkingDays(START, -2), IllegalArgumentException.class, "must not be negative", "-2");
        rows.call("working days between a later start and an earlier end", () -> WorkingDayCalendar.national()
                .workingDaysBetween(START, START.minusDays(1)), IllegalArgumentException.class,
                "End 2026-09-29", "must not be before start 2026-09-30");
        rows.call("a day in a year the calendar does not hold", () -> WorkingDayCalendar.national()
                .isWorkingDay(LocalDate.of(2031, 1, 2)), CalendarCoverageException.class, "2031", "CN-national",
                "WorkingDayCalendar.Builder");
        rows.call("a year before the calendar's first", () -> WorkingDayCalendar.national().year(2007),
                CalendarCoverageException.class, "2007", "CN-national");
        rows.call("a count that runs past the calendar's last year", () -> TimeLimit.ofWorkingDays(30)
                .from(LocalDate.of(2026, 12, 20), WorkingDayCalendar.national()), CalendarCoverageException.class,
                "Counting 30 working days after 2026-12-20", "runs past calendar 'CN-national'");
        rows.call("calendar with a blank name", () -> WorkingDayCalendar.builder(" ").addYear(year(2026)).build(),
                IllegalArgumentException.class, "Calendar name", "blank");
        rows.building("calendar with no year", () -> WorkingDayCalendar.builder("县历"),
                WorkingDayCalendar.Builder::build, IllegalArgumentException.class, "'县历'", "at least one year");
        rows.builder("calendar given one year twice", () -> WorkingDayCalendar.builder("县历").addYear(year(2026)),
                WorkingDayCalendar.Builder::build, b -> b.addYear(year(2026)), IllegalArgumentException.class,
                "'县历'", "already holds year 2026");
        rows.building("calendar with a gap between its years", () -> WorkingDayCalendar.builder("县历")
                .addYear(year(2024)).addYear(year(2026)), WorkingDayCalendar.Builder::build,
                IllegalArgumentException.class, "'县历'", "lacks 2025", "continuous");
        rows.building("local override outside the calendar's years", () -> WorkingDayCalendar.builder("县历")
                .addYear(year(2026)).override(new DayOverride(LocalDate.of(2027, 3, 1), false, "县庆", NOTICE)),
                WorkingDayCalendar.Builder::build, IllegalArgumentException.class, "local override on 2027-03-01",
                "outside");
        rows.call("calendar year zero", () -> CalendarYear.of(0, List.of(NOTICE), Optional.empty(), List.of()),
                IllegalArgumentException.class, "Calendar year", "1 to 9999", "0");
        rows.on("calendar year without a source", () -> new ArrayList<Notice>(), sources -> CalendarYear.of(2026,
                sources, Optional.empty(), List.of()), IllegalArgumentException.class, "Calendar year 2026",
                "no source");
        rows.on("calendar year naming one notice twice", () -> new ArrayList<>(List.of(NOTICE, NOTICE)),
                sources -> CalendarYear.of(2026, sources, Optional.empty(), List.of()),
                IllegalArgumentException.class, "Calendar year 2026", "twice");
        rows.on("calendar year with a day of another year", () -> new ArrayList<>(List.of(new DayOverride(
                LocalDate.of(2027, 1, 1), false, "元旦", NOTICE))), days -> CalendarYear.of(2026, List.of(NOTICE),
                Optional.empty(), days), IllegalArgumentException.class, "2027-01-01", "outside year 2026");
        rows.on("make-up working day on a weekday", () -> new ArrayList<>(List.of(new DayOverride(
                LocalDate.of(2026, 10, 9), true, "国庆节", NOTICE))), days -> CalendarYear.of(2026, List.of(NOTICE),
                Optional.empty(), days), IllegalArgumentException.class, "2026-10-09", "FRIDAY",
                "already a working day");
        rows.on("day from a notice the year does not name", () -> new ArrayList<>(List.of(new DayOverride(
                LocalDate.of(2026, 10, 1), false, "国庆节", OTHER))), days -> CalendarYear.of(2026, List.of(NOTICE),
                Optional.empty(), days), IllegalArgumentException.class, "2026-10-01", "not among the sources");
        rows.on("one day given twice", () -> new ArrayList<>(List.of(new DayOverride(LocalDate.of(2026, 10, 1),
                false, "国庆节", NOTICE), new DayOverride(LocalDate.of(2026, 10, 1), false, "国庆", NOTICE))),
                days -> CalendarYear.of(2026, List.of(NOTICE), Optional.empty(), days),
                IllegalArgumentException.class, "2026-10-01", "given twice");
        rows.call("day override with a blank holiday", () -> new DayOverride(START, false, " ", NOTICE),
                IllegalArgumentException.class, "Day override 2026-09-30: holiday", "blank");
        rows.call("notice with a blank title", () -> Notice.of(" ", "国办发明电〔2025〕7号", START),
                IllegalArgumentException.class, "Notice title", "blank");
        rows.call("extension of at most zero", () -> new Extension(0, "行政机关负责人", BASIS),
                IllegalArgumentException.class, "Extension maximum", "at least 1", "0");
        rows.call("extension with a blank approver", () -> new Extension(30, " ", BASIS),
                IllegalArgumentException.class, "Extension approver", "blank");
        rows.builder("time excluded backwards", TimeLimitRows::counting, TimeLimitRows::deadline,
                c -> c.exclude(START.plusDays(9), START.plusDays(3), "鉴定"), IllegalArgumentException.class,
                "Interval must not end (2026-10-03) before it starts (2026-10-09)");
        rows.builder("suspension resuming the day it starts", TimeLimitRows::counting, TimeLimitRows::deadline,
                c -> c.suspend(START.plusDays(3), START.plusDays(3), "中止"), IllegalArgumentException.class,
                "Suspension must resume (2026-10-03) after it starts (2026-10-03)");
        rows.builder("interruption on the start day", TimeLimitRows::counting, TimeLimitRows::deadline,
                c -> c.interrupt(START, "中断"), IllegalArgumentException.class, "Interruption on 2026-09-30",
                "must be after the start");
        rows.builder("extension of zero days", TimeLimitRows::counting, TimeLimitRows::deadline,
                c -> c.extend(0, "行政机关负责人", START.plusDays(5)), IllegalArgumentException.class,
                "Extension must be at least 1", "0");
        rows.builder("extension approved before the period began", TimeLimitRows::counting, TimeLimitRows::deadline,
                c -> c.extend(30, "行政机关负责人", START.minusDays(1)), IllegalArgumentException.class,
                "approved on 2026-09-29", "before the period began on 2026-09-30");
        rows.builder("extension of a limit that cites no provision", () -> TimeLimit.ofDays(5).count(START),
                TimeLimitRows::deadline, c -> c.extend(5, "行政机关负责人", START.plusDays(1)),
                IllegalStateException.class, "cites no provision");
        rows.on("negative warning window", TimeLimitRows::dueDeadline, d -> d.status(START.plusDays(5),
                Optional.empty(), -1), IllegalArgumentException.class, "Warning window", "must not be negative", "-1");
        rows.on("act done after today", TimeLimitRows::dueDeadline, d -> d.status(START.plusDays(5),
                Optional.of(START.plusDays(6)), 3), IllegalArgumentException.class, "2026-10-06", "after today",
                "2026-10-05");
        rows.on("act done before the period began", TimeLimitRows::dueDeadline, d -> d.status(START.plusDays(5),
                Optional.of(START.minusDays(2)), 3), IllegalArgumentException.class, "2026-09-28",
                "before the period began");
        rows.call("calendar year text with two year lines", () -> CalendarYear.parse(YEAR_2026 + "year 2027\n",
                "县历.txt"), IllegalArgumentException.class, "'县历.txt' line 3", "second 'year' line");
        rows.call("calendar year text without a source", () -> CalendarYear.parse("year 2026\n", "县历.txt"),
                IllegalArgumentException.class, "'县历.txt'", "no 'source' line");
        rows.call("calendar year text with a two-digit year", () -> CalendarYear.parse("year 26\n", "县历.txt"),
                IllegalArgumentException.class, "line 1", "four digits", "'26'");
        rows.call("calendar year text with an unknown keyword", () -> CalendarYear.parse(YEAR_2026
                + "holiday 2026-10-01 国庆节\n", "县历.txt"), IllegalArgumentException.class, "line 3",
                "unknown keyword 'holiday'");
        rows.call("calendar year text with a month 13", () -> CalendarYear.parse(YEAR_2026 + "off 2026-13-01 节\n",
                "县历.txt"), IllegalArgumentException.class, "line 3", "'2026-13-01'", "yyyy-MM-dd");
        rows.call("calendar year text with a named range that ends before it starts", () -> CalendarYear.parse(
                YEAR_2026 + "off 2026-10-08 2026-10-01 国庆节\n", "县历.txt"), IllegalArgumentException.class,
                "line 3", "range ends (2026-10-01) before it starts (2026-10-08)");
        rows.call("calendar year text with a day off before the year line", () -> CalendarYear.parse(
                "off 2026-10-01 国庆节\n" + YEAR_2026, "县历.txt"), IllegalArgumentException.class, "line 1",
                "before the 'year' line");
        rows.pending("calendar year text with a range and no name",
                "the calendar-year text format is being changed: today it reads one day off named '2026-10-08'",
                () -> CalendarYear.parse(YEAR_2026 + "off 2026-10-01 2026-10-08\n", "县历.txt"),
                IllegalArgumentException.class, "line 3", "name");
        rows.pending("calendar year text with a full-width space before the name",
                "the calendar-year text format is being changed: today U+3000 does not separate the name",
                () -> CalendarYear.parse(YEAR_2026 + "off 2026-10-01 2026-10-08\u3000国庆节\n", "县历.txt"),
                IllegalArgumentException.class, "line 3");
        rows.pending("calendar year text with a reversed range and no name",
                "the calendar-year text format is being changed: today it reads one day off named '2026-10-01'",
                () -> CalendarYear.parse(YEAR_2026 + "off 2026-10-08 2026-10-01\n", "县历.txt"),
                IllegalArgumentException.class, "line 3");
        return rows.rows();
    }

    private static CalendarYear year(int year) {
        Notice notice = Notice.of(year + "年节假日安排", "县办〔" + year + "〕1号", LocalDate.of(year - 1, 12, 1));
        return CalendarYear.of(year, List.of(notice), Optional.empty(), List.of());
    }

    private static Counting counting() {
        return StatutoryLimits.PENALTY_SERVICE.count(START);
    }

    private static Deadline deadline(Counting counting) {
        return counting.on(WorkingDayCalendar.national());
    }

    private static Deadline dueDeadline() {
        return TimeLimit.ofDays(15).from(START, WorkingDayCalendar.national());
    }
}
