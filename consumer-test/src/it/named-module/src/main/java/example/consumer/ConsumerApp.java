package example.consumer;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.timelimit.CalendarYearDocuments;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;

/**
 * What an agency system does first with quanze: a deadline in working days, a citation read back from its text,
 * and a year of the working-day calendar through the YAML documents.
 */
public final class ConsumerApp {

    private ConsumerApp() {
    }

    /**
     * Returns the day a period of working days ends, on the national calendar.
     *
     * @param start  the day the period starts (not counted)
     * @param workingDays  the number of working days
     * @return the last day of the period
     */
    public static LocalDate dueDate(LocalDate start, int workingDays) {
        return WorkingDayCalendar.national().plusWorkingDays(start, workingDays);
    }

    /**
     * Reads a citation of the Administrative Penalty Law.
     *
     * @param text  the citation, such as 《中华人民共和国行政处罚法》第六十四条
     * @return the provision
     */
    public static Provision penaltyLawCitation(String text) {
        return Provision.parse(text, Instruments.ADMINISTRATIVE_PENALTY_LAW);
    }

    /**
     * Writes a year of the national calendar as a YAML document.
     *
     * @param year  the year, inside the calendar's coverage
     * @return the document
     */
    public static String calendarYearYaml(int year) {
        return QuanzeDocuments.yaml().writer(CalendarYearDocuments.CALENDAR_YEAR)
                .writeString(WorkingDayCalendar.national().year(year));
    }

    /**
     * Reads a YAML calendar-year document.
     *
     * @param yaml  the document
     * @return the year
     */
    public static CalendarYear readCalendarYear(String yaml) {
        return QuanzeDocuments.yaml().reader(CalendarYearDocuments.CALENDAR_YEAR).readString("calendar.yaml", yaml);
    }

    /**
     * Returns the days on which the application's property suites start periods: every day of the national
     * calendar's coverage, a year's margin kept at its end, from quanze's testkit.
     *
     * @return the arbitrary of days
     */
    public static Arbitrary<LocalDate> startDays() {
        return QuanzeArbitraries.daysWithin(WorkingDayCalendar.national(), 366);
    }

    /**
     * Prints a deadline and a citation.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        System.out.println(dueDate(LocalDate.of(2026, 9, 30), 5));
        System.out.println(penaltyLawCitation("《中华人民共和国行政处罚法》第六十四条第一款第（二）项").toEnglish());
    }
}
