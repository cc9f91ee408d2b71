package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline (届满日): the last day on which an act is timely, as counted from a time limit, with every adjustment
 * that went into it and the findings on how it was extended or interrupted.
 * <p>
 * {@link #statusOn} says where the deadline stands on a day; {@link #explain()} says how it was counted: which days
 * were skipped and why, which make-up working days counted, what was excluded, suspended or extended, and the
 * provisions.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Deadline {

    /** 民法典 Art 201 第一款: the day a period starts is not counted. */
    static final LegalBasis START_BASIS = LegalBasis.of(Provision.of(Instruments.CIVIL_CODE, 201, 1));

    /** The default warning window of {@link #statusOn(LocalDate)}, in the deadline's own days. */
    public static final int DEFAULT_WARNING = 3;

    private final TimeLimit limit;
    private final LocalDate start;
    private final LocalDate due;
    private final List<Adjustment> adjustments;
    private final List<TimeLimitFinding> findings;
    private final WorkingDayCalendar calendar;

    Deadline(TimeLimit limit, LocalDate start, LocalDate due, List<Adjustment> adjustments,
            List<TimeLimitFinding> findings, WorkingDayCalendar calendar) {
        this.limit = limit;
        this.start = start;
        this.due = due;
        this.adjustments = ImmutableList.copyOf(adjustments);
        this.findings = ImmutableList.copyOf(findings);
        this.calendar = calendar;
    }

    /**
     * Returns the limit counted.
     *
     * @return the limit, not null
     */
    public TimeLimit limit() {
        return limit;
    }

    /**
     * Returns the day of the event the limit counts from (or, for a backward limit, back from).
     *
     * @return the start, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the last day on which the act is timely; for a backward limit, the latest day to act.
     *
     * @return the due date, not null
     */
    public LocalDate due() {
        return due;
    }

    /**
     * Returns the adjustments, in date order: exclusions, suspensions and interruptions with the days they added,
     * extensions, and a final move past a rest day ({@link Adjustment.Kind#ROLLED}) or, for a limit counted back
     * from its event, to the working day before it ({@link Adjustment.Kind#ADVANCED}). An interruption after the
     * period had run out is not among them: it is a finding.
     *
     * @return the adjustments, not null
     */
    public List<Adjustment> adjustments() {
        return adjustments;
    }

    /**
     * Returns the findings on how the limit was counted: extensions without approval, beyond the cap, after expiry
     * or not provided for, and interruptions after expiry.
     *
     * @return the findings, empty if none, not null
     */
    public List<TimeLimitFinding> findings() {
        return findings;
    }

    /**
     * Returns the status on a day with the default warning window of {@value #DEFAULT_WARNING} days.
     *
     * @param today  the day, not null
     * @return the status, not null
     * @throws CalendarCoverageException if counting the working days left leaves the calendar
     * @throws IllegalArgumentException if {@code today} is more than {@link Integer#MAX_VALUE} days from the due date
     */
    public DeadlineStatus statusOn(LocalDate today) {
        return status(today, Optional.empty(), DEFAULT_WARNING);
    }

    /**
     * Returns the status on a day.
     * <p>
     * Days still to come and days early are counted in the limit's own kind of day (working days for a working-day
     * limit), as is the warning window; days overdue or late are natural days, at least 1 (see
     * {@link DeadlineStatus}). An act done before a forward period began (before its start day) is bad input, not a
     * legal outcome, and is refused; an act done on the start day itself is timely. A backward limit ("N日前") has no
     * such bound: acting long before the event is in time.
     *
     * @param today  the day, not null
     * @param metOn  the day the act was done, if it was, not after {@code today} and, for a forward limit, not before
     *         {@link #start()}, not null
     * @param warning  how many days before the due date count as due soon, at least 0
     * @return the status, not null
     * @throws IllegalArgumentException if the warning is negative, the act was done after {@code today} or before a
     *         forward period began, or a count of days does not fit an int ({@code today} or {@code metOn} more than
     *         {@link Integer#MAX_VALUE} days from the due date)
     * @throws CalendarCoverageException if counting working days leaves the calendar
     */
    public DeadlineStatus status(LocalDate today, Optional<LocalDate> metOn, int warning) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(metOn, "metOn");
        checkArgument(warning >= 0, "Warning window must not be negative, but was %s", warning);
        if (metOn.isPresent()) {
            LocalDate met = metOn.get();
            checkArgument(!met.isAfter(today), "Act done on %s is after today %s", met, today);
            checkArgument(limit.isBackward() || !met.isBefore(start), "Act done on %s is before the period began on %s "
                    + "(the start day of %s); an act is done on or after the event that starts its period", met, start,
                    limit.describe().en());
            return met.isAfter(due)
                    ? new DeadlineStatus(DeadlineStatus.State.MET_LATE, naturalDays(due, met, "metOn"), metOn)
                    : new DeadlineStatus(DeadlineStatus.State.MET, daysBetween(met, due, "metOn"), metOn,
                            inWorkingDays());
        }
        if (today.isAfter(due)) {
            return new DeadlineStatus(DeadlineStatus.State.OVERDUE, naturalDays(due, today, "today"), metOn);
        }
        if (today.equals(due)) {
            return new DeadlineStatus(DeadlineStatus.State.DUE_TODAY, 0, metOn);
        }
        int left = daysBetween(today, due, "today");
        return new DeadlineStatus(left <= warning ? DeadlineStatus.State.DUE_SOON : DeadlineStatus.State.ON_TIME, left,
                metOn, inWorkingDays());
    }

    /** Days still to come, in the limit's own kind of day. */
    private int daysBetween(LocalDate from, LocalDate to, String field) {
        return inWorkingDays() ? calendar.workingDaysBetween(from, to) : naturalDays(from, to, field);
    }

    private boolean inWorkingDays() {
        return limit.unit() == PeriodUnit.WORKING_DAYS;
    }

    /** Natural days from one day to a later one; {@code field} names the caller's day for the message. */
    private static int naturalDays(LocalDate from, LocalDate to, String field) {
        long days = ChronoUnit.DAYS.between(from, to);
        checkArgument(days <= Integer.MAX_VALUE, "%s: %s to %s is %s days, more than a status counts (%s)", field,
                from, to, days, Integer.MAX_VALUE);
        return (int) days;
    }

    /**
     * Explains how the deadline was counted, one statement a line, in Chinese and English: the limit and its
     * provisions, the start day, the days off and make-up working days a working-day count passed through, each
     * adjustment with what it added in the limit's kind of day, the move past a rest day with the provision that
     * governs it, the findings, and the due date. The text is rendered from the deadline's data.
     *
     * @return the explanation, not null
     */
    public BilingualText explain() {
        return TimeLimitMessages.explain(this);
    }

    /**
     * Explains how the deadline was counted, as {@link #explain()}, and where it stands on a day: the days remaining
     * or overdue, as {@link #statusOn(LocalDate)} gives them.
     *
     * @param today  the day, not null
     * @return the explanation, not null
     * @throws CalendarCoverageException if counting the working days left leaves the calendar
     * @throws IllegalArgumentException if {@code today} is more than {@link Integer#MAX_VALUE} days from the due date
     */
    public BilingualText explain(LocalDate today) {
        return TimeLimitMessages.explain(this, today, statusOn(today));
    }

    /**
     * A run of days that depart from the Monday–Friday week, all off or all make-up working days of one holiday.
     *
     * @param from  the first day, not null
     * @param to  the last day, not null
     * @param first  the first day's override, which names the holiday and notice, not null
     */
    record CalendarDays(LocalDate from, LocalDate to, DayOverride first) {}

    /**
     * Returns the days off and make-up working days a working-day count passed through: after the start, or after
     * the last interruption, and outside the time not counted; none for another kind of day.
     */
    List<CalendarDays> calendarDays() {
        List<CalendarDays> spans = new ArrayList<>();
        if (limit.unit() != PeriodUnit.WORKING_DAYS) {
            return spans;
        }
        LocalDate from = limit.isBackward() ? due : countedFrom();
        LocalDate to = limit.isBackward() ? start : due;
        LocalDate last = limit.isBackward() ? to.minusDays(1) : to;
        for (LocalDate day = from.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<DayOverride> override = calendar.override(day);
            if (override.isEmpty() || !isCounted(day)) {
                continue;
            }
            DayOverride o = override.get();
            LocalDate end = day;
            while (end.isBefore(last) && isCounted(end.plusDays(1)) && calendar.override(end.plusDays(1))
                    .filter(next -> next.working() == o.working() && next.holiday().equals(o.holiday())).isPresent()) {
                end = end.plusDays(1);
            }
            spans.add(new CalendarDays(day, end, o));
            day = end;
        }
        return spans;
    }

    /** The day the count last started from: the start, or the last interruption. */
    private LocalDate countedFrom() {
        LocalDate from = start;
        for (Adjustment a : adjustments) {
            if (a.kind() == Adjustment.Kind.INTERRUPTED && a.from().isAfter(from)) {
                from = a.from();
            }
        }
        return from;
    }

    /** Whether a day lies outside every span of time not counted and every suspension. */
    private boolean isCounted(LocalDate day) {
        for (Adjustment a : adjustments) {
            if ((a.kind() == Adjustment.Kind.EXCLUDED || a.kind() == Adjustment.Kind.SUSPENDED)
                    && !day.isBefore(a.from()) && !day.isAfter(a.to())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares the limit, start, due date, adjustments, findings and the calendar counted on, by its data and not only
     * its name.
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Deadline other && limit.equals(other.limit) && start.equals(other.start)
                && due.equals(other.due) && adjustments.equals(other.adjustments) && findings.equals(other.findings)
                && calendar.equals(other.calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, start, due, adjustments, findings, calendar);
    }

    @Override
    public String toString() {
        return "Deadline{" + limit + " from " + start + ", due " + due + "}";
    }
}
