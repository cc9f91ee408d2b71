package io.github.quanze.fault;

import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.WANG;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.ReferralKind;
import io.github.quanze.procedure.Referrals;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.testing.Faults;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The faults and sanctions of a referral gone wrong: 行政执法机关移送涉嫌犯罪案件的规定 Art 16's two tiers for the
 * principal head and those directly responsible, and Art 15's 降级以上 for the items of a case.
 */
class ReferralFaultsTest {

    private static final SanctionPolicy POLICY = SanctionPolicy.national();
    private static final LocalDate DECIDED = LocalDate.of(2026, 12, 15);

    private static CaseState replay(List<CaseEvent> events) {
        return Referrals.penaltyCase().build().appendAll(events).replay(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aLateReferralIsALateReferralFaultOfTheHeadAndTheHandlersWithADemerit() {
        List<CaseEvent> events = Cases.replace(Referrals.lawful(), StepKind.REFERRAL,
                Referrals.transferred("2026-09-07"));
        events.removeIf(e -> e instanceof CaseEvent.Answered || e instanceof CaseEvent.StepPerformed p
                && p.step() == StepKind.ITEMS_HANDOVER);

        List<Fault> faults = ViolationFaults.of(replay(events));

        assertThat(faults).extracting(f -> f.subject().name()).containsExactly("陈局长", "王承办", "李承办");
        assertThat(faults).allSatisfy(f -> {
            assertThat(f.type()).isEqualTo(FaultType.LATE_REFERRAL);
            assertThat(POLICY.decide(f, DECIDED).outcome().orElseThrow()).isEqualTo(Sanction.of(SanctionKind.DEMERIT));
        });
    }

    @Test
    void aPenaltyInPlaceOfReferralIsAFailureToReferSanctionedOnlyAfterARefusalToCorrect() {
        List<CaseEvent> events = new ArrayList<>(Referrals.investigated());
        events.add(Referrals.suspected("2026-09-03"));
        events.addAll(Referrals.penalty(LocalDate.of(2026, 9, 10)));
        events.add(Cases.step(StepKind.CLOSING, "2026-09-20", WANG));

        List<Fault> faults = ViolationFaults.of(replay(events));

        assertThat(faults).filteredOn(f -> f.type() == FaultType.FAILURE_TO_REFER).singleElement().satisfies(f -> {
            assertThat(f.subject().name()).isEqualTo("陈局长");
            Decision<Sanction> first = POLICY.decide(f, DECIDED);
            assertThat(first.outcome().orElseThrow().isNone()).isTrue();
            assertThat(first.fired()).extracting(RuleRef::id).contains(RuleId.of("OFFICER.FAILURE_TO_REFER"));
            Fault refused = f.toBuilder().addCircumstances(Circumstance.REFUSED_TO_CORRECT).build();
            assertThat(POLICY.decide(refused, DECIDED).outcome().orElseThrow())
                    .isEqualTo(Sanction.of(SanctionKind.DEMERIT));
        });
    }

    @Test
    void aLateHandOverIsALateReferralAndOtherBreachesAProcedureViolation() {
        assertThat(ViolationFaults.typeOf(ViolationKind.LATE_HANDOVER)).isEqualTo(FaultType.LATE_REFERRAL);
        assertThat(ViolationFaults.typeOf(ViolationKind.NOT_REFERRED)).isEqualTo(FaultType.FAILURE_TO_REFER);
        assertThat(ViolationFaults.typeOf(ViolationKind.LEAD_NOT_REFERRED)).isEqualTo(FaultType.FAILURE_TO_ACT);
        assertThat(ViolationFaults.typeOf(ViolationKind.REFERRAL_MATERIALS_MISSING))
                .isEqualTo(FaultType.PROCEDURE_VIOLATION);
        assertThat(ViolationFaults.typeOf(ViolationKind.SEIZED_ITEMS_NOT_TRANSFERRED))
                .isEqualTo(FaultType.PROCEDURE_VIOLATION);
    }

    @Test
    void aDutyCrimeLeadNotReferredIsAFailureToActOfTheHandlers() {
        List<CaseEvent> events = new ArrayList<>(Referrals.investigated());
        events.add(new CaseEvent.CrimeSuspected(LocalDate.of(2026, 9, 3), ReferralKind.SUPERVISORY, "收受财物",
                List.of(), List.of(WANG, LI)));
        events.addAll(Referrals.penalty(LocalDate.of(2026, 9, 10)));
        events.add(Cases.step(StepKind.CLOSING, "2026-09-20", WANG));

        assertThat(ViolationFaults.of(replay(events))).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FaultType.FAILURE_TO_ACT);
            assertThat(f.subject().name()).isEqualTo("王承办");
        });
    }

    @Test
    void itemsHiddenDividedOrDestroyedBringADemotionOrMore() {
        Fault head = Faults.officerFault(FaultType.CASE_ITEMS_MISHANDLED, FaultForm.INTENT, Consequence.NONE)
                .build();

        Decision<Sanction> decision = POLICY.decide(head, DECIDED);

        assertThat(decision.outcome().orElseThrow()).isEqualTo(Sanction.of(SanctionKind.DEMOTION));
        assertThat(decision.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("OFFICER.CASE_ITEMS"));
        assertThat(decision.explain().zh()).contains("第十五条第一款", "降级以上");
        Fault aggravated = head.toBuilder().addCircumstances(Circumstance.OBSTRUCTED_EVIDENCE).build();
        assertThat(POLICY.decide(aggravated, DECIDED).outcome().orElseThrow())
                .isEqualTo(Sanction.of(SanctionKind.DISMISSAL_FROM_POST));
        assertThat(FaultType.CASE_ITEMS_MISHANDLED.concerns(FaultSubject.Kind.AGENCY)).isFalse();
        assertThat(FaultType.CASE_ITEMS_MISHANDLED.needsHarmForSanction()).isFalse();
    }
}
