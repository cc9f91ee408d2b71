package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.basis.BilingualText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline (届满日): the last day on which an act is timely, as counted from a time limit, with every adjustment
 * that went into it and the findings on how it was extended.
 * <p>
 * {@link #statusOn} says where the deadline stands on a day; {@link #explain()} says how it was counted: which days
 * were skipped and why, which make-up working days counted, what was excluded, suspended or extended, and the
 * provisions.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Deadline {

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
     * extensions, and a final move past a rest day.
     *
     * @return the adjustments, not null
     */
    public List<Adjustment> adjustments() {
        return adjustments;
    }

    /**
     * Returns the findings on how the limit was extended: without approval, beyond the cap, after expiry.
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
     */
    public DeadlineStatus statusOn(LocalDate today) {
        return status(today, Optional.empty(), DEFAULT_WARNING);
    }

    /**
     * Returns the status on a day.
     *
     * @param today  the day, not null
     * @param metOn  the day the act was done, if it was, not after {@code today}, not null
     * @param warning  how many days before the due date count as due soon, at least 0
     * @return the status, not null
     * @throws IllegalArgumentException if the warning is negative or the act was done after {@code today}
     * @throws CalendarCoverageException if counting working days leaves the calendar
     */
    public DeadlineStatus status(LocalDate today, Optional<LocalDate> metOn, int warning) {
        Objects.requireNonNull(today, "today");
        checkArgument(warning >= 0, "Warning window must not be negative, but was %s", warning);
        metOn.ifPresent(m -> checkArgument(!m.isAfter(today), "Act done on %s is after today %s", m, today));
        if (metOn.isPresent()) {
            LocalDate met = metOn.get();
            return met.isAfter(due) ? new DeadlineStatus(DeadlineStatus.State.MET_LATE, daysBetween(due, met), metOn)
                    : new DeadlineStatus(DeadlineStatus.State.MET, daysBetween(met, due), metOn);
        }
        if (today.isAfter(due)) {
            return new DeadlineStatus(DeadlineStatus.State.OVERDUE, daysBetween(due, today), metOn);
        }
        if (today.equals(due)) {
            return new DeadlineStatus(DeadlineStatus.State.DUE_TODAY, 0, metOn);
        }
        int left = daysBetween(today, due);
        return new DeadlineStatus(left <= warning ? DeadlineStatus.State.DUE_SOON : DeadlineStatus.State.ON_TIME, left,
                metOn);
    }

    private int daysBetween(LocalDate from, LocalDate to) {
        return limit.unit() == PeriodUnit.WORKING_DAYS ? calendar.workingDaysBetween(from, to)
                : (int) ChronoUnit.DAYS.between(from, to);
    }

    /**
     * Explains how the deadline was counted, one statement a line, in Chinese and English.
     *
     * @return the explanation, not null
     */
    public BilingualText explain() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        String basis = limit.basis().map(b -> "（" + b + "）").orElse("");
        String basisEn = limit.basis().map(b -> " (" + b.toEnglish() + ")").orElse("");
        zh.add("期限：" + limit.name().map(n -> n.zh() + "，").orElse("") + limit.describe().zh() + basis);
        en.add("Time limit: " + limit.name().map(n -> n.en() + ", ").orElse("") + limit.describe().en() + basisEn);
        if (limit.isBackward()) {
            zh.add("自" + start + "起向前计算，" + start + "不计入");
            en.add("counted back from " + start + ", which is not counted");
        } else {
            zh.add("起算日" + start + "不计入（民法典第二百零一条）");
            en.add("start day " + start + " not counted (Civil Code Art 201)");
        }
        if (limit.unit() == PeriodUnit.WORKING_DAYS) {
            describeDays(zh, en);
        }
        for (Adjustment a : adjustments) {
            String span = a.from().equals(a.to()) ? a.from().toString() : a.from() + "至" + a.to();
            String spanEn = a.from().equals(a.to()) ? a.from().toString() : a.from() + " to " + a.to();
            String added = a.amount() > 0 ? "，顺延" + a.amount() + "日" : "";
            String addedEn = a.amount() > 0 ? ", adding " + a.amount() + " days" : "";
            String approver = a.approver().map(p -> "，经" + p + "批准").orElse("");
            String approverEn = a.approver().map(p -> ", approved by " + p).orElse("");
            zh.add(span + " " + a.kind().label().zh() + "：" + a.reason() + added + approver);
            en.add(spanEn + " " + a.kind().label().en() + ": " + a.reason() + addedEn + approverEn);
        }
        findings.forEach(f -> {
            zh.add("问题：" + f.message().zh());
            en.add("Finding: " + f.message().en());
        });
        zh.add((limit.isBackward() ? "最迟应于" : "届满日：") + due + (limit.isBackward() ? "前完成" : ""));
        en.add((limit.isBackward() ? "act by " : "due: ") + due);
        return BilingualText.of(String.join("\n", zh), String.join("\n", en));
    }

    /** Lists the days off and make-up working days a working-day count passed through. */
    private void describeDays(List<String> zh, List<String> en) {
        LocalDate from = limit.isBackward() ? due : start;
        LocalDate to = limit.isBackward() ? start : due;
        for (LocalDate day = from.plusDays(1); day.isBefore(to) || day.equals(to) && !limit.isBackward();
                day = day.plusDays(1)) {
            Optional<DayOverride> override = calendar.override(day);
            if (override.isEmpty()) {
                continue;
            }
            LocalDate end = day;
            while (end.plusDays(1).isBefore(to) && calendar.override(end.plusDays(1))
                    .filter(o -> o.working() == override.get().working()
                            && o.holiday().equals(override.get().holiday())).isPresent()) {
                end = end.plusDays(1);
            }
            String span = day.equals(end) ? day + "（" + day.getDayOfWeek() + "）" : day + "至" + end;
            String spanEn = day.equals(end) ? day + " (" + day.getDayOfWeek() + ")" : day + " to " + end;
            DayOverride o = override.get();
            zh.add(span + " " + o.holiday() + (o.working() ? "调休上班，计入" : "放假，不计入") + "（" + o.source().title() + "）");
            en.add(spanEn + " " + (o.working() ? "make-up working day for " + o.holiday() + ", counted"
                    : o.holiday() + " holiday, skipped"));
            day = end;
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Deadline other && limit.equals(other.limit) && start.equals(other.start)
                && due.equals(other.due) && adjustments.equals(other.adjustments) && findings.equals(other.findings)
                && calendar.name().equals(other.calendar.name());
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, start, due, adjustments, findings, calendar.name());
    }

    @Override
    public String toString() {
        return "Deadline{" + limit + " from " + start + ", due " + due + "}";
    }
}
