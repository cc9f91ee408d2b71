package io.github.quanze.jackson.timelimit;

import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.Notice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 年度节假日安排 The document of one year of a working-day calendar, the same data as the text files the library
 * ships, in JSON or YAML.
 * <p>
 * Each notice lists the days it sets: {@code daysOff} as ranges {@code {from, to, holiday}} ({@code to} left out for
 * a single day) and {@code workingDays} as {@code {date, holiday}} (调休上班, a weekend day worked in lieu). A day a
 * later notice sets again belongs to that notice only, as in the calendar.
 * <pre>
 * kind: calendar-year
 * version: 1
 * year: 2024
 * notices:
 *   - title: 国务院办公厅关于2024年部分节假日安排的通知
 *     documentNumber: 国办发明电〔2023〕7号
 *     issued: 2023-10-25
 *     daysOff:
 *       - {from: 2024-02-10, to: 2024-02-17, holiday: 春节}
 *     workingDays:
 *       - {date: 2024-02-04, holiday: 春节}
 * </pre>
 */
public final class CalendarYearDocuments {

    private static final ObjectCodec<DaysOff> DAYS_OFF = ObjectCodec
            .builder("daysOff", DaysOffDraft::new, DaysOffDraft::build)
            .description("放假 Days off: a range of days, both ends included")
            .required("from", Codecs.DATE, DaysOff::from, (d, v) -> d.from = v)
            .about("The last day off; left out for a single day")
            .optional("to", Codecs.DATE, r -> r.to().equals(r.from()) ? Optional.empty() : Optional.of(r.to()),
                    (d, v) -> d.to = v)
            .about("The holiday, as the notice names it, such as 春节")
            .required("holiday", Codecs.STRING, DaysOff::holiday, (d, v) -> d.holiday = v)
            .build();

    private static final ObjectCodec<WorkingDay> WORKING_DAY = ObjectCodec
            .builder("workingDay", WorkingDayDraft::new, WorkingDayDraft::build)
            .description("调休上班 A weekend day worked in lieu")
            .required("date", Codecs.DATE, WorkingDay::date, (d, v) -> d.date = v)
            .required("holiday", Codecs.STRING, WorkingDay::holiday, (d, v) -> d.holiday = v)
            .build();

    private static final ObjectCodec<NoticeDays> NOTICE = ObjectCodec
            .builder("notice", NoticeDraft::new, NoticeDraft::build)
            .description("节假日安排通知 A notice and the days it sets")
            .required("title", Codecs.STRING, n -> n.notice().title(), (d, v) -> d.title = v)
            .about("文号, such as 国办发明电〔2023〕7号; left out where it could not be confirmed")
            .optional("documentNumber", Codecs.STRING, n -> n.notice().documentNumber(),
                    (d, v) -> d.documentNumber = v)
            .about("The day the notice was issued; left out where it could not be confirmed")
            .optional("issued", Codecs.DATE, n -> n.notice().issued(), (d, v) -> d.issued = v)
            .list("daysOff", DAYS_OFF, NoticeDays::daysOff, (d, v) -> d.daysOff.add(v))
            .list("workingDays", WORKING_DAY, NoticeDays::workingDays, (d, v) -> d.workingDays.add(v))
            .build();

    private static final ObjectCodec<CalendarYear> YEAR = ObjectCodec
            .builder("calendarYear", Draft::new, Draft::build)
            .required("year", Codecs.integer(1, 9999), CalendarYear::year, (d, v) -> d.year = v)
            .about("The notices the year's days come from, in the order they were issued")
            .list("notices", NOTICE, CalendarYearDocuments::notices, Draft::add)
            .about("What the data was checked against, such as an independent data set")
            .optional("checked", Codecs.STRING, CalendarYear::checked, (d, v) -> d.checked = v)
            .build();

    /** 年度节假日安排 The document of one year of a working-day calendar. */
    public static final DocumentKind<CalendarYear> CALENDAR_YEAR = DocumentKind.of("calendar-year", 1,
            CalendarYear.class, "年度节假日安排 calendar year", YEAR);

    private CalendarYearDocuments() {
    }

    /** Groups the year's days by the notice that set them, days off in ranges of the same holiday. */
    private static List<NoticeDays> notices(CalendarYear year) {
        List<NoticeDays> result = new ArrayList<>();
        for (Notice notice : year.sources()) {
            List<DaysOff> off = new ArrayList<>();
            List<WorkingDay> working = new ArrayList<>();
            for (DayOverride day : year.days().values()) {
                if (!day.source().equals(notice)) {
                    continue;
                }
                if (day.working()) {
                    working.add(new WorkingDay(day.date(), day.holiday()));
                    continue;
                }
                DaysOff last = off.isEmpty() ? null : off.get(off.size() - 1);
                if (last != null && last.holiday().equals(day.holiday()) && last.to().plusDays(1).equals(day.date())) {
                    off.set(off.size() - 1, new DaysOff(last.from(), day.date(), day.holiday()));
                } else {
                    off.add(new DaysOff(day.date(), day.date(), day.holiday()));
                }
            }
            result.add(new NoticeDays(notice, off, working));
        }
        return result;
    }

    private record DaysOff(LocalDate from, LocalDate to, String holiday) {
    }

    private record WorkingDay(LocalDate date, String holiday) {
    }

    private record NoticeDays(Notice notice, List<DaysOff> daysOff, List<WorkingDay> workingDays) {

        List<DayOverride> days() {
            List<DayOverride> days = new ArrayList<>();
            for (DaysOff r : daysOff) {
                for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
                    days.add(new DayOverride(d, false, r.holiday(), notice));
                }
            }
            workingDays.forEach(w -> days.add(new DayOverride(w.date(), true, w.holiday(), notice)));
            return days;
        }

        @Override
        public String toString() {
            return notice.toString();
        }
    }

    private static final class DaysOffDraft {
        LocalDate from;
        LocalDate to;
        String holiday;

        DaysOff build() {
            LocalDate end = to == null ? from : to;
            if (end.isBefore(from)) {
                throw new IllegalArgumentException("range ends (" + end + ") before it starts (" + from + ")");
            }
            if (from.until(end).toTotalMonths() >= 12) {
                throw new IllegalArgumentException("range from " + from + " to " + end + " spans more than a year");
            }
            return new DaysOff(from, end, holiday);
        }
    }

    private static final class WorkingDayDraft {
        LocalDate date;
        String holiday;

        WorkingDay build() {
            return new WorkingDay(date, holiday);
        }
    }

    private static final class NoticeDraft {
        String title;
        String documentNumber;
        LocalDate issued;
        final List<DaysOff> daysOff = new ArrayList<>();
        final List<WorkingDay> workingDays = new ArrayList<>();

        NoticeDays build() {
            Notice notice = new Notice(title, Optional.ofNullable(documentNumber), Optional.ofNullable(issued));
            NoticeDays days = new NoticeDays(notice, List.copyOf(daysOff), List.copyOf(workingDays));
            days.days();
            return days;
        }
    }

    private static final class Draft {
        int year;
        String checked;
        final List<NoticeDays> notices = new ArrayList<>();

        /** Adds a notice, checking its days against the year where the year came first, so errors name it. */
        void add(NoticeDays notice) {
            if (year != 0) {
                CalendarYear.of(year, List.of(notice.notice()), Optional.empty(), notice.days());
            }
            notices.add(notice);
        }

        CalendarYear build() {
            List<Notice> sources = notices.stream().map(NoticeDays::notice).toList();
            List<DayOverride> days = new ArrayList<>();
            for (NoticeDays n : notices) {
                // a later notice sets a day again, as in the text format
                for (DayOverride d : n.days()) {
                    days.removeIf(e -> e.date().equals(d.date()) && !e.source().equals(n.notice()));
                    days.add(d);
                }
            }
            return CalendarYear.of(year, sources, Optional.ofNullable(checked), days);
        }
    }
}
