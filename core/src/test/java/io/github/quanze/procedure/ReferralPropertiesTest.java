package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.WANG;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.timelimit.StatutoryLimits;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the referral of a suspected crime: a history that follows the referral steps on time has no
 * violation, whatever the police answer; a penalty decided on a flagged case without a referral is always reported;
 * one decided before the finding, or on a case that was referred, never is.
 */
class ReferralPropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final List<PoliceAnswer> OUTCOMES = List.of(PoliceAnswer.FILED, PoliceAnswer.NOT_FILED,
            PoliceAnswer.RETURNED, PoliceAnswer.FORWARDED);

    @Property
    void aReferralOnTimeHasNoViolation(@ForAll boolean standalone, @ForAll @IntRange(max = 400) int offset,
            @ForAll long seed) {
        Random random = new Random(seed);
        LocalDate opened = LocalDate.of(2025, 1, 2).plusDays(offset);
        List<CaseEvent> events = new ArrayList<>();
        if (!standalone) {
            events.add(CaseEvent.performed(StepKind.FILING, opened, WANG));
            events.add(CaseEvent.performed(StepKind.INVESTIGATION, opened.plusDays(1), WANG, LI));
        }
        LocalDate found = opened.plusDays(standalone ? random.nextInt(3) : 1 + random.nextInt(20));
        events.add(new CaseEvent.CrimeSuspected(found, ReferralKind.PUBLIC_SECURITY, "涉嫌非法经营罪",
                List.of("刑法第二百二十五条"), List.of(WANG, LI)));
        LocalDate reported = found.plusDays(random.nextInt(3));
        events.add(CaseEvent.performed(StepKind.REFERRAL_REPORT, reported, WANG, LI));
        LocalDate decisionDue = StatutoryLimits.REFERRAL_DECISION.from(reported, CALENDAR).due();
        LocalDate approved = reported.plusDays(random.nextInt((int) (decisionDue.toEpochDay() - reported.toEpochDay())
                + 1));
        ReferralApproval approval = ReferralApproval.approve();
        ReferralTransfer transfer = ReferralTransfer.toPolice(Referrals.POLICE, ReferralMaterial.REFERRAL_LETTER,
                ReferralMaterial.INVESTIGATION_REPORT);
        if (random.nextBoolean()) {
            transfer = ReferralTransfer.toPolice(Referrals.POLICE, ReferralMaterial.values())
                    .withItems(List.of("卷烟200条"), random.nextBoolean() ? SeizedItems.TRANSFERRED : SeizedItems.NONE);
        }
        LocalDate transferred;
        switch (random.nextInt(3)) {
            case 0 -> {
                // both times recorded: anywhere within the twenty-four hours
                LocalDateTime at = approved.atTime(LocalTime.of(random.nextInt(24), random.nextInt(60)));
                LocalDateTime sent = at.plusMinutes(random.nextInt(24 * 60 + 1));
                approval = approval.at(at.toLocalTime());
                transfer = transfer.at(sent.toLocalTime());
                transferred = sent.toLocalDate();
            }
            case 1 -> {
                // the approval's time only: the dates alone never prove a next-day transfer late
                approval = approval.at(LocalTime.of(random.nextInt(24), 0));
                transferred = approved.plusDays(random.nextInt(2));
            }
            default -> transferred = approved.plusDays(random.nextInt(2));
        }
        events.add(CaseEvent.recorded(StepKind.REFERRAL_APPROVAL, approved, approval, CHEN));
        events.add(CaseEvent.recorded(StepKind.REFERRAL, transferred, transfer, WANG, LI));
        events.add(new CaseEvent.Answered(transferred, PoliceAnswer.RECEIPT_SIGNED, Referrals.POLICE));
        PoliceAnswer outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
        LocalDate answered = transferred.plusDays(random.nextInt(10));
        LocalDate last = answered;
        if (outcome == PoliceAnswer.FORWARDED) {
            events.add(new CaseEvent.Answered(answered, outcome, Referrals.POLICE));
            answered = answered.plusDays(random.nextInt(5));
            outcome = PoliceAnswer.FILED;
        }
        events.add(new CaseEvent.Answered(answered, outcome, Referrals.POLICE));
        if (outcome == PoliceAnswer.FILED) {
            LocalDate handoverDue = StatutoryLimits.REFERRAL_ITEMS_HANDOVER.from(answered, CALENDAR).due();
            last = answered.plusDays(random.nextInt((int) (handoverDue.toEpochDay() - answered.toEpochDay()) + 1));
            events.add(CaseEvent.recorded(StepKind.ITEMS_HANDOVER, last, ItemsHandover.of("卷烟200条"), WANG, LI));
        } else {
            last = answered;
            if (outcome == PoliceAnswer.NOT_FILED && random.nextBoolean()) {
                last = answered.plusDays(random.nextInt(4));
                events.add(CaseEvent.performed(StepKind.RECONSIDERATION_REQUEST, last, WANG));
            }
            if (!standalone) {
                // the case comes back: decided as a penalty case (Arts 10, 13)
                events.add(CaseEvent.performed(StepKind.NOTICE, last.plusDays(1), WANG, LI));
                events.add(CaseEvent.performed(StepKind.STATEMENT_AND_DEFENCE, last.plusDays(2), WANG));
                events.add(CaseEvent.recorded(StepKind.DECISION, last.plusDays(3),
                        PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("3000")), CHEN));
                events.add(CaseEvent.performed(StepKind.SERVICE, last.plusDays(3), WANG, LI));
                events.add(CaseEvent.performed(StepKind.EXECUTION, last.plusDays(4), WANG));
                last = last.plusDays(4);
            }
        }
        LocalDate closing = last.plusDays(1 + random.nextInt(10));
        Collections.shuffle(events, random);
        events.add(CaseEvent.performed(StepKind.CLOSING, closing, WANG));
        CaseRecord record = (standalone ? Referrals.referralCase(opened) : Referrals.penaltyCase(opened)).build()
                .appendAll(events);

        for (LocalDate day : List.of(found, approved, transferred, answered, closing, closing.plusDays(200))) {
            CaseState state = record.replay(day);
            assertThat(state.violations()).as(state.explain().en()).isEmpty();
        }
        assertThat(record.replay(closing).closed()).isTrue();
        assertThat(record.replay(closing).notes()).extracting(CaseNote::kind)
                .doesNotContain(NoteKind.PENALTY_PENDING_REFERRAL, NoteKind.LATE_RECONSIDERATION_REQUEST);
    }

    @Property
    void aPenaltyOnAFlaggedCaseWithoutReferralIsAlwaysReported(@ForAll @IntRange(min = 1, max = 30) int foundAfter,
            @ForAll @IntRange(min = 1, max = 30) int decidedAfter, @ForAll boolean reportedAndApproved,
            @ForAll boolean closed, @ForAll @IntRange(max = 20) int asOfAfter) {
        LocalDate found = LocalDate.of(2026, 3, 2).plusDays(foundAfter);
        LocalDate decided = found.plusDays(decidedAfter);
        List<CaseEvent> events = new ArrayList<>(history(found, decided));
        if (reportedAndApproved) {
            events.add(CaseEvent.performed(StepKind.REFERRAL_REPORT, found, WANG, LI));
            events.add(CaseEvent.recorded(StepKind.REFERRAL_APPROVAL, found.plusDays(1), ReferralApproval.approve(),
                    CHEN));
        }
        LocalDate closing = decided.plusDays(2);
        if (closed) {
            events.add(CaseEvent.performed(StepKind.CLOSING, closing, WANG));
        }
        CaseRecord record = Referrals.penaltyCase(LocalDate.of(2026, 3, 2)).build().appendAll(events);

        CaseState state = record.replay(closing.plusDays(asOfAfter));

        if (closed) {
            assertThat(state.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).singleElement()
                    .satisfies(v -> assertThat(v.details().date("decided")).isEqualTo(decided));
        } else {
            assertThat(state.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).isEmpty();
            assertThat(state.notes()).filteredOn(n -> n.kind() == NoteKind.PENALTY_PENDING_REFERRAL)
                    .extracting(CaseNote::date).containsExactly(decided);
        }
    }

    @Property
    void aPenaltyBeforeTheFindingOrOnAReferredCaseIsNeverInPlaceOfReferralButOneOnItsDayIs(
            @ForAll @IntRange(min = 1, max = 30) int decidedAfter, @ForAll @IntRange(min = 0, max = 30) int foundAfter,
            @ForAll boolean referred) {
        LocalDate decided = LocalDate.of(2026, 3, 2).plusDays(decidedAfter);
        // found on or after the decision unless referred, when it may be found before
        LocalDate found = referred ? LocalDate.of(2026, 3, 3).plusDays(foundAfter) : decided.plusDays(foundAfter);
        LocalDate from = found.isAfter(decided) ? found : decided;
        List<CaseEvent> events = new ArrayList<>(history(found, decided));
        if (referred) {
            events.add(CaseEvent.performed(StepKind.REFERRAL_REPORT, found, WANG, LI));
            events.add(CaseEvent.recorded(StepKind.REFERRAL_APPROVAL, from, ReferralApproval.approve(), CHEN));
            events.add(CaseEvent.recorded(StepKind.REFERRAL, from.plusDays(1), Referrals.transfer(), WANG, LI));
        }
        events.add(CaseEvent.performed(StepKind.CLOSING, from.plusDays(5), WANG));
        CaseRecord record = Referrals.penaltyCase(LocalDate.of(2026, 3, 2)).build().appendAll(events);

        CaseState state = record.replay(from.plusDays(5));

        // a penalty on the day of the finding counts as made after it (our reading)
        boolean sameDay = !referred && found.equals(decided);
        assertThat(state.violations(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL)).hasSize(sameDay ? 1 : 0);
        assertThat(state.violations(ViolationKind.NOT_REFERRED)).hasSize(referred || sameDay ? 0 : 1);
    }

    /** Filed on 03-02, investigated on 03-03, a suspected crime found, a fine decided (notice and defence first). */
    private static List<CaseEvent> history(LocalDate found, LocalDate decided) {
        LocalDate opened = LocalDate.of(2026, 3, 2);
        return List.of(CaseEvent.performed(StepKind.FILING, opened, WANG),
                CaseEvent.performed(StepKind.INVESTIGATION, opened.plusDays(1), WANG, LI),
                new CaseEvent.CrimeSuspected(found, ReferralKind.PUBLIC_SECURITY, "涉嫌非法经营罪", List.of(),
                        List.of(WANG)),
                CaseEvent.performed(StepKind.NOTICE, opened.plusDays(1), WANG, LI),
                CaseEvent.performed(StepKind.STATEMENT_AND_DEFENCE, opened.plusDays(1), WANG),
                CaseEvent.recorded(StepKind.DECISION, decided, PenaltyDecision.fine(PartyType.CITIZEN,
                        new BigDecimal("5000"), PenaltyKind.WARNING), CHEN),
                CaseEvent.performed(StepKind.SERVICE, decided, WANG, LI),
                CaseEvent.performed(StepKind.EXECUTION, decided.plusDays(1), WANG));
    }

    /**
     * A referral on time near the end of the ninety days, with any of the police's answer sequences (including a
     * reconsideration and a return after filing) and possibly a penalty decided before the transfer with its service
     * and execution, has no violation on any day from the finding to ten days after closing; and what is found on a
     * day is found on every later day.
     */
    @Property(tries = 60)
    void aLateFindingReferredOnTimeHasNoViolationOnAnyDay(@ForAll @IntRange(min = 60, max = 89) int foundOn,
            @ForAll @IntRange(max = 5) int sequence, @ForAll boolean decidedFirst, @ForAll long seed) {
        Random random = new Random(seed);
        LocalDate opened = LocalDate.of(2026, 3, 2);
        // once the police do not file, the case is back and the period runs again, also while a reconsideration is
        // pending (our reading): a case that waits on one is found early enough to decide in the days left
        LocalDate found = opened.plusDays(sequence >= 2 ? Math.min(foundOn, 75) : foundOn);
        List<CaseEvent> events = new ArrayList<>(List.of(CaseEvent.performed(StepKind.FILING, opened, WANG),
                CaseEvent.performed(StepKind.INVESTIGATION, opened.plusDays(1), WANG, LI),
                new CaseEvent.CrimeSuspected(found, ReferralKind.PUBLIC_SECURITY, "涉嫌非法经营罪", List.of(),
                        List.of(WANG, LI)),
                CaseEvent.performed(StepKind.REFERRAL_REPORT, found, WANG, LI),
                CaseEvent.recorded(StepKind.REFERRAL_APPROVAL, found.plusDays(1), ReferralApproval.approve(), CHEN)));
        LocalDate transferred = found.plusDays(1 + random.nextInt(2));
        events.add(CaseEvent.recorded(StepKind.REFERRAL, transferred, Referrals.transfer(), WANG, LI));
        if (decidedFirst) {
            // decided before the transfer: it keeps running, served and executed (Art 11 第二款)
            events.addAll(List.of(CaseEvent.performed(StepKind.NOTICE, opened.plusDays(2), WANG, LI),
                    CaseEvent.performed(StepKind.STATEMENT_AND_DEFENCE, opened.plusDays(3), WANG),
                    CaseEvent.recorded(StepKind.DECISION, found.plusDays(1), PenaltyDecision.fine(PartyType.CITIZEN,
                            new BigDecimal("5000"), PenaltyKind.WARNING), CHEN),
                    CaseEvent.performed(StepKind.SERVICE, found.plusDays(1 + random.nextInt(7)), WANG, LI),
                    CaseEvent.performed(StepKind.EXECUTION, found.plusDays(9), WANG)));
        }
        LocalDate day = transferred.plusDays(1 + random.nextInt(3));
        LocalDate last = decidedFirst ? found.plusDays(9) : day;
        boolean back;
        switch (sequence) {
            case 0 -> { // filed, items on time
                events.add(new CaseEvent.Answered(day, PoliceAnswer.FILED, Referrals.POLICE));
                events.add(CaseEvent.recorded(StepKind.ITEMS_HANDOVER, day.plusDays(random.nextInt(3)),
                        ItemsHandover.of("卷烟200条"), WANG, LI));
                back = false;
            }
            case 1 -> { // not filed, reconsidered and filed
                events.add(new CaseEvent.Answered(day, PoliceAnswer.NOT_FILED, Referrals.POLICE));
                events.add(CaseEvent.performed(StepKind.RECONSIDERATION_REQUEST, day.plusDays(1), WANG));
                events.add(new CaseEvent.Answered(day.plusDays(3), PoliceAnswer.RECONSIDERED_FILED, Referrals.POLICE));
                events.add(CaseEvent.recorded(StepKind.ITEMS_HANDOVER, day.plusDays(4), ItemsHandover.of("卷烟"),
                        WANG, LI));
                day = day.plusDays(4);
                back = false;
            }
            case 2 -> { // not filed, reconsidered, not filed again
                events.add(new CaseEvent.Answered(day, PoliceAnswer.NOT_FILED, Referrals.POLICE));
                events.add(CaseEvent.performed(StepKind.RECONSIDERATION_REQUEST, day.plusDays(1), WANG));
                events.add(new CaseEvent.Answered(day.plusDays(3), PoliceAnswer.RECONSIDERED_NOT_FILED,
                        Referrals.POLICE));
                day = day.plusDays(3);
                back = true;
            }
            case 3 -> { // filed, then returned before the items were due
                events.add(new CaseEvent.Answered(day, PoliceAnswer.FILED, Referrals.POLICE));
                events.add(new CaseEvent.Answered(day.plusDays(1 + random.nextInt(2)), PoliceAnswer.RETURNED,
                        Referrals.POLICE));
                day = day.plusDays(3);
                back = true;
            }
            case 4 -> { // returned
                events.add(new CaseEvent.Answered(day, PoliceAnswer.RETURNED, Referrals.POLICE));
                back = true;
            }
            default -> { // not filed
                events.add(new CaseEvent.Answered(day, PoliceAnswer.NOT_FILED, Referrals.POLICE));
                back = true;
            }
        }
        last = last.isAfter(day) ? last : day;
        if (back && !decidedFirst) {
            events.addAll(List.of(CaseEvent.performed(StepKind.NOTICE, day.plusDays(1), WANG, LI),
                    CaseEvent.performed(StepKind.STATEMENT_AND_DEFENCE, day.plusDays(2), WANG),
                    CaseEvent.recorded(StepKind.DECISION, day.plusDays(3), PenaltyDecision.fine(PartyType.CITIZEN,
                            new BigDecimal("3000")), CHEN),
                    CaseEvent.performed(StepKind.SERVICE, day.plusDays(3), WANG, LI),
                    CaseEvent.performed(StepKind.EXECUTION, day.plusDays(4), WANG)));
            last = day.plusDays(4);
        }
        // closed after every event, such as a hand-over on the days after the filing notice
        for (CaseEvent event : events) {
            last = last.isAfter(event.date()) ? last : event.date();
        }
        LocalDate closing = last.plusDays(1 + random.nextInt(5));
        events.add(CaseEvent.performed(StepKind.CLOSING, closing, WANG));
        CaseRecord record = Referrals.penaltyCase(opened).build().appendAll(events);

        for (LocalDate on = found; !on.isAfter(closing.plusDays(10)); on = on.plusDays(1)) {
            CaseState state = record.replay(on);
            assertThat(state.violations()).as(on + ": " + state.explain().en()).isEmpty();
        }
    }

    /**
     * What is found on a day is found on every later day, for histories that go wrong in the ways of the review: a
     * late finding left pending, a referral approved and never sent, a late hand-over, a return after the items were
     * due.
     */
    @Property(tries = 60)
    void aViolationFoundOnADayIsFoundOnEveryLaterDay(@ForAll @IntRange(min = 1, max = 95) int foundOn,
            @ForAll @IntRange(max = 3) int variant, @ForAll long seed) {
        Random random = new Random(seed);
        LocalDate opened = LocalDate.of(2026, 3, 2);
        LocalDate found = opened.plusDays(foundOn);
        List<CaseEvent> events = new ArrayList<>(List.of(CaseEvent.performed(StepKind.FILING, opened, WANG),
                CaseEvent.performed(StepKind.INVESTIGATION, opened.plusDays(1), WANG, LI),
                new CaseEvent.CrimeSuspected(found, ReferralKind.PUBLIC_SECURITY, "涉嫌非法经营罪", List.of(),
                        List.of(WANG, LI)),
                CaseEvent.performed(StepKind.REFERRAL_REPORT, found, WANG, LI),
                CaseEvent.recorded(StepKind.REFERRAL_APPROVAL, found.plusDays(random.nextInt(6)),
                        ReferralApproval.approve(), CHEN)));
        LocalDate end = found.plusDays(20);
        if (variant > 0) {
            LocalDate sent = found.plusDays(5 + random.nextInt(3));
            events.add(CaseEvent.recorded(StepKind.REFERRAL, sent, Referrals.transfer(), WANG, LI));
            events.add(new CaseEvent.Answered(sent.plusDays(1), PoliceAnswer.FILED, Referrals.POLICE));
            if (variant == 2) {
                events.add(new CaseEvent.Answered(sent.plusDays(5 + random.nextInt(3)), PoliceAnswer.RETURNED,
                        Referrals.POLICE));
            } else if (variant == 3) {
                events.add(CaseEvent.recorded(StepKind.ITEMS_HANDOVER, sent.plusDays(5 + random.nextInt(3)),
                        ItemsHandover.of("卷烟"), WANG, LI));
            }
        }
        CaseRecord record = Referrals.penaltyCase(opened).build().appendAll(events);

        // the same violation: its kind, step and date (the details may add the day it was done late)
        List<String> before = List.of();
        for (LocalDate on = found; !on.isAfter(end); on = on.plusDays(1)) {
            List<String> now = record.replay(on).violations().stream()
                    .map(v -> v.kind() + "/" + v.step() + "@" + v.date()).toList();
            assertThat(now).as(on.toString()).containsAll(before);
            before = now;
        }
    }
}
