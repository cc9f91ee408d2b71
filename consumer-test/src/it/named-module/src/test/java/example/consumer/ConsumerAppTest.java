package example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.lang.module.ModuleDescriptor;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConsumerAppTest {

    @Test
    void theApplicationAndQuanzeAreNamedModulesOnTheModulePath() {
        assertEquals("example.consumer", ConsumerApp.class.getModule().getName());
        assertModule("io.github.quanze", WorkingDayCalendar.class.getModule());
        assertModule("io.github.quanze.jackson", QuanzeDocuments.class.getModule());
        assertTrue(ConsumerApp.class.getModule().canRead(WorkingDayCalendar.class.getModule()));
    }

    private static void assertModule(String name, Module module) {
        assertEquals(name, module.getName());
        ModuleDescriptor descriptor = module.getDescriptor();
        assertFalse(descriptor.isAutomatic(), name + " must be an explicit module, not an automatic one");
        assertFalse(descriptor.isOpen(), name + " must not be an open module");
    }

    @Test
    void fiveWorkingDaysFromTheEveOfNationalDayEndAfterTheHoliday() {
        assertEquals(LocalDate.of(2026, 10, 13), ConsumerApp.dueDate(LocalDate.of(2026, 9, 30), 5));
        assertEquals(LocalDate.of(2026, 6, 8), ConsumerApp.dueDate(LocalDate.of(2026, 6, 1), 5));
    }

    @Test
    void aCitationReadsBackIntoItsParts() {
        Provision provision = ConsumerApp.penaltyLawCitation("《中华人民共和国行政处罚法》第六十四条第一款第（二）项");
        assertEquals(OptionalInt.of(64), provision.article());
        assertEquals(OptionalInt.of(1), provision.paragraph());
        assertEquals(OptionalInt.of(2), provision.item());
        assertEquals("《中华人民共和国行政处罚法》第六十四条第一款第（二）项", provision.toString());
        assertNotEquals(provision, ConsumerApp.penaltyLawCitation("《中华人民共和国行政处罚法》第六十四条"));
        assertThrows(IllegalArgumentException.class,
                () -> ConsumerApp.penaltyLawCitation("《中华人民共和国行政许可法》第六十四条"));
    }

    @Test
    void aCalendarYearRoundTripsThroughItsYamlDocument() {
        String yaml = ConsumerApp.calendarYearYaml(2026);
        CalendarYear read = ConsumerApp.readCalendarYear(yaml);
        assertEquals(WorkingDayCalendar.national().year(2026), read);
        assertNotEquals(WorkingDayCalendar.national().year(2025), read);
    }
}
