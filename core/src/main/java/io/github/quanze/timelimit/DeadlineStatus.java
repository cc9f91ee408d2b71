package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.text.BilingualText;
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
    public enum State {
        /** 未到期: not done, and the due date is further off than the warning window. */
        ON_TIME("未到期", "on time"),
        /** 即将到期: not done, and the due date is within the warning window. */
        DUE_SOON("即将到期", "due soon"),
        /** 今日到期: not done, and today is the due date, the last day on which the act is timely. */
        DUE_TODAY("今日到期", "due today"),
        /** 已逾期: not done, and the due date has passed. */
        OVERDUE("已逾期", "overdue"),
        /** 按期完成: done on or before the due date. */
        MET("按期完成", "met"),
        /** 逾期完成: done after the due date. */
        MET_LATE("逾期完成", "met late");

        private final BilingualText label;

        State(String zh, String en) {
            this.label = BilingualText.of(zh, en);
        }

        /**
         * Returns the state in Chinese and English.
         *
         * @return the label, not null
         */
        public BilingualText label() {
            return label;
        }
    }

    /**
     * Creates a status.
     *
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
     * Describes the status: 已逾期3日 / overdue by 3 days (1 day); days remaining or early in the limit's kind of
     * day (尚余2个工作日 / 2 working days left).
     *
     * @return the description, not null
     */
    public BilingualText describe() {
        String met = metOn.map(d -> "（" + d + "完成）").orElse("");
        String metEn = metOn.map(d -> " (done on " + d + ")").orElse("");
        BilingualText count = (workingDays ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS).describe(days);
        BilingualText late = PeriodUnit.DAYS.describe(days);
        switch (state) {
            case ON_TIME:
            case DUE_SOON:
                return BilingualText.of(state.label().zh() + "，尚余" + count.zh(),
                        state.label().en() + ", " + count.en() + " left");
            case OVERDUE:
                return BilingualText.of("已逾期" + late.zh(), "overdue by " + late.en());
            case MET:
                return BilingualText.of("按期完成，提前" + count.zh() + met, "met " + count.en() + " early" + metEn);
            case MET_LATE:
                return BilingualText.of("逾期" + late.zh() + "完成" + met, "met " + late.en() + " late" + metEn);
            default:
                return state.label();
        }
    }
}
