package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;

/** Equality of limits and deadlines attribute by attribute, and the status of a deadline on each side of its day. */
class TimeLimitContractTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_LICENSING_LAW, 42));
    private static final LegalBasis OTHER_BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_LICENSING_LAW,
            43));
    private static final Extension EXTENSION = new Extension(10, "本行政机关负责人", BASIS);
    private static final TimeLimit LIMIT = TimeLimit.ofWorkingDays(20).named(BilingualText.of("许可决定", "licence"))
            .citing(BASIS).extendable(EXTENSION);

    @Example
    void timeLimit_equalsEveryAttribute() {
        TimeLimit same = TimeLimit.ofWorkingDays(20).named(BilingualText.of("许可决定", "licence")).citing(BASIS)
                .extendable(EXTENSION);
        assertThat(LIMIT).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(LIMIT).isNotEqualTo(TimeLimit.ofWorkingDays(21).named(BilingualText.of("许可决定", "licence"))
                .citing(BASIS).extendable(EXTENSION));
        assertThat(LIMIT).isNotEqualTo(TimeLimit.ofDays(20).named(BilingualText.of("许可决定", "licence"))
                .citing(BASIS).extendable(EXTENSION));
        assertThat(LIMIT).isNotEqualTo(LIMIT.before());
        assertThat(LIMIT).isNotEqualTo(LIMIT.withoutRolling());
        assertThat(LIMIT).isNotEqualTo(LIMIT.named(BilingualText.of("其他", "other")));
        assertThat(LIMIT).isNotEqualTo(LIMIT.citing(OTHER_BASIS));
        assertThat(LIMIT).isNotEqualTo(LIMIT.extendable(new Extension(11, "本行政机关负责人", BASIS)));
        assertThat(LIMIT).isNotEqualTo(TimeLimit.ofWorkingDays(20)).isNotEqualTo("20个工作日").isNotEqualTo(null);
        assertThat(LIMIT.hashCode()).isNotEqualTo(LIMIT.before().hashCode());
    }

    @Example
    void timeLimit_copiesChangeOneAttributeEach() {
        assertThat(LIMIT.isBackward()).isFalse();
        assertThat(LIMIT.before().isBackward()).isTrue();
        assertThat(LIMIT.before().rolls()).isTrue();
        assertThat(LIMIT.rolls()).isTrue();
        assertThat(LIMIT.withoutRolling().rolls()).isFalse();
        assertThat(LIMIT.withoutRolling().isBackward()).isFalse();
        assertThat(LIMIT.before().basis()).contains(BASIS);
        assertThat(LIMIT.before().extension()).contains(EXTENSION);
        assertThat(LIMIT.before().name()).isEqualTo(LIMIT.name());
        assertThat(LIMIT.withoutRolling().amount()).isEqualTo(20);
        assertThat(LIMIT.withoutRolling().unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(TimeLimit.ofHours(24).unit()).isEqualTo(PeriodUnit.HOURS);
        assertThat(TimeLimit.ofMonths(6).unit()).isEqualTo(PeriodUnit.MONTHS);
        assertThat(TimeLimit.ofYears(2).unit()).isEqualTo(PeriodUnit.YEARS);
        assertThat(TimeLimit.ofDays(1).amount()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofDays(0))
                .withMessage("Time limit must be positive, but was 0 DAYS");
        assertThat(LIMIT.toString()).startsWith("许可决定 ");
        assertThat(TimeLimit.ofDays(3).toString()).doesNotStartWith(" ");
    }

    @Example
    void extension_equalsEveryComponent() {
        assertThat(EXTENSION).isEqualTo(new Extension(10, "本行政机关负责人", BASIS));
        assertThat(EXTENSION).isNotEqualTo(new Extension(10, "局长", BASIS))
                .isNotEqualTo(new Extension(10, "本行政机关负责人", OTHER_BASIS));
        assertThat(new Extension(1, "局长", BASIS).max()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new Extension(0, "局长", BASIS))
                .withMessage("Extension maximum must be at least 1, but was 0");
    }

    @Example
    void deadline_equalsEveryAttribute() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        Deadline deadline = LIMIT.from(start, CALENDAR);
        assertThat(deadline).isEqualTo(LIMIT.from(start, CALENDAR)).hasSameHashCodeAs(LIMIT.from(start, CALENDAR));
        assertThat(deadline).isNotEqualTo(LIMIT.from(start.plusDays(1), CALENDAR));
        assertThat(deadline).isNotEqualTo(LIMIT.citing(OTHER_BASIS).from(start, CALENDAR));
        assertThat(deadline).isNotEqualTo(LIMIT.count(start).extend(1, "局长", start).on(CALENDAR));
        assertThat(deadline).isNotEqualTo(LIMIT.count(start).exclude(LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 9), "检测").on(CALENDAR));
        assertThat(deadline).isNotEqualTo(LIMIT.count(start).extend(1, null, start).on(CALENDAR));
        assertThat(deadline).isNotEqualTo(deadline.toString()).isNotEqualTo(null);
        assertThat(deadline.toString())
                .isEqualTo("Deadline{" + LIMIT + " from 2026-03-02, due " + deadline.due() + "}");
    }

    @Example
    void status_onEachSideOfTheDueDay() {
        // 20 working days from Monday 2026-03-02 end on Monday 2026-03-30
        Deadline deadline = LIMIT.from(LocalDate.of(2026, 3, 2), CALENDAR);
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 3, 30));
        DeadlineStatus fourLeft = deadline.statusOn(LocalDate.of(2026, 3, 24));
        assertThat(fourLeft.state()).isEqualTo(DeadlineStatus.State.ON_TIME);
        assertThat(fourLeft.days()).isEqualTo(4);
        assertThat(fourLeft.workingDays()).isTrue();
        DeadlineStatus threeLeft = deadline.statusOn(LocalDate.of(2026, 3, 25));
        assertThat(threeLeft.state()).isEqualTo(DeadlineStatus.State.DUE_SOON);
        assertThat(threeLeft.days()).isEqualTo(3);
        assertThat(deadline.status(LocalDate.of(2026, 3, 25), Optional.empty(), 2).state())
                .isEqualTo(DeadlineStatus.State.ON_TIME);
        assertThat(deadline.status(LocalDate.of(2026, 3, 27), Optional.empty(), 0).state())
                .isEqualTo(DeadlineStatus.State.ON_TIME);
        assertThat(deadline.statusOn(LocalDate.of(2026, 3, 30)).state()).isEqualTo(DeadlineStatus.State.DUE_TODAY);
        DeadlineStatus overdue = deadline.statusOn(LocalDate.of(2026, 4, 1));
        assertThat(overdue.state()).isEqualTo(DeadlineStatus.State.OVERDUE);
        assertThat(overdue.days()).isEqualTo(2);
        assertThat(overdue.workingDays()).isFalse();
        DeadlineStatus metOnTheDay = deadline.status(LocalDate.of(2026, 4, 1), Optional.of(LocalDate.of(2026, 3, 30)),
                3);
        assertThat(metOnTheDay.state()).isEqualTo(DeadlineStatus.State.MET);
        assertThat(metOnTheDay.days()).isZero();
        assertThat(metOnTheDay.isMissed()).isFalse();
        DeadlineStatus metLate = deadline.status(LocalDate.of(2026, 4, 1), Optional.of(LocalDate.of(2026, 3, 31)), 3);
        assertThat(metLate.state()).isEqualTo(DeadlineStatus.State.MET_LATE);
        assertThat(metLate.days()).isEqualTo(1);
        assertThat(metLate.isMissed()).isTrue();
        assertThat(overdue.isMissed()).isTrue();
        assertThat(fourLeft.isMissed()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> deadline.status(LocalDate.of(2026, 3, 3),
                Optional.empty(), -1)).withMessage("Warning window must not be negative, but was -1");
    }

    @Example
    void status_carriesCodeSeverityAndParameters() {
        DeadlineStatus met = new DeadlineStatus(DeadlineStatus.State.MET, 2, Optional.of(LocalDate.of(2026, 3, 3)),
                true);
        assertThat(met.code()).isEqualTo("TIMELIMIT.STATUS.MET");
        assertThat(met.severity()).isEqualTo(Severity.INFO);
        assertThat(met.parameters()).isEqualTo(Parameters.builder().put("state", DeadlineStatus.State.MET)
                .put("days", 2).put("workingDays", true).put("metOn", LocalDate.of(2026, 3, 3)).build());
        DeadlineStatus overdue = new DeadlineStatus(DeadlineStatus.State.OVERDUE, 1, Optional.empty());
        assertThat(overdue.workingDays()).isFalse();
        assertThat(overdue.severity()).isEqualTo(Severity.ERROR);
        assertThat(overdue.parameters().has("metOn")).isFalse();
        assertThat(DeadlineStatus.State.DUE_SOON.severity()).isEqualTo(Severity.WARNING);
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineStatus(DeadlineStatus.State.OVERDUE, 0,
                Optional.empty())).withMessage("Deadline status OVERDUE: days late must be at least 1, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineStatus(DeadlineStatus.State.DUE_TODAY, 1,
                Optional.empty())).withMessage("Deadline status DUE_TODAY: days must be 0, but was 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineStatus(DeadlineStatus.State.ON_TIME, -1,
                Optional.empty())).withMessage("Deadline status ON_TIME: days must not be negative, but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineStatus(DeadlineStatus.State.ON_TIME, 1,
                Optional.of(LocalDate.of(2026, 3, 3)))).withMessageContaining("must be absent");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineStatus(DeadlineStatus.State.MET, 1,
                Optional.empty())).withMessageContaining("must be present");
        assertThat(new DeadlineStatus(DeadlineStatus.State.ON_TIME, 0, Optional.empty()).days()).isZero();
    }
}
