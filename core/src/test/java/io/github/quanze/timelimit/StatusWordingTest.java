package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;

/** How a status and an amount read: singular and plural, working or natural days, each state its own words. */
class StatusWordingTest {

    private static final LocalDate DONE = LocalDate.of(2026, 3, 3);

    @Example
    void amounts_areSingularForOneOnly() {
        assertThat(PeriodUnit.WORKING_DAYS.describe(1)).isEqualTo(BilingualText.of("1个工作日", "1 working day"));
        assertThat(PeriodUnit.WORKING_DAYS.describe(2)).isEqualTo(BilingualText.of("2个工作日", "2 working days"));
        assertThat(PeriodUnit.DAYS.describe(0).en()).isEqualTo("0 days");
        assertThat(PeriodUnit.DAYS.describe(-1).en()).isEqualTo("-1 day");
        assertThat(PeriodUnit.MONTHS.describe(1).en()).isEqualTo("1 month");
        assertThat(TimeLimit.ofDays(7).before().describe()).isEqualTo(BilingualText.of("7日前", "7 days before"));
        assertThat(TimeLimit.ofDays(7).describe()).isEqualTo(BilingualText.of("7日", "7 days"));
    }

    @Example
    void eachState_hasItsOwnWords() {
        assertThat(new DeadlineStatus(DeadlineStatus.State.ON_TIME, 5, Optional.empty(), true).describe())
                .isEqualTo(BilingualText.of("未到期，尚余5个工作日", "on time, 5 working days left"));
        assertThat(new DeadlineStatus(DeadlineStatus.State.DUE_SOON, 1, Optional.empty(), false).describe())
                .isEqualTo(BilingualText.of("即将到期，尚余1日", "due soon, 1 day left"));
        assertThat(new DeadlineStatus(DeadlineStatus.State.DUE_TODAY, 0, Optional.empty(), true).describe())
                .isEqualTo(DeadlineStatus.State.DUE_TODAY.label());
        // days late are natural days, even for a limit in working days
        assertThat(new DeadlineStatus(DeadlineStatus.State.OVERDUE, 3, Optional.empty(), true).describe())
                .isEqualTo(BilingualText.of("已逾期3日", "overdue by 3 days"));
        assertThat(new DeadlineStatus(DeadlineStatus.State.MET, 2, Optional.of(DONE), true).describe())
                .isEqualTo(BilingualText.of("按期完成，提前2个工作日（2026-03-03完成）",
                        "met 2 working days early (done on 2026-03-03)"));
        assertThat(new DeadlineStatus(DeadlineStatus.State.MET_LATE, 2, Optional.of(DONE), true).describe())
                .isEqualTo(BilingualText.of("逾期2日完成（2026-03-03完成）", "met 2 days late (done on 2026-03-03)"));
    }
}
