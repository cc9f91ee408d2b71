package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks of a transfer to another agency (案件移送管辖, 行政处罚法 Arts 22-25) when it is appended to a case record
 * ({@link CaseEvent.Transferred}). A transfer ends the sending agency's handling, so it is refused when:
 * <ul>
 *   <li>an officer who sent it is not known to the organization;</li>
 *   <li>it sends the case back to the agency it came from ({@link CaseRecord#transferredFrom()});</li>
 *   <li>the case is already decided: its first decision step ({@link StepKind#DECISION}, or
 *       {@link StepKind#HEAD_APPROVAL} in a procedure without a decision, such as 查封、扣押, whose head's approval is
 *       the decision, 行政强制法 Art 18(1)) is recorded. Arts 22-25 say which agency decides a case, so a transfer
 *       can only come before the decision; once an agency has decided, the case is its own (our reading: the
 *       statute has no article on transfers, and a decision after which the agency handed the case on would leave
 *       two agencies answering for one decision);</li>
 *   <li>any event already recorded, a publication, a withdrawal or a ruling on the decision included, is dated after
 *       it;</li>
 *   <li>the case is with the public security organ: it was referred ({@link StepKind#REFERRAL}, 行政处罚法 Art 27
 *       第一款; 行政执法机关移送涉嫌犯罪案件的规定 Arts 3, 8) on or before the transfer's day, and no answer giving it
 *       back to the agency ({@link PoliceAnswer#backToAgency()}: 不予立案 or 移送回, Arts 8, 9 and 13) is the last
 *       answer recorded on or before that day. Our reading: until the authority gives the case back, it is not the
 *       agency's to hand to another. A suspected crime found ({@link CaseEvent.CrimeSuspected}) but not yet referred
 *       does not stop a transfer: whether the agency should have referred is a legal outcome the replay judges as of
 *       the transfer's day, never bad input.</li>
 * </ul>
 * An event appended after a transfer is refused by {@link CaseRecord#appendAll} itself, a decision among them.
 */
final class TransferChecks {

    private TransferChecks() {}

    /**
     * Checks a transfer against the events already recorded (the first {@code size} of {@code so}), publicity
     * events included.
     *
     * @throws IllegalArgumentException naming the case, the transfer's day and the date it conflicts with
     */
    static void checkEvent(CaseRecord record, CaseEvent.Transferred transfer, CaseEvent[] so, int size) {
        String id = record.id();
        LocalDate day = transfer.date();
        transfer.officers().forEach(officer -> checkArgument(record.organization().findOfficer(officer).isPresent(),
                "Case %s: event %s names officer %s, whom the organization does not know", id, transfer, officer));
        record.transferredFrom().ifPresent(from -> checkArgument(!from.agency().equals(transfer.to()), "Case %s: "
                + "transfer on %s sends the case back to %s, the agency it came from", id, day, transfer.to()));
        record.procedure().decisionStep().ifPresent(decision -> first(so, size, decision).ifPresent(decided ->
                checkArgument(false, "Case %s: transfer (移送) to %s on %s, but the case was decided (%s) on %s: a "
                        + "transfer says which agency decides (行政处罚法 Arts 22-25), so it must come before the "
                        + "decision (our reading: the statute has no article on transfers) / 移送须在作出决定之前（本库"
                        + "解释）", id, transfer.to(), day, decision, decided)));
        LocalDate latest = null;
        for (int i = 0; i < size; i++) {
            if (latest == null || so[i].date().isAfter(latest)) {
                latest = so[i].date();
            }
        }
        checkArgument(latest == null || !latest.isAfter(day), "Case %s: transfer to %s on %s would end the case "
                + "before its event of %s", id, transfer.to(), day, latest);
        Optional<LocalDate> referred = first(so, size, StepKind.REFERRAL).filter(d -> !d.isAfter(day));
        if (referred.isPresent()) {
            CaseEvent.Answered last = null;
            for (int i = 0; i < size; i++) {
                if (so[i] instanceof CaseEvent.Answered a && !a.date().isAfter(day) && !a.date().isBefore(
                        referred.get()) && (last == null || !a.date().isBefore(last.date()))) {
                    last = a;
                }
            }
            // a request for reconsideration or for the procuratorate's supervision (Art 9) on or after the answer
            // that gave the case back puts it before the authorities again, as the replay reads it (ReferralFacts)
            LocalDate request = null;
            for (int i = 0; i < size; i++) {
                if (so[i] instanceof CaseEvent.StepPerformed p && !p.date().isAfter(day)
                        && (p.step() == StepKind.RECONSIDERATION_REQUEST || p.step() == StepKind.SUPERVISION_REQUEST)
                        && (request == null || p.date().isAfter(request))) {
                    request = p.date();
                }
            }
            boolean back = last != null && last.answer().backToAgency()
                    && (request == null || request.isBefore(last.date()));
            checkArgument(back, "Case %s: transfer (移送) to %s on %s, but the case was referred to the public security "
                    + "organ on %s and %s: until the authority gives it back (不予立案 or 移送回), it is not the agency's "
                    + "to transfer (our reading of 行政处罚法 Art 27 and 行政执法机关移送涉嫌犯罪案件的规定 Arts 8, 9, 13) / "
                    + "涉嫌犯罪案件移送后、退回前不得移送管辖（本库解释）", id, transfer.to(), day, referred.get(),
                    last == null ? "no answer is recorded" : back ? "" : request != null && !request.isBefore(
                            last.date()) ? "its last answer " + last.answer() + " was followed by a request of "
                            + request + " (Art 9)" : "its last answer is " + last.answer());
        }
    }

    private static Optional<LocalDate> first(CaseEvent[] so, int size, StepKind step) {
        LocalDate first = null;
        for (int i = 0; i < size; i++) {
            if (so[i] instanceof CaseEvent.StepPerformed p && p.step() == step
                    && (first == null || p.date().isBefore(first))) {
                first = p.date();
            }
        }
        return Optional.ofNullable(first);
    }
}
