package io.github.quanze.jackson.timelimit;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.DayOverride;
import io.github.quanze.timelimit.Notice;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CalendarYearDocumentsTest {

    private static final String Y2024 = """
            kind: calendar-year
            version: 1
            year: 2024
            notices:
              - title: 国务院办公厅关于2024年部分节假日安排的通知
                documentNumber: 国办发明电〔2023〕7号
                issued: 2023-10-25
                daysOff:
                  - {from: 2024-01-01, holiday: 元旦}
                  - {from: 2024-02-10, to: 2024-02-17, holiday: 春节}
                workingDays:
                  - {date: 2024-02-04, holiday: 春节}
                  - {date: 2024-02-18, holiday: 春节}
            checked: by hand
            """;

    @Test
    void everyShippedYearSurvivesAsADocumentAndBuildsTheSameCalendar() {
        WorkingDayCalendar national = WorkingDayCalendar.national();
        WorkingDayCalendar.Builder rebuilt = WorkingDayCalendar.builder(national.name());
        for (int y = national.firstYear(); y <= national.lastYear(); y++) {
            CalendarYear shipped = national.year(y);
            assertRoundTrip(CalendarYearDocuments.CALENDAR_YEAR, shipped, DocumentContext.empty());
            String yaml = QuanzeDocuments.yaml().writer(CalendarYearDocuments.CALENDAR_YEAR).writeString(shipped);
            rebuilt.addYear(QuanzeDocuments.yaml().reader(CalendarYearDocuments.CALENDAR_YEAR)
                    .readString(y + ".yaml", yaml));
        }
        assertThat(rebuilt.build()).isEqualTo(national);
    }

    @Test
    void the2020ExtensionOfSpringFestivalBelongsToItsOwnNotice() {
        CalendarYear y2020 = WorkingDayCalendar.national().year(2020);
        assertThat(y2020.sources()).hasSizeGreaterThan(1);
        String yaml = QuanzeDocuments.yaml().writer(CalendarYearDocuments.CALENDAR_YEAR).writeString(y2020);
        assertThat(yaml).contains(y2020.sources().get(1).title());
    }

    @Test
    void readsRangesAndWorkingDays() {
        CalendarYear y = QuanzeDocuments.yaml().reader(CalendarYearDocuments.CALENDAR_YEAR).readString("y", Y2024);

        assertThat(y.days()).hasSize(1 + 8 + 2);
        assertThat(y.days().get(LocalDate.of(2024, 2, 13)).holiday()).isEqualTo("春节");
        assertThat(y.days().get(LocalDate.of(2024, 2, 4)).working()).isTrue();
        assertThat(y.checked()).contains("by hand");
        assertThat(y.sources().get(0).documentNumber()).contains("国办发明电〔2023〕7号");
    }

    @Test
    void aWeekdayMarkedWorkingIsRefusedWithTheCalendarsRule() {
        assertInvalid(CalendarYearDocuments.CALENDAR_YEAR, DocumentContext.empty(),
                Y2024.replace("{date: 2024-02-18, holiday: 春节}", "{date: 2024-02-19, holiday: 春节}"))
                .hasMessageContaining("2024-02-19 is a MONDAY, already a working day");
    }

    @Property(tries = 60)
    void aGeneratedYearSurvivesJsonAndYaml(@ForAll("years") CalendarYear year) {
        assertRoundTrip(CalendarYearDocuments.CALENDAR_YEAR, year, DocumentContext.empty());
    }

    @Provide
    Arbitrary<CalendarYear> years() {
        Arbitrary<Notice> notices = Combinators.combine(
                Arbitraries.of("国务院办公厅关于部分节假日安排的通知", "某省人民政府关于调休的通知", "Local notice"),
                Arbitraries.of("", "国办发明电〔2023〕7号"),
                Arbitraries.integers().between(-1, 300)).as((title, number, day) -> new Notice(title,
                        number.isEmpty() ? Optional.empty() : Optional.of(number),
                        day < 0 ? Optional.empty() : Optional.of(LocalDate.of(2023, 1, 1).plusDays(day))));
        Arbitrary<List<Integer>> days = Arbitraries.integers().between(0, 364).list().ofMaxSize(40);
        return Combinators.combine(Arbitraries.integers().between(2001, 2090), notices.list().ofMinSize(1)
                .ofMaxSize(3).uniqueElements(), days, Arbitraries.of("春节", "国庆节", "中秋节、国庆节"),
                Arbitraries.of("", "checked against holiday-cn")).as((year, sources, offsets, holiday, checked) -> {
                    TreeMap<LocalDate, DayOverride> byDate = new TreeMap<>();
                    for (int i = 0; i < offsets.size(); i++) {
                        LocalDate d = LocalDate.of(year, 1, 1).plusDays(offsets.get(i));
                        if (d.getYear() != year) {
                            continue;
                        }
                        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY
                                || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                        byDate.put(d, new DayOverride(d, weekend && i % 2 == 0, holiday,
                                sources.get(i % sources.size())));
                    }
                    return CalendarYear.of(year, sources, checked.isEmpty() ? Optional.empty()
                            : Optional.of(checked), new ArrayList<>(byDate.values()));
                });
    }
}
