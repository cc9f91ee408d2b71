package io.github.quanze.benchmarks;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.ItemsHandover;
import io.github.quanze.procedure.Overturn;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.PoliceAnswer;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.ReferralApproval;
import io.github.quanze.procedure.ReferralKind;
import io.github.quanze.procedure.ReferralMaterial;
import io.github.quanze.procedure.ReferralTransfer;
import io.github.quanze.procedure.SeizedItems;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The cases of the batch with the data of the three systems and of referral (三项制度与案件移送): a case of the
 * procedure mix ({@link CaseHistories#mixed}) made the same, then given a publication rule and its publication
 * events, the records of every step, and, for one case in ten, a suspected crime referred to the police on time or
 * late, penalised instead, or not referred. The additions are drawn from a random stream of their own, so the penalty cases
 * underneath are those of the procedure mix, case for case.
 * <p>
 * Publication (国办发〔2018〕118号, 行政处罚法 Art 48): every decided case is published within seven working days, but
 * one in eight late (8 to 15 working days) or, one in forty, never; one published case in twenty is overturned, its
 * information withdrawn within three working days, late, or not at all, and one withdrawal in four states no reasons.
 * Records (行政处罚法 Art 47): every step states the records made (written, audio-video, both, or written and
 * signed); in one case in twenty one step states none. Referral (310号): the crime is found on the last day of the
 * investigation; a referred case is reported, approved, transferred with its materials and items, receipted, filed
 * by the police, its items handed over and closed, with no penalty; the late ones are late at one stage (the head's
 * decision after more than three days, the transfer more than twenty-four hours after the approval, by dates or by
 * the recorded hours, or the items more than three days after the filing notice); a case penalised instead keeps its
 * penalty steps and records its decision's fine; a case not referred keeps its penalty steps, its decision recording
 * no penalty.
 */
final class ThreeSystemsCases {

    /** How a case's suspected crime is referred, if it has one. */
    enum Referral { NONE, ON_TIME, LATE_APPROVAL, LATE_TRANSFER, LATE_HANDOVER, PENALISED_INSTEAD, NOT_REFERRED }

    static final String POLICE = "某市公安局";
    private static final String CHANNEL = "某市烟草专卖局门户网站";
    private static final String FINDING = "非法经营卷烟金额达到追诉标准";
    private static final List<String> THRESHOLDS = List.of("刑法第二百二十五条");
    private static final RecordKind[][] RECORDS = {{RecordKind.TEXT}, {RecordKind.TEXT}, {RecordKind.TEXT},
        {RecordKind.TEXT}, {RecordKind.TEXT}, {RecordKind.TEXT}, {RecordKind.TEXT, RecordKind.AUDIO_VIDEO},
        {RecordKind.TEXT, RecordKind.AUDIO_VIDEO}, {RecordKind.AUDIO_VIDEO},
        {RecordKind.TEXT, RecordKind.PARTY_SIGNATURE}};

    private ThreeSystemsCases() {}

    /**
     * Adds the data of the three systems and of referral to a case of the procedure mix.
     *
     * @param base  a case of {@link CaseHistories#mixed}
     * @param extras  the random stream of the additions
     * @param partner  a certified handler other than the case's lead, to report and transfer with the lead
     */
    static CaseHistories.Generated decorate(CaseHistories.Generated base, SplittableRandom extras,
            WorkingDayCalendar calendar, OfficerId partner) {
        List<CaseEvent> events = new ArrayList<>(base.events());
        Referral referral = extras.nextInt(10) == 0
                ? Referral.values()[1 + extras.nextInt(Referral.values().length - 1)] : Referral.NONE;
        if (referral == Referral.PENALISED_INSTEAD || referral == Referral.NOT_REFERRED) {
            events = notReferred(events, referral == Referral.PENALISED_INSTEAD);
        } else if (referral != Referral.NONE) {
            events = referred(events, referral, extras, calendar, partner);
        }
        events = withRecords(events, extras);
        publish(events, extras, calendar);
        return new CaseHistories.Generated(base.id(), base.opened(), base.major(), base.hearing(), true, events);
    }

    private static int lastInvestigation(List<CaseEvent> events) {
        int last = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof CaseEvent.StepPerformed p && p.step() == StepKind.INVESTIGATION) {
                last = i;
            }
        }
        return last;
    }

    private static CaseEvent.StepPerformed first(List<CaseEvent> events, StepKind kind) {
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.StepPerformed p && p.step() == kind) {
                return p;
            }
        }
        throw new IllegalStateException("No step " + kind + " in " + events);
    }

    private static CaseEvent.CrimeSuspected suspected(CaseEvent.StepPerformed investigation) {
        return new CaseEvent.CrimeSuspected(investigation.date(), ReferralKind.PUBLIC_SECURITY, FINDING, THRESHOLDS,
                investigation.officers());
    }

    /**
     * The crime found at the investigation and not referred: the penalty steps kept, the decision recording its fine
     * if {@code penalised}, else recording nothing.
     */
    private static List<CaseEvent> notReferred(List<CaseEvent> events, boolean penalised) {
        int last = lastInvestigation(events);
        List<CaseEvent> result = new ArrayList<>(events.subList(0, last + 1));
        result.add(suspected((CaseEvent.StepPerformed) events.get(last)));
        for (CaseEvent e : events.subList(last + 1, events.size())) {
            if (penalised && e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.DECISION) {
                result.add(CaseEvent.recorded(StepKind.DECISION, p.date(), PenaltyDecision.fine(PartyType.CITIZEN,
                        new BigDecimal("5000"), PenaltyKind.WARNING), p.officers().toArray(new OfficerId[0])));
            } else {
                result.add(e);
            }
        }
        return result;
    }

    /** The investigation, then the referral of the crime it found, late at one stage or not at all, and closing. */
    private static List<CaseEvent> referred(List<CaseEvent> events, Referral referral, SplittableRandom extras,
            WorkingDayCalendar calendar, OfficerId partner) {
        int last = lastInvestigation(events);
        CaseEvent.StepPerformed investigation = (CaseEvent.StepPerformed) events.get(last);
        OfficerId lead = first(events, StepKind.FILING).officers().get(0);
        OfficerId head = first(events, StepKind.DECISION).officers().get(0);
        List<CaseEvent> result = new ArrayList<>(events.subList(0, last + 1));
        result.add(suspected(investigation));
        LocalDate reported = calendar.plusWorkingDays(investigation.date(), extras.nextInt(2));
        result.add(CaseEvent.performed(StepKind.REFERRAL_REPORT, reported, lead, partner));
        // the fourth working day after the report is always past three days rolled to a working day
        LocalDate approved = calendar.plusWorkingDays(reported,
                referral == Referral.LATE_APPROVAL ? 4 + extras.nextInt(3) : 1);
        ReferralApproval approval = ReferralApproval.approve();
        ReferralTransfer transfer = ReferralTransfer.toPolice(POLICE, ReferralMaterial.REFERRAL_LETTER,
                ReferralMaterial.INVESTIGATION_REPORT, ReferralMaterial.ITEMS_LIST)
                .withItems(List.of("卷烟200条"), SeizedItems.TRANSFERRED);
        boolean late = referral == Referral.LATE_TRANSFER;
        LocalDate transferred;
        if (extras.nextBoolean()) {
            // the hours recorded: 19 hours, or 31 hours across the next day
            approval = approval.at(late ? LocalTime.of(9, 0) : LocalTime.of(15, 0));
            transferred = approved.plusDays(1);
            transfer = transfer.at(late ? LocalTime.of(16, 0) : LocalTime.of(10, 0));
        } else {
            transferred = late ? calendar.plusWorkingDays(approved, 2 + extras.nextInt(2)) : approved;
        }
        result.add(CaseEvent.recorded(StepKind.REFERRAL_APPROVAL, approved, approval, head));
        result.add(CaseEvent.recorded(StepKind.REFERRAL, transferred, transfer, lead, partner));
        result.add(new CaseEvent.Answered(transferred, PoliceAnswer.RECEIPT_SIGNED, POLICE));
        LocalDate filed = calendar.plusWorkingDays(transferred, 1 + extras.nextInt(3));
        result.add(new CaseEvent.Answered(filed, PoliceAnswer.FILED, POLICE));
        LocalDate handedOver = calendar.plusWorkingDays(filed,
                referral == Referral.LATE_HANDOVER ? 4 + extras.nextInt(3) : extras.nextInt(2));
        result.add(CaseEvent.recorded(StepKind.ITEMS_HANDOVER, handedOver, ItemsHandover.of("卷烟200条"), lead,
                partner));
        result.add(CaseEvent.performed(StepKind.CLOSING, calendar.plusWorkingDays(handedOver, 1 + extras.nextInt(3)),
                lead));
        return result;
    }

    /** Every step states its records; in one case in twenty, one step states none. */
    private static List<CaseEvent> withRecords(List<CaseEvent> events, SplittableRandom extras) {
        int steps = 0;
        for (CaseEvent e : events) {
            steps += e instanceof CaseEvent.StepPerformed ? 1 : 0;
        }
        int none = extras.nextInt(20) == 0 ? extras.nextInt(steps) : -1;
        List<CaseEvent> result = new ArrayList<>(events.size() + 3);
        int step = 0;
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.StepPerformed p) {
                result.add(step++ == none ? p.withRecords() : p.withRecords(RECORDS[extras.nextInt(RECORDS.length)]));
            } else {
                result.add(e);
            }
        }
        return result;
    }

    /** The decision published, on time or late or never; one in twenty overturned and withdrawn, or not. */
    private static void publish(List<CaseEvent> events, SplittableRandom extras, WorkingDayCalendar calendar) {
        LocalDate decided = null;
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.StepPerformed p && p.step() == StepKind.DECISION) {
                decided = p.date();
                break;
            }
        }
        if (decided == null) {
            return;
        }
        LocalDate published;
        if (extras.nextInt(8) == 0) {
            published = extras.nextInt(5) == 0 ? null : calendar.plusWorkingDays(decided, 8 + extras.nextInt(8));
        } else {
            published = calendar.plusWorkingDays(decided, extras.nextInt(8));
        }
        if (published == null) {
            return;
        }
        events.add(new CaseEvent.Published(published, Optional.of(CHANNEL)));
        if (extras.nextInt(20) != 0) {
            return;
        }
        LocalDate overturned = calendar.plusWorkingDays(published, 5 + extras.nextInt(20));
        events.add(new CaseEvent.Overturned(overturned, Overturn.values()[extras.nextInt(Overturn.values().length)],
                Overturn.Forum.values()[extras.nextInt(Overturn.Forum.values().length)]));
        int withdrawal = extras.nextInt(4);
        if (withdrawal != 1) {
            LocalDate withdrawn = calendar.plusWorkingDays(overturned,
                    withdrawal == 0 ? 4 + extras.nextInt(5) : extras.nextInt(4));
            events.add(new CaseEvent.Withdrawn(withdrawn, extras.nextInt(4) != 0));
        }
    }
}
