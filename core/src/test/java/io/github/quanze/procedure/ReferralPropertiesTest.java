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
}
