package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import net.jqwik.api.Example;

/** The statutory cap on extensions counts every extension of one period together (延长期限累计不得超过上限). */
class ExtensionCapTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final LocalDate SEIZED = LocalDate.of(2025, 6, 2);

    @Example
    void severalExtensionsWithinTheCapTogether_giveNoFinding() {
        Deadline atCap = StatutoryLimits.SEIZURE.count(SEIZED).extend(10, "局长", LocalDate.of(2025, 6, 30))
                .extend(15, "局长", LocalDate.of(2025, 7, 1)).extend(5, "局长", LocalDate.of(2025, 7, 2))
                .on(CALENDAR);
        assertThat(atCap.findings()).isEmpty();
        assertThat(atCap.adjustments()).extracting(Adjustment::amount).containsExactly(10, 15, 5);
    }

    @Example
    void severalExtensionsOverTheCapTogether_areOneFindingWithTheirTotal() {
        Deadline over = StatutoryLimits.SEIZURE.count(SEIZED).extend(10, "局长", LocalDate.of(2025, 6, 30))
                .extend(15, "局长", LocalDate.of(2025, 7, 1)).extend(6, "局长", LocalDate.of(2025, 7, 2))
                .on(CALENDAR);
        assertThat(over.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(TimeLimitFinding.Issue.EXTENSION_OVER_CAP);
            assertThat(f.details()).isEqualTo(Parameters.builder().put("total", 31L).put("cap", 30)
                    .put("unit", PeriodUnit.DAYS).build());
            assertThat(f.basis()).isEqualTo(StatutoryLimits.SEIZURE.extension().orElseThrow().basis());
        });
        // the due date still counts every day granted: the finding reports the excess, it does not cut it
        assertThat(over.due()).isEqualTo(CALENDAR.workingDayOnOrAfter(SEIZED.plusDays(61)));
    }

    @Example
    void eachExtensionWithoutAnApprover_isItsOwnFinding() {
        Deadline unapproved = StatutoryLimits.SEIZURE.count(SEIZED).extend(10, null, LocalDate.of(2025, 6, 30))
                .extend(5, " ", LocalDate.of(2025, 7, 1)).extend(5, "局长", LocalDate.of(2025, 7, 2))
                .on(CALENDAR);
        assertThat(unapproved.findings()).extracting(TimeLimitFinding::issue).containsExactly(
                TimeLimitFinding.Issue.EXTENSION_WITHOUT_APPROVAL, TimeLimitFinding.Issue.EXTENSION_WITHOUT_APPROVAL);
        assertThat(unapproved.findings().get(0).details()).isEqualTo(Parameters.builder().put("amount", 10)
                .put("unit", PeriodUnit.DAYS).put("approver", "行政机关负责人").build());
        assertThat(unapproved.findings().get(1).details().number("amount")).isEqualTo(5);
    }
}
