package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;

/** Worked cases of counting a deadline: extensions, interruptions, status and the explanation. */
class DeadlineTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DATE_2026_02_02 = LocalDate.of(2026, 2, 2);
    private static final LocalDate DATE_2026_03_02 = LocalDate.of(2026, 3, 2);
    private static final LocalDate DATE_2026_03_13 = LocalDate.of(2026, 3, 13);
    private static final LocalDate DATE_2026_09_30 = LocalDate.of(2026, 9, 30);
    private static final Provision CIVIL_CODE_203 = Provision.of(Instruments.CIVIL_CODE, 203, 1);

    @Example
    void extensionAfterExpiry_comparesWithTheDeadlineAsCountedWithItsExclusions() {
        // 20 working days from 03-02 end on 03-30; the hearing (10 working days) moves the end to 04-14
        Counting counting = StatutoryLimits.LICENCE_DECISION.count(DATE_2026_03_02)
                .exclude(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20), "听证");
        Deadline extended = counting.extend(10, "局长", LocalDate.of(2026, 4, 2)).on(CALENDAR);
        assertThat(extended.findings()).isEmpty();
        Deadline late = StatutoryLimits.LICENCE_DECISION.count(DATE_2026_03_02)
                .exclude(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20), "听证")
                .extend(10, "局长", LocalDate.of(2026, 4, 15)).on(CALENDAR);
        assertThat(late.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(TimeLimitFinding.Issue.EXTENSION_AFTER_EXPIRY);
            assertThat(f.details()).isEqualTo(Parameters.builder().put("approvedOn", LocalDate.of(2026, 4, 15))
                    .put("expired", LocalDate.of(2026, 4, 14)).build());
        });
    }

    @Example
    void extensionAfterExpiry_comparesWithTheDeadlineAfterItMovedPastARestDay() {
        // 30 days from 01-01 end on Saturday 01-31, which moves to Monday 02-02
        assertThat(StatutoryLimits.SEIZURE.from(DATE_2026_01_01, CALENDAR).due()).isEqualTo(DATE_2026_02_02);
        Deadline onTheLastDay = StatutoryLimits.SEIZURE.count(DATE_2026_01_01).extend(30, "局长", DATE_2026_02_02)
                .on(CALENDAR);
        assertThat(onTheLastDay.findings()).isEmpty();
        Deadline dayAfter = StatutoryLimits.SEIZURE.count(DATE_2026_01_01)
                .extend(30, "局长", DATE_2026_02_02.plusDays(1)).on(CALENDAR);
        assertThat(dayAfter.findings()).extracting(TimeLimitFinding::issue)
                .containsExactly(TimeLimitFinding.Issue.EXTENSION_AFTER_EXPIRY);
    }

    @Example
    void extensionAfterExpiry_aSecondExtensionWhileTheFirstRunsIsInTime() {
        LocalDate seized = LocalDate.of(2025, 6, 2);
        Deadline twice = StatutoryLimits.SEIZURE.count(seized).extend(10, "局长", LocalDate.of(2025, 6, 30))
                .extend(20, "局长", LocalDate.of(2025, 7, 10)).on(CALENDAR);
        assertThat(twice.due()).isEqualTo(CALENDAR.workingDayOnOrAfter(seized.plusDays(60)));
        assertThat(twice.findings()).isEmpty();
    }

    @Example
    void interruptionAfterExpiry_keepsTheExpiredDeadline() {
        TimeLimit limit = TimeLimit.ofDays(10);
        Deadline interrupted = limit.count(DATE_2026_03_02).interrupt(LocalDate.of(2026, 6, 1), "重新起算")
                .on(CALENDAR);
        assertThat(interrupted.due()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(interrupted.adjustments()).isEmpty();
        assertThat(interrupted.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TIMELIMIT.INTERRUPTION_AFTER_EXPIRY");
            assertThat(f.details()).isEqualTo(Parameters.builder().put("expired", LocalDate.of(2026, 3, 12))
                    .put("interruptedOn", LocalDate.of(2026, 6, 1)).put("reason", "重新起算").build());
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.basis()).isEqualTo(LegalBasis.of(Provision.of(Instruments.CIVIL_CODE, 195)));
        });
        assertThat(interrupted.explain().zh()).doesNotContain("期限中断").endsWith("届满日：2026-03-12");
    }

    @Example
    void interruptionAfterExpiry_citesTheLimitsBasis() {
        Deadline interrupted = StatutoryLimits.RECONSIDERATION_APPLICATION.count(DATE_2026_01_01)
                .interrupt(LocalDate.of(2026, 6, 1), "重新起算").on(CALENDAR);
        assertThat(interrupted.findings()).singleElement().satisfies(f -> assertThat(f.basis().provisions())
                .startsWith(Provision.of(Instruments.ADMINISTRATIVE_RECONSIDERATION_LAW, 20, 1)));
    }

    @Example
    void interruption_onTheLastDayOrWhileAnExclusionRuns_restarts() {
        TimeLimit limit = TimeLimit.ofDays(10);
        Deadline onLastDay = limit.count(DATE_2026_03_02).interrupt(LocalDate.of(2026, 3, 12), "重新起算").on(CALENDAR);
        assertThat(onLastDay.due()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(onLastDay.findings()).isEmpty();
        // 03-05 to 03-20 not counted: the period then runs to 03-28 (Saturday), so 03-30
        Deadline excluded = limit.count(DATE_2026_03_02).exclude(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20),
                "鉴定").interrupt(LocalDate.of(2026, 3, 25), "重新起算").on(CALENDAR);
        assertThat(excluded.findings()).isEmpty();
        // 10 days from 03-25 end on 04-04, a day off for 清明节 (04-04 to 04-06)
        assertThat(excluded.due()).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Example
    void status_overdueAfterAWeekendIsCountedInNaturalDays() {
        // 5 working days from Friday 03-06 end on Friday 03-13
        Deadline due = StatutoryLimits.PENALTY_HEARING_REQUEST.from(LocalDate.of(2026, 3, 6), CALENDAR);
        assertThat(due.due()).isEqualTo(DATE_2026_03_13);
        DeadlineStatus sunday = due.statusOn(LocalDate.of(2026, 3, 15));
        assertThat(sunday).isEqualTo(new DeadlineStatus(DeadlineStatus.State.OVERDUE, 2, Optional.empty()));
        assertThat(sunday.describe().zh()).isEqualTo("已逾期2日");
        DeadlineStatus saturday = due.status(LocalDate.of(2026, 3, 16), Optional.of(LocalDate.of(2026, 3, 14)), 3);
        assertThat(saturday.state()).isEqualTo(DeadlineStatus.State.MET_LATE);
        assertThat(saturday.days()).isEqualTo(1);
    }

    @Example
    void backwardLimit_endingOnAHolidayIsAdvancedNotRolled() {
        Deadline notice = TimeLimit.ofDays(7).before().from(LocalDate.of(2026, 10, 14), CALENDAR);
        assertThat(notice.due()).isEqualTo(DATE_2026_09_30);
        assertThat(notice.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Adjustment.Kind.ADVANCED);
            assertThat(a.from()).isEqualTo(DATE_2026_09_30);
            assertThat(a.to()).isEqualTo(LocalDate.of(2026, 10, 7));
        });
        assertThat(Adjustment.Kind.ADVANCED.label()).isEqualTo(BilingualText.of("提前", "moved to the previous "
                + "working day"));
        assertThat(notice.explain().zh()).contains("2026-10-07为休息日，提前至2026-09-30").doesNotContain("顺延")
                .endsWith("最迟应于2026-09-30（含当日）完成");
        assertThat(notice.explain().en()).endsWith("act at the latest on 2026-09-30");
    }

    @Example
    void roll_citesTheCivilCodeOnce() {
        Deadline fine = StatutoryLimits.FINE_PAYMENT.from(LocalDate.of(2026, 9, 20), CALENDAR);
        assertThat(fine.explain().zh().lines()).contains(
                "2026-10-05为休息日，顺延至2026-10-08（" + CIVIL_CODE_203 + "）");
        assertThat(fine.explain().en().lines()).contains(
                "2026-10-05 is a rest day, moved to the next working day, 2026-10-08 (" + CIVIL_CODE_203.toEnglish()
                        + ")");
        assertThat(fine.explain().zh()).containsOnlyOnce("休息日");
    }

    @Example
    void explain_writesTheUnitOfEachAdjustment() {
        Deadline decision = StatutoryLimits.LICENCE_DECISION.count(LocalDate.of(2025, 9, 26))
                .exclude(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 17), "检测")
                .extend(10, "局长", LocalDate.of(2025, 10, 20)).on(CALENDAR);
        assertThat(decision.explain().zh().lines()).contains("2025-10-13至2025-10-17 不计算在期限内：检测，顺延5个工作日",
                "2025-10-20 延长10个工作日，经局长批准");
        assertThat(decision.explain().en().lines()).contains(
                "2025-10-13 to 2025-10-17 not counted: 检测, adding 5 working days",
                "2025-10-20 extended by 10 working days, approved by 局长");
        LegalBasis trial = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_LITIGATION_LAW, 81));
        TimeLimit month = TimeLimit.ofMonths(6).citing(trial).extendable(new Extension(3, "高级人民法院", trial));
        Deadline monthly = month.count(LocalDate.of(2026, 3, 2)).exclude(LocalDate.of(2026, 3, 3),
                LocalDate.of(2026, 3, 4), "鉴定").extend(1, null, LocalDate.of(2026, 3, 5)).on(CALENDAR);
        assertThat(monthly.explain().zh().lines()).contains("2026-03-03至2026-03-04 不计算在期限内：鉴定，顺延2日",
                "2026-03-05 延长1个月，未经批准");
        assertThat(monthly.explain().zh()).doesNotContain("顺延1日");
    }

    @Example
    void explain_doesNotCountMakeUpDaysInsideAnExcludedSpan() {
        // 10-10 (Saturday) is a make-up working day for 国庆节, but the test runs from 10-09 to 10-12
        Deadline excluded = StatutoryLimits.PENALTY_HEARING_REQUEST.count(DATE_2026_09_30)
                .exclude(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12), "检测").on(CALENDAR);
        assertThat(excluded.due()).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(excluded.explain().zh()).doesNotContain("调休上班，计入").contains("国庆节放假，不计入");
        Deadline plain = StatutoryLimits.PENALTY_HEARING_REQUEST.from(DATE_2026_09_30, CALENDAR);
        assertThat(plain.explain().zh()).contains("2026-10-10（星期六） 国庆节调休上班，计入");
    }

    @Example
    void equality_comparesTheCalendarsData() {
        Notice notice = Notice.of("某省人民政府关于放假的通知", "某政发〔2026〕1号", LocalDate.of(2026, 1, 5));
        WorkingDayCalendar local = CALENDAR.toBuilder(WorkingDayCalendar.NATIONAL)
                .override(new DayOverride(LocalDate.of(2026, 3, 11), false, "地方节日", notice)).build();
        TimeLimit limit = TimeLimit.ofWorkingDays(3);
        Deadline national = limit.from(DATE_2026_03_02, CALENDAR);
        Deadline onLocal = limit.from(DATE_2026_03_02, local);
        assertThat(onLocal.due()).isEqualTo(national.due());
        assertThat(local).isNotEqualTo(CALENDAR);
        assertThat(onLocal).isNotEqualTo(national);
        WorkingDayCalendar copy = CALENDAR.toBuilder(WorkingDayCalendar.NATIONAL).build();
        assertThat(copy).isEqualTo(CALENDAR).hasSameHashCodeAs(CALENDAR);
        assertThat(limit.from(DATE_2026_03_02, copy)).isEqualTo(national).hasSameHashCodeAs(national);
    }

    @Example
    void extensionFindings_citeTheLimitOrItsExtensionRule() {
        LocalDate filed = LocalDate.of(2025, 6, 2);
        Deadline unprovided = StatutoryLimits.PENALTY_DECISION.count(filed).extend(30, "局长", filed).on(CALENDAR);
        assertThat(unprovided.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(TimeLimitFinding.Issue.EXTENSION_NOT_PROVIDED);
            assertThat(f.basis()).isEqualTo(StatutoryLimits.PENALTY_DECISION.basis().orElseThrow());
        });
        assertThatIllegalStateException().isThrownBy(() -> TimeLimit.ofDays(90).count(filed).extend(30, "局长", filed))
                .withMessage("Time limit 90日 cites no provision and has no extension rule, so an extension cannot be "
                        + "checked; cite the limit with TimeLimit.citing or TimeLimit.extendable");
    }

    @Example
    void status_anActDoneBeforeThePeriodBegan_isRefused() {
        Deadline due = StatutoryLimits.PENALTY_HEARING_REQUEST.from(DATE_2026_03_02, CALENDAR);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> due.status(DATE_2026_03_13, Optional.of(DATE_2026_03_02.minusDays(1)), 3))
                .withMessage("Act done on 2026-03-01 is before the period began on 2026-03-02 (the start day of 5 "
                        + "working days); an act is done on or after the event that starts its period");
        // on the start day itself the act is in time, with all five working days to spare
        assertThat(due.status(DATE_2026_03_13, Optional.of(DATE_2026_03_02), 3))
                .isEqualTo(new DeadlineStatus(DeadlineStatus.State.MET, 5, Optional.of(DATE_2026_03_02), true));
        // a limit counted back from the hearing has no such bound: a notice a month early is in time
        Deadline notice = StatutoryLimits.PENALTY_HEARING_NOTICE.from(LocalDate.of(2026, 10, 19), CALENDAR);
        assertThat(notice.status(LocalDate.of(2026, 10, 19), Optional.of(LocalDate.of(2026, 9, 1)), 3).state())
                .isEqualTo(DeadlineStatus.State.MET);
    }

    @Example
    void status_aDayTooFarToCountIsABadArgumentNotAnOverflow() {
        Deadline fine = StatutoryLimits.FINE_PAYMENT.from(DATE_2026_03_02, CALENDAR);
        assertThatIllegalArgumentException().isThrownBy(() -> fine.statusOn(LocalDate.MAX))
                .withMessageStartingWith("today: 2026-03-17 to +999999999-12-31 is 365241759942 days, more than a "
                        + "status counts (2147483647)");
        assertThatIllegalArgumentException().isThrownBy(() -> fine.statusOn(LocalDate.MIN))
                .withMessageStartingWith("today: -999999999-01-01 to 2026-03-17 is ");
        Deadline working = StatutoryLimits.PENALTY_HEARING_REQUEST.from(DATE_2026_03_02, CALENDAR);
        assertThatExceptionOfType(CalendarCoverageException.class).isThrownBy(() -> working.statusOn(LocalDate.MIN));
        assertThatIllegalArgumentException().isThrownBy(() -> working.status(LocalDate.MAX,
                Optional.of(LocalDate.MAX), 3)).withMessageStartingWith("metOn: 2026-03-09 to +999999999-12-31 is ");
    }

    @Example
    void adjustmentsDatedBeforeThePeriodBegan_areRefusedAndChangeNothing() {
        Counting counting = StatutoryLimits.LICENCE_DECISION.count(DATE_2026_03_02);
        Deadline before = counting.on(CALENDAR);
        assertThatIllegalArgumentException().isThrownBy(() -> counting.exclude(LocalDate.of(2026, 2, 20),
                        LocalDate.of(2026, 3, 1), "检测"))
                .withMessage("Time not counted from 2026-02-20 to 2026-03-01 ends before the period began on "
                        + "2026-03-02 (its start day); only days of the period can be left out of it");
        assertThatIllegalArgumentException().isThrownBy(() -> counting.suspend(LocalDate.of(2026, 2, 20),
                        DATE_2026_03_02, "不可抗力"))
                .withMessage("Suspension from 2026-02-20 resuming on 2026-03-02 ends before the period began on "
                        + "2026-03-02 (its start day); only days of the period can be suspended");
        assertThatIllegalArgumentException().isThrownBy(() -> counting.extend(10, "局长", LocalDate.of(2026, 3, 1)))
                .withMessage("Extension approved on 2026-03-01 is before the period began on 2026-03-02 (its start "
                        + "day); a period is extended while it runs");
        assertThatIllegalArgumentException().isThrownBy(() -> counting.exclude(DATE_2026_03_13, DATE_2026_03_13,
                "检测\n听证")).withMessageStartingWith("Reason must not contain control character U+000A");
        assertThat(counting.on(CALENDAR)).isEqualTo(before);
        // of time not counted that began before the period and runs into it, only the days after the start are left out
        Deadline straddling = StatutoryLimits.LICENCE_DECISION.count(DATE_2026_03_02)
                .exclude(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 6), "检测").on(CALENDAR);
        assertThat(straddling.due()).isEqualTo(CALENDAR.plusWorkingDays(before.due(), 4));
        assertThat(straddling.adjustments()).singleElement().satisfies(a -> assertThat(a.amount()).isEqualTo(4));
    }

    @Example
    void values_refuseWhatTheyCannotMean() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineStatus(DeadlineStatus.State.OVERDUE, 0,
                Optional.empty())).withMessage("Deadline status OVERDUE: days late must be at least 1, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineStatus(DeadlineStatus.State.ON_TIME, -1,
                Optional.empty())).withMessage("Deadline status ON_TIME: days must not be negative, but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineStatus(DeadlineStatus.State.ON_TIME, 3,
                Optional.of(DATE_2026_03_02))).withMessage("Deadline status ON_TIME: the day the act was done must be "
                + "absent, but was Optional[2026-03-02]");
        assertThatIllegalArgumentException().isThrownBy(() -> new Adjustment(Adjustment.Kind.EXCLUDED,
                DATE_2026_03_02, DATE_2026_03_13, -5, "检测", Optional.empty()))
                .withMessage("Adjustment EXCLUDED must add at least 0, but added -5");
        assertThatIllegalArgumentException().isThrownBy(() -> new Adjustment(Adjustment.Kind.EXTENDED,
                DATE_2026_03_02, DATE_2026_03_13, 5, "延长", Optional.of("局长")))
                .withMessage("Adjustment EXTENDED is a single day, but runs from 2026-03-02 to 2026-03-13");
        assertThatIllegalArgumentException().isThrownBy(() -> new Adjustment(Adjustment.Kind.ROLLED,
                DATE_2026_03_02, DATE_2026_03_13, 1, "顺延", Optional.empty()))
                .withMessage("Adjustment ROLLED adds nothing, but added 1");
    }

    @Example
    void describe_writesOneDayInTheSingular() {
        Deadline due = StatutoryLimits.PENALTY_HEARING_REQUEST.from(LocalDate.of(2026, 3, 6), CALENDAR);
        assertThat(due.statusOn(LocalDate.of(2026, 3, 14)).describe()).isEqualTo(BilingualText.of("已逾期1日",
                "overdue by 1 day"));
        assertThat(due.statusOn(LocalDate.of(2026, 3, 12)).describe().en()).isEqualTo("due soon, 1 working day left");
        assertThat(due.status(LocalDate.of(2026, 3, 16), Optional.of(LocalDate.of(2026, 3, 14)), 3).describe().en())
                .isEqualTo("met 1 day late (done on 2026-03-14)");
        assertThat(due.status(LocalDate.of(2026, 3, 16), Optional.of(LocalDate.of(2026, 3, 12)), 3).describe().en())
                .isEqualTo("met 1 working day early (done on 2026-03-12)");
        Deadline tested = StatutoryLimits.LICENCE_DECISION.count(DATE_2026_03_02)
                .exclude(DATE_2026_03_13, DATE_2026_03_13, "检测").extend(1, "局长", DATE_2026_03_13).on(CALENDAR);
        assertThat(tested.explain().en().lines()).contains("2026-03-13 not counted: 检测, adding 1 working day",
                "2026-03-13 extended by 1 working day, approved by 局长");
        assertThat(tested.explain().zh().lines()).contains("2026-03-13 不计算在期限内：检测，顺延1个工作日",
                "2026-03-13 延长1个工作日，经局长批准");
    }

    @Example
    void issues_haveACodeAndALabel() {
        assertThat(TimeLimitFinding.Issue.INTERRUPTION_AFTER_EXPIRY.label())
                .isEqualTo(BilingualText.of("期限届满后中断", "interrupted after expiry"));
        for (TimeLimitFinding.Issue issue : TimeLimitFinding.Issue.values()) {
            assertThat(issue.code()).isEqualTo("TIMELIMIT." + issue.name());
            assertThat(issue.label().zh()).isNotBlank();
        }
    }
}
