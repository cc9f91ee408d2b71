package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A time limit (期限): an amount of a {@link PeriodUnit}, counted after an event or, for "N日前" limits, back from
 * one, with the provisions it comes from and how it may be extended.
 * <p>
 * Counting follows 民法典 Art 200–204: the start day is not counted (Art 201); months and years end on the
 * corresponding day, or the month's last day where there is none (Art 202); a period of days, months or years
 * whose last day is a rest day ends on the next working day (Art 203), unless the limit restricts personal liberty
 * ({@link #withoutRolling()}). A make-up working day (调休上班) is a working day: a period ending on one does not
 * move (interpretation; the notices call such days working days). Working-day periods count working days only.
 * <pre>{@code
 * Deadline due = TimeLimit.ofWorkingDays(5).from(LocalDate.of(2026, 9, 30), WorkingDayCalendar.national());
 * due.due();   // 2026-10-13: 10-01 to 10-07 off for 国庆, 10-10 (Saturday) a make-up working day
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TimeLimit {

    private final int amount;
    private final PeriodUnit unit;
    private final boolean backward;
    private final boolean rolls;
    private final Optional<BilingualText> name;
    private final Optional<LegalBasis> basis;
    private final Optional<Extension> extension;

    private TimeLimit(int amount, PeriodUnit unit, boolean backward, boolean rolls, Optional<BilingualText> name,
            Optional<LegalBasis> basis, Optional<Extension> extension) {
        checkArgument(amount > 0, "Time limit must be positive, but was %s %s", amount, unit);
        this.amount = amount;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.backward = backward;
        this.rolls = rolls;
        this.name = name;
        this.basis = basis;
        this.extension = extension;
    }

    /**
     * Obtains a time limit.
     *
     * @param amount  the amount, at least 1
     * @param unit  the unit, not null
     * @return the limit, counted after its event, not null
     * @throws IllegalArgumentException if the amount is less than 1
     */
    public static TimeLimit of(int amount, PeriodUnit unit) {
        return new TimeLimit(amount, unit, false, true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Obtains a limit of working days.
     *
     * @param days  the number of working days, at least 1
     * @return the limit, not null
     * @throws IllegalArgumentException if the number is less than 1
     */
    public static TimeLimit ofWorkingDays(int days) {
        return of(days, PeriodUnit.WORKING_DAYS);
    }

    /**
     * Obtains a limit of natural days.
     *
     * @param days  the number of days, at least 1
     * @return the limit, not null
     * @throws IllegalArgumentException if the number is less than 1
     */
    public static TimeLimit ofDays(int days) {
        return of(days, PeriodUnit.DAYS);
    }

    /**
     * Obtains a limit of hours.
     *
     * @param hours  the number of hours, at least 1
     * @return the limit, not null
     * @throws IllegalArgumentException if the number is less than 1
     */
    public static TimeLimit ofHours(int hours) {
        return of(hours, PeriodUnit.HOURS);
    }

    /**
     * Obtains a limit of months.
     *
     * @param months  the number of months, at least 1
     * @return the limit, not null
     * @throws IllegalArgumentException if the number is less than 1
     */
    public static TimeLimit ofMonths(int months) {
        return of(months, PeriodUnit.MONTHS);
    }

    /**
     * Obtains a limit of years.
     *
     * @param years  the number of years, at least 1
     * @return the limit, not null
     * @throws IllegalArgumentException if the number is less than 1
     */
    public static TimeLimit ofYears(int years) {
        return of(years, PeriodUnit.YEARS);
    }

    /**
     * Returns a copy counted back from its event: "举行听证的七日前" gives the latest day to act, that day included.
     * <p>
     * If the last day of a natural-day, month or year limit counted back is a rest day, it moves to the working day
     * before it ({@link Adjustment.Kind#ADVANCED}), so that the act is still done in time. No statute says so; this
     * is an interpretation of the purpose of such limits, the mirror of 民法典 Art 203.
     *
     * @return the backward limit, not null
     */
    public TimeLimit before() {
        return new TimeLimit(amount, unit, true, rolls, name, basis, extension);
    }

    /**
     * Returns a copy whose last day never moves past a rest day, for periods that restrict personal liberty
     * (公安机关办理行政案件程序规定 Art 35).
     *
     * @return the limit, not null
     */
    public TimeLimit withoutRolling() {
        return new TimeLimit(amount, unit, backward, false, name, basis, extension);
    }

    /**
     * Returns a copy with a name, such as 听证申请期限.
     *
     * @param name  the name in Chinese and English, not null
     * @return the limit, not null
     */
    public TimeLimit named(BilingualText name) {
        return new TimeLimit(amount, unit, backward, rolls, Optional.of(Objects.requireNonNull(name, "name")), basis,
                extension);
    }

    /**
     * Returns a copy citing the provisions the limit comes from.
     *
     * @param basis  the provisions, not null
     * @return the limit, not null
     */
    public TimeLimit citing(LegalBasis basis) {
        return new TimeLimit(amount, unit, backward, rolls, name, Optional.of(Objects.requireNonNull(basis, "basis")),
                extension);
    }

    /**
     * Returns a copy that may be extended as a statute allows.
     *
     * @param extension  the extension rule, not null
     * @return the limit, not null
     */
    public TimeLimit extendable(Extension extension) {
        return new TimeLimit(amount, unit, backward, rolls, name, basis,
                Optional.of(Objects.requireNonNull(extension, "extension")));
    }

    /**
     * Returns the amount.
     *
     * @return the amount, at least 1
     */
    public int amount() {
        return amount;
    }

    /**
     * Returns the unit.
     *
     * @return the unit, not null
     */
    public PeriodUnit unit() {
        return unit;
    }

    /**
     * Checks whether the limit counts back from its event.
     *
     * @return true for "N日前" limits
     */
    public boolean isBackward() {
        return backward;
    }

    /**
     * Checks whether a last day that is a rest day moves to the next working day.
     *
     * @return true unless the limit restricts personal liberty
     */
    public boolean rolls() {
        return rolls;
    }

    /**
     * Returns the name.
     *
     * @return the name, not null
     */
    public Optional<BilingualText> name() {
        return name;
    }

    /**
     * Returns the provisions the limit comes from.
     *
     * @return the basis, not null
     */
    public Optional<LegalBasis> basis() {
        return basis;
    }

    /**
     * Returns how the limit may be extended.
     *
     * @return the extension rule, empty if the statute provides none, not null
     */
    public Optional<Extension> extension() {
        return extension;
    }

    /**
     * Counts the limit from a day, with no adjustment.
     *
     * @param start  the day of the event, not counted, not null
     * @param calendar  the working-day calendar, not null
     * @return the deadline, not null
     * @throws CalendarCoverageException if the count passes through a year the calendar does not hold, however large
     *         the amount
     * @throws IllegalArgumentException if a natural-day, month or year count would end outside the dates java.time
     *         can represent ({@link LocalDate#MIN} to {@link LocalDate#MAX})
     * @throws IllegalStateException if the limit is counted in hours (use {@link #fromTime})
     */
    public Deadline from(LocalDate start, WorkingDayCalendar calendar) {
        return count(start).on(calendar);
    }

    /**
     * Starts counting the limit from a day, to record exclusions, suspensions, interruptions and extensions.
     *
     * @param start  the day of the event, not counted, not null
     * @return a count to complete with {@link Counting#on}, not null
     */
    public Counting count(LocalDate start) {
        return new Counting(this, Objects.requireNonNull(start, "start"));
    }

    /**
     * Counts an hour limit from a moment: the deadline is that many hours later (民法典 Art 201 第二款); hour limits
     * do not move past rest days.
     *
     * @param start  the moment of the event, not null
     * @return the moment the limit runs out, not null
     * @throws IllegalStateException if the limit is not counted in hours
     * @throws IllegalArgumentException if the moment would fall outside those java.time can represent
     *         ({@link LocalDateTime#MIN} to {@link LocalDateTime#MAX})
     */
    public LocalDateTime fromTime(LocalDateTime start) {
        Objects.requireNonNull(start, "start");
        if (unit != PeriodUnit.HOURS) {
            throw new IllegalStateException("Time limit of " + describe().en() + " is not counted in hours");
        }
        try {
            return backward ? start.minusHours(amount) : start.plusHours(amount);
        } catch (DateTimeException e) {
            // describe() ends in "before" for a backward limit
            throw new IllegalArgumentException(String.format("Counting %s%s %s ends outside the moments that can be "
                    + "represented (%s to %s); a time limit must end within them", describe().en(),
                    backward ? "" : " after", start, LocalDateTime.MIN, LocalDateTime.MAX), e);
        }
    }

    /**
     * Describes the limit: 5个工作日 / 5 working days (1 working day), with "前" / "before" for a backward limit.
     *
     * @return the description, not null
     */
    public BilingualText describe() {
        return TimeLimitMessages.limit(this);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TimeLimit other && amount == other.amount && unit == other.unit
                && backward == other.backward && rolls == other.rolls && name.equals(other.name)
                && basis.equals(other.basis) && extension.equals(other.extension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, unit, backward, rolls, name, basis, extension);
    }

    @Override
    public String toString() {
        return name.map(n -> n.zh() + " ").orElse("") + describe().zh();
    }
}
