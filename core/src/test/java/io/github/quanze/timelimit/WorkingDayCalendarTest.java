package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;

class WorkingDayCalendarTest {

    static final WorkingDayCalendar NATIONAL = WorkingDayCalendar.national();
    static final LocalDate DATE_2026_09_30 = LocalDate.of(2026, 9, 30);
    static final LocalDate DATE_2026_10_10 = LocalDate.of(2026, 10, 10);

    @Example
    void national_coversEveryYearFrom2008To2026WithItsNotice() {
        assertThat(NATIONAL.firstYear()).isEqualTo(2008);
        assertThat(NATIONAL.lastYear()).isEqualTo(2026);
        for (int year = 2008; year <= 2026; year++) {
            CalendarYear data = NATIONAL.year(year);
            assertThat(data.sources()).as("%s", year).isNotEmpty();
            assertThat(data.sources().get(0).title()).as("%s", year).contains(String.valueOf(year));
            assertThat(data.checked()).as("%s", year).isPresent();
        }
    }

    @Example
    void isWorkingDay_followsTheNoticeNotTheWeek() {
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(NATIONAL.isWorkingDay(DATE_2026_10_10)).isTrue();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
        assertThat(NATIONAL.override(DATE_2026_10_10).map(DayOverride::holiday)).hasValueSatisfying(h ->
                assertThat(h).contains("国庆"));
    }

    @Example
    void theDaysOtherCalendarsGetWrong_followTheNotices() {
        // 2020: the 春节 extension (国办发明电〔2020〕1号) turned the make-up Saturday 02-01 into a day off
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2020, 1, 31))).isFalse();
        assertThat(NATIONAL.override(LocalDate.of(2020, 2, 1)).orElseThrow().source().documentNumber())
                .contains("国办发明电〔2020〕1号");
        // 2015: the 70th anniversary of victory (国发明电〔2015〕1号): 09-03 to 09-05 off, Sunday 09-06 worked
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2015, 9, 4))).isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2015, 9, 6))).isTrue();
        // 2019: 劳动节 changed in March to 05-01..05-04, with Sundays 04-28 and 05-05 worked
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2019, 5, 2))).isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2019, 4, 28))).isTrue();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2019, 5, 5))).isTrue();
        // 2013: the make-up days one widely used Java library misses
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2013, 4, 7))).isTrue();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2013, 10, 12))).isTrue();
        // days a notice sets in the year before its own
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2011, 12, 31))).isTrue();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2022, 12, 31))).isFalse();
        // 2024 除夕 (02-09) is a working day: the notice only encourages employers to give it
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue();
    }

    @Example
    void plusWorkingDays_givesTheWorkedCasesOfTheStatutes() {
        // 行政处罚法 Art 64(1): five working days from a notice on 2026-09-30 cross 国庆
        assertThat(NATIONAL.plusWorkingDays(DATE_2026_09_30, 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        // 行政处罚法 Art 61: seven working days from 2026-02-13 cross 春节 and its two make-up Saturdays
        assertThat(NATIONAL.plusWorkingDays(LocalDate.of(2026, 2, 13), 7)).isEqualTo(LocalDate.of(2026, 3, 2));
        // 行政许可法 Art 42: twenty working days from 2025-09-26
        assertThat(NATIONAL.plusWorkingDays(LocalDate.of(2025, 9, 26), 20)).isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Example
    void workingDaysBetween_andMinusWorkingDays_invertPlus() {
        assertThat(NATIONAL.workingDaysBetween(DATE_2026_09_30, LocalDate.of(2026, 10, 13))).isEqualTo(5);
        assertThat(NATIONAL.minusWorkingDays(LocalDate.of(2026, 10, 13), 5)).isEqualTo(DATE_2026_09_30);
        assertThat(NATIONAL.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(NATIONAL.previousWorkingDay(LocalDate.of(2026, 10, 8))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(NATIONAL.workingDayOnOrAfter(DATE_2026_10_10)).isEqualTo(DATE_2026_10_10);
        assertThat(NATIONAL.plusWorkingDays(DATE_2026_10_10, 0)).isEqualTo(DATE_2026_10_10);
    }

    @Example
    void workingDaysIn_countsAYear() {
        int count = 0;
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            count += NATIONAL.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(NATIONAL.workingDaysIn(2026)).isEqualTo(count).isBetween(240, 255);
    }

    @Example
    void aDateOutsideTheCalendar_isAnErrorNamingTheYear() {
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> NATIONAL.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .withMessageStartingWith("No working-day data for 2027 in calendar 'CN-national', which covers 2008 "
                        + "to 2026; add the year with WorkingDayCalendar.Builder.addYear")
                .satisfies(e -> assertThat(e.year()).isEqualTo(2027));
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> NATIONAL.plusWorkingDays(LocalDate.of(2026, 12, 28), 10))
                .satisfies(e -> assertThat(e.year()).isEqualTo(2027));
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> NATIONAL.minusWorkingDays(LocalDate.of(2008, 1, 3), 5))
                .satisfies(e -> assertThat(e.year()).isEqualTo(2007));
    }

    @Example
    void plusWorkingDays_theLastWorkingDayHeldIsReachedAndOneMoreLeavesTheCalendar() {
        LocalDate first = LocalDate.of(2007, 12, 31);
        LocalDate start = LocalDate.of(2008, 1, 1);
        int held = NATIONAL.workingDaysBetween(start, LocalDate.of(2026, 12, 31));
        assertThat(NATIONAL.plusWorkingDays(start, held)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatExceptionOfType(CalendarCoverageException.class).isThrownBy(() -> NATIONAL.plusWorkingDays(start,
                held + 1)).satisfies(e -> assertThat(e.year()).isEqualTo(2027));
        LocalDate firstWorkingDay = NATIONAL.workingDayOnOrAfter(start);
        assertThat(NATIONAL.minusWorkingDays(NATIONAL.nextWorkingDay(firstWorkingDay), 1)).isEqualTo(firstWorkingDay);
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> NATIONAL.previousWorkingDay(firstWorkingDay))
                .satisfies(e -> assertThat(e.year()).isEqualTo(2007));
        assertThatExceptionOfType(CalendarCoverageException.class).isThrownBy(() -> NATIONAL.isWorkingDay(first));
    }

    @Example
    void plusAndMinusWorkingDays_ofTheLargestInt_leaveTheCalendarInsteadOfOverflowing() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> NATIONAL.plusWorkingDays(start, Integer.MAX_VALUE))
                .withMessageStartingWith("Counting 2147483647 working days after 2026-01-01 runs past calendar 'CN-national', "
                        + "which covers 2008 to 2026 and has no working-day data for 2027")
                .satisfies(e -> assertThat(e.year()).isEqualTo(2027));
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> NATIONAL.minusWorkingDays(start, Integer.MAX_VALUE))
                .withMessageStartingWith("Counting 2147483647 working days before 2026-01-01 runs past calendar "
                        + "'CN-national'")
                .satisfies(e -> assertThat(e.year()).isEqualTo(2007));
        assertThatIllegalArgumentException().isThrownBy(() -> NATIONAL.minusWorkingDays(start, Integer.MIN_VALUE))
                .withMessage("Number of working days must not be negative, but was -2147483648");
    }

    @Example
    void theEndsOfTimeAreOutsideTheCalendarNotAnOverflow() {
        assertThatExceptionOfType(CalendarCoverageException.class).isThrownBy(() -> NATIONAL.isWorkingDay(LocalDate.MAX))
                .satisfies(e -> assertThat(e.year()).isEqualTo(999_999_999));
        assertThatExceptionOfType(CalendarCoverageException.class).isThrownBy(() -> NATIONAL.plusWorkingDays(
                LocalDate.MAX, 1));
        assertThatExceptionOfType(CalendarCoverageException.class).isThrownBy(() -> NATIONAL.minusWorkingDays(
                LocalDate.MIN, 1)).satisfies(e -> assertThat(e.year()).isEqualTo(-999_999_999));
        assertThatExceptionOfType(CalendarCoverageException.class).isThrownBy(() -> NATIONAL.workingDaysBetween(
                LocalDate.MIN, LocalDate.MAX));
        assertThatExceptionOfType(CalendarCoverageException.class).isThrownBy(() -> NATIONAL.year(Integer.MIN_VALUE));
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> NATIONAL.workingDaysIn(Integer.MAX_VALUE));
    }

    @Example
    void builder_quotesAtMostTheStartOfALongName() {
        String name = "某".repeat(100_000);
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.builder(name).build())
                .withMessage("Calendar '" + "某".repeat(Texts.QUOTE_LIMIT) + "'… (100000 characters) must hold at "
                        + "least one year");
        assertThatIllegalArgumentException().isThrownBy(() -> NATIONAL.toBuilder("某省\n").build())
                .withMessageStartingWith("Calendar name must not contain control character U+000A");
    }

    @Example
    void toBuilder_addsAYearAndALocalDayOff() {
        CalendarYear year2027 = CalendarYear.parse(String.join("\n",
                "year 2027",
                "source 国务院办公厅关于2027年部分节假日安排的通知 | unverified | unverified",
                "off 2027-01-01 元旦"), "2027.txt");
        Notice province = Notice.of("某省人民政府关于2026年某民族节日放假的通知", "某政发〔2026〕1号", LocalDate.of(2026, 2, 1));
        WorkingDayCalendar local = NATIONAL.toBuilder("某省")
                .addYear(year2027)
                .override(new DayOverride(LocalDate.of(2026, 3, 3), false, "民族节日", province))
                .build();
        assertThat(local.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(local.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(local.isWorkingDay(LocalDate.of(2026, 3, 3))).isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2026, 3, 3))).isTrue();
        assertThat(year2027.sources().get(0).documentNumber()).isEmpty();
    }

    @Example
    void builder_rejectsDuplicateAndMissingYears() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NATIONAL.toBuilder("x").addYear(NATIONAL.year(2020)))
                .withMessage("Calendar 'x' already holds year 2020");
        CalendarYear year2030 = CalendarYear.parse("year 2030\nsource 通知 | unverified | unverified", "2030.txt");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NATIONAL.toBuilder("x").addYear(year2030).build())
                .withMessage("Calendar 'x' holds 2008 to 2030 but lacks 2027; its years must be continuous");
        Notice notice = new Notice("地方通知", Optional.empty(), Optional.empty());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NATIONAL.toBuilder("x").override(new DayOverride(LocalDate.of(2031, 1, 2), false,
                        "x", notice)).build())
                .withMessage("Calendar 'x': local override on 2031-01-02 is outside the years it holds (2008 to 2026)");
    }

    @Example
    void parse_rejectsMalformedYearFiles() {
        String head = "year 2026\nsource 通知 | 国办发明电〔2025〕7号 | 2025-11-04\n";
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse(head + "off 2025-12-31 元旦", "2026.txt"))
                .withMessage("'2026.txt' line 3: date 2025-12-31 is outside year 2026");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse(head + "work 2026-10-09 国庆节", "2026.txt"))
                .withMessageStartingWith("'2026.txt' line 3: 2026-10-09 is a FRIDAY, already a working day");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CalendarYear.parse(head + "off 2026-10-10 国庆节\nwork 2026-10-10 国庆节", "2026.txt"))
                .withMessage("'2026.txt' line 4: 2026-10-10 is both a day off and a working day in the same notice");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse(head + "holiday 2026-10-01", "2026.txt"))
                .withMessageStartingWith("'2026.txt' line 3: unknown keyword 'holiday'");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse("year 2026\noff 2026-10-01 国庆", "a"))
                .withMessage("'a' line 2: 'off' before any 'source' line");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse(head + "off 2026-13-01 x", "2026.txt"))
                .withMessageStartingWith("'2026.txt' line 3: '2026-13-01' is not a date");
    }

    @Example
    void parse_quotesAtMostTheStartOfALongValueInOneLine() {
        String head = "year 2026\nsource 通知 | 国办发明电〔2025〕7号 | 2025-11-04\n";
        String longWord = "x".repeat(100_000);
        String cut = "'" + "x".repeat(Texts.QUOTE_LIMIT) + "'… (100000 characters)";
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse(head + longWord, "2026.txt"))
                .withMessage("'2026.txt' line 3: unknown keyword " + cut + "; expected year, source, checked, off or "
                        + "work");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse(head + "off " + longWord + " 元旦",
                "2026.txt")).withMessage("'2026.txt' line 3: " + cut + " is not a date in the form yyyy-MM-dd");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse("year " + longWord, "2026.txt"))
                .withMessage("'2026.txt' line 1: year must be four digits from 0001 to 9999, but was " + cut);
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse("year 2026", longWord + "\n"))
                .withMessage("'" + "x".repeat(Texts.QUOTE_LIMIT) + "'… (100001 characters): no 'source' line; every "
                        + "year names the notice it comes from");
    }

    @Example
    void parse_namesTheLineOfARefusedNoticeOrHoliday() {
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse("year 2026\nsource  | x | "
                + "unverified", "2026.txt")).withMessage("'2026.txt' line 2: Notice title must not be blank, but was "
                + "''");
        String head = "year 2026\nsource 通知 | 国办发明电〔2025〕7号 | 2025-11-04\n";
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse(head + "off 2026-01-01 元\u0007旦",
                "2026.txt")).withMessageStartingWith("'2026.txt' line 3: Day override 2026-01-01: holiday must not "
                + "contain control character U+0007");
        assertThatIllegalArgumentException().isThrownBy(() -> new Notice("通知\n" + "x".repeat(100_000),
                Optional.empty(), Optional.empty())).satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("Notice title must not contain control character U+000A");
                    assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("\n");
                });
    }

    @Example
    void parse_letsALaterNoticeOverrideAnEarlierOne() {
        CalendarYear year = CalendarYear.parse(String.join("\n",
                "year 2020",
                "source 原通知 | 国办发明电〔2019〕16号 | 2019-11-21",
                "work 2020-02-01 春节",
                "source 延长通知 | 国办发明电〔2020〕1号 | 2020-01-27",
                "off 2020-01-31 2020-02-02 春节"), "2020.txt");
        assertThat(year.days().get(LocalDate.of(2020, 2, 1)).working()).isFalse();
        assertThat(year.days().get(LocalDate.of(2020, 2, 1)).source().title()).isEqualTo("延长通知");
    }
}
