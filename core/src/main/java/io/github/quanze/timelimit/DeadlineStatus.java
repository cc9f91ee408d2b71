package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a deadline stands on a day (期限状态): on time, due soon, due today, overdue by some days, or met on a
 * day, early or late. Being overdue is a legal outcome and a value, never an exception.
 * <p>
 * Days still to come (on time, due soon, met early) are counted in the deadline's own kind of day: working days for
 * working-day limits, natural days otherwise, so that the warning window follows the limit. Days overdue or late are
 * always natural days: lateness runs on every day after the due date, weekends and holidays included, so a deadline
 * missed on a Friday is overdue by 2 days on the Sunday, never by 0.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param state  the state, not null
 * @param days  days remaining (ON_TIME, DUE_SOON) or early (MET), in the deadline's own kind of day; natural days
 *         overdue (OVERDUE) or late (MET_LATE), at least 1; 0 for DUE_TODAY
 * @param metOn  the day the act was done, for MET and MET_LATE, not null
 * @param workingDays  whether {@code days} remaining or early are working days (a working-day limit)
 */
public record DeadlineStatus(State state, int days, Optional<LocalDate> metOn, boolean workingDays) {

    /**
     * The states of a deadline (期限状态).
     */
    public enum State implements Labelled {
        /** 未到期: not done, and the due date is further off than the warning window. */
        ON_TIME("未到期", "on time", Severity.INFO),
        /** 即将到期: not done, and the due date is within the warning window. */
        DUE_SOON("即将到期", "due soon", Severity.WARNING),
        /** 今日到期: not done, and today is the due date, the last day on which the act is timely. */
        DUE_TODAY("今日到期", "due today", Severity.WARNING),
        /** 已逾期: not done, and the due date has passed. */
        OVERDUE("已逾期", "overdue", Severity.ERROR),
        /** 按期完成: done on or before the due date. */
        MET("按期完成", "met", Severity.INFO),
        /** 逾期完成: done after the due date. */
        MET_LATE("逾期完成", "met late", Severity.ERROR);

        private final BilingualText label;
        private final Severity severity;

        State(String zh, String en, Severity severity) {
            this.label = BilingualText.of(zh, en);
            this.severity = severity;
        }

        /**
         * Returns how serious a deadline in this state is: an error once missed, a warning when due soon or today,
         * information otherwise.
         *
         * @return the severity, not null
         */
        public Severity severity() {
            return severity;
        }

        /**
         * Returns the state in Chinese and English.
         *
         * @return the label, not null
         */
        @Override
        public BilingualText label() {
            return label;
        }
    }

    /**
     * Creates a status.
     *
     * @param state  the state, not null
     * @param days  days remaining (ON_TIME, DUE_SOON) or early (MET), in the deadline's own kind of day; natural days
     *         overdue (OVERDUE) or late (MET_LATE), at least 1; 0 for DUE_TODAY
     * @param metOn  the day the act was done, for MET and MET_LATE, not null
     * @param workingDays  whether {@code days} remaining or early are working days (a working-day limit)
     * @throws IllegalArgumentException if the days are negative, not at least 1 for OVERDUE and MET_LATE, not 0 for
     *         DUE_TODAY, or if {@code metOn} is present for a state other than MET and MET_LATE or absent for them
     */
    public DeadlineStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(metOn, "metOn");
        checkArgument(days >= 0, "Deadline status %s: days must not be negative, but was %s", state, days);
        checkArgument(!isMissed(state) || days >= 1, "Deadline status %s: days late must be at least 1, but was %s",
                state, days);
        checkArgument(state != State.DUE_TODAY || days == 0, "Deadline status DUE_TODAY: days must be 0, but was %s",
                days);
        boolean done = state == State.MET || state == State.MET_LATE;
        checkArgument(metOn.isPresent() == done, "Deadline status %s: the day the act was done must be %s, but was %s",
                state, done ? "present" : "absent", metOn);
    }

    /**
     * Creates a status of a natural-day limit.
     *
     * @param state  the state, not null
     * @param days  the days, as for the canonical constructor
     * @param metOn  the day the act was done, not null
     * @throws IllegalArgumentException as for the canonical constructor
     */
    public DeadlineStatus(State state, int days, Optional<LocalDate> metOn) {
        this(state, days, metOn, false);
    }

    /**
     * Checks whether the deadline was missed, whether or not the act was done since.
     *
     * @return true for OVERDUE and MET_LATE
     */
    public boolean isMissed() {
        return isMissed(state);
    }

    private static boolean isMissed(State state) {
        return state == State.OVERDUE || state == State.MET_LATE;
    }

    /**
     * Returns the stable machine code of the status, such as {@code TIMELIMIT.STATUS.OVERDUE}.
     *
     * @return the code, not null
     */
    public String code() {
        return "TIMELIMIT.STATUS." + state.name();
    }

    /**
     * Returns how serious the status is: {@link State#severity()}.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return state.severity();
    }

    /**
     * Returns the status as typed parameters: {@code state}, {@code days}, {@code workingDays} and, for a deadline
     * met, {@code metOn}.
     *
     * @return the parameters, not null
     */
    public Parameters parameters() {
        Parameters.Builder p = Parameters.builder().put("state", state).put("days", days)
                .put("workingDays", workingDays);
        metOn.ifPresent(d -> p.put("metOn", d));
        return p.build();
    }

    /**
     * Describes the status: 已逾期3日 / overdue by 3 days (1 day); days remaining or early in the limit's kind of
     * day (尚余2个工作日 / 2 working days left).
     *
     * @return the description, not null
     */
    public BilingualText describe() {
        return TimeLimitMessages.status(this);
    }
}
