package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.internal.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a case's history says of a referral of a suspected crime (移送情况), indexed with the other events of a
 * replay ({@link ReplayIndex}): the findings of a suspected crime, the answers of the authority the case went to,
 * and so whether the referral steps are required on a day and whether the penalty steps wait on the police.
 */
final class ReferralFacts {

    /** The steps of a referral, which a transfer never makes unnecessary. */
    static final Set<StepKind> STEPS = Sets.immutableEnumSet(StepKind.REFERRAL_REPORT, StepKind.REFERRAL_APPROVAL,
            StepKind.REFERRAL, StepKind.ITEMS_HANDOVER, StepKind.RECONSIDERATION_REQUEST,
            StepKind.SUPERVISION_REQUEST);

    /** The findings of a suspected crime, in date order. */
    final List<CaseEvent.CrimeSuspected> findings = new ArrayList<>();
    /** The answers of the receiving authority, in date order. */
    final List<CaseEvent.Answered> answers = new ArrayList<>();
    /** The turns of {@link #away}, made at the first question (the index is complete by then). */
    private List<Turn> turns;

    /** Indexes an event, returning false if it is not of a referral. */
    boolean index(CaseEvent event) {
        if (event instanceof CaseEvent.CrimeSuspected c) {
            findings.add(c);
            return true;
        }
        if (event instanceof CaseEvent.Answered a) {
            answers.add(a);
            return true;
        }
        return false;
    }

    /** The first finding of a kind dated on or before a day, or null. */
    CaseEvent.CrimeSuspected flagged(ReferralKind kind, LocalDate on) {
        for (CaseEvent.CrimeSuspected c : findings) {
            if (c.kind() == kind && !c.date().isAfter(on)) {
                return c;
            }
        }
        return null;
    }

    /** The first answer dated on or before a day that satisfies a test, or null. */
    CaseEvent.Answered answer(LocalDate on, Predicate<PoliceAnswer> test) {
        for (CaseEvent.Answered a : answers) {
            if (!a.date().isAfter(on) && test.test(a.answer())) {
                return a;
            }
        }
        return null;
    }

    /**
     * Whether a condition of a referral holds on a day.
     *
     * @param index  the replay's index, for the steps performed
     */
    boolean holds(Condition condition, ReplayIndex index, LocalDate on) {
        switch (condition) {
            case REFERRAL_FLAGGED:
                return flagged(ReferralKind.PUBLIC_SECURITY, on) != null;
            case REFERRAL_APPROVED:
                return flagged(ReferralKind.SUPERVISORY, on) != null
                        || index.contents(StepKind.REFERRAL_APPROVAL, on).stream()
                                .anyMatch(c -> c instanceof ReferralApproval a && a.approved());
            case FILED_BY_POLICE:
                return handoverFrom(index, on) != null;
            default:
                return false;
        }
    }

    /**
     * A stretch of time the case was away from the penalty track (移送期间): from the day it went away (the finding of
     * a suspected crime, or an answer that put it with the police again) to the day it came back to the agency (the
     * head's refusal, or the receipt of 不予立案, 复议不予立案 or 移送回), or null while it has not.
     *
     * @param from  the first day away
     * @param back  the day it came back, or null
     */
    record Away(LocalDate from, LocalDate back) {}

    /** A change of where the case stands: away from the agency or back, on a day, in the order of that day. */
    private record Turn(LocalDate date, int order, boolean away) {}

    /**
     * The turns of the whole history in date order, made once per replay: the replay asks {@link #away} for many
     * steps and days, and only the cut-off day differs.
     */
    private List<Turn> turns(ReplayIndex index) {
        if (turns != null) {
            return turns;
        }
        List<Turn> turns = new ArrayList<>();
        for (CaseEvent.CrimeSuspected c : findings) {
            if (c.kind() == ReferralKind.PUBLIC_SECURITY) {
                turns.add(new Turn(c.date(), 0, true));
            }
        }
        for (CaseEvent.StepPerformed p : index.performed.getOrDefault(StepKind.REFERRAL_APPROVAL, List.of())) {
            if (p.content().orElse(null) instanceof ReferralApproval a) {
                turns.add(new Turn(p.date(), 1, a.approved()));
            }
        }
        for (CaseEvent.StepPerformed p : index.performed.getOrDefault(StepKind.REFERRAL, List.of())) {
            if (p.content().orElse(null) instanceof ReferralTransfer t && t.kind() == ReferralKind.PUBLIC_SECURITY) {
                turns.add(new Turn(p.date(), 2, true));
            }
        }
        for (CaseEvent.Answered a : answers) {
            turns.add(new Turn(a.date(), 3, !a.answer().backToAgency()));
        }
        // a request for reconsideration or supervision (Art 9) puts the case before the police again (our reading)
        for (StepKind request : List.of(StepKind.RECONSIDERATION_REQUEST, StepKind.SUPERVISION_REQUEST)) {
            for (CaseEvent.StepPerformed p : index.performed.getOrDefault(request, List.of())) {
                turns.add(new Turn(p.date(), 4, true));
            }
        }
        turns.sort(Comparator.comparing(Turn::date).thenComparingInt(Turn::order));
        this.turns = turns;
        return turns;
    }

    /**
     * The stretches the case was away from the penalty track as of a day, in date order. The events are walked in date
     * order (on one day: the finding, the head's decision, the transfer, then the answers as recorded), and the latest
     * state on a day decides: a finding of a crime for the police, an approval, a transfer to the public security
     * organ, and 签收, 转送, 立案, 复议立案 put the case away from the agency; a refusal by the head and 不予立案, 复议不予立案,
     * 移送回 (Arts 10, 13) bring it back. The agency's request for reconsideration or for the procuratorate's
     * supervision (Art 9) puts it away again until the next answer: our reading, since a penalty decided while the
     * police reconsider would be one in place of referral if they then file (Art 11). A lead for the supervisors
     * (Art 19) does not stop the penalty track.
     */
    List<Away> away(ReplayIndex index, LocalDate on) {
        List<Away> result = new ArrayList<>();
        if (flagged(ReferralKind.PUBLIC_SECURITY, on) == null) {
            return result;
        }
        List<Turn> turns = turns(index);        LocalDate from = null;
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.date().isAfter(on)) {
                break;
            }
            boolean last = i + 1 == turns.size() || !turns.get(i + 1).date().equals(turn.date())
                    || turns.get(i + 1).date().isAfter(on);
            if (!last) {
                continue;
            }
            if (turn.away() && from == null) {
                from = turn.date();
            } else if (!turn.away() && from != null) {
                result.add(new Away(from, turn.date()));
                from = null;
            }
        }
        if (from != null) {
            result.add(new Away(from, null));
        }
        return result;
    }

    /** The first day of the stretch the case is away at the end of a day ({@link #away}), or null if it is not. */
    LocalDate awaySince(ReplayIndex index, LocalDate on) {
        List<Away> away = away(index, on);
        return away.isEmpty() || away.get(away.size() - 1).back() != null ? null : away.get(away.size() - 1).from();
    }

    /** Whether the case is away from the penalty track at the end of a day ({@link #away}). */
    boolean isAway(ReplayIndex index, LocalDate on) {
        List<Away> away = away(index, on);
        return !away.isEmpty() && away.get(away.size() - 1).back() == null;
    }

    /**
     * Whether a step is one of the penalty track that waits while the case is away: it follows 调查取证 and is neither
     * the last step nor a step of the referral, and no decision was made on or before the first transfer to the public
     * security organ (or, with none yet, by the day): such a decision keeps running with the steps that follow it
     * (Art 11 第二款), and a decision in place of a referral is judged as one (Art 11 第一款).
     */
    boolean pauses(Step step, ReplayIndex index, LocalDate on) {
        Procedure procedure = index.procedure;
        StepKind kind = step.kind();
        if (findings.isEmpty() || STEPS.contains(kind) || kind == procedure.last().kind()
                || !procedure.has(StepKind.INVESTIGATION) || !procedure.precedes(StepKind.INVESTIGATION, kind)) {
            return false;
        }
        CaseEvent.StepPerformed transfer = firstTransfer(index, ReferralKind.PUBLIC_SECURITY);
        LocalDate until = transfer == null || transfer.date().isAfter(on) ? on : transfer.date();
        LocalDate decided = index.firstDate(StepKind.DECISION);
        return decided == null || decided.isAfter(until);
    }

    /**
     * Whether a step of the penalty track waits on the referral on a day (行政处罚法 Art 27 第一款, Art 57 第一款 item
     * (4); 行政执法机关移送涉嫌犯罪案件的规定 Art 11 第一款): from the finding of a suspected crime until the head refuses
     * the referral or the case comes back to the agency, the penalty steps after 调查取证 are not required. Our
     * reading: Art 11 forbids a penalty in place of referral, and a case referred is disposed of by referral, so the
     * agency does not go on with the penalty meanwhile ({@link #pauses}).
     */
    boolean waits(Step step, ReplayIndex index, LocalDate on) {
        return pauses(step, index, on) && isAway(index, on);
    }

    /** The first transfer of a kind performed, or null. */
    static CaseEvent.StepPerformed firstTransfer(ReplayIndex index, ReferralKind kind) {
        for (CaseEvent.StepPerformed event : index.performed.getOrDefault(StepKind.REFERRAL, List.of())) {
            if (event.content().orElse(null) instanceof ReferralTransfer t && t.kind() == kind) {
                return event;
            }
        }
        return null;
    }

    /**
     * The filing notice from which the items are due (Art 12) as of a day, or null if none is: the first 立案 or
     * 复议立案 received by then, unless an answer that gives the case back (不予立案, 复议不予立案, 移送回) was received on
     * or after it and on or before the hand-over's due day (and by the day): the items then stay with the agency. A
     * return after the due day does not excuse a hand-over already late. Art 12's exception for other laws and
     * administrative regulations (法律、行政法规另有规定的) is not modelled.
     */
    CaseEvent.Answered handoverFrom(ReplayIndex index, LocalDate on) {
        CaseEvent.Answered filed = answer(on, PoliceAnswer::filed);
        if (filed == null) {
            return null;
        }
        LocalDate due = io.github.quanze.timelimit.StatutoryLimits.REFERRAL_ITEMS_HANDOVER
                .from(filed.date(), index.calendar).due();
        LocalDate until = due.isBefore(on) ? due : on;
        for (CaseEvent.Answered a : answers) {
            if (a.answer().backToAgency() && !a.date().isBefore(filed.date()) && !a.date().isAfter(until)) {
                return null;
            }
        }
        return filed;
    }

    /**
     * Checks the answers of a history (bad input, not a legal outcome): each answer follows a transfer to the public
     * security organ dated on or before it (a case sent to the supervisors only, Art 19, has no police answer); no
     * day records answers that contradict each other (立案 and 不予立案 or 移送回); a reconsideration's answer
     * (复议立案, 复议不予立案, Art 9) follows a 不予立案 and a request for reconsideration on or after it; and 不予立案
     * or a reconsideration's answer never follows a decision to file (after 立案 the case can only be returned, Art 13).
     *
     * @throws IllegalArgumentException naming the case, the answer and its date
     */
    static void checkAnswers(String id, CaseEvent[] all) {
        LocalDate referred = null;
        List<CaseEvent.Answered> answers = new ArrayList<>();
        List<LocalDate> requests = new ArrayList<>();
        for (CaseEvent event : all) {
            if (event instanceof CaseEvent.StepPerformed p && p.step() == StepKind.REFERRAL
                    && p.content().orElse(null) instanceof ReferralTransfer t && t.kind() == ReferralKind.PUBLIC_SECURITY
                    && (referred == null || p.date().isBefore(referred))) {
                referred = p.date();
            } else if (event instanceof CaseEvent.StepPerformed p && p.step() == StepKind.RECONSIDERATION_REQUEST) {
                requests.add(p.date());
            } else if (event instanceof CaseEvent.Answered a) {
                answers.add(a);
            }
        }
        answers.sort(Comparator.comparing(CaseEvent.Answered::date));
        LocalDate notFiled = null;
        LocalDate filed = null;
        for (int i = 0; i < answers.size(); i++) {
            CaseEvent.Answered a = answers.get(i);
            PoliceAnswer answer = a.answer();
            LocalDate date = a.date();
            checkArgument(referred != null && !referred.isAfter(date), "Case %s: answer %s of %s on %s follows no "
                    + "transfer to the public security organ (step %s) on or before it", id, answer,
                    Texts.quote(a.authority()), date, StepKind.REFERRAL);
            for (int j = 0; j < i; j++) {
                CaseEvent.Answered other = answers.get(j);
                checkArgument(!other.date().equals(date) || !(other.answer().backToAgency() && answer.filed()
                        || other.answer().filed() && answer.backToAgency()), "Case %s: answer %s on %s contradicts "
                        + "answer %s of the same day", id, answer, date, other.answer());
            }
            boolean reconsidered = answer == PoliceAnswer.RECONSIDERED_FILED
                    || answer == PoliceAnswer.RECONSIDERED_NOT_FILED;
            checkArgument(filed == null || !(answer == PoliceAnswer.NOT_FILED || reconsidered), "Case %s: answer %s "
                    + "on %s follows the decision to file on %s; after filing the case can only be returned (Art 13)",
                    id, answer, date, filed);
            if (reconsidered) {
                LocalDate refused = notFiled;
                checkArgument(refused != null && requests.stream().anyMatch(r -> !r.isBefore(refused)
                        && !r.isAfter(date)), "Case %s: answer %s on %s answers a reconsideration, but no %s on or "
                        + "before it follows a decision not to file (%s)", id, answer, date,
                        StepKind.RECONSIDERATION_REQUEST, PoliceAnswer.NOT_FILED);
            }
            if (answer == PoliceAnswer.NOT_FILED) {
                notFiled = date;
            }
            if (answer.filed() && filed == null) {
                filed = date;
            }
        }
    }
}
