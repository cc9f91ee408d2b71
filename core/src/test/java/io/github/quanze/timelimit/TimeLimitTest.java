package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.Provision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import net.jqwik.api.Example;

class TimeLimitTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();

    @Example
    void statutes_pickTheUnitOfEachPeriod() {
        assertThat(Statute.ADMINISTRATIVE_PENALTY_LAW.unitOf(5)).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(Statute.ADMINISTRATIVE_PENALTY_LAW.unitOf(15)).isEqualTo(PeriodUnit.DAYS);
        assertThat(Statute.ADMINISTRATIVE_PENALTY_LAW.unitOf(90)).isEqualTo(PeriodUnit.DAYS);
        assertThat(Statute.ADMINISTRATIVE_LICENSING_LAW.unitOf(45)).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(Statute.ADMINISTRATIVE_COERCION_LAW.unitOf(10)).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(Statute.ADMINISTRATIVE_COERCION_LAW.unitOf(30)).isEqualTo(PeriodUnit.DAYS);
        assertThat(Statute.ADMINISTRATIVE_RECONSIDERATION_LAW.unitOf(10)).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(Statute.ADMINISTRATIVE_RECONSIDERATION_LAW.unitOf(60)).isEqualTo(PeriodUnit.DAYS);
    }

    @Example
    void statutoryLimits_citeTheirArticleAndTheWorkingDayRule() {
        assertThat(StatutoryLimits.PENALTY_HEARING_REQUEST.basis().orElseThrow().toString())
                .isEqualTo("《中华人民共和国行政处罚法》第六十四条第（一）项、第八十五条");
        assertThat(StatutoryLimits.PENALTY_HEARING_REQUEST.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(StatutoryLimits.FINE_PAYMENT.unit()).isEqualTo(PeriodUnit.DAYS);
        assertThat(StatutoryLimits.LICENCE_DECISION.extension().orElseThrow().max()).isEqualTo(10);
        assertThat(StatutoryLimits.SEIZURE.unit()).isEqualTo(PeriodUnit.DAYS);
        assertThat(StatutoryLimits.PENALTY_HEARING_NOTICE.isBackward()).isTrue();
    }

    @Example
    void hearingRequest_crossingNationalDay() {
        Deadline due = StatutoryLimits.PENALTY_HEARING_REQUEST.from(LocalDate.of(2026, 9, 30), CALENDAR);
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(due.explain().zh()).contains("起算日2026-09-30不计入")
                .contains("国庆节放假，不计入")
                .contains("2026-10-10（星期六） 国庆节调休上班，计入")
                .endsWith("届满日：2026-10-13");
        assertThat(due.explain().en()).contains("2026-10-10 (Saturday) make-up working day for National Day, counted",
                "2026-10-01 to 2026-10-07 National Day holiday, skipped");
    }

    @Example
    void naturalDays_endingOnAHolidayMoveToTheNextWorkingDay() {
        Deadline fine = StatutoryLimits.FINE_PAYMENT.from(LocalDate.of(2026, 9, 20), CALENDAR);
        assertThat(fine.due()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(fine.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Adjustment.Kind.ROLLED);
            assertThat(a.from()).isEqualTo(LocalDate.of(2026, 10, 5));
        });
        assertThat(StatutoryLimits.PENALTY_DECISION.from(LocalDate.of(2026, 7, 6), CALENDAR).due())
                .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Example
    void naturalDays_endingOnAMakeUpWorkingDayStay() {
        assertThat(TimeLimit.ofDays(15).from(LocalDate.of(2026, 9, 25), CALENDAR).due())
                .isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(TimeLimit.ofDays(15).from(LocalDate.of(2025, 1, 11), CALENDAR).due())
                .isEqualTo(LocalDate.of(2025, 1, 26));
    }

    @Example
    void withoutRolling_personalLibertyPeriodsEndOnTheirDay() {
        assertThat(TimeLimit.ofDays(15).withoutRolling().from(LocalDate.of(2026, 9, 20), CALENDAR).due())
                .isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Example
    void monthsEndOnTheCorrespondingDayOrTheMonthEnd() {
        assertThat(TimeLimit.ofMonths(1).withoutRolling().from(LocalDate.of(2025, 1, 31), CALENDAR).due())
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(TimeLimit.ofMonths(6).from(LocalDate.of(2025, 4, 4), CALENDAR).due())
                .isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Example
    void hearingNotice_countsBackFromTheHearing() {
        Deadline notice = StatutoryLimits.PENALTY_HEARING_NOTICE.from(LocalDate.of(2026, 10, 19), CALENDAR);
        assertThat(notice.due()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(notice.explain().zh()).endsWith("最迟应于2026-10-09（含当日）完成");
    }

    @Example
    void excludedTime_addsTheWorkingDaysItCovers() {
        Deadline decision = StatutoryLimits.LICENCE_DECISION.count(LocalDate.of(2025, 9, 26))
                .exclude(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 17), "检测")
                .on(CALENDAR);
        assertThat(decision.due()).isEqualTo(CALENDAR.plusWorkingDays(LocalDate.of(2025, 10, 30), 5));
        assertThat(decision.adjustments()).singleElement().satisfies(a -> assertThat(a.amount()).isEqualTo(5));
        assertThat(decision.findings()).isEmpty();
    }

    @Example
    void suspension_resumesAndInterruption_restarts() {
        LocalDate start = LocalDate.of(2025, 3, 3);
        Deadline suspended = StatutoryLimits.RECONSIDERATION_APPLICATION.count(start)
                .suspend(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20), "不可抗力").on(CALENDAR);
        assertThat(suspended.due()).isEqualTo(start.plusDays(60 + 10));
        Deadline interrupted = TimeLimit.ofDays(30).count(start).interrupt(LocalDate.of(2025, 3, 20), "重新起算")
                .on(CALENDAR);
        assertThat(interrupted.due()).isEqualTo(CALENDAR.workingDayOnOrAfter(LocalDate.of(2025, 4, 19)));
    }

    @Example
    void extensions_areCountedAndCheckedAgainstTheStatute() {
        LocalDate seized = LocalDate.of(2025, 6, 2);
        Deadline lawful = StatutoryLimits.SEIZURE.count(seized).extend(30, "局长", LocalDate.of(2025, 6, 25))
                .on(CALENDAR);
        assertThat(lawful.due()).isEqualTo(CALENDAR.workingDayOnOrAfter(seized.plusDays(60)));
        assertThat(lawful.findings()).isEmpty();
        Deadline unlawful = StatutoryLimits.SEIZURE.count(seized).extend(40, null, LocalDate.of(2025, 7, 10))
                .on(CALENDAR);
        assertThat(unlawful.findings()).extracting(TimeLimitFinding::issue).containsExactlyInAnyOrder(
                TimeLimitFinding.Issue.EXTENSION_WITHOUT_APPROVAL, TimeLimitFinding.Issue.EXTENSION_AFTER_EXPIRY,
                TimeLimitFinding.Issue.EXTENSION_OVER_CAP);
        assertThat(unlawful.findings()).allSatisfy(f -> assertThat(f.basis().provisions())
                .contains(Provision.of(Instruments.ADMINISTRATIVE_COERCION_LAW, 25, 1)));
    }

    @Example
    void status_saysWhereTheDeadlineStands() {
        Deadline due = StatutoryLimits.PENALTY_HEARING_REQUEST.from(LocalDate.of(2026, 9, 30), CALENDAR);
        assertThat(due.statusOn(LocalDate.of(2026, 10, 1)).state()).isEqualTo(DeadlineStatus.State.ON_TIME);
        // the five days to ask for a hearing are working days (行政处罚法 Art 85), and so are the days left
        DeadlineStatus soon = due.statusOn(LocalDate.of(2026, 10, 9));
        assertThat(soon).isEqualTo(new DeadlineStatus(DeadlineStatus.State.DUE_SOON, 3, Optional.empty(), true));
        assertThat(soon.describe().zh()).isEqualTo("即将到期，尚余3个工作日");
        assertThat(soon.describe().en()).isEqualTo("due soon, 3 working days left");
        assertThat(due.status(LocalDate.of(2026, 10, 12), Optional.of(LocalDate.of(2026, 10, 9)), 0).describe().zh())
                .isEqualTo("按期完成，提前3个工作日（2026-10-09完成）");
        assertThat(due.statusOn(LocalDate.of(2026, 10, 13)).state()).isEqualTo(DeadlineStatus.State.DUE_TODAY);
        DeadlineStatus overdue = due.statusOn(LocalDate.of(2026, 10, 16));
        assertThat(overdue.state()).isEqualTo(DeadlineStatus.State.OVERDUE);
        assertThat(overdue.days()).isEqualTo(3);
        assertThat(overdue.describe().zh()).isEqualTo("已逾期3日");
        DeadlineStatus late = due.status(LocalDate.of(2026, 10, 20), Optional.of(LocalDate.of(2026, 10, 14)), 3);
        assertThat(late.state()).isEqualTo(DeadlineStatus.State.MET_LATE);
        assertThat(late.isMissed()).isTrue();
        // met on 10-08: 10-09, 10-10 (a make-up Saturday), 10-12 and 10-13 were still to come
        assertThat(due.status(LocalDate.of(2026, 10, 20), Optional.of(LocalDate.of(2026, 10, 8)), 3).days())
                .isEqualTo(4);
    }

    @Example
    void hours_countFromTheStatedHour() {
        assertThat(TimeLimit.ofHours(24).fromTime(LocalDateTime.of(2026, 10, 1, 9, 30)))
                .isEqualTo(LocalDateTime.of(2026, 10, 2, 9, 30));
        assertThatIllegalStateException().isThrownBy(() -> TimeLimit.ofHours(24).from(LocalDate.of(2026, 1, 5),
                CALENDAR)).withMessageContaining("counted with TimeLimit.fromTime");
    }

    @Example
    void theLargestInt_leavesTheCalendarInsteadOfOverflowing() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> TimeLimit.ofWorkingDays(Integer.MAX_VALUE).from(start, CALENDAR))
                .satisfies(e -> assertThat(e.year()).isEqualTo(2027));
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> TimeLimit.ofWorkingDays(Integer.MAX_VALUE).before().from(start, CALENDAR))
                .satisfies(e -> assertThat(e.year()).isEqualTo(2007));
        // 2^31 natural days end in the year 5881636, which the calendar cannot roll past
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> TimeLimit.ofDays(Integer.MAX_VALUE).from(start, CALENDAR))
                .satisfies(e -> assertThat(e.year()).isEqualTo(5_881_636));
        assertThat(TimeLimit.ofDays(Integer.MAX_VALUE).withoutRolling().from(start, CALENDAR).due())
                .isEqualTo(start.plusDays(Integer.MAX_VALUE));
    }

    @Example
    void anExtensionOfTheLargestInt_countsForwardNotBackIntoTheLastCentury() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        assertThatExceptionOfType(CalendarCoverageException.class)
                .isThrownBy(() -> StatutoryLimits.LICENCE_DECISION.count(start).extend(Integer.MAX_VALUE, "局长", start)
                        .on(CALENDAR))
                .satisfies(e -> assertThat(e.year()).isEqualTo(2027));
        // two extensions of 2^31 - 1 days add up beyond an int: the total, and the cap it breaks, stay right
        Deadline twice = StatutoryLimits.SEIZURE.withoutRolling().count(start)
                .extend(Integer.MAX_VALUE, "局长", start).extend(Integer.MAX_VALUE, "局长", start).on(CALENDAR);
        assertThat(twice.due()).isEqualTo(start.plusDays(30L + 2L * Integer.MAX_VALUE));
        assertThat(twice.findings()).filteredOn(f -> f.issue() == TimeLimitFinding.Issue.EXTENSION_OVER_CAP)
                .singleElement().satisfies(f -> assertThat(f.details()).isEqualTo(Parameters.builder()
                        .put("total", 4294967294L).put("cap", 30).put("unit", PeriodUnit.DAYS).build()));
    }

    @Example
    void countsEndingOutsideTheDatesJavaTimeHolds_areBadArguments() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofYears(Integer.MAX_VALUE).withoutRolling()
                        .from(start, CALENDAR))
                .withMessage("Counting 2147483647 years after 2026-01-01 ends outside the dates that can be "
                        + "represented (-999999999-01-01 to +999999999-12-31); a time limit must end within them");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofMonths(Integer.MAX_VALUE).withoutRolling()
                        .from(LocalDate.of(900_000_000, 1, 1), CALENDAR))
                .withMessageStartingWith("Counting 2147483647 months after +900000000-01-01 ends outside the dates");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofDays(1).withoutRolling()
                        .from(LocalDate.MAX, CALENDAR))
                .withMessageStartingWith("Counting 1 day after +999999999-12-31 ends outside");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofDays(1).before().from(LocalDate.MIN,
                CALENDAR)).withMessageStartingWith("Counting 1 day before -999999999-01-01 ends outside");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofHours(1).fromTime(LocalDateTime.MAX))
                .withMessageStartingWith("Counting 1 hour after +999999999-12-31T23:59:59.999999999 ends outside "
                        + "the moments");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofHours(2).before()
                        .fromTime(LocalDateTime.MIN))
                .withMessageStartingWith("Counting 2 hours before -999999999-01-01T00:00 ends outside");
        // time not counted of more days than an int holds
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofDays(10).withoutRolling().count(start)
                        .exclude(start.plusDays(1), LocalDate.of(9_000_000, 1, 1), "检测").on(CALENDAR))
                .withMessage("2026-01-02 to +9000000-01-01 (not counted) adds 3286442518 days, more than a count "
                        + "holds (2147483647)");
    }

    @Example
    void describe_writesOneInTheSingular() {
        assertThat(TimeLimit.ofWorkingDays(1).describe()).isEqualTo(BilingualText.of("1个工作日", "1 working day"));
        assertThat(TimeLimit.ofWorkingDays(2).describe()).isEqualTo(BilingualText.of("2个工作日", "2 working days"));
        assertThat(TimeLimit.ofDays(1).before().describe()).isEqualTo(BilingualText.of("1日前", "1 day before"));
        assertThat(TimeLimit.ofHours(1).describe().en()).isEqualTo("1 hour");
        assertThat(TimeLimit.ofMonths(1).describe().en()).isEqualTo("1 month");
        assertThat(TimeLimit.ofYears(2).describe().en()).isEqualTo("2 years");
        assertThat(PeriodUnit.DAYS.describe(0).en()).isEqualTo("0 days");
    }

    @Example
    void badInput_isRejectedWithItsValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofWorkingDays(0))
                .withMessage("Time limit must be positive, but was 0 WORKING_DAYS");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.ofDays(-3))
                .withMessage("Time limit must be positive, but was -3 DAYS");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeLimit.ofDays(5).count(LocalDate.of(2026, 1, 5))
                        .exclude(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 8), "检测"))
                .withMessage("Interval must not end (2026-01-08) before it starts (2026-01-09)");
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.workingDaysBetween(LocalDate.of(2026, 1, 9),
                LocalDate.of(2026, 1, 8))).withMessage("End 2026-01-08 must not be before start 2026-01-09");
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2026, 1, 9), -1))
                .withMessage("Number of working days must not be negative, but was -1");
        assertThatIllegalStateException().isThrownBy(() -> StatutoryLimits.PENALTY_HEARING_NOTICE
                        .count(LocalDate.of(2026, 1, 9)).exclude(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), "x"))
                .withMessageContaining("counted back from its event");
        assertThatIllegalArgumentException().isThrownBy(() -> Statute.ADMINISTRATIVE_COERCION_LAW.unitOf(0))
                .withMessage("A period set by ADMINISTRATIVE_COERCION_LAW must be at least 1 day, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Extension(10, "负责人\n", StatutoryLimits.SEIZURE
                .basis().orElseThrow())).withMessageStartingWith("Extension approver must not contain control "
                + "character U+000A");
    }
}
