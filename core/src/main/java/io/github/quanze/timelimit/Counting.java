package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A period being counted (期限计算): the limit, its start, and what happened on the way, turned into a
 * {@link Deadline} by {@link #on(WorkingDayCalendar)}.
 * <p>
 * Time that is not counted (不计算在期限内) and suspensions (中止) add the working or natural days they cover to
 * the count; an interruption (中断) restarts the count from its day, dropping what was counted before; an
 * extension (延长) adds to the amount and records who approved it. Unapproved extensions, late ones and those beyond
 * the statute's cap are counted as recorded and reported as findings of the deadline, not refused: they are legal
 * outcomes. So is an interruption after the period has run out, which leaves the deadline where it was.
 * <p>
 * A counting is a builder and is not thread-safe.
 */
public final class Counting {

    /** The reason recorded with an extension: the amount and approver are its data. */
    private static final String EXTENSION = "延长";

    private final TimeLimit limit;
    private final LocalDate start;
    private final List<Adjustment> adjustments = new ArrayList<>();

    Counting(TimeLimit limit, LocalDate start) {
        this.limit = limit;
        this.start = start;
    }

    /**
     * Records days that are not counted, such as a hearing or a test (行政许可法 Art 45, 行政强制法 Art 25).
     * <p>
     * Only the days after the start belong to the period: of an interval that begins earlier, such as a test under
     * way when the application was accepted, only those days are left out. One that ends before the start day
     * concerns no day of the period and is refused as bad input.
     *
     * @param from  the first day not counted, not null
     * @param to  the last day not counted, not before {@code from} nor before the start, not null
     * @param reason  why, such as 检测, a line of text, not blank
     * @return this counting, not null
     * @throws IllegalArgumentException if the interval ends before it starts or before the start day, or the reason
     *         is blank, has a control character or surrounding spaces; nothing is recorded
     * @throws IllegalStateException if the limit is counted backward
     */
    public Counting exclude(LocalDate from, LocalDate to, String reason) {
        checkForward();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        checkArgument(!to.isBefore(from), "Interval must not end (%s) before it starts (%s)", to, from);
        checkArgument(!to.isBefore(start), "Time not counted from %s to %s ends before the period began on %s (its "
                + "start day); only days of the period can be left out of it", from, to, start);
        return interval(Adjustment.Kind.EXCLUDED, from, to, reason);
    }

    /**
     * Records a suspension (中止): the count stops on {@code from} and resumes on {@code resumed}, the day the
     * obstacle ends, which counts again (行政复议法 Art 20 第二款: "自障碍消除之日起继续计算"; that the day the
     * obstacle ends counts is an interpretation).
     * <p>
     * A suspension that began before the period, such as one of the whole case, stops the period from the day after
     * its start until it resumes; one that resumed on or before the start day concerns no day of the period and is
     * refused.
     *
     * @param from  the day the count stops, not null
     * @param resumed  the day it resumes, after {@code from} and after the start, not null
     * @param reason  why, a line of text, not blank
     * @return this counting, not null
     * @throws IllegalArgumentException if {@code resumed} is not after {@code from} or not after the start day, or
     *         the reason is blank, has a control character or surrounding spaces; nothing is recorded
     * @throws IllegalStateException if the limit is counted backward
     */
    public Counting suspend(LocalDate from, LocalDate resumed, String reason) {
        checkForward();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(resumed, "resumed");
        checkArgument(resumed.isAfter(from), "Suspension must resume (%s) after it starts (%s)", resumed, from);
        checkArgument(resumed.isAfter(start), "Suspension from %s resuming on %s ends before the period began on %s "
                + "(its start day); only days of the period can be suspended", from, resumed, start);
        return interval(Adjustment.Kind.SUSPENDED, from, resumed.minusDays(1), reason);
    }

    /**
     * Records an interruption (中断): the count restarts from {@code on}, which is not counted.
     * <p>
     * Only a period that is still running can be interrupted (民法典 Art 195 by analogy; interpretation). If
     * {@code on} is after the deadline as counted until then, the deadline stays where it was and carries an
     * {@link TimeLimitFinding.Issue#INTERRUPTION_AFTER_EXPIRY} finding; an interruption on the last day itself restarts
     * the count.
     *
     * @param on  the day of the interrupting event, after the start, not null
     * @param reason  why, a line of text, not blank
     * @return this counting, not null
     * @throws IllegalArgumentException if the day is not after the start or the reason is blank, has a control
     *         character or surrounding spaces; nothing is recorded
     * @throws IllegalStateException if the limit is counted backward
     */
    public Counting interrupt(LocalDate on, String reason) {
        checkForward();
        Objects.requireNonNull(on, "on");
        checkArgument(on.isAfter(start), "Interruption on %s must be after the start %s", on, start);
        return add(new Adjustment(Adjustment.Kind.INTERRUPTED, on, on, 0, reason(reason), Optional.empty()));
    }

    /**
     * Records an extension by an approver.
     * <p>
     * The extension is checked against the limit's {@link TimeLimit#extension() extension rule}, or, where it has
     * none, against its {@link TimeLimit#basis() basis}, and the findings cite that provision. An extension approved
     * after the deadline as counted until then (with the time not counted, suspensions, the move past a rest day and
     * the extensions approved before it) is reported as
     * {@link TimeLimitFinding.Issue#EXTENSION_AFTER_EXPIRY}. One approved before the period began is bad input and
     * is refused.
     *
     * @param amount  the extension in the limit's unit, at least 1
     * @param approver  who approved it, a line of text, or {@code null} or blank if no one did (reported as a finding)
     * @param approvedOn  the day of the approval, not before the start, not null
     * @return this counting, not null
     * @throws IllegalArgumentException if the amount is less than 1, the approval is before the start day, or the
     *         approver has a control character or surrounding spaces; nothing is recorded
     * @throws IllegalStateException if the limit is counted backward, or cites no provision and has no extension
     *         rule, so that there is nothing to check the extension against
     */
    public Counting extend(int amount, String approver, LocalDate approvedOn) {
        checkForward();
        checkArgument(amount >= 1, "Extension must be at least 1, but was %s", amount);
        Objects.requireNonNull(approvedOn, "approvedOn");
        checkArgument(!approvedOn.isBefore(start), "Extension approved on %s is before the period began on %s (its "
                + "start day); a period is extended while it runs", approvedOn, start);
        checkState(limit.basis().isPresent() || limit.extension().isPresent(), "Time limit %s cites no provision and "
                + "has no extension rule, so an extension cannot be checked; cite the limit with TimeLimit.citing or "
                + "TimeLimit.extendable", limit.describe().zh());
        Optional<String> by = Optional.ofNullable(approver).filter(a -> !a.isBlank())
                .map(a -> Texts.checkLine("Extension approver", a));
        return add(new Adjustment(Adjustment.Kind.EXTENDED, approvedOn, approvedOn, amount, EXTENSION, by));
    }

    /**
     * Counts on a calendar.
     *
     * @param calendar  the working-day calendar, not null
     * @return the deadline, not null
     * @throws CalendarCoverageException if the count passes through a year the calendar does not hold, however large
     *         the amount and its extensions
     * @throws IllegalArgumentException if a natural-day, month or year count, with the time not counted, would end
     *         outside the dates java.time can represent, or time not counted adds more days than an int holds
     * @throws IllegalStateException if the limit is counted in hours (use {@link TimeLimit#fromTime})
     */
    public Deadline on(WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        checkState(limit.unit() != PeriodUnit.HOURS, "Time limit of %s hours is counted with TimeLimit.fromTime",
                limit.amount());
        return DeadlineCounter.count(limit, start, List.copyOf(adjustments), calendar);
    }

    private Counting interval(Adjustment.Kind kind, LocalDate from, LocalDate to, String reason) {
        return add(new Adjustment(kind, from, to, 0, reason(reason), Optional.empty()));
    }

    private void checkForward() {
        checkState(!limit.isBackward(), "A time limit counted back from its event (%s) takes no adjustment",
                limit.describe().zh());
    }

    private Counting add(Adjustment adjustment) {
        adjustments.add(adjustment);
        adjustments.sort(Comparator.comparing(Adjustment::from));
        return this;
    }

    private static String reason(String reason) {
        return Texts.checkLine("Reason", reason);
    }
}
