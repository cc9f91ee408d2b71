package example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A downstream property suite on the module path: days from the testkit's facade, and power catalogues from the
 * provider the testkit's module declares, with no {@code @Provide} method of the consumer's own.
 */
class ConsumerPropertiesTest {

    @Property(tries = 100)
    void aDueDateIsAWorkingDayAfterItsStart(@ForAll("startDays") LocalDate start) {
        LocalDate due = ConsumerApp.dueDate(start, 5);
        assertTrue(due.isAfter(start), () -> due + " is not after " + start);
        assertTrue(WorkingDayCalendar.national().isWorkingDay(due), () -> due + " is a rest day");
    }

    @Property(tries = 50)
    void everyPowerOfAGeneratedCatalogueIsFoundByItsCode(@ForAll PowerCatalogue catalogue) {
        for (Power power : catalogue.powers()) {
            assertEquals(power, catalogue.power(power.code()));
        }
        assertEquals(catalogue.powers().size(), catalogue.size());
    }

    @Provide
    Arbitrary<LocalDate> startDays() {
        return ConsumerApp.startDays();
    }
}
