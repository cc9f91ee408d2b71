package io.github.quanze.fault;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.SUN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.testing.Faults.officerFault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.Role;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.referral.JointOperation;
import io.github.quanze.referral.Teams;
import io.github.quanze.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** A fault's flags, builder and value contract, pinned on both sides of each condition. */
class FaultContractTest {

    private static Fault.Builder overdue() {
        return officerFault(FaultType.OVERDUE, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE);
    }

    @Example
    void aggravated_fromTheThirdFaultInAYear_orAnAggravatingCircumstance() {
        assertThat(overdue().build().aggravated()).isFalse();
        assertThat(overdue().faultsThisYear(2).build().aggravated()).isFalse();
        assertThat(overdue().faultsThisYear(3).build().aggravated()).isTrue();
        Fault shielded = overdue().addCircumstance(Circumstance.SHIELDED_OTHERS).build();
        assertThat(shielded.aggravated()).isTrue();
        assertThat(shielded.faultsThisYear()).isEqualTo(1);
    }

    @Example
    void exempt_byAnExemptingCircumstance_orDutyDulyPerformed_notOtherwise() {
        assertThat(overdue().build().exempt()).isFalse();
        assertThat(overdue().addCircumstance(Circumstance.MINOR_AND_CORRECTED).build().exempt()).isTrue();
        assertThat(overdue().addCircumstance(Circumstance.SHIELDED_OTHERS).build().exempt()).isFalse();
        DutyPerformance notDuly = new DutyPerformance(false, false, false, false);
        Fault examined = overdue().dutyPerformance(notDuly).build();
        assertThat(examined.dulyPerformed()).isFalse();
        assertThat(examined.exempt()).isFalse();
        assertThat(examined.dutyPerformance()).contains(notDuly);
        assertThat(overdue().build().dutyPerformance()).isEmpty();
    }

    @Example
    void theFlags_areFalseUnlessSet() {
        Fault plain = overdue().build();
        assertThat(plain.suspectedCrime()).isFalse();
        assertThat(plain.orderManifestlyUnlawful()).isFalse();
        assertThat(overdue().suspectedCrime(true).build().suspectedCrime()).isTrue();
        Fault ordered = overdue().addCircumstance(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING)
                .orderManifestlyUnlawful(true).build();
        assertThat(ordered.orderManifestlyUnlawful()).isTrue();
        assertThat(ordered.has(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING)).isTrue();
        assertThat(overdue().addCircumstance(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING).build()
                .orderManifestlyUnlawful()).isFalse();
    }

    @Example
    void aManifestlyUnlawfulOrder_needsAnOrderExecutedAfterObjecting() {
        Fault.Builder b = overdue().orderManifestlyUnlawful(true);
        assertThatIllegalArgumentException().isThrownBy(b::build)
                .withMessageContaining("orderManifestlyUnlawful concerns an order executed after objecting");
    }

    @Example
    void faultsThisYear_isRefusedWhenSet_outsideOneToTheMost() {
        assertThatIllegalArgumentException().isThrownBy(() -> overdue().faultsThisYear(0))
                .withMessageContaining("faults this year must be between 1 and " + Fault.MAX_FAULTS_PER_YEAR
                        + ", but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> overdue().faultsThisYear(Fault.MAX_FAULTS_PER_YEAR + 1))
                .withMessageContaining("but was " + (Fault.MAX_FAULTS_PER_YEAR + 1));
        assertThat(overdue().faultsThisYear(1).build().faultsThisYear()).isEqualTo(1);
        assertThat(overdue().faultsThisYear(Fault.MAX_FAULTS_PER_YEAR).build().faultsThisYear())
                .isEqualTo(Fault.MAX_FAULTS_PER_YEAR);
    }

    @Example
    void build_namesTheMissingFields() {
        assertThatIllegalStateException().isThrownBy(() -> Fault.builder().type(FaultType.OVERDUE).build())
                .withMessageContaining("missing required fields").withMessageContaining("subject");
    }

    @Example
    void theBuilder_returnsItself_andCircumstancesReplace() {
        Fault.Builder b = overdue();
        assertThat(b.addCircumstance(Circumstance.COOPERATED)).isSameAs(b);
        assertThat(b.circumstances(List.of(Circumstance.SHIELDED_OTHERS))).isSameAs(b);
        assertThat(b.build().circumstances()).containsExactly(Circumstance.SHIELDED_OTHERS);
        Fault.Builder c = overdue();
        assertThat(c.suspectedCrime(false)).isSameAs(c);
        assertThat(c.orderManifestlyUnlawful(false)).isSameAs(c);
        TeamLeaderGround ground = new TeamLeaderGround("T", "O", "R", Teams.TEAM.leader(), Teams.RULE);
        assertThat(c.addGrounds(ground)).isSameAs(c);
        assertThat(c.build().grounds()).containsExactly(ground);
    }

    @Example
    void equalsHashAndString_tellFaultsApart() {
        Fault a = overdue().build();
        Fault same = overdue().build();
        Fault crime = overdue().suspectedCrime(true).build();
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(crime).isNotEqualTo("a fault");
        assertThat(a.hashCode()).isNotEqualTo(crime.hashCode());
        assertThat(a.toString()).startsWith("Fault{subject=").contains("suspectedCrime=false")
                .doesNotContain("dutyPerformance=");
        DutyPerformance duty = new DutyPerformance(true, true, false, false);
        assertThat(overdue().dutyPerformance(duty).build().toString()).contains("dutyPerformance=" + duty);
    }

    @Example
    void labels_areBilingual() {
        assertThat(Consequence.NONE.label().zh()).isEqualTo("未造成危害后果");
        assertThat(Consequence.GRAVE.label().en()).isEqualTo("grave loss or very bad influence");
        assertThat(Situation.HANDLER_ACTED_WITHOUT_APPROVAL.label().zh()).isEqualTo("承办人未经审核、批准擅自作出决定");
        assertThat(Circumstance.SHIELDED_OTHERS.label().zh()).isEqualTo("包庇同案人员");
        assertThat(Circumstance.Effect.AGGRAVATE.label().zh()).isEqualTo("从重");
        assertThat(Circumstance.Effect.EXEMPT.label().en()).isEqualTo("exempting");
    }

    @Example
    void agencySubjects_andTheNationalApportionment() {
        FaultSubject agency = FaultSubject.agency(AgencyId.of("CITY"), "某市烟草专卖局");
        assertThat(agency.kind()).isEqualTo(FaultSubject.Kind.AGENCY);
        assertThat(agency.id()).isEqualTo("CITY");
        assertThat(Apportionment.national()).isNotNull().isSameAs(Apportionment.national());
        Apportionment copy = Apportionment.of(Apportionment.national().table());
        assertThat(copy.table()).isSameAs(Apportionment.national().table());
        assertThat(new TeamLeaderGround("T", "O", "R", Teams.TEAM.leader(), Teams.RULE).severity())
                .isEqualTo(Severity.WARNING);
    }

    @Example
    void harmIsNeeded_exceptForTheTypesTheStatuteSanctionsOutright() {
        for (FaultType t : List.of(FaultType.CORRUPTION, FaultType.RETALIATION, FaultType.FAILURE_TO_REFER,
                FaultType.LATE_REFERRAL, FaultType.CASE_ITEMS_MISHANDLED)) {
            assertThat(t.needsHarmForSanction()).as(t.name()).isFalse();
        }
        for (FaultType t : List.of(FaultType.PROCEDURE_VIOLATION, FaultType.OVERDUE, FaultType.UNCIVIL_CONDUCT,
                FaultType.FINANCIAL_MISCONDUCT)) {
            assertThat(t.needsHarmForSanction()).as(t.name()).isTrue();
        }
    }

    @Example
    void violationKinds_mapToTheirFaultTypes() {
        assertThat(ViolationFaults.typeOf(ViolationKind.MISSED_DEADLINE)).isEqualTo(FaultType.OVERDUE);
        assertThat(ViolationFaults.typeOf(ViolationKind.COLLECTION_NOT_ALLOWED))
                .isEqualTo(FaultType.FINANCIAL_MISCONDUCT);
        assertThat(ViolationFaults.typeOf(ViolationKind.PUBLICATION_OVERDUE)).isEqualTo(FaultType.OVERDUE);
        assertThat(ViolationFaults.typeOf(ViolationKind.LATE_WITHDRAWAL)).isEqualTo(FaultType.OVERDUE);
        assertThat(ViolationFaults.typeOf(ViolationKind.SECOND_FINE)).isEqualTo(FaultType.WRONG_LAW);
        assertThat(ViolationFaults.typeOf(ViolationKind.LEAD_NOT_REFERRED)).isEqualTo(FaultType.FAILURE_TO_ACT);
    }

    @Example
    void theLeadersFault_takesTheGravestTypeAndConsequence_theFirstAmongEquals() {
        JointOperation operation = Teams.operation("行动-1", "2026-01-05", "烟罚〔2026〕7号");
        CaseRecord record = Cases.penaltyCase("烟罚〔2026〕7号", LocalDate.of(2026, 1, 5)).operation("行动-1").build()
                .appendAll(List.of(step(FILING, "2026-01-05", WANG)));
        LocalDate day = LocalDate.of(2026, 1, 6);
        Fault minor = member(WANG, "王承办", FaultType.OVERDUE, Consequence.MINOR, day);
        Fault wrongLaw = member(SUN, "孙", FaultType.WRONG_LAW, Consequence.NONE, day);
        Fault procedure = member(WANG, "王承办", FaultType.PROCEDURE_VIOLATION, Consequence.SERIOUS, day);

        Fault first = JointTeamFaults.of(Teams.TEAM, operation, record, List.of(minor, wrongLaw, procedure)).get(0);
        assertThat(first.type()).isEqualTo(FaultType.WRONG_LAW);
        assertThat(first.consequence()).isEqualTo(Consequence.SERIOUS);
        assertThat(first.subject().id()).isEqualTo(CHEN.value());

        Fault reversed = JointTeamFaults.of(Teams.TEAM, operation, record, List.of(procedure, wrongLaw, minor))
                .get(0);
        assertThat(reversed.type()).isEqualTo(FaultType.PROCEDURE_VIOLATION);
        assertThat(reversed.consequence()).isEqualTo(Consequence.SERIOUS);
        Fault sameConsequence = JointTeamFaults.of(Teams.TEAM, operation, record, List.of(minor,
                member(SUN, "孙", FaultType.OVERDUE, Consequence.MINOR, day))).get(0);
        assertThat(sameConsequence.consequence()).isEqualTo(Consequence.MINOR);
        assertThat(sameConsequence.type()).isEqualTo(FaultType.OVERDUE);
    }

    private static Fault member(io.github.quanze.organization.OfficerId id, String name, FaultType type,
            Consequence consequence, LocalDate day) {
        return Fault.builder().subject(FaultSubject.officer(id, name)).type(type).form(FaultForm.GROSS_NEGLIGENCE)
                .consequence(consequence).role(Role.HANDLER).responsibility(Responsibility.DIRECT).actDate(day)
                .description("测试过错").build();
    }
}
