package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;

/** What a counting refuses, with the words it refuses in, and the order it keeps its adjustments in. */
class CountingContractTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Example
    void aLimitCountedBack_takesNoAdjustment() {
        TimeLimit before = TimeLimit.ofDays(7).before();
        String refusal = "A time limit counted back from its event (7日前) takes no adjustment";
        assertThatIllegalStateException().isThrownBy(() -> before.count(START).extend(1, "局长", START))
                .withMessage(refusal);
        assertThatIllegalStateException().isThrownBy(() -> before.count(START).interrupt(START.plusDays(1), "中断"))
                .withMessage(refusal);
        assertThatIllegalStateException().isThrownBy(() -> before.count(START).suspend(START, START.plusDays(2),
                "中止")).withMessage(refusal);
        assertThatIllegalStateException().isThrownBy(() -> before.count(START).exclude(START, START, "检测"))
                .withMessage(refusal);
    }

    @Example
    void extend_interrupt_suspend_refuseOutOfRangeDays() {
        TimeLimit limit = StatutoryLimits.SEIZURE;
        assertThatIllegalArgumentException().isThrownBy(() -> limit.count(START).extend(0, "局长", START))
                .withMessage("Extension must be at least 1, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> limit.count(START).interrupt(START, "中断"))
                .withMessage("Interruption on 2026-03-02 must be after the start 2026-03-02");
        assertThat(limit.count(START).interrupt(START.plusDays(1), "中断").on(CALENDAR).adjustments()).hasSize(1);
        assertThatIllegalArgumentException().isThrownBy(() -> limit.count(START).suspend(START.plusDays(3),
                START.plusDays(3), "中止")).withMessage("Suspension must resume (2026-03-05) after it starts "
                        + "(2026-03-05)");
        assertThat(limit.count(START).suspend(START.plusDays(3), START.plusDays(4), "中止").on(CALENDAR)
                .adjustments()).singleElement().satisfies(a -> {
                    assertThat(a.from()).isEqualTo(START.plusDays(3));
                    assertThat(a.to()).isEqualTo(START.plusDays(3));
                });
    }

    @Example
    void adjustments_areKeptInTheOrderOfTheirDays() {
        Deadline deadline = TimeLimit.ofWorkingDays(20).citing(StatutoryLimits.SEIZURE.basis().orElseThrow())
                .count(START).extend(5, "局长", LocalDate.of(2026, 3, 20))
                .exclude(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), "检测").on(CALENDAR);
        assertThat(deadline.adjustments()).extracting(Adjustment::kind)
                .containsExactly(Adjustment.Kind.EXCLUDED, Adjustment.Kind.EXTENDED);
    }

    @Example
    void status_refusesAnActDoneAfterToday() {
        Deadline deadline = TimeLimit.ofDays(10).from(START, CALENDAR);
        assertThatIllegalArgumentException().isThrownBy(() -> deadline.status(START.plusDays(3),
                Optional.of(START.plusDays(4)), 3)).withMessage("Act done on 2026-03-06 is after today 2026-03-05");
        assertThat(deadline.status(START.plusDays(4), Optional.of(START.plusDays(4)), 3).state())
                .isEqualTo(DeadlineStatus.State.MET);
        assertThat(deadline.hashCode()).isNotEqualTo(TimeLimit.ofDays(11).from(START, CALENDAR).hashCode());
    }
}
