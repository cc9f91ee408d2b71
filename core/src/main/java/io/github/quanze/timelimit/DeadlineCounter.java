package io.github.quanze.timelimit;

import io.github.quanze.basis.BilingualText;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts a time limit with its adjustments. Each step costs constant time on the calendar; the count loops only
 * over the recorded adjustments.
 */
final class DeadlineCounter {

    /** 民法典 Art 203: a period ending on a rest day ends on the next working day. */
    static final LegalBasis ROLL_BASIS = LegalBasis.of(Provision.of(Instruments.CIVIL_CODE, 203));

    private DeadlineCounter() {}

    static Deadline count(TimeLimit limit, LocalDate start, List<Adjustment> recorded, WorkingDayCalendar calendar) {
        List<Adjustment> adjustments = new ArrayList<>();
        LocalDate from = start;
        int amount = limit.amount();
        for (Adjustment a : recorded) {
            if (a.kind() == Adjustment.Kind.INTERRUPTED && a.from().isAfter(from)) {
                from = a.from();
            } else if (a.kind() == Adjustment.Kind.EXTENDED) {
                amount += a.amount();
            }
        }
        LocalDate due;
        if (limit.isBackward()) {
            due = move(limit.unit(), start, -amount, calendar);
            if (limit.rolls() && limit.unit() != PeriodUnit.WORKING_DAYS && !calendar.isWorkingDay(due)) {
                // interpretation: a day to act before an event that is a rest day moves earlier, not later
                LocalDate rolled = calendar.previousWorkingDay(due);
                adjustments.add(new Adjustment(Adjustment.Kind.ROLLED, due, rolled, 0, "届满日为休息日，提前至前一工作日",
                        Optional.empty()));
                due = rolled;
            }
            return new Deadline(limit, start, due, adjustments, List.of(), calendar);
        }
        LocalDate unextended = move(limit.unit(), from, limit.amount(), calendar);
        due = move(limit.unit(), from, amount, calendar);
        LocalDate covered = from;
        for (Adjustment a : recorded) {
            switch (a.kind()) {
                case EXCLUDED:
                case SUSPENDED:
                    LocalDate spanFrom = max(a.from(), covered.plusDays(1));
                    int added = 0;
                    if (!a.to().isBefore(spanFrom) && !spanFrom.isAfter(due)) {
                        added = limit.unit() == PeriodUnit.WORKING_DAYS
                                ? calendar.workingDaysBetween(spanFrom.minusDays(1), a.to())
                                : (int) ChronoUnit.DAYS.between(spanFrom, a.to()) + 1;
                        due = limit.unit() == PeriodUnit.WORKING_DAYS ? calendar.plusWorkingDays(due, added)
                                : due.plusDays(added);
                        covered = max(covered, a.to());
                    }
                    adjustments.add(new Adjustment(a.kind(), a.from(), a.to(), added, a.reason(), a.approver()));
                    break;
                default:
                    adjustments.add(a);
            }
        }
        if (limit.rolls() && limit.unit() != PeriodUnit.WORKING_DAYS && !calendar.isWorkingDay(due)) {
            LocalDate rolled = calendar.nextWorkingDay(due);
            adjustments.add(new Adjustment(Adjustment.Kind.ROLLED, due, rolled, 0, "届满日为休息日，顺延至下一工作日",
                    Optional.empty()));
            due = rolled;
        }
        return new Deadline(limit, start, due, adjustments, extensionFindings(limit, recorded, unextended), calendar);
    }

    /** Moves a date by a signed amount of a unit: forward for a positive amount, back for a negative one. */
    private static LocalDate move(PeriodUnit unit, LocalDate date, int amount, WorkingDayCalendar calendar) {
        switch (unit) {
            case WORKING_DAYS:
                return amount >= 0 ? calendar.plusWorkingDays(date, amount) : calendar.minusWorkingDays(date, -amount);
            case DAYS:
                return date.plusDays(amount);
            case MONTHS:
                return date.plusMonths(amount);
            default:
                return date.plusYears(amount);
        }
    }

    private static List<TimeLimitFinding> extensionFindings(TimeLimit limit, List<Adjustment> recorded,
            LocalDate unextended) {
        List<TimeLimitFinding> findings = new ArrayList<>();
        LegalBasis basis = limit.extension().map(Extension::basis).or(limit::basis).orElse(
                LegalBasis.of(Provision.of(Instruments.CIVIL_CODE, 204)));
        int total = 0;
        for (Adjustment a : recorded) {
            if (a.kind() != Adjustment.Kind.EXTENDED) {
                continue;
            }
            total += a.amount();
            if (a.approver().isEmpty()) {
                findings.add(finding(TimeLimitFinding.Issue.EXTENSION_WITHOUT_APPROVAL, Severity.ERROR, basis,
                        "期限延长" + a.amount() + limit.unit().label().zh() + "未经批准"
                                + limit.extension().map(e -> "（应当经" + e.approver() + "批准）").orElse(""),
                        "extension by " + a.amount() + " " + limit.unit().label().en() + " was not approved"));
            }
            if (a.from().isAfter(unextended)) {
                findings.add(finding(TimeLimitFinding.Issue.EXTENSION_AFTER_EXPIRY, Severity.ERROR, basis,
                        "延长于" + a.from() + "批准，晚于原届满日" + unextended,
                        "extension approved on " + a.from() + ", after the limit ran out on " + unextended));
            }
        }
        if (total > 0 && limit.extension().isEmpty()) {
            findings.add(finding(TimeLimitFinding.Issue.EXTENSION_NOT_PROVIDED, Severity.WARNING, basis,
                    "该期限的规定未设延长，延长须有其他法律、法规、规章依据",
                    "the provision sets no extension; another law, regulation or rule must allow it"));
        }
        Optional<Extension> rule = limit.extension();
        if (rule.isPresent() && total > rule.get().max()) {
            int max = rule.get().max();
            findings.add(finding(TimeLimitFinding.Issue.EXTENSION_OVER_CAP, Severity.ERROR, basis,
                    "延长共" + total + limit.unit().label().zh() + "，超过法定上限" + max + limit.unit().label().zh(),
                    "extended by " + total + " " + limit.unit().label().en() + " in all, beyond the cap of " + max));
        }
        return findings;
    }

    private static TimeLimitFinding finding(TimeLimitFinding.Issue issue, Severity severity, LegalBasis basis,
            String zh, String en) {
        return new TimeLimitFinding(issue, severity, BilingualText.of(zh, en), basis);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
