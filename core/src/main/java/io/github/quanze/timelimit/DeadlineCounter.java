package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.Parameters;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts a time limit with its adjustments. Each step costs constant time on the calendar; the count loops only
 * over the recorded adjustments, once for the deadline and once more for each interruption and extension checked.
 */
final class DeadlineCounter {

    /**
     * 民法典 Art 203 第一款: a period whose last day is a rest day ends on the day after the rest days. 行政处罚法
     * Art 85, 行政许可法 Art 82 and 行政强制法 Art 69 say only which periods count working days ("不含法定节假日")
     * and set no rule for the last day of a natural-day period, so the general rule applies (民法典 Art 204;
     * interpretation). 民事诉讼法 Art 85 第三款, to which 行政复议法 Art 88 第一款 refers, says the same.
     */
    static final LegalBasis ROLL_BASIS = LegalBasis.of(Provision.of(Instruments.CIVIL_CODE, 203, 1));

    /** 民法典 Art 195: an interruption restarts a period that is running (applied by analogy: interpretation). */
    static final LegalBasis INTERRUPTION_BASIS = LegalBasis.of(Provision.of(Instruments.CIVIL_CODE, 195));

    private DeadlineCounter() {}

    static Deadline count(TimeLimit limit, LocalDate start, List<Adjustment> recorded, WorkingDayCalendar calendar) {
        if (limit.isBackward()) {
            return backward(limit, start, calendar);
        }
        List<TimeLimitFinding> findings = new ArrayList<>();
        List<Adjustment> kept = new ArrayList<>();
        LocalDate from = start;
        for (Adjustment a : recorded) {
            if (a.kind() == Adjustment.Kind.INTERRUPTED) {
                // a period that has run out cannot be interrupted: compare with the deadline as counted until then
                LocalDate running = forward(limit, from, kept, calendar).due();
                if (a.from().isAfter(running)) {
                    findings.add(interruptionAfterExpiry(limit, a, running));
                    continue;
                }
                from = max(from, a.from());
            }
            kept.add(a);
        }
        Counted counted = forward(limit, from, kept, calendar);
        findings.addAll(extensionFindings(limit, from, kept, calendar));
        return new Deadline(limit, start, counted.due(), counted.adjustments(), findings, calendar);
    }

    /** The due date of a forward count and the adjustments that made it. */
    private record Counted(LocalDate due, List<Adjustment> adjustments) {}

    /**
     * Counts forward from {@code from} (the start or the last interruption): the limit's amount plus the extensions
     * among {@code recorded}, then the exclusions and suspensions, then the move past a rest day. Amounts add up in
     * {@code long}: a limit and its extensions may together exceed an int.
     */
    private static Counted forward(TimeLimit limit, LocalDate from, List<Adjustment> recorded,
            WorkingDayCalendar calendar) {
        long amount = limit.amount();
        for (Adjustment a : recorded) {
            if (a.kind() == Adjustment.Kind.EXTENDED) {
                amount += a.amount();
            }
        }
        boolean working = limit.unit() == PeriodUnit.WORKING_DAYS;
        LocalDate due = move(limit.unit(), from, amount, calendar);
        LocalDate covered = from;
        List<Adjustment> adjustments = new ArrayList<>();
        for (Adjustment a : recorded) {
            if (a.kind() != Adjustment.Kind.EXCLUDED && a.kind() != Adjustment.Kind.SUSPENDED) {
                adjustments.add(a);
                continue;
            }
            // covered and due are never LocalDate.MAX here: a count reaching it has already failed in move
            LocalDate spanFrom = max(a.from(), covered.plusDays(1));
            int added = 0;
            if (!a.to().isBefore(spanFrom) && !spanFrom.isAfter(due)) {
                if (working) {
                    added = calendar.workingDaysBetween(spanFrom.minusDays(1), a.to());
                    due = calendar.plus(due, added);
                } else {
                    long days = ChronoUnit.DAYS.between(spanFrom, a.to()) + 1;
                    checkArgument(days <= Integer.MAX_VALUE, "%s to %s (%s) adds %s days, more than a count holds "
                            + "(%s)", a.from(), a.to(), a.kind().label().en(), days, Integer.MAX_VALUE);
                    added = (int) days;
                    due = move(PeriodUnit.DAYS, due, added, calendar);
                }
                covered = max(covered, a.to());
            }
            adjustments.add(new Adjustment(a.kind(), a.from(), a.to(), added, a.reason(), a.approver()));
        }
        if (limit.rolls() && !working && !calendar.isWorkingDay(due)) {
            LocalDate rolled = calendar.nextWorkingDay(due);
            adjustments.add(new Adjustment(Adjustment.Kind.ROLLED, due, rolled, 0, "届满日为休息日", Optional.empty()));
            due = rolled;
        }
        return new Counted(due, adjustments);
    }

    /** Counts back from an event; a last day that is a rest day moves earlier, not later (interpretation). */
    private static Deadline backward(TimeLimit limit, LocalDate event, WorkingDayCalendar calendar) {
        LocalDate due = move(limit.unit(), event, -(long) limit.amount(), calendar);
        List<Adjustment> adjustments = new ArrayList<>();
        if (limit.rolls() && limit.unit() != PeriodUnit.WORKING_DAYS && !calendar.isWorkingDay(due)) {
            LocalDate advanced = calendar.previousWorkingDay(due);
            adjustments.add(new Adjustment(Adjustment.Kind.ADVANCED, advanced, due, 0, "届满日为休息日",
                    Optional.empty()));
            due = advanced;
        }
        return new Deadline(limit, event, due, adjustments, List.of(), calendar);
    }

    /**
     * Moves a date by a signed amount of a unit: forward for a positive amount, back for a negative one.
     *
     * @throws CalendarCoverageException if a working-day count leaves the calendar
     * @throws IllegalArgumentException if a natural count leaves the dates java.time holds (years -999999999 to
     *         999999999), which no calendar covers
     */
    private static LocalDate move(PeriodUnit unit, LocalDate date, long amount, WorkingDayCalendar calendar) {
        if (unit == PeriodUnit.WORKING_DAYS) {
            return amount >= 0 ? calendar.plus(date, amount) : calendar.minus(date, -amount);
        }
        ChronoUnit chrono = unit == PeriodUnit.DAYS ? ChronoUnit.DAYS
                : unit == PeriodUnit.MONTHS ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
        try {
            return date.plus(amount, chrono);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException(String.format("Counting %s %s %s ends outside the dates that can be "
                    + "represented (%s to %s); a time limit must end within them", unit.describe(Math.abs(amount))
                    .en(), amount >= 0 ? "after" : "before", date, LocalDate.MIN, LocalDate.MAX), e);
        }
    }

    private static TimeLimitFinding interruptionAfterExpiry(TimeLimit limit, Adjustment interruption,
            LocalDate expired) {
        LegalBasis basis = limit.basis().map(b -> b.and(INTERRUPTION_BASIS)).orElse(INTERRUPTION_BASIS);
        return new TimeLimitFinding(TimeLimitFinding.Issue.INTERRUPTION_AFTER_EXPIRY, Parameters.builder()
                .put("expired", expired).put("interruptedOn", interruption.from()).put("reason", interruption.reason())
                .build(), basis);
    }

    /**
     * Checks the extensions among {@code kept}. Each is compared with the deadline as counted when it was approved:
     * with the exclusions, suspensions and the move past a rest day, and the extensions approved before it.
     */
    private static List<TimeLimitFinding> extensionFindings(TimeLimit limit, LocalDate from, List<Adjustment> kept,
            WorkingDayCalendar calendar) {
        List<TimeLimitFinding> findings = new ArrayList<>();
        if (kept.stream().noneMatch(a -> a.kind() == Adjustment.Kind.EXTENDED)) {
            return findings;
        }
        Optional<Extension> rule = limit.extension();
        // Counting.extend refuses a limit with neither: there would be nothing relevant to cite
        LegalBasis basis = rule.map(Extension::basis).or(limit::basis).orElseThrow(() -> new IllegalStateException(
                "Time limit " + limit + " has no basis to check its extensions against"));
        PeriodUnit unit = limit.unit();
        List<Adjustment> before = new ArrayList<>();
        kept.stream().filter(a -> a.kind() != Adjustment.Kind.EXTENDED).forEach(before::add);
        long total = 0;
        for (Adjustment a : kept) {
            if (a.kind() != Adjustment.Kind.EXTENDED) {
                continue;
            }
            total += a.amount();
            if (a.approver().isEmpty()) {
                Parameters.Builder details = Parameters.builder().put("amount", a.amount()).put("unit", unit);
                rule.ifPresent(e -> details.put("approver", e.approver()));
                findings.add(new TimeLimitFinding(TimeLimitFinding.Issue.EXTENSION_WITHOUT_APPROVAL, details.build(),
                        basis));
            }
            LocalDate expiry = forward(limit, from, before, calendar).due();
            if (a.from().isAfter(expiry)) {
                findings.add(new TimeLimitFinding(TimeLimitFinding.Issue.EXTENSION_AFTER_EXPIRY, Parameters.builder()
                        .put("approvedOn", a.from()).put("expired", expiry).build(), basis));
            }
            before.add(a);
        }
        if (total > 0 && rule.isEmpty()) {
            findings.add(new TimeLimitFinding(TimeLimitFinding.Issue.EXTENSION_NOT_PROVIDED, Parameters.empty(),
                    basis));
        }
        if (rule.isPresent() && total > rule.get().max()) {
            findings.add(new TimeLimitFinding(TimeLimitFinding.Issue.EXTENSION_OVER_CAP, Parameters.builder()
                    .put("total", total).put("cap", rule.get().max()).put("unit", unit).build(), basis));
        }
        return findings;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
