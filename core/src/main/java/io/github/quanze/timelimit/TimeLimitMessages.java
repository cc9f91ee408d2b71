package io.github.quanze.timelimit;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The wording of the time-limit package (期限用语): every sentence its values show, in Chinese and English, rendered
 * from their data. Checks and counts build data only; {@link TimeLimit#describe()}, {@link DeadlineStatus#describe()},
 * {@link TimeLimitFinding#message()} and {@link Deadline#explain()} come here.
 */
final class TimeLimitMessages {

    private static final Template AMOUNT = Template.of("{amount}{unit}", "{amount} {unit}");
    private static final Template BACKWARD = Template.of("{limit}前", "{limit} before");

    private static final Template LEFT = Template.of("{state}，尚余{days}", "{state}, {days} left");
    private static final Template OVERDUE = Template.of("已逾期{days}", "overdue by {days}");
    private static final Template MET = Template.of("按期完成，提前{days}（{metOn}完成）", "met {days} early (done on {metOn})");
    private static final Template MET_LATE = Template.of("逾期{days}完成（{metOn}完成）", "met {days} late (done on {metOn})");

    private static final Template INTERRUPTION_AFTER_EXPIRY = Template.of(
            "期限已于{expired}届满，{interruptedOn}的中断（{reason}）不能使其重新计算",
            "the limit ran out on {expired}; the interruption on {interruptedOn} ({reason}) cannot restart it");
    private static final Template EXTENSION_WITHOUT_APPROVAL = Template.of("期限延长{extension}未经批准",
            "extension by {extension} was not approved");
    private static final Template EXTENSION_WITHOUT_NAMED_APPROVAL = Template.of(
            "期限延长{extension}未经批准（应当经{approver}批准）",
            "extension by {extension} was not approved ({approver} must approve it)");
    private static final Template EXTENSION_AFTER_EXPIRY = Template.of("延长于{approvedOn}批准，期限已于{expired}届满",
            "extension approved on {approvedOn}, after the limit ran out on {expired}");
    private static final Template EXTENSION_NOT_PROVIDED = Template.of("该期限的规定未设延长，延长须有其他法律、法规、规章依据",
            "the provision sets no extension; another law, regulation or rule must allow it");
    private static final Template EXTENSION_OVER_CAP = Template.of("延长共{total}，超过法定上限{cap}",
            "extended by {total} in all, beyond the cap of {cap}");

    private static final Template HEADER = Template.of("期限：{limit}", "Time limit: {limit}");
    private static final Template NAMED_HEADER = Template.of("期限：{name}，{limit}", "Time limit: {name}, {limit}");
    private static final Template CITED = Template.of("{text}（{basis}）", "{text} ({basis})");
    private static final Template COUNTED_BACK = Template.of("自{start}起向前计算，{start}不计入",
            "counted back from {start}, which is not counted");
    private static final Template START = Template.of("起算日{start}不计入（{basis}）",
            "start day {start} not counted ({basis})");
    private static final Template DAY = Template.of("{day}（{weekday}）", "{day} ({weekday})");
    private static final Template SPAN = Template.of("{from}至{to}", "{from} to {to}");
    private static final Template MAKE_UP_DAY = Template.of("{span} {holiday}调休上班，计入（{notice}）",
            "{span} make-up working day for {holiday}, counted ({notice})");
    private static final Template DAY_OFF = Template.of("{span} {holiday}放假，不计入（{notice}）",
            "{span} {holiday} holiday, skipped ({notice})");
    private static final Template ROLLED = Template.of("{restDay}为休息日，{kind}至{due}（{basis}）",
            "{restDay} is a rest day, {kind}, {due} ({basis})");
    private static final Template ADVANCED = Template.of("{restDay}为休息日，{kind}至{due}（解释：向前计算的期限不因休息日推后）",
            "{restDay} is a rest day, {kind}, {due} (interpretation: a period counted back from an event never "
                    + "moves later)");
    private static final Template APPROVED = Template.of("{day} {kind}{extension}，经{approver}批准",
            "{day} {kind} by {extension}, approved by {approver}");
    private static final Template NOT_APPROVED = Template.of("{day} {kind}{extension}，未经批准",
            "{day} {kind} by {extension}, not approved");
    private static final Template NOT_COUNTED = Template.of("{span} {kind}：{reason}，顺延{added}",
            "{span} {kind}: {reason}, adding {added}");
    private static final Template NOT_MOVING = Template.of("{span} {kind}：{reason}，不影响届满日",
            "{span} {kind}: {reason}, not affecting the due date");
    private static final Template RESTARTED = Template.of("{span} {kind}：{reason}", "{span} {kind}: {reason}");
    private static final Template FINDING = Template.of("问题：{message}", "Finding: {message}");
    private static final Template DUE = Template.of("届满日：{due}", "due: {due}");
    private static final Template ACT_BY = Template.of("最迟应于{due}（含当日）完成", "act at the latest on {due}");
    private static final Template STATUS_ON = Template.of("{today}：{status}", "on {today}: {status}");

    private static final ParameterSchema EXTENSION = ParameterSchema.none().require("amount", Long.class)
            .require("unit", PeriodUnit.class);

    private static final Map<TimeLimitFinding.Issue, ParameterSchema> SCHEMAS =
            new EnumMap<>(TimeLimitFinding.Issue.class);

    static {
        for (TimeLimitFinding.Issue issue : TimeLimitFinding.Issue.values()) {
            SCHEMAS.put(issue, schemaOf(issue));
        }
    }

    private TimeLimitMessages() {}

    /**
     * Returns the parameters a finding of an issue carries.
     *
     * @param issue  the issue, not null
     * @return the schema, not null
     */
    static ParameterSchema schema(TimeLimitFinding.Issue issue) {
        return SCHEMAS.get(issue);
    }

    private static ParameterSchema schemaOf(TimeLimitFinding.Issue issue) {
        switch (issue) {
            case INTERRUPTION_AFTER_EXPIRY:
                return ParameterSchema.none().require("expired", LocalDate.class)
                        .require("interruptedOn", LocalDate.class).require("reason", String.class);
            case EXTENSION_WITHOUT_APPROVAL:
                return EXTENSION.allow("approver", String.class);
            case EXTENSION_AFTER_EXPIRY:
                return ParameterSchema.none().require("approvedOn", LocalDate.class)
                        .require("expired", LocalDate.class);
            case EXTENSION_OVER_CAP:
                return ParameterSchema.none().require("total", Long.class).require("cap", Long.class)
                        .require("unit", PeriodUnit.class);
            default:
                return ParameterSchema.none();
        }
    }

    /** 5个工作日 / 5 working days, 1 working day. */
    static BilingualText amount(long amount, PeriodUnit unit) {
        BilingualText word = BilingualText.of(unit.label().zh(), Math.abs(amount) == 1 ? unit.singular()
                : unit.label().en());
        return AMOUNT.render(Parameters.builder().put("amount", amount).put("unit", word).build());
    }

    /** 5个工作日 / 7日前 / 7 days before. */
    static BilingualText limit(TimeLimit limit) {
        BilingualText amount = amount(limit.amount(), limit.unit());
        return limit.isBackward() ? BACKWARD.render(Parameters.builder().put("limit", amount).build()) : amount;
    }

    /** 已逾期3日 / overdue by 3 days; days remaining or early in the limit's kind of day. */
    static BilingualText status(DeadlineStatus status) {
        PeriodUnit unit = status.workingDays() && !status.isMissed() ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS;
        Parameters.Builder p = Parameters.builder().put("state", status.state())
                .put("days", amount(status.days(), unit));
        status.metOn().ifPresent(d -> p.put("metOn", d));
        switch (status.state()) {
            case ON_TIME:
            case DUE_SOON:
                return LEFT.render(p.build());
            case OVERDUE:
                return OVERDUE.render(p.build());
            case MET:
                return MET.render(p.build());
            case MET_LATE:
                return MET_LATE.render(p.build());
            default:
                return status.state().label();
        }
    }

    /** The message of a finding on how a period was counted. */
    static BilingualText message(TimeLimitFinding finding) {
        Parameters d = finding.details();
        switch (finding.issue()) {
            case INTERRUPTION_AFTER_EXPIRY:
                return INTERRUPTION_AFTER_EXPIRY.render(d);
            case EXTENSION_WITHOUT_APPROVAL:
                Parameters p = with(d, "extension", amount(d.number("amount"), unit(d)));
                return (d.has("approver") ? EXTENSION_WITHOUT_NAMED_APPROVAL : EXTENSION_WITHOUT_APPROVAL).render(p);
            case EXTENSION_AFTER_EXPIRY:
                return EXTENSION_AFTER_EXPIRY.render(d);
            case EXTENSION_OVER_CAP:
                return EXTENSION_OVER_CAP.render(Parameters.builder()
                        .put("total", amount(d.number("total"), unit(d)))
                        .put("cap", amount(d.number("cap"), unit(d))).build());
            default:
                return EXTENSION_NOT_PROVIDED.render(d);
        }
    }

    /** How a deadline was counted, one statement a line. */
    static BilingualText explain(Deadline deadline) {
        TimeLimit limit = deadline.limit();
        List<BilingualText> lines = new ArrayList<>();
        Parameters.Builder header = Parameters.builder().put("limit", limit(limit));
        limit.name().ifPresent(n -> header.put("name", n));
        BilingualText first = (limit.name().isPresent() ? NAMED_HEADER : HEADER).render(header.build());
        lines.add(limit.basis().map(b -> cited(first, b)).orElse(first));
        Parameters start = Parameters.builder().put("start", deadline.start())
                .put("basis", Deadline.START_BASIS.toText()).build();
        lines.add((limit.isBackward() ? COUNTED_BACK : START).render(start));
        deadline.calendarDays().forEach(span -> lines.add(day(span)));
        deadline.adjustments().forEach(a -> lines.add(adjustment(a, limit.unit())));
        deadline.findings().forEach(f -> lines.add(FINDING.render(Parameters.builder().put("message", f.message())
                .build())));
        lines.add((limit.isBackward() ? ACT_BY : DUE).render(Parameters.builder().put("due", deadline.due()).build()));
        return lines(lines);
    }

    /** The explanation of a deadline with its status on a day as the last line. */
    static BilingualText explain(Deadline deadline, LocalDate today, DeadlineStatus status) {
        BilingualText on = STATUS_ON.render(Parameters.builder().put("today", today).put("status", status(status))
                .build());
        return lines(List.of(explain(deadline), on));
    }

    /** A run of days off or make-up working days the count passed through. */
    private static BilingualText day(Deadline.CalendarDays span) {
        DayOverride o = span.first();
        BilingualText days = span.from().equals(span.to())
                ? DAY.render(Parameters.builder().put("day", span.from()).put("weekday", o.weekday()).build())
                : SPAN.render(Parameters.builder().put("from", span.from()).put("to", span.to()).build());
        Parameters p = Parameters.builder().put("span", days).put("holiday", o.holidayName())
                .put("notice", o.source().title()).build();
        return (o.working() ? MAKE_UP_DAY : DAY_OFF).render(p);
    }

    /** One adjustment, with what it added in the kind of day it added. */
    private static BilingualText adjustment(Adjustment a, PeriodUnit unit) {
        Parameters.Builder p = Parameters.builder().put("kind", a.kind());
        switch (a.kind()) {
            case ROLLED:
                return ROLLED.render(p.put("restDay", a.from()).put("due", a.to())
                        .put("basis", DeadlineCounter.ROLL_BASIS.toText()).build());
            case ADVANCED:
                return ADVANCED.render(p.put("restDay", a.to()).put("due", a.from()).build());
            case EXTENDED:
                p.put("day", a.from()).put("extension", amount(a.amount(), unit));
                a.approver().ifPresent(name -> p.put("approver", name));
                return (a.approver().isPresent() ? APPROVED : NOT_APPROVED).render(p.build());
            default:
                BilingualText span = a.from().equals(a.to()) ? Template.format(a.from())
                        : SPAN.render(Parameters.builder().put("from", a.from()).put("to", a.to()).build());
                p.put("span", span).put("reason", a.reason());
                if (a.kind() == Adjustment.Kind.INTERRUPTED) {
                    return RESTARTED.render(p.build());
                }
                if (a.amount() == 0) {
                    return NOT_MOVING.render(p.build());
                }
                // time not counted adds working days to a working-day limit and natural days to any other
                PeriodUnit added = unit == PeriodUnit.WORKING_DAYS ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS;
                return NOT_COUNTED.render(p.put("added", amount(a.amount(), added)).build());
        }
    }

    private static BilingualText cited(BilingualText text, LegalBasis basis) {
        return CITED.render(Parameters.builder().put("text", text).put("basis", basis.toText()).build());
    }

    private static PeriodUnit unit(Parameters details) {
        return details.constant("unit", PeriodUnit.class);
    }

    private static Parameters with(Parameters details, String name, BilingualText value) {
        return Parameters.builder().putAll(details).put(name, value).build();
    }

    /** Joins texts one a line. */
    private static BilingualText lines(List<BilingualText> lines) {
        return BilingualText.joinAll("\n", "\n", lines);
    }
}
