package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

class CalendarYearOfTest {

    private static final Notice NOTICE = Notice.of("国务院办公厅关于2024年部分节假日安排的通知", "国办发明电〔2023〕7号",
            LocalDate.of(2023, 10, 25));

    @Example
    void everyShippedYearIsTheSameBuiltFromItsParts() {
        WorkingDayCalendar national = WorkingDayCalendar.national();
        for (int y = national.firstYear(); y <= national.lastYear(); y++) {
            CalendarYear year = national.year(y);
            assertThat(CalendarYear.of(y, year.sources(), year.checked(), year.days().values())).isEqualTo(year);
        }
    }

    @Example
    void aYearHoldsItsDaysByDate() {
        DayOverride newYear = new DayOverride(LocalDate.of(2024, 1, 1), false, "元旦", NOTICE);
        DayOverride worked = new DayOverride(LocalDate.of(2024, 2, 4), true, "春节", NOTICE);

        CalendarYear year = CalendarYear.of(2024, List.of(NOTICE), Optional.empty(), List.of(worked, newYear));

        assertThat(year.days()).containsOnlyKeys(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 4));
        assertThat(year.days().firstKey()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Example
    void refusesWhatTheTextFormatRefuses() {
        DayOverride outside = new DayOverride(LocalDate.of(2025, 1, 1), false, "元旦", NOTICE);
        DayOverride weekday = new DayOverride(LocalDate.of(2024, 2, 5), true, "春节", NOTICE);
        DayOverride newYear = new DayOverride(LocalDate.of(2024, 1, 1), false, "元旦", NOTICE);
        Notice other = Notice.of("某市人民政府关于调休的通知", "某府发〔2023〕1号", LocalDate.of(2023, 12, 1));
        DayOverride foreign = new DayOverride(LocalDate.of(2024, 1, 2), false, "元旦", other);

        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.of(2024, List.of(NOTICE),
                Optional.empty(), List.of(outside))).withMessageContaining("date 2025-01-01 is outside year 2024");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.of(2024, List.of(NOTICE),
                Optional.empty(), List.of(weekday))).withMessageContaining("is a MONDAY, already a working day");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.of(2024, List.of(NOTICE),
                Optional.empty(), List.of(newYear, newYear))).withMessageContaining("2024-01-01 is given twice");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.of(2024, List.of(NOTICE),
                Optional.empty(), List.of(foreign))).withMessageContaining("not among the sources");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.of(2024, List.of(), Optional.empty(),
                List.of())).withMessageContaining("no source");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.of(2024, List.of(NOTICE, NOTICE),
                Optional.empty(), List.of())).withMessageContaining("a source is given twice");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.of(0, List.of(NOTICE), Optional.empty(),
                List.of())).withMessageContaining("from 1 to 9999");
    }
}
