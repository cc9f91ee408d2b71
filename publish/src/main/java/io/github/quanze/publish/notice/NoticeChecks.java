package io.github.quanze.publish.notice;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.CalendarCoverageException;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The time checks of a published decision (公示时限检查), with core's publication rule
 * ({@link DecisionNotice#publicationRule()}, 国办发〔2018〕118号) counted on a working-day calendar: published within the
 * rule's time of the decision; once overturned, withdrawn within the rule's withdrawal time (行政处罚法 Art 48 第二款:
 * 三日, working days by Art 85) with its reasons made public.
 * <p>
 * As in core's replay of a case record (our reading there too): the withdrawal time counts from the day the ruling
 * took effect; a ruling on or before the publication's due day ends the duty to publish; a rule without a withdrawal
 * time (a licence's) is not checked for withdrawal.
 */
public final class NoticeChecks {

    private static final LegalBasis REASONS = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 48, 2));
    private static final BilingualText NOT_WITHDRAWN = BilingualText.of("至检查日仍未撤回", "and was still public on "
            + "the day of the check");

    private NoticeChecks() {
    }

    /**
     * Checks a notice's times.
     *
     * @param notice  the notice, not null
     * @param calendar  the working-day calendar, not null
     * @param asOf  the day of the check: a withdrawal not made by then is late if its due day has passed, not null
     * @return the findings, empty if the times were kept, in the order publication, withdrawal, reasons, not null
     * @throws CalendarCoverageException if the calendar does not hold a year the count passes through
     */
    public static List<NoticeFinding> check(DecisionNotice notice, WorkingDayCalendar calendar, LocalDate asOf) {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(asOf, "asOf");
        List<NoticeFinding> findings = new ArrayList<>();
        PublicationRule rule = notice.publicationRule();
        LocalDate due = rule.within().from(notice.decided(), calendar).due();
        boolean overturnedInTime = notice.overturned().map(o -> !o.date().isAfter(due)).orElse(false);
        if (!overturnedInTime && notice.published().isAfter(due)) {
            findings.add(new NoticeFinding(NoticeFinding.Kind.PUBLICATION_OVERDUE, Parameters.builder()
                    .put("number", notice.number()).put("published", notice.published()).put("due", due).build(),
                    rule.basis()));
        }
        if (rule.withdrawal().isPresent() && notice.overturned().isPresent()) {
            CaseEvent.Overturned ruling = notice.overturned().get();
            TimeLimit limit = rule.withdrawal().get();
            // information published after the ruling counts from its own publication (as core's replay reads it)
            LocalDate start = notice.published().isAfter(ruling.date()) ? notice.published() : ruling.date();
            LocalDate withdrawBy = limit.from(start, calendar).due();
            LocalDate withdrawn = notice.withdrawal().map(Withdrawal::date).orElse(null);
            boolean late = withdrawn == null ? asOf.isAfter(withdrawBy) : withdrawn.isAfter(withdrawBy);
            if (late) {
                Parameters.Builder p = Parameters.builder().put("number", notice.number())
                        .put("overturned", ruling.date()).put("outcome", ruling.outcome()).put("due", withdrawBy);
                if (withdrawn == null) {
                    p.put("withdrawn", NOT_WITHDRAWN);
                } else {
                    p.put("withdrawn", BilingualText.of("实际于" + withdrawn + "撤回", "and was withdrawn on "
                            + withdrawn));
                }
                findings.add(new NoticeFinding(NoticeFinding.Kind.LATE_WITHDRAWAL, p.build(),
                        limit.basis().orElse(REASONS)));
            }
        }
        if (rule.withdrawal().isPresent() && notice.withdrawal().isPresent()
                && notice.withdrawal().get().reason().isEmpty()) {
            findings.add(new NoticeFinding(NoticeFinding.Kind.WITHDRAWN_WITHOUT_REASONS, Parameters.builder()
                    .put("number", notice.number()).put("date", notice.withdrawal().get().date()).build(), REASONS));
        }
        return List.copyOf(findings);
    }
}
