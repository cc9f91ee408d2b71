package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the text form of a calendar year. The input is UTF-8 text, so the seeds in
 * {@code CalendarYearFuzzTestInputs/parse/} are year files as a user writes them.
 */
@Tag("fuzz")
class CalendarYearFuzzTest {

    private static final String ORIGIN = "fuzz.txt";

    /**
     * A text is refused with an IllegalArgumentException whose message is one short line naming the origin, or read
     * to a year whose days obey the calendar's rules (inside the year, make-up working days on weekends, each from
     * one of the year's sources, no source twice), which {@link CalendarYear#of} builds again from its parts, which
     * written back as text reads to an equal year, and which a calendar holding it follows day by day.
     */
    @FuzzTest(maxDuration = "2m")
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        CalendarYear year;
        try {
            year = CalendarYear.parse(text, ORIGIN);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).startsWith("'" + ORIGIN + "'").hasSizeLessThan(1000)
                    .doesNotContain("\n", "\r", "\u2028", "\u2029");
            return;
        }
        assertThat(year.year()).isBetween(1, 9999);
        assertThat(year.sources()).isNotEmpty().doesNotHaveDuplicates();
        year.days().forEach((date, day) -> {
            assertThat(day.date()).isEqualTo(date);
            assertThat(date.getYear()).isEqualTo(year.year());
            assertThat(!day.working() || CalendarYear.isWeekend(date)).as("%s worked on a weekday", date).isTrue();
            assertThat(year.sources()).contains(day.source());
        });
        assertThat(CalendarYear.of(year.year(), year.sources(), year.checked(), year.days().values()))
                .isEqualTo(year);
        assertThat(CalendarYear.parse(write(year), ORIGIN)).isEqualTo(year);

        WorkingDayCalendar calendar = WorkingDayCalendar.builder("fuzz").addYear(year).build();
        for (LocalDate day = LocalDate.of(year.year(), 1, 1); day.getYear() == year.year(); day = day.plusDays(1)) {
            DayOverride override = year.days().get(day);
            boolean working = override == null ? !CalendarYear.isWeekend(day) : override.working();
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isEqualTo(working);
        }
    }

    /** Writes a year in the text form: each source followed by its days, runs of days off as one range. */
    private static String write(CalendarYear year) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("year %04d", year.year()));
        year.checked().ifPresent(c -> lines.add("checked " + c));
        for (Notice source : year.sources()) {
            lines.add("source " + source.title() + " | " + source.documentNumber().orElse("unverified") + " | "
                    + source.issued().map(LocalDate::toString).orElse("unverified"));
            DayOverride first = null;
            DayOverride last = null;
            for (DayOverride day : year.days().values()) {
                if (!day.source().equals(source)) {
                    continue;
                }
                if (first != null && !day.working() && !last.working() && day.holiday().equals(last.holiday())
                        && day.date().equals(last.date().plusDays(1))) {
                    last = day;
                    continue;
                }
                if (first != null) {
                    lines.add(entry(first, last));
                }
                first = day;
                last = day;
            }
            if (first != null) {
                lines.add(entry(first, last));
            }
        }
        return String.join("\n", lines);
    }

    private static String entry(DayOverride first, DayOverride last) {
        String range = first.equals(last) ? first.date().toString() : first.date() + " " + last.date();
        return (first.working() ? "work " : "off ") + range + " " + first.holiday();
    }
}
