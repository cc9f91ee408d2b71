package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.CRIMINAL_REFERRAL_PROVISIONS;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.timelimit.StatutoryLimits;
import io.github.quanze.timelimit.TimeLimit;
import java.time.LocalDate;

/**
 * The notes on the police's answers to a referral (公安机关答复的提示, 行政执法机关移送涉嫌犯罪案件的规定 Arts 7, 8, 9, 17):
 * the police's own limits are their duty (Art 17), noted, never the agency's breach, and so is a late request for
 * reconsideration, which is the agency's right (Art 9: 可以).
 * <p>
 * Art 8 counts the police's three days from their receipt (自接受案件之日起). For a case forwarded to the competent
 * authority (Art 7), the days are counted from the day the agency received the notice of forwarding, the latest
 * receipt the record shows (our reading: the forwarded-to authority's own receipt is not recorded, and it cannot be
 * later than the notice that it was forwarded to it, so the count never runs early); otherwise from the transfer.
 */
final class ReferralPoliceNotes {

    /** Art 7: forward within twenty-four hours (checked on dates: the next day). */
    private static final TimeLimit POLICE_FORWARD = TimeLimit.ofDays(1).withoutRolling()
            .citing(LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 7)));
    /** Art 8: decide within three days of receipt. */
    private static final TimeLimit POLICE_DECISION = TimeLimit.ofDays(3)
            .citing(LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 8)));
    /** Art 9 第二款: decide a reconsideration within three days. */
    private static final TimeLimit POLICE_RECONSIDERATION = TimeLimit.ofDays(3)
            .citing(ReferralSteps.cite(9, 2));

    private final ReplayIndex index;
    private final ReplayFindings findings;

    ReferralPoliceNotes(ReplayIndex index, ReplayFindings findings) {
        this.index = index;
        this.findings = findings;
    }

    /** Notes a late request for reconsideration and the police's late answers. */
    void run() {
        noteReconsideration();
        notePolice();
    }

    /** Art 9: asking for reconsideration is a right; late is noted. */
    void noteReconsideration() {
        CaseEvent.Answered refused = index.referral.answer(index.asOf, a -> a == PoliceAnswer.NOT_FILED);
        LocalDate asked = index.firstDate(StepKind.RECONSIDERATION_REQUEST);
        if (refused == null || asked == null || !index.procedure.has(StepKind.RECONSIDERATION_REQUEST)) {
            return;
        }
        TimeLimit limit = StatutoryLimits.REFERRAL_RECONSIDERATION;
        LocalDate due = limit.from(refused.date(), index.calendar).due();
        if (asked.isAfter(due)) {
            findings.note(NoteKind.LATE_RECONSIDERATION_REQUEST, StepKind.RECONSIDERATION_REQUEST, asked,
                    DeadlineChecks.limit(limit).put("notified", refused.date()).put("due", due).build(),
                    ReferralSteps.cite(9, 1));
        }
    }

    /** Arts 7, 8, 9 第二款: the police's limits, noted (their duty, Art 17). */
    void notePolice() {
        CaseEvent.StepPerformed transfer = ReferralFacts.firstTransfer(index, ReferralKind.PUBLIC_SECURITY);
        if (transfer == null) {
            return;
        }
        LocalDate asked = index.firstDate(StepKind.RECONSIDERATION_REQUEST);
        LocalDate forwarded = null;
        for (CaseEvent.Answered answer : index.referral.answers) {
            TimeLimit limit;
            LocalDate from;
            StepKind about;
            switch (answer.answer()) {
                case FORWARDED:
                    forwarded = answer.date();
                    limit = POLICE_FORWARD;
                    from = transfer.date();
                    about = StepKind.REFERRAL;
                    break;
                case FILED:
                case NOT_FILED:
                    limit = POLICE_DECISION;
                    from = forwarded != null && !forwarded.isAfter(answer.date()) ? forwarded : transfer.date();
                    about = StepKind.REFERRAL;
                    break;
                case RECONSIDERED_FILED:
                case RECONSIDERED_NOT_FILED:
                    limit = POLICE_RECONSIDERATION;
                    from = asked;
                    about = StepKind.RECONSIDERATION_REQUEST;
                    break;
                default:
                    continue;
            }
            if (from == null || !index.procedure.has(about) || answer.date().isBefore(from)) {
                continue;
            }
            LocalDate due = limit.from(from, index.calendar).due();
            if (answer.date().isAfter(due)) {
                findings.note(NoteKind.POLICE_LATE, about, answer.date(), DeadlineChecks.limit(limit)
                        .put("answer", answer.answer()).put("authority", answer.authority()).put("from", from)
                        .put("due", due).build(), limit.basis().orElseThrow()
                        .and(LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 17, 1))));
            }
        }
    }
}
